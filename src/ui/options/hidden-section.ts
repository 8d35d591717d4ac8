/**
 * "Hidden phrases": the entries the reader hid from the card ("Hide this
 * phrase"), each with "Show again". The phrases' names come from the
 * lexicon, loaded only when there is something hidden to name.
 */
import type { Settings } from '../../storage/settings';
import { h, replaceChildren } from '../dom';
import { section } from './controls';
import type { SaveSettings, SettingsSection } from './section-types';

/** An entry's phrase by id, or undefined for an id this version does not know. */
export type PhraseOf = (entryId: string) => string | undefined;

export function hiddenSection(save: SaveSettings, loadPhrases: () => Promise<PhraseOf>): SettingsSection {
  const list = h('ul', { class: 'sites hidden-phrases' });
  const empty = h('p', { class: 'hint' }, 'None. “Hide this phrase” on a highlight’s card adds it here.');
  let phraseOf: PhraseOf | undefined;
  let latest: string[] = [];

  const render = () => {
    empty.hidden = latest.length > 0;
    replaceChildren(
      list,
      latest.map((id) => {
        const phrase = phraseOf?.(id) ?? id;
        return h(
          'li',
          null,
          h('span', { class: 'site' }, phrase),
          h('button', { class: 'link', attrs: { type: 'button', 'aria-label': `Show “${phrase}” again` }, on: { click: () => save((s) => ({ ...s, hiddenEntries: s.hiddenEntries.filter((x) => x !== id) })) } }, 'Show again'),
        );
      }),
    );
  };

  return {
    element: section('hidden', 'Hidden phrases', 'Phrases you hid from a highlight’s card are not highlighted anywhere until you show them again.', list, empty),
    update(settings: Settings) {
      latest = settings.hiddenEntries;
      render();
      if (latest.length > 0 && !phraseOf) {
        void loadPhrases()
          .then((found) => {
            phraseOf = found;
            render();
          })
          .catch(() => undefined); // the ids stand in for the names
      }
    },
  };
}
