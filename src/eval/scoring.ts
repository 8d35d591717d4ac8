/**
 * The evaluation's arithmetic, pure: per-document scores in, the figures the
 * report prints out. No file, no matcher.
 */

/**
 * Area under the ROC curve: the chance that a random positive scores above a
 * random negative, ties counting half. Computed by ranks (Mann–Whitney U), so
 * it costs a sort rather than every pair. NaN when a side is empty.
 */
export function auc(positives: number[], negatives: number[]): number {
  if (positives.length === 0 || negatives.length === 0) return NaN;
  const all = [...positives.map((v) => ({ v, p: true })), ...negatives.map((v) => ({ v, p: false }))].sort((a, b) => a.v - b.v);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j].v === all[i].v) j++;
    const rank = (i + 1 + j) / 2; // average of ranks i+1 … j
    for (let k = i; k < j; k++) if (all[k].p) rankSum += rank;
    i = j;
  }
  const u = rankSum - (positives.length * (positives.length + 1)) / 2;
  return u / (positives.length * negatives.length);
}

/** `count` per `per` units of `size` (hits per 10,000 words); 0 when there is no text. */
export function rate(count: number, size: number, per: number): number {
  return size > 0 ? (count / size) * per : 0;
}

/** The share of items that satisfy `test`; NaN for none. */
export function share<T>(items: T[], test: (item: T) => boolean): number {
  if (items.length === 0) return NaN;
  let n = 0;
  for (const item of items) if (test(item)) n++;
  return n / items.length;
}

/** One document's score: its own-voice and quoted hits, and its size in the unit its language is measured in. */
export interface DocScore {
  own: number;
  quoted: number;
  /** Words, or characters for Chinese. */
  size: number;
}

export interface GroupFigures {
  documents: number;
  size: number;
  own: number;
  quoted: number;
  /** Share of documents with at least one own-voice hit. */
  withOwn: number;
  /** Own-voice hits per `per` units. */
  ownRate: number;
}

export function groupFigures(docs: DocScore[], per: number): GroupFigures {
  let size = 0;
  let own = 0;
  let quoted = 0;
  for (const d of docs) {
    size += d.size;
    own += d.own;
    quoted += d.quoted;
  }
  return { documents: docs.length, size, own, quoted, withOwn: share(docs, (d) => d.own > 0), ownRate: rate(own, size, per) };
}

/** The AUC of own-voice hits per 1,000 units of a state set against a neutral set. */
export function ownVoiceAuc(state: DocScore[], neutral: DocScore[]): number {
  const perThousand = (d: DocScore) => rate(d.own, d.size, 1000);
  return auc(state.map(perThousand), neutral.map(perThousand));
}

/** Counts of each key, highest first, ties by key. */
export function ranked(counts: Map<string, number>, top = Infinity): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, top);
}

/** One target of the issue: a measured value against a bound. */
export interface Target {
  name: string;
  /** The value measured; NaN or undefined when it could not be measured. */
  value: number | undefined;
  bound: number;
  /** `min`: the value must be at least the bound; `max`: at most. */
  kind: 'min' | 'max';
  /** How the value is printed: a share (%), an AUC, a rate. */
  format: 'percent' | 'auc' | 'rate';
  /** Why there is no value, when there is none. */
  note?: string;
}

/** Whether a target is met; undefined when it could not be measured. */
export function met(target: Target): boolean | undefined {
  if (target.value === undefined || Number.isNaN(target.value)) return undefined;
  return target.kind === 'min' ? target.value >= target.bound : target.value <= target.bound;
}

export function formatValue(value: number | undefined, format: Target['format']): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (format === 'percent') return `${(value * 100).toFixed(1)}%`;
  if (format === 'auc') return value.toFixed(3);
  return value.toFixed(2);
}

/** The summary table: one row a target, with ✓, ✗ or – (not measurable). */
export function targetTable(targets: Target[]): string[] {
  const lines = ['| target | goal | now | |', '|---|---:|---:|:-:|'];
  for (const t of targets) {
    const verdict = met(t);
    const goal = `${t.kind === 'min' ? '≥' : '≤'} ${formatValue(t.bound, t.format)}`;
    const now = formatValue(t.value, t.format) + (t.note ? ` (${t.note})` : '');
    lines.push(`| ${t.name} | ${goal} | ${now} | ${verdict === undefined ? '–' : verdict ? '✓' : '✗'} |`);
  }
  return lines;
}
