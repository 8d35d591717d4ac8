/**
 * The phrase detail: what the lexicon says of an entry, where it stands on
 * this page (sentence and paragraph, the phrase marked), its other
 * occurrences here, passages from the user's own reading, and examples.
 */
import { sourceLabel } from '../../lexicon/families';
import { formsLine } from '../card/card-text';
import { isOpenableUrl } from '../../storage/history/page-address';
import type { RelatedPassage } from '../../storage/history/related-passages';
import type { PageHit } from '../../core/types';
import { emphasize, emphasizeInParagraph, h, scriptLanguage, type Child } from '../dom';
import type { EntryInfo, EntryLookup } from './entry-info';
import { plural, techniqueLabel, tierLabel, voiceLabel } from './labels';

export type HistoryState = { kind: 'loading' } | { kind: 'ready'; passages: RelatedPassage[] } | { kind: 'failed'; error: string };

export interface DetailActions {
  back(): void;
  openDetail(entryId: string): void;
  /** Select this occurrence (by `PageHit.index`) and go to it on the page. */
  goto(entryId: string, hitIndex: number): void;
}

export interface DetailInput {
  entry: EntryInfo;
  /** This entry's occurrences on the page, in document order (empty when it is not on the page). */
  hits: PageHit[];
  /** The `PageHit.index` of the selected occurrence; the first when absent or gone. */
  selected: number | undefined;
  history: HistoryState;
  lookup: EntryLookup;
  /** Whether there is a list to go back to. */
  canGoBack: boolean;
  backLabel: string;
}

function section(title: string, key: string, ...children: Child[]) {
  const id = `detail-${key}`;
  return h('section', { class: `detail-section ${key}`, attrs: { 'aria-labelledby': id } }, h('h3', { attrs: { id } }, title), ...children);
}

function positionOf(input: DetailInput): number {
  return Math.max(0, input.hits.findIndex((hit) => hit.index === input.selected));
}

function facts(entry: EntryInfo) {
  const row = (label: string, value: string) => h('div', { class: 'fact' }, h('dt', null, label), h('dd', null, value));
  return h(
    'dl',
    { class: 'facts' },
    row(entry.sources.length > 1 ? 'Sources' : 'Source', entry.sources.map(sourceLabel).join(', ')),
    entry.techniques.length > 0 ? row(entry.techniques.length > 1 ? 'Techniques' : 'Technique', entry.techniques.map(techniqueLabel).join(', ')) : null,
    row('Tier', tierLabel(entry.tier)),
  );
}

function onThisPage(input: DetailInput, actions: DetailActions) {
  const { entry, hits } = input;
  if (hits.length === 0) return section('On this page', 'context', h('p', { class: 'muted' }, 'This phrase is not on this page.'));
  const position = positionOf(input);
  const hit = hits[position];
  const many = hits.length > 1;
  return section(
    'On this page',
    'context',
    h(
      'div',
      { class: 'occurrence-nav' },
      many
        ? h(
            'button',
            { class: 'icon', attrs: { type: 'button', 'data-key': 'detail-prev', 'aria-label': 'Previous occurrence' }, on: { click: () => actions.goto(entry.id, hits[(position - 1 + hits.length) % hits.length].index) } },
            '‹',
          )
        : null,
      h('span', { class: 'position', attrs: { 'aria-live': 'polite' } }, `Occurrence ${position + 1} of ${hits.length}`),
      many
        ? h(
            'button',
            { class: 'icon', attrs: { type: 'button', 'data-key': 'detail-next', 'aria-label': 'Next occurrence' }, on: { click: () => actions.goto(entry.id, hits[(position + 1) % hits.length].index) } },
            '›',
          )
        : null,
      h('button', { class: 'link-button', attrs: { type: 'button', 'data-key': 'detail-show' }, on: { click: () => actions.goto(entry.id, hit.index) } }, 'Show on page'),
    ),
    h('h4', null, `Sentence, ${voiceLabel(hit.voice)}`),
    h('blockquote', { class: 'context-sentence', attrs: { 'data-testid': 'context-sentence' } }, ...emphasize(hit.sentence, hit.inSentence)),
    hit.paragraph.length > hit.sentence.length + 1
      ? [h('h4', null, 'Paragraph'), h('p', { class: 'context-paragraph', attrs: { 'data-testid': 'context-paragraph' } }, ...emphasizeInParagraph(hit.paragraph, hit.sentenceInParagraph, hit.inSentence))]
      : null,
  );
}

function otherOccurrences(input: DetailInput, actions: DetailActions) {
  if (input.hits.length < 2) return null;
  const position = positionOf(input);
  return section(
    'Other occurrences on this page',
    'occurrences',
    h(
      'ul',
      { class: 'passages' },
      ...input.hits.map((hit, i) =>
        i === position
          ? null
          : h(
              'li',
              null,
              h(
                'button',
                { class: 'passage-button', attrs: { type: 'button', 'data-key': `occurrence:${i}`, 'aria-label': `Occurrence ${i + 1}: ${hit.sentence}` }, on: { click: () => actions.goto(input.entry.id, hit.index) } },
                ...emphasize(hit.sentence, hit.inSentence),
              ),
            ),
      ),
    ),
  );
}

function formatDate(time: number): string {
  return new Date(time).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

function fromHistory(input: DetailInput) {
  const { history, lookup } = input;
  let body: Child;
  if (history.kind === 'loading') body = h('p', { class: 'muted' }, 'Looking through your reading history…');
  else if (history.kind === 'failed') body = h('p', { class: 'muted' }, `Your reading history could not be read (${history.error}).`);
  else if (history.passages.length === 0) body = h('p', { class: 'muted' }, 'Not seen on other pages you read (or your history is empty).');
  else
    body = h(
      'ul',
      { class: 'passages history', attrs: { 'data-testid': 'history-passages' } },
      ...history.passages.map((p) => {
        const title = p.title || p.url;
        return h(
          'li',
          { class: 'history-passage', attrs: { 'data-url': p.url } },
          isOpenableUrl(p.url) ? h('a', { attrs: { href: p.url, target: '_blank', rel: 'noopener noreferrer' } }, title) : h('span', { class: 'title' }, title),
          h('span', { class: 'meta' }, [p.site, formatDate(p.time), p.relation === 'same' ? 'same phrase' : `related: ${lookup(p.entryId).phrase}`].filter(Boolean).join(' · ')),
          h('q', { class: 'passage-text' }, ...emphasize(p.sentence, p.inSentence)),
        );
      }),
    );
  return section('From your reading', 'history', body);
}

function related(input: DetailInput, actions: DetailActions) {
  if (input.entry.related.length === 0) return null;
  return section(
    'Related phrases',
    'related',
    h(
      'ul',
      { class: 'related-list' },
      ...input.entry.related.map((id) => {
        const other = input.lookup(id);
        return h('li', null, h('button', { class: 'chip-button', attrs: { type: 'button', 'data-key': `related:${id}`, 'data-entry': id }, on: { click: () => actions.openDetail(id) } }, other.phrase));
      }),
    ),
  );
}

export function detailView(input: DetailInput, actions: DetailActions): HTMLElement {
  const { entry } = input;
  const lang = entry.original ? scriptLanguage(entry.original) : undefined;
  return h(
    'article',
    { class: 'detail', attrs: { 'aria-labelledby': 'detail-phrase', 'data-entry': entry.id } },
    h(
      'nav',
      { class: 'detail-nav' },
      h('button', { class: 'back', attrs: { type: 'button', 'data-key': 'back', 'aria-keyshortcuts': 'Escape' }, on: { click: () => actions.back() } }, `← ${input.backLabel}`),
    ),
    h('h2', { class: 'detail-phrase', attrs: { id: 'detail-phrase', tabindex: '-1', 'data-key': 'detail-heading' } }, entry.phrase),
    entry.original ? h('p', { class: 'original', attrs: { lang } }, entry.original) : null,
    input.hits.length > 0 ? h('p', { class: 'muted' }, `${plural(input.hits.length, 'time')} on this page`) : null,
    // The words on the page, where they differ from the phrase in the heading.
    formsLine(input.hits.map((hit) => hit.match), entry.phrase) ? h('p', { class: 'forms muted' }, formsLine(input.hits.map((hit) => hit.match), entry.phrase)) : null,
    facts(entry),
    section('What it means', 'explanation', h('p', null, entry.explanation)),
    entry.origin.trim() ? section('Origin', 'origin', h('p', null, entry.origin)) : null,
    onThisPage(input, actions),
    otherOccurrences(input, actions),
    fromHistory(input),
    related(input, actions),
    entry.examples.length > 0 ? section('Examples', 'examples', h('ul', { class: 'examples' }, ...entry.examples.map((e) => h('li', null, e)))) : null,
  );
}
