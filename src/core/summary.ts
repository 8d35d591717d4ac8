/**
 * Page and document summaries: counts by source, technique and voice, the
 * rate per 1,000 words, and a plain-language line. Shared by the CLI, the
 * popup and the exports.
 */
import type { EntryMeta } from './compiled';
import type { Voice } from './types';

export interface Summary {
  hits: number;
  words: number;
  perThousandWords: number;
  bySource: Record<string, number>;
  byTechnique: Record<string, number>;
  byVoice: Record<Voice, number>;
  byEntry: Record<string, number>;
}

export interface SummaryHit {
  entry: number;
  voice: Voice;
}

function bump(counts: Record<string, number>, key: string) {
  counts[key] = (counts[key] ?? 0) + 1;
}

export function summarize(hits: SummaryHit[], entries: EntryMeta[], words: number): Summary {
  const summary: Summary = {
    hits: hits.length,
    words,
    perThousandWords: words > 0 ? Math.round((hits.length / words) * 100_000) / 100 : 0,
    bySource: {},
    byTechnique: {},
    byVoice: { own: 0, quoted: 0 },
    byEntry: {},
  };
  for (const hit of hits) {
    const entry = entries[hit.entry];
    for (const source of entry.sources) bump(summary.bySource, source);
    for (const technique of entry.techniques) bump(summary.byTechnique, technique);
    summary.byVoice[hit.voice]++;
    bump(summary.byEntry, entry.id);
  }
  return summary;
}

/** "12 phrases typical of KCNA, 9 in the page's own voice", or the empty state. `sourceLabel` names a source id (src/lexicon/families.ts). */
export function describeSummary(summary: Summary, sourceLabel: (source: string) => string, subject = "the page's"): string {
  if (summary.hits === 0) return `No state-media phrasing found in ${summary.words.toLocaleString('en-US')} words`;
  const sources = Object.entries(summary.bySource).sort((a, b) => b[1] - a[1]);
  const top = sources.map(([s]) => sourceLabel(s));
  const typical = top.length === 1 ? top[0] : `${top.slice(0, -1).join(', ')} and ${top[top.length - 1]}`;
  const noun = summary.hits === 1 ? 'phrase' : 'phrases';
  return `${summary.hits} ${noun} typical of ${typical}, ${summary.byVoice.own} in ${subject} own voice`;
}
