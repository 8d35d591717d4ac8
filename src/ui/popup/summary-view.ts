/** The page summary: the plain-language line, the numbers, and counts by source and technique. */
import { type Summary } from '../../core/summary';
import { sourceLabel } from '../../lexicon/families';
import { h } from '../dom';
import { techniqueLabel } from './labels';
import { filterChoices, plainSummary, type HitFilter } from './page-model';

/** The chips filter the list: pressing one shows only its hits, pressing it again shows all. */
export interface ChipFilter {
  filter: HitFilter;
  setFilter(filter: HitFilter): void;
}

function stat(label: string, value: string, key: string) {
  return h('div', { class: 'stat', attrs: { 'data-stat': key } }, h('dt', null, label), h('dd', null, value));
}

function counts(title: string, key: 'source' | 'technique', items: { value: string; label: string; count: number }[], chips?: ChipFilter) {
  if (items.length === 0) return null;
  const id = `by-${key}`;
  const chip = (item: { value: string; label: string; count: number }) => {
    const content = [h('span', null, item.label), ' ', h('span', { class: 'chip-count' }, item.count)];
    if (!chips) return h('li', { class: 'chip' }, ...content);
    const pressed = chips.filter[key] === item.value;
    const toggle = () => chips.setFilter({ ...chips.filter, [key]: pressed ? '' : item.value });
    return h(
      'li',
      null,
      h(
        'button',
        {
          class: 'chip',
          attrs: { type: 'button', 'aria-pressed': String(pressed), 'data-key': `chip-${key}-${item.value}`, title: pressed ? 'Show all phrases' : `Show only ${item.label}` },
          on: { click: toggle },
        },
        ...content,
      ),
    );
  };
  return h('section', { class: 'counts', attrs: { 'aria-labelledby': id } }, h('h3', { attrs: { id } }, title), h('ul', { class: 'chips' }, ...items.map(chip)));
}

export function summaryView(summary: Summary, chips?: ChipFilter): HTMLElement {
  const [headline, rate] = plainSummary(summary);
  const { sources, techniques } = filterChoices(summary);
  const total = summary.byVoice.own + summary.byVoice.quoted;
  const ownShare = total > 0 ? Math.round((summary.byVoice.own / total) * 100) : 0;
  return h(
    'section',
    { class: 'summary', attrs: { 'aria-labelledby': 'summary-headline' } },
    h('p', { class: 'headline', attrs: { id: 'summary-headline', 'data-testid': 'summary-line' } }, headline),
    rate ? h('p', { class: 'rate' }, rate) : null,
    summary.hits > 0
      ? h(
          'dl',
          { class: 'stats' },
          stat('Hits', summary.hits.toLocaleString('en-US'), 'hits'),
          stat('Per 1,000 words', summary.perThousandWords.toLocaleString('en-US', { maximumFractionDigits: 1 }), 'rate'),
          stat('Own voice', summary.byVoice.own.toLocaleString('en-US'), 'own'),
          stat('Quoted', summary.byVoice.quoted.toLocaleString('en-US'), 'quoted'),
        )
      : null,
    total > 0
      ? h(
          'div',
          {
            class: 'voice-bar',
            attrs: { role: 'img', 'aria-label': `${summary.byVoice.own} in the page's own voice, ${summary.byVoice.quoted} quoted` },
          },
          h('span', { class: 'voice-own', attrs: { style: `width:${ownShare}%` } }),
        )
      : null,
    counts(
      'By source',
      'source',
      sources.map((s) => ({ value: s.value, label: sourceLabel(s.value), count: s.count })),
      chips,
    ),
    counts(
      'By technique',
      'technique',
      techniques.map((t) => ({ value: t.value, label: techniqueLabel(t.value), count: t.count })),
      chips,
    ),
  );
}
