/**
 * The popup's view of a page report, as pure data: the summary, the filter
 * choices, and the hits grouped by entry. No DOM here, so it is tested as
 * plain functions.
 */
import { describeSummary, summarize, type Summary } from '../../core/summary';
import type { Voice } from '../../core/types';
import { sourceLabel } from '../../lexicon/families';
import type { PageHit, PageReport } from '../../core/types';
import { entryMeta, type EntryInfo, type EntryLookup } from './entry-info';

export interface HitFilter {
  /** A source id, or '' for all. */
  source: string;
  /** A technique id, or '' for all. */
  technique: string;
  voice: Voice | '';
}

export const NO_FILTER: HitFilter = { source: '', technique: '', voice: '' };

export interface HitGroup {
  entry: EntryInfo;
  /** Occurrences in document order. */
  hits: PageHit[];
  own: number;
  quoted: number;
}

export function summarizeReport(report: Pick<PageReport, 'hits' | 'words'>, lookup: EntryLookup): Summary {
  const indexes = new Map<string, number>();
  const metas = [];
  const hits = [];
  for (const hit of report.hits) {
    let index = indexes.get(hit.entryId);
    if (index === undefined) {
      index = metas.length;
      indexes.set(hit.entryId, index);
      metas.push(entryMeta(lookup(hit.entryId, hit.match)));
    }
    hits.push({ entry: index, voice: hit.voice });
  }
  return summarize(hits, metas, report.words);
}

/** The plain-language lines: the summary sentence, then the rate, when there are hits. */
export function plainSummary(summary: Summary): string[] {
  const lines = [describeSummary(summary, sourceLabel)];
  if (summary.hits > 0 && summary.words > 0) {
    const rate = summary.perThousandWords;
    // Rough bands that put the rate into words; not calibrated against a corpus.
    const often = rate >= 10 ? 'Dense' : rate >= 3 ? 'Frequent' : 'Occasional';
    lines.push(`${often}: ${rate.toLocaleString('en-US', { maximumFractionDigits: 1 })} per 1,000 words, over ${summary.words.toLocaleString('en-US')} words.`);
  }
  return lines;
}

export function matchesFilter(hit: PageHit, entry: EntryInfo, filter: HitFilter): boolean {
  return (
    (filter.voice === '' || hit.voice === filter.voice) &&
    (filter.source === '' || entry.sources.includes(filter.source)) &&
    (filter.technique === '' || entry.techniques.includes(filter.technique))
  );
}

export function filterHits(hits: PageHit[], filter: HitFilter, lookup: EntryLookup): PageHit[] {
  return hits.filter((hit) => matchesFilter(hit, lookup(hit.entryId, hit.match), filter));
}

/** Groups hits by entry: most frequent first, ties in order of first appearance. */
export function groupHits(hits: PageHit[], lookup: EntryLookup): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const hit of [...hits].sort((a, b) => a.index - b.index)) {
    let group = groups.get(hit.entryId);
    if (!group) {
      group = { entry: lookup(hit.entryId, hit.match), hits: [], own: 0, quoted: 0 };
      groups.set(hit.entryId, group);
    }
    group.hits.push(hit);
    group[hit.voice]++;
  }
  return [...groups.values()].sort((a, b) => b.hits.length - a.hits.length || a.hits[0].index - b.hits[0].index);
}

export interface FilterChoice {
  value: string;
  count: number;
}

/** The values each filter can take on this page, with hit counts, most frequent first. */
export function filterChoices(summary: Summary): { sources: FilterChoice[]; techniques: FilterChoice[] } {
  const choices = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { sources: choices(summary.bySource), techniques: choices(summary.byTechnique) };
}

/** The occurrence after (or before) `current` in a group, wrapping around. */
export function stepOccurrence(group: HitGroup, current: number, direction: 1 | -1): number {
  const n = group.hits.length;
  return (((current + direction) % n) + n) % n;
}
