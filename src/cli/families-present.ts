/**
 * Which families a text's hits point to. A hit of an entry with one source is
 * evidence of that family; a formula several families share (double standards,
 * so-called human rights) is evidence of none in particular. So a purely
 * KCNA text that also says "double standards" is headed "typical of KCNA",
 * not "typical of KCNA, PRC state media and Russian state media".
 */
import { FAMILY_IDS } from '../lexicon/families';
import { lexicon } from '../lexicon/index';
import type { Style } from './style';

export interface FamilySplit {
  /** Hits of single-source entries, by family, most first (the registry's order on a tie). */
  own: [source: string, hits: number][];
  /** Hits of entries several families share. */
  shared: number;
}

const SOURCES_OF_ENTRY = new Map<string, readonly string[]>(lexicon.map((e) => [e.id, e.sources]));

/** The sources of a built-in entry, by id. */
export function builtinSources(id: string): readonly string[] | undefined {
  return SOURCES_OF_ENTRY.get(id);
}

/** Splits hit counts by entry (a summary's `byEntry`) into each family's own and the shared. */
export function splitByFamily(byEntry: Readonly<Record<string, number>>, sourcesOf: (id: string) => readonly string[] | undefined = builtinSources): FamilySplit {
  const own = new Map<string, number>();
  let shared = 0;
  for (const [id, count] of Object.entries(byEntry)) {
    const sources = sourcesOf(id) ?? [];
    if (sources.length === 1) own.set(sources[0], (own.get(sources[0]) ?? 0) + count);
    else shared += count;
  }
  const rank = (source: string) => {
    const i = (FAMILY_IDS as readonly string[]).indexOf(source);
    return i < 0 ? FAMILY_IDS.length : i;
  };
  return { own: [...own].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0])), shared };
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The summary's first line, named by the families present:
 * "7 phrases typical of KCNA and PRC state media, 6 in the text's own voice",
 * "3 phrases typical of KCNA (1 of them a formula other state media use too), …",
 * "2 phrases that several state media use, …", or the empty state.
 */
export function headline(summary: { hits: number; words: number; byVoice: { own: number } }, split: FamilySplit, style: Style, subject = "the text's"): string {
  if (summary.hits === 0) return `No state-media phrasing found in ${summary.words.toLocaleString('en-US')} words`;
  const noun = summary.hits === 1 ? 'phrase' : 'phrases';
  const voice = `${summary.byVoice.own} in ${subject} own voice`;
  if (split.own.length === 0) return `${summary.hits} ${noun} that several state media use, ${voice}`;
  const families = listOf(split.own.map(([source]) => style.family(source)));
  const shared =
    split.shared === 0 ? '' : split.shared === 1 ? ' (1 of them a formula other state media use too)' : ` (${split.shared} of them formulas other state media use too)`;
  return `${summary.hits} ${noun} typical of ${families}${shared}, ${voice}`;
}

/** "KCNA 6, PRC state media 1, shared 2": the split as counts. */
export function splitCounts(split: FamilySplit, style: Style): string {
  const parts = split.own.map(([source, n]) => `${style.family(source)} ${n.toLocaleString('en-US')}`);
  if (split.shared > 0) parts.push(`shared by several ${split.shared.toLocaleString('en-US')}`);
  return parts.join(', ');
}
