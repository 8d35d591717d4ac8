/**
 * The hit list: filters, then one row per entry with its count and the
 * sentence of the selected occurrence. Activating a row goes to that
 * occurrence on the page; ‹ › step through the entry's occurrences; arrow
 * keys move between rows.
 */
import { type Summary } from '../../core/summary';
import { sourceLabel } from '../../lexicon/families';
import type { Voice } from '../../core/types';
import { formsLine } from '../card/card-text';
import { emphasize, h } from '../dom';
import { plural, techniqueLabel } from './labels';
import { filterChoices, type HitFilter, type HitGroup } from './page-model';

export interface HitListActions {
  setFilter(filter: HitFilter): void;
  /** Select this occurrence (by `PageHit.index`) and go to it on the page. */
  goto(entryId: string, hitIndex: number): void;
  step(entryId: string, direction: 1 | -1): void;
  openDetail(entryId: string): void;
}

function select(label: string, key: keyof HitFilter, value: string, options: { value: string; label: string }[], onChange: (value: string) => void) {
  const id = `filter-${key}`;
  return h(
    'div',
    { class: 'filter' },
    h('label', { attrs: { for: id } }, label),
    h(
      'select',
      { attrs: { id, 'data-key': id }, on: { change: (event) => onChange((event.target as HTMLSelectElement).value) } },
      ...options.map((o) => h('option', { attrs: { value: o.value, selected: o.value === value } }, o.label)),
    ),
  );
}

/** The source, technique and voice filters: shared by the popup's list and the side panel's. */
export function filterBar(summary: Summary, filter: HitFilter, actions: Pick<HitListActions, 'setFilter'>): HTMLElement {
  const { sources, techniques } = filterChoices(summary);
  const set = (key: keyof HitFilter) => (value: string) => actions.setFilter({ ...filter, [key]: value });
  return h(
    'div',
    { class: 'filters', attrs: { role: 'group', 'aria-label': 'Filter the phrases' } },
    select('Source', 'source', filter.source, [{ value: '', label: 'All' }, ...sources.map((s) => ({ value: s.value, label: `${sourceLabel(s.value)} (${s.count})` }))], set('source')),
    select(
      'Technique',
      'technique',
      filter.technique,
      [{ value: '', label: 'All' }, ...techniques.map((t) => ({ value: t.value, label: `${techniqueLabel(t.value)} (${t.count})` }))],
      set('technique'),
    ),
    select(
      'Voice',
      'voice',
      filter.voice,
      [
        { value: '', label: 'Any' },
        { value: 'own', label: `Own voice (${summary.byVoice.own})` },
        { value: 'quoted', label: `Quoted (${summary.byVoice.quoted})` },
      ],
      (value) => actions.setFilter({ ...filter, voice: value as Voice | '' }),
    ),
  );
}

/** Up/Down/Home/End move between rows; Left/Right step through the focused row's occurrences. */
function onListKey(event: KeyboardEvent, actions: HitListActions) {
  const target = event.target as HTMLElement;
  if (!target.classList.contains('group-main')) return;
  const rows = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.group-main')];
  const at = rows.indexOf(target);
  const entryId = target.dataset.entry!;
  let next = -1;
  switch (event.key) {
    case 'ArrowDown':
      next = Math.min(rows.length - 1, at + 1);
      break;
    case 'ArrowUp':
      next = Math.max(0, at - 1);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = rows.length - 1;
      break;
    case 'ArrowRight':
      event.preventDefault();
      actions.step(entryId, 1);
      return;
    case 'ArrowLeft':
      event.preventDefault();
      actions.step(entryId, -1);
      return;
    default:
      return;
  }
  event.preventDefault();
  rows[next]?.focus();
}

function row(group: HitGroup, selected: number | undefined, actions: HitListActions) {
  const { entry } = group;
  const position = Math.max(0, group.hits.findIndex((hit) => hit.index === selected));
  const hit = group.hits[position];
  const count = group.hits.length;
  const many = count > 1;
  const voices = group.quoted === 0 ? 'own voice' : group.own === 0 ? 'quoted' : `${group.own} own, ${group.quoted} quoted`;
  return h(
    'li',
    { class: 'group', attrs: { 'data-entry': entry.id } },
    h(
      'button',
      {
        class: 'group-main',
        attrs: {
          type: 'button',
          'data-key': `goto:${entry.id}`,
          'data-entry': entry.id,
          'aria-label': `${entry.phrase}, ${plural(count, 'hit')}${many ? `, occurrence ${position + 1}` : ''}. Show on the page.`,
          'aria-describedby': `sentence-${entry.id}`,
        },
        on: { click: () => actions.goto(entry.id, hit.index) },
      },
      h('span', { class: 'group-head' }, h('span', { class: 'phrase' }, entry.phrase), h('span', { class: 'count', attrs: { 'aria-hidden': 'true' } }, count)),
      // The words on the page, where they differ from the entry's phrase.
      formsOf(group) ? h('span', { class: 'forms muted' }, formsOf(group)) : null,
      h('span', { class: 'sentence', attrs: { id: `sentence-${entry.id}` } }, ...emphasize(hit.sentence, hit.inSentence)),
    ),
    h(
      'div',
      { class: 'group-tools' },
      many
        ? h(
            'span',
            { class: 'stepper' },
            h(
              'button',
              { class: 'icon', attrs: { type: 'button', 'data-key': `prev:${entry.id}`, 'aria-label': `Previous occurrence of ${entry.phrase}` }, on: { click: () => actions.step(entry.id, -1) } },
              '‹',
            ),
            h('span', { class: 'position', attrs: { 'aria-live': 'polite' } }, `${position + 1} / ${count}`),
            h(
              'button',
              { class: 'icon', attrs: { type: 'button', 'data-key': `next:${entry.id}`, 'aria-label': `Next occurrence of ${entry.phrase}` }, on: { click: () => actions.step(entry.id, 1) } },
              '›',
            ),
          )
        : null,
      h('span', { class: 'voices' }, voices),
      h(
        'button',
        { class: 'link-button', attrs: { type: 'button', 'data-key': `detail:${entry.id}`, 'aria-label': `Details of ${entry.phrase}` }, on: { click: () => actions.openDetail(entry.id) } },
        'Details',
      ),
    ),
  );
}

/** `selected` maps an entry id to the `PageHit.index` of its selected occurrence (the first when absent). */
export function hitListView(summary: Summary, groups: HitGroup[], shownHits: number, filter: HitFilter, selected: ReadonlyMap<string, number>, actions: HitListActions): HTMLElement {
  const filtered = shownHits !== summary.hits;
  return h(
    'section',
    { class: 'hits', attrs: { 'aria-labelledby': 'hits-title' } },
    h('h2', { attrs: { id: 'hits-title' } }, 'Phrases on this page'),
    filterBar(summary, filter, actions),
    h(
      'p',
      { class: 'filter-count', attrs: { role: 'status' } },
      filtered ? `Showing ${plural(shownHits, 'hit')} of ${summary.hits.toLocaleString('en-US')}` : `${plural(groups.length, 'phrase')}, ${plural(shownHits, 'hit')}`,
    ),
    groups.length === 0
      ? h('p', { class: 'empty' }, 'No phrase matches these filters.')
      : h(
          'ul',
          { class: 'hit-list', attrs: { 'aria-label': 'Phrases, most frequent first. Arrow keys move between them; left and right step through occurrences.' }, on: { keydown: (e) => onListKey(e, actions) } },
          ...groups.map((group) => row(group, selected.get(group.entry.id), actions)),
        ),
  );
}

/** "On this page as “…”" for a group whose matched words differ from its phrase, or ''. */
function formsOf(group: HitGroup): string {
  return formsLine(
    group.hits.map((hit) => hit.match),
    group.entry.phrase,
  );
}
