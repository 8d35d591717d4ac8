/**
 * Running totals of a batch scan, in memory that grows with the lexicon, not
 * with the archive, and the summary table printed at the end.
 */
import { sourceLabel } from '../lexicon/families';
import type { DocumentResult } from './scan-text';

const TOP_ENTRIES = 10;

export class BatchTotals {
  documents = 0;
  documentsWithHits = 0;
  skipped = 0;
  words = 0;
  hits = 0;
  readonly inputs = new Set<string>();
  readonly bySource = new Map<string, number>();
  readonly byEntry = new Map<string, { phrase: string; count: number; documents: number }>();
  private readonly started = Date.now();

  add(result: DocumentResult) {
    this.documents++;
    this.inputs.add(result.input);
    this.words += result.words;
    // The summary counts every hit; `hits` may list only the first MAX_KEPT_HITS of a long document.
    this.hits += result.summary.hits;
    if (result.summary.hits > 0) this.documentsWithHits++;
    for (const [source, n] of Object.entries(result.summary.bySource)) this.bySource.set(source, (this.bySource.get(source) ?? 0) + n);
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
    const sources = [...this.bySource].sort((a, b) => b[1] - a[1]);
    if (sources.length > 0) {
      lines.push('  by source');
      for (const [source, count] of sources) lines.push(`    ${sourceLabel(source).padEnd(24)}${n(count).padStart(10)}`);
    }
    const top = [...this.byEntry].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_ENTRIES);
    if (top.length > 0) {
      const label = `top entries${this.byEntry.size > TOP_ENTRIES ? ` (${TOP_ENTRIES} of ${this.byEntry.size})` : ''}`;
      lines.push(`  ${label.padEnd(32)}hits${'documents'.padStart(12)}`);
      for (const [id, { phrase, count, documents }] of top) {
        lines.push(`    ${id.padEnd(24)}${n(count).padStart(10)}${n(documents).padStart(12)}   ${phrase}`);
      }
    }
    return lines.join('\n');
  }
}
