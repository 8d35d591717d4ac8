/**
 * "Back up and restore": export everything the user set as one JSON file,
 * and import such a file, merged with the current settings or replacing
 * them. A file with any problem is refused whole, with the problem named.
 */
import { exportFileName, exportSettingsFile, MAX_FILE_BYTES } from '../../storage/settings-file';
import { importSettingsText, type ImportContext, type ImportMode } from '../../storage/settings-file-apply';
import { h } from '../dom';
import { plural } from '../popup/labels';
import { radioGroup, section } from './controls';

function download(name: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = h('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function transferSection(loadContext: () => Promise<ImportContext>): HTMLElement {
  const exportButton = h('button', { attrs: { type: 'button' } }, 'Export settings…');
  const exportNote = h('p', { class: 'hint', attrs: { 'aria-live': 'polite' } });
  exportButton.addEventListener('click', async () => {
    const file = await exportSettingsFile();
    download(exportFileName(), `${JSON.stringify(file, null, 2)}\n`);
    exportNote.textContent = `Saved ${exportFileName()}: your settings, site lists and ${plural(file.customPhrases?.length ?? 0, 'phrase')}.`;
  });

  let mode: ImportMode = 'merge';
  const modeChoice = radioGroup<ImportMode>(
    'When importing',
    [
      { value: 'merge', label: 'Add to what I have', hint: 'Site lists and phrases are joined; the file’s other settings replace yours.' },
      { value: 'replace', label: 'Replace what I have', hint: 'What the file sets replaces yours; settings it leaves out return to their defaults.' },
    ],
    (value) => (mode = value),
  );
  modeChoice.set(mode);

  const input = h('input', { attrs: { type: 'file', accept: '.json,application/json', id: 'import-file' } });
  const result = h('p', { class: 'import-result', attrs: { role: 'status', 'aria-live': 'polite', id: 'import-result' } });
  const importButton = h('button', { attrs: { type: 'button' } }, 'Import');
  // A long file takes a while to check: say how far it has got (the check runs in slices, so the page keeps painting).
  const progress = h('progress', { attrs: { max: 1, value: 0, hidden: true, 'aria-labelledby': 'import-result' } });
  const showProgress = (done: number, total: number) => {
    progress.hidden = false;
    progress.max = Math.max(total, 1);
    progress.value = done;
    result.textContent = done < total ? `Checking phrases: ${done} of ${total}…` : `Saving ${plural(total, 'phrase')}…`;
  };
  importButton.addEventListener('click', async () => {
    const file = input.files?.[0];
    result.classList.remove('is-error');
    if (!file) {
      result.textContent = 'Choose a settings file first.';
      return;
    }
    importButton.disabled = true;
    try {
      if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is too large (${Math.round(file.size / 1000)} kB) to be a settings file.`);
      result.textContent = 'Reading the file…';
      const outcome = await importSettingsText(await file.text(), mode, await loadContext(), { onProgress: showProgress });
      if (!outcome.ok) throw new Error(outcome.error);
      const { settings, phrasesAdded, skipped } = outcome.value;
      result.textContent =
        `Imported ${file.name}: ${plural(settings, 'setting')}, ${plural(phrasesAdded, 'phrase')} added.` + (skipped.length > 0 ? ` Left out: ${skipped.join('; ')}.` : '');
      input.value = '';
    } catch (error) {
      result.classList.add('is-error');
      result.textContent = `${(error as Error).message} Your settings are unchanged.`;
    } finally {
      importButton.disabled = false;
      progress.hidden = true;
    }
  });

  return section(
    'backup',
    'Back up and restore',
    'Move your settings, site lists and phrases to another browser, or keep a copy.',
    h('div', { class: 'row' }, exportButton),
    exportNote,
    h('h3', null, 'Import'),
    h('div', { class: 'field' }, h('label', { attrs: { for: 'import-file' } }, 'Settings file'), input),
    modeChoice.element,
    h('div', { class: 'row' }, importButton),
    progress,
    result,
  );
}
