/**
 * The options page: every section, wired to the stored settings. Changes
 * are saved at once, one after another, and a change made elsewhere (the
 * popup, another options tab, an import) shows here at once too.
 */
import { ensureCustomLexicon } from '../../custom/compile';
import { loadValidationContext } from '../../custom/validation-context';
import type { ImportContext } from '../../storage/settings-file-apply';
import { readSettings, updateSettings, watchSettings, type Settings } from '../../storage/settings';
import { h } from '../dom';
import { hiddenSection } from './hidden-section';
import { historySection } from './history-section';
import { issuesBanner } from './issues-banner';
import { phrasesSection } from './phrases-section';
import type { SaveSettings, SettingsSection } from './section-types';
import { sensitivitySection } from './sensitivity-section';
import { shortcutsSection } from './shortcuts-section';
import { sitesSection } from './sites-section';
import { sourcesSection } from './sources-section';
import { statusLine } from './status-line';
import { styleSection } from './style-section';
import { transferSection } from './transfer-section';

const NAV: [string, string][] = [
  ['what', 'Sources'],
  ['sensitivity', 'Sensitivity'],
  ['style', 'Style'],
  ['sites', 'Sites'],
  ['hidden', 'Hidden phrases'],
  ['phrases', 'Your phrases'],
  ['history', 'History'],
  ['shortcuts', 'Shortcuts'],
  ['backup', 'Back up'],
];

export async function mountOptionsPage(root: HTMLElement): Promise<void> {
  const status = statusLine();

  let context: Promise<ImportContext> | undefined;
  const loadContext = () => {
    context ??= loadValidationContext();
    context.catch(() => (context = undefined)); // try again on the next check
    return context;
  };

  const sections: SettingsSection[] = [];
  const show = (settings: Settings) => sections.forEach((s) => s.update(settings));
  let writes = Promise.resolve();
  const save: SaveSettings = (change) => {
    writes = writes
      .then(async () => {
        show(await updateSettings(change));
        status.say('Saved.');
      })
      .catch((error: unknown) => status.say(`Could not save: ${(error as Error).message}`, { error: true }));
  };

  const banner = issuesBanner();
  const phrases = phrasesSection(status, loadContext);
  sections.push(sourcesSection(save), sensitivitySection(save), styleSection(save), sitesSection(save));
  const [what, sensitivity, style, sites] = sections;
  const history = historySection(save);
  const hidden = hiddenSection(save, async () => {
    const { lexicon } = await import('../../lexicon/index');
    const phrases = new Map(lexicon.map((e) => [e.id, e.phrase]));
    return (id) => phrases.get(id);
  });
  sections.push(history, hidden);

  root.replaceChildren(
    h(
      'header',
      { class: 'page-header' },
      h('h1', null, 'Rhetoric Lens settings'),
      h('nav', { attrs: { 'aria-label': 'Sections' } }, h('ul', null, NAV.map(([id, name]) => h('li', null, h('a', { attrs: { href: `#${id}` } }, name))))),
    ),
    banner.element,
    h('main', null, what.element, sensitivity.element, style.element, sites.element, hidden.element, phrases.element, history.element, shortcutsSection(), transferSection(loadContext)),
    status.element,
  );

  show(await readSettings());
  watchSettings(show);
  await phrases.start();
  await banner.start();
  // After an update, or a repair of the phrases, the compiled form may be stale.
  void ensureCustomLexicon().catch((error: unknown) => status.say(`Your phrases could not be compiled: ${(error as Error).message}`, { error: true }));
  root.dataset.ready = 'true';
}
