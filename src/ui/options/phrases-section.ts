/**
 * "Your phrases": add, edit and remove the user's own phrases. Each change
 * is checked at its fields (src/custom/validate.ts), compiled with the build's
 * compiler and stored with its compiled form, which open pages pick up at
 * once. A selection sent from the context menu arrives prefilled.
 */
import { storage } from 'wxt/utils/storage';
import { saveCustomPhrases } from '../../custom/compile';
import { customPhrasesItem, LIMITS, newPhraseId, readCustomPhrases, repairCustomPhrases, type CustomPhrase } from '../../custom/phrases';
import { validateDraft, type PhraseDraft } from '../../custom/validate';
import type { ImportContext } from '../../storage/settings-file-apply';
import { h, replaceChildren } from '../dom';
import { section, textField } from './controls';
import type { StatusLine } from './status-line';

/** Written by the background's "Add selection as a custom phrase" menu. */
const pendingPhraseItem = storage.defineItem<string | null>('session:pendingCustomPhrase', { fallback: null });

const SYNTAX_HELP: [string, string][] = [
  ['regime~n', 'a noun and its plural and possessive: regime, regimes, regime’s'],
  ['dance~v', 'a verb in every tense: dance, dances, danced, dancing'],
  ['(kiev|kyiv)', 'either word'],
  ['(the|) west', 'an optional word: “the west” or “west”'],
];

export interface PhrasesSection {
  element: HTMLElement;
  /** Checks the session for a phrase sent from the context menu, and watches for more. */
  start(): Promise<void>;
}

export function phrasesSection(status: StatusLine, loadContext: () => Promise<ImportContext>): PhrasesSection {
  let phrases: CustomPhrase[] = [];
  let editing: CustomPhrase | undefined;

  const phrase = textField('Phrase', { hint: 'As you would quote it. Case, hyphens and apostrophes do not matter.', maxLength: LIMITS.phrase, id: 'phrase-text' });
  const variants = textField('Variants (optional, one per line)', {
    multiline: true,
    rows: 3,
    hint: 'Other forms to match, in the lexicon’s pattern syntax (see below).',
    id: 'phrase-variants',
    spellcheck: false,
  });
  const label = textField('Source label (optional)', { hint: 'Your own words, such as “my research” or “Iranian state TV”. Shown on the hover card.', maxLength: LIMITS.label, id: 'phrase-label' });
  const note = textField('Note (optional)', { multiline: true, rows: 2, hint: 'Shown on the hover card.', maxLength: LIMITS.note, id: 'phrase-note' });
  const fields = { phrase, label, note };

  const submit = h('button', { class: 'primary', attrs: { type: 'submit' } }, 'Add phrase');
  const cancel = h('button', { attrs: { type: 'button', hidden: true } }, 'Cancel');
  const formTitle = h('h3', { attrs: { id: 'phrase-form-title' } }, 'Add a phrase');
  const syntax = h(
    'details',
    { class: 'syntax' },
    h('summary', null, 'Pattern syntax'),
    h('dl', null, SYNTAX_HELP.map(([pattern, meaning]) => [h('dt', null, h('code', null, pattern)), h('dd', null, meaning)])),
    h('p', { class: 'hint' }, 'Use plain lower-case words; other punctuation is not allowed. A single word is accepted only if it is not a common English word.'),
  );
  const form = h(
    'form',
    { class: 'phrase-form', attrs: { 'aria-labelledby': 'phrase-form-title', novalidate: true } },
    formTitle,
    phrase.element,
    variants.element,
    syntax,
    label.element,
    note.element,
    h('div', { class: 'row' }, submit, cancel),
  );
  const list = h('ul', { class: 'phrases' });
  const empty = h('p', { class: 'hint' }, 'You have not added any phrases yet.');

  const draft = (): PhraseDraft => ({ phrase: phrase.input.value, variants: variants.input.value.split('\n'), label: label.input.value, note: note.input.value });

  const clearErrors = () => [phrase, variants, label, note].forEach((f) => f.setError(undefined));

  const fill = (value: Partial<PhraseDraft>, target: CustomPhrase | undefined) => {
    editing = target;
    phrase.input.value = value.phrase ?? '';
    variants.input.value = (value.variants ?? []).join('\n');
    label.input.value = value.label ?? '';
    note.input.value = value.note ?? '';
    formTitle.textContent = target ? `Edit “${target.phrase}”` : 'Add a phrase';
    submit.textContent = target ? 'Save changes' : 'Add phrase';
    cancel.hidden = !target;
    clearErrors();
  };

  const save = async (next: CustomPhrase[], message: string, undo?: CustomPhrase[]) => {
    try {
      await saveCustomPhrases(next);
    } catch (error) {
      status.say(`Could not save your phrases: ${(error as Error).message}`, { error: true });
      return false;
    }
    phrases = next;
    render();
    status.say(message, undo ? { action: { label: 'Undo', run: () => void save(undo, 'Undone.') } } : {});
    return true;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const context = await loadContext();
      const others = phrases.filter((p) => p.id !== editing?.id);
      const result = validateDraft(draft(), { ...context, others });
      clearErrors();
      if (!result.ok) {
        const { problems } = result;
        for (const key of ['phrase', 'label', 'note'] as const) fields[key].setError(problems[key]);
        const lines = problems.variants.flatMap((p, i) => (p ? [`Line ${i + 1}: ${p}`] : []));
        variants.setError(lines.length > 0 ? lines.join(' ') : undefined);
        const first = [phrase, variants, label, note].find((f) => f.input.getAttribute('aria-invalid') === 'true');
        first?.input.focus();
        return;
      }
      const value = result.value;
      if (editing) {
        const target = editing;
        const next = phrases.map((p) => (p.id === target.id ? { ...p, ...value } : p));
        if (await save(next, `Saved “${value.phrase}”.`)) fill({}, undefined);
      } else {
        const added: CustomPhrase = { id: newPhraseId(value.phrase, phrases.map((p) => p.id)), ...value, added: Date.now() };
        if (await save([...phrases, added], `Added “${value.phrase}”. Open pages highlight it now.`)) fill({}, undefined);
      }
    } catch (error) {
      status.say(`Could not check the phrase: ${(error as Error).message}`, { error: true });
    } finally {
      submit.disabled = false;
    }
  });
  cancel.addEventListener('click', () => fill({}, undefined));
  // Expanding the built-in lexicon takes a moment: start when the user starts writing, not at the first check.
  form.addEventListener('focusin', () => void loadContext().catch(() => undefined), { once: true });

  function row(p: CustomPhrase): HTMLElement {
    return h(
      'li',
      { class: 'phrase', attrs: { 'data-id': p.id } },
      h(
        'div',
        { class: 'phrase-main' },
        h('span', { class: 'phrase-text' }, p.phrase),
        p.label ? h('span', { class: 'tag' }, p.label) : null,
        p.variants.length > 0 ? h('p', { class: 'variants' }, 'Also: ', p.variants.map((v, i) => [i > 0 ? ', ' : '', h('code', null, v)])) : null,
        p.note ? h('p', { class: 'note' }, p.note) : null,
      ),
      h(
        'div',
        { class: 'row' },
        h('button', { attrs: { type: 'button', 'aria-label': `Edit “${p.phrase}”` }, on: { click: () => {
          fill(p, p);
          phrase.input.focus();
        } } }, 'Edit'),
        h('button', { attrs: { type: 'button', 'aria-label': `Remove “${p.phrase}”` }, on: { click: () => {
          const before = phrases;
          if (editing?.id === p.id) fill({}, undefined);
          void save(phrases.filter((x) => x.id !== p.id), `Removed “${p.phrase}”.`, before);
        } } }, 'Remove'),
      ),
    );
  }

  function render() {
    replaceChildren(list, phrases.map(row));
    empty.hidden = phrases.length > 0;
  }

  const takePending = async (value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') return;
    try {
      await pendingPhraseItem.removeValue();
    } catch (error) {
      console.warn('Rhetoric Lens: could not clear the pending phrase', error);
    }
    fill({ phrase: value.trim().slice(0, LIMITS.phrase) }, undefined);
    form.scrollIntoView({ block: 'center' });
    phrase.input.focus();
    status.say('The selected text is in the form: check it, then add it.');
  };

  const element = section(
    'phrases',
    'Your phrases',
    'Phrases of your own, highlighted on every page with the dotted underline, whatever the source and sensitivity settings.',
    list,
    empty,
    form,
  );

  return {
    element,
    async start() {
      phrases = await readCustomPhrases();
      render();
      // Another tab, or an import, changed the phrases.
      customPhrasesItem.watch((value) => {
        phrases = repairCustomPhrases(value).phrases;
        render();
      });
      try {
        await takePending(await pendingPhraseItem.getValue());
        pendingPhraseItem.watch((value) => void takePending(value));
      } catch (error) {
        console.warn('Rhetoric Lens: session storage is not available; the context menu cannot prefill phrases', error);
      }
    },
  };
}
