/**
 * The side panel's list: every hit on the page in page order, each with its
 * source's swatch and name, the phrase, its sentence and its voice. It is
 * the screen-reader path to the highlights: an ordered list of buttons, each
 * named by its phrase, source, voice and place, described by its sentence.
 * Activating one goes to the hit on the page and opens its card; arrow keys
 * move between entries. The entries on screen in the page are marked in
 * place (`markOnScreen`), without rebuilding the list.
 */
import type { Summary } from '../../core/summary';
import type { PageHit } from '../../core/types';
import { GROUPS, type Group } from '../../dom/highlight-groups';
import { groupDeclarations, type HighlightStyle } from '../../dom/highlight-style';
import { sourceLabel } from '../../lexicon/families';
import { emphasize, h } from '../dom';
import type { EntryInfo, EntryLookup } from '../popup/entry-info';
import { filterBar } from '../popup/hit-list-view';
import { plural, voiceLabel } from '../popup/labels';
import type { HitFilter } from '../popup/page-model';

/** The first and last hit on screen, as `PageHit.index` values; -1 when none is. */
export interface OnScreenRange {
  first: number;
  last: number;
}

export interface PageOrderInput {
  summary: Summary;
  /** The hits the filters leave, in page order. */
  hits: PageHit[];
  filter: HitFilter;
  lookup: EntryLookup;
  /** The highlight style the page uses, so that each swatch looks like its highlight. */
  style: HighlightStyle;
  /** Sources the user hid: a hit shows in the colour of its first source still shown. */
  hiddenSources: readonly string[];
}

export interface PageOrderActions {
  setFilter(filter: HitFilter): void;
  /** Go to this hit (by `PageHit.index`) on the page and open its card. */
  goto(entryId: string, hitIndex: number): void;
  openDetail(entryId: string): void;
}

/** The group whose colour a hit of `entry` has on the page (as groupOf in src/dom/highlight-groups.ts decides). */
export function swatchGroup(entry: EntryInfo, hiddenSources: readonly string[]): Group {
  if (entry.sources.includes('custom') || !entry.known) return 'custom';
  const shown = entry.sources.find((s) => !hiddenSources.includes(s) && GROUPS.includes(s as Group));
  return (shown ?? entry.sources.find((s) => GROUPS.includes(s as Group)) ?? 'custom') as Group;
}

/** Up/Down/Home/End move between entries. */
function onListKey(event: KeyboardEvent) {
  const target = event.target as HTMLElement;
  if (!target.classList.contains('page-hit-main')) return;
  const rows = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.page-hit-main')];
  const at = rows.indexOf(target);
  const next = { ArrowDown: Math.min(rows.length - 1, at + 1), ArrowUp: Math.max(0, at - 1), Home: 0, End: rows.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  rows[next]?.focus();
}

function entryRow(hit: PageHit, input: PageOrderInput, actions: PageOrderActions): HTMLElement {
  const entry = input.lookup(hit.entryId, hit.match);
  const group = swatchGroup(entry, input.hiddenSources);
  const source = group === 'custom' ? sourceLabel('custom') : sourceLabel(group);
  const voice = voiceLabel(hit.voice);
  const sentenceId = `hit-sentence-${hit.index}`;
  const show = () => actions.goto(entry.id, hit.index);
  return h(
    'li',
    { class: 'page-hit', attrs: { 'data-index': hit.index, 'data-entry': entry.id, 'data-group': group } },
    h(
      'div',
      { class: 'page-hit-row' },
      // Named by what it shows (phrase, source, voice), described by the sentence; the list gives the position.
      h(
        'button',
        { class: 'page-hit-main', attrs: { type: 'button', 'data-key': `hit:${hit.index}`, 'data-index': hit.index, 'aria-describedby': sentenceId }, on: { click: show } },
        h(
          'span',
          { class: 'page-hit-head' },
          h('span', { class: 'swatch', attrs: { 'aria-hidden': 'true', style: groupDeclarations(group, input.style) } }, 'Aa'),
          h('span', { class: 'phrase' }, entry.phrase),
          h('span', { class: 'on-screen-label' }, h('span', { class: 'visually-hidden' }, ', '), 'on screen'),
        ),
        h('span', { class: 'page-hit-meta muted' }, `${source} · ${voice}`),
      ),
      h(
        'button',
        { class: 'link-button page-hit-detail', attrs: { type: 'button', 'data-key': `detail-hit:${hit.index}`, 'aria-label': `Details of ${entry.phrase}` }, on: { click: () => actions.openDetail(entry.id) } },
        'Details',
      ),
    ),
    // The sentence shows the hit too when clicked; keyboard users have the button, which it describes.
    h('p', { class: 'sentence', attrs: { id: sentenceId }, on: { click: show } }, ...emphasize(hit.sentence, hit.inSentence)),
  );
}

export function pageOrderView(input: PageOrderInput, actions: PageOrderActions): HTMLElement {
  const { summary, hits } = input;
  const filtered = hits.length !== summary.hits;
  return h(
    'section',
    { class: 'hits page-order', attrs: { 'aria-labelledby': 'page-order-title' } },
    h('h2', { attrs: { id: 'page-order-title' } }, 'Phrases in page order'),
    filterBar(summary, input.filter, actions),
    h(
      'p',
      { class: 'filter-count', attrs: { 'data-testid': 'list-count' } },
      filtered ? `Showing ${plural(hits.length, 'hit')} of ${summary.hits.toLocaleString('en-US')}` : plural(hits.length, 'hit'),
    ),
    hits.length === 0
      ? h('p', { class: 'empty' }, 'No phrase matches these filters.')
      : h(
          'ol',
          {
            class: 'page-hit-list',
            attrs: { 'aria-label': 'Phrases in page order. Enter shows one on the page; arrow keys move between them.' },
            on: { keydown: (event) => onListKey(event) },
          },
          ...hits.map((hit) => entryRow(hit, input, actions)),
        ),
  );
}

/**
 * Marks the entries whose hits are on screen (class `on-screen`) and the
 * first of them as the current location (`aria-current`), in place. Returns
 * the first one marked, or null.
 */
export function markOnScreen(root: ParentNode, range: OnScreenRange): HTMLElement | null {
  let first: HTMLElement | null = null;
  for (const row of root.querySelectorAll<HTMLElement>('.page-hit')) {
    const index = Number(row.dataset.index);
    const on = range.first >= 0 && index >= range.first && index <= range.last;
    row.classList.toggle('on-screen', on);
    const button = row.querySelector('.page-hit-main');
    if (on && !first) {
      first = row;
      button?.setAttribute('aria-current', 'location');
    } else button?.removeAttribute('aria-current');
  }
  return first;
}
