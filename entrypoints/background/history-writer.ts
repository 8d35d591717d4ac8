/**
 * Writes pages to the history as their reports come in. A page reports
 * whenever its hits change, and a page can change its URL many times a second
 * (`history.pushState`), each URL a new record. So writes for one tab are
 * coalesced and spaced: at most one every MIN_WRITE_INTERVAL_MS, the first at
 * once, and while one is in flight or waiting its turn only the newest report
 * waits; it is written next.
 */
import type { PageReport } from '../../src/core/types';
import type { HistoryLimits, HistoryStore } from '../../src/storage/history/history-store';

/** The least time between two history writes for one tab. */
export const MIN_WRITE_INTERVAL_MS = 5_000;

export interface WriterTiming {
  /** MIN_WRITE_INTERVAL_MS unless set (0 in tests that are about coalescing alone). */
  minIntervalMs?: number;
  /** Resolves after `ms`; a test passes its own clock's. */
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HistoryWriter {
  private readonly writing = new Map<number, Promise<void>>();
  private readonly waiting = new Map<number, PageReport>();
  /** When each tab last wrote; entries older than the interval are dropped as new reports come. */
  private readonly lastWrite = new Map<number, number>();
  private readonly minIntervalMs: number;
  private readonly wait: (ms: number) => Promise<void>;

  constructor(
    private readonly store: Pick<HistoryStore, 'recordPage'>,
    /** The settings' word on history: off, or on with these limits. Read at each write, so a change applies at once. */
    private readonly policy: () => Promise<{ enabled: boolean; limits: HistoryLimits }>,
    private readonly now: () => number = Date.now,
    private readonly onError: (error: unknown) => void = (error) => console.warn('Rhetoric Lens: history write failed', error),
    timing: WriterTiming = {},
  ) {
    this.minIntervalMs = timing.minIntervalMs ?? MIN_WRITE_INTERVAL_MS;
    this.wait = timing.wait ?? sleep;
  }

  /** Queues a report; resolves when it (or a newer one for the same tab) is stored. */
  record(tabId: number, report: PageReport): Promise<void> {
    this.waiting.set(tabId, report);
    const running = this.writing.get(tabId);
    if (running) return running;
    this.forgetQuietTabs();
    const run = this.drain(tabId).finally(() => this.writing.delete(tabId));
    this.writing.set(tabId, run);
    return run;
  }

  private forgetQuietTabs() {
    const before = this.now() - this.minIntervalMs;
    for (const [tabId, time] of this.lastWrite) if (time <= before && !this.writing.has(tabId)) this.lastWrite.delete(tabId);
  }

  private async drain(tabId: number): Promise<void> {
    while (this.waiting.has(tabId)) {
      const due = (this.lastWrite.get(tabId) ?? -Infinity) + this.minIntervalMs;
      const early = due - this.now();
      // Reports that arrive meanwhile replace the waiting one: a storm of URLs ends in one write.
      if (early > 0) await this.wait(early);
      const report = this.waiting.get(tabId)!;
      this.waiting.delete(tabId);
      this.lastWrite.set(tabId, this.now());
      try {
        const { enabled, limits } = await this.policy();
        if (enabled) await this.store.recordPage(report, this.now(), limits);
      } catch (error) {
        this.onError(error);
      }
    }
  }
}
