/**
 * The progress line of a long scan, on a terminal's standard error only:
 * redrawn in place at most ten times a second, and only once a run has taken
 * a second, so short runs and pipes never see it.
 */
import type { BatchTotals } from './batch-totals';

const REDRAW_MS = 100;
const DELAY_MS = 1000;
const WIDTH = 24;

function compact(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)}G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e4) return `${Math.round(n / 1e3)}k`;
  return String(n);
}

function clock(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export class Progress {
  private drawn = false;
  private lastDraw = 0;
  private readonly started = Date.now();

  /** `totalBytes` is undefined when it cannot be known up front (folders, standard input). */
  constructor(
    private readonly write: ((text: string) => void) | undefined,
    private readonly totalBytes: number | undefined,
  ) {}

  update(totals: BatchTotals, bytes: number) {
    if (!this.write) return;
    const now = Date.now();
    if (now - this.started < DELAY_MS || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const elapsed = now - this.started;
    const rate = `${compact(Math.round((totals.words / elapsed) * 1000))} words/s`;
    const counts = `${totals.documents.toLocaleString('en-US')} docs · ${compact(totals.words)} words · ${totals.hits.toLocaleString('en-US')} hits · ${rate}`;
    let line = counts;
    if (this.totalBytes) {
      const done = Math.min(1, bytes / this.totalBytes);
      const filled = Math.round(done * WIDTH);
      const eta = done > 0 ? ` · ${clock((elapsed / done) * (1 - done))} left` : '';
      line = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor(done * 100)}% ${counts}${eta}`;
    }
    this.write(`\r\x1b[K${line}`);
    this.drawn = true;
  }

  /** Removes the line, before any other message and at the end. */
  clear() {
    if (this.drawn) this.write?.('\r\x1b[K');
    this.drawn = false;
  }
}
