/** The page summary: the plain-language line, the numbers, and counts by source and technique. */
import { type Summary } from '../../core/summary';
import { sourceLabel } from '../../lexicon/families';
import { h } from '../dom';
import { techniqueLabel } from './labels';
import { filterChoices, plainSummary } from './page-model';

function stat(label: string, value: string, key: string) {
  return h('div', { class: 'stat', attrs: { 'data-stat': key } }, h('dt', null, label), h('dd', null, value));
}

function counts(title: string, id: string, items: { label: string; count: number }[]) {
  if (items.length === 0) return null;
  return h(
    'section',
    { class: 'counts', attrs: { 'aria-labelledby': id } },
    h('h3', { attrs: { id } }, title),
    h('ul', { class: 'chips' }, ...items.map((item) => h('li', { class: 'chip' }, h('span', null, item.label), ' ', h('span', { class: 'chip-count' }, item.count)))),
  );
}

export function summaryView(summary: Summary): HTMLElement {
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
      'by-source',
      sources.map((s) => ({ label: sourceLabel(s.value), count: s.count })),
    ),
    counts(
      'By technique',
      'by-technique',
      techniques.map((t) => ({ label: techniqueLabel(t.value), count: t.count })),
    ),
  );
}
