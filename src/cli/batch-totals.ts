/**
 * Running totals of a batch scan, in memory that grows with the lexicon, not
 * with the archive, and the summary table printed at the end.
 */
import { splitByFamily } from './families-present';
import type { DocumentResult } from '../engine/scan-text';
import { makeStyle } from './style';

const TOP_ENTRIES = 10;
/** Widest phrase column in the table of top entries; a longer phrase is cut with an ellipsis. */
const PHRASE_WIDTH = 40;

export class BatchTotals {
  documents = 0;
  documentsWithHits = 0;
  skipped = 0;
  words = 0;
  hits = 0;
  readonly inputs = new Set<string>();
  readonly byEntry = new Map<string, { phrase: string; count: number; documents: number }>();
  private readonly started = Date.now();

  add(result: DocumentResult) {
    this.documents++;
    this.inputs.add(result.input);
    this.words += result.words;
    // The summary counts every hit; `hits` may list only the first MAX_KEPT_HITS of a long document.
    this.hits += result.summary.hits;
    if (result.summary.hits > 0) this.documentsWithHits++;
    for (const [id, n] of Object.entries(result.summary.byEntry)) {
      const entry = this.byEntry.get(id);
      if (entry) {
        entry.count += n;
        entry.documents++;
      } else this.byEntry.set(id, { phrase: result.hits.find((h) => h.id === id)?.phrase ?? id, count: n, documents: 1 });
    }
  }

  get perThousandWords(): number {
    return this.words > 0 ? Math.round((this.hits / this.words) * 100_000) / 100 : 0;
  }

  /** The table printed at the end of a run. `elapsedMs` is passed in so tests can fix it. */
  format(elapsedMs = Date.now() - this.started): string {
    const n = (x: number) => x.toLocaleString('en-US');
    const seconds = Math.max(elapsedMs, 1) / 1000;
    const rows: [string, string][] = [
      ['documents scanned', `${n(this.documents)} (from ${n(this.inputs.size)} ${this.inputs.size === 1 ? 'file' : 'files'})`],
      ['skipped', n(this.skipped)],
      ['words', n(this.words)],
      ['hits', `${n(this.hits)} in ${n(this.documentsWithHits)} documents`],
      ['hits per 1,000 words', this.perThousandWords.toFixed(2)],
      ['time', `${seconds.toFixed(1)} s, ${n(Math.round(this.words / seconds))} words/s`],
    ];
    const lines = ['Rhetoric Lens scan summary', ...rows.map(([k, v]) => `  ${k.padEnd(22)}${v}`)];
    // By family as in each document's summary: a formula several families share is counted once, as shared.
    const plain = makeStyle(false);
    const split = splitByFamily(Object.fromEntries([...this.byEntry].map(([id, { count }]) => [id, count])));
    if (split.own.length > 0 || split.shared > 0) {
      lines.push('  by family');
      for (const [source, count] of split.own) lines.push(`    ${plain.family(source).padEnd(24)}${n(count).padStart(10)}`);
      if (split.shared > 0) lines.push(`    ${'shared by several'.padEnd(24)}${n(split.shared).padStart(10)}`);
    }
    const top = [...this.byEntry].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_ENTRIES);
    if (top.length > 0) {
      const cut = (phrase: string) => (phrase.length > PHRASE_WIDTH ? `${phrase.slice(0, PHRASE_WIDTH - 1)}…` : phrase);
      const width = Math.max(24, ...top.map(([, { phrase }]) => cut(phrase).length));
      const label = `top entries${this.byEntry.size > TOP_ENTRIES ? ` (${TOP_ENTRIES} of ${this.byEntry.size})` : ''}`;
      lines.push(`  ${label.padEnd(width + 8)}hits${'documents'.padStart(12)}`);
      for (const [, { phrase, count, documents }] of top) {
        lines.push(`    ${cut(phrase).padEnd(width)}${n(count).padStart(10)}${n(documents).padStart(12)}`);
      }
    }
    return lines.join('\n');
  }
}
