/**
 * Writes pages to the history as their reports come in. A page reports
 * whenever its hits change, so writes for one tab are coalesced: while one is
 * in flight only the newest report waits, and it is written next.
 */
import type { PageReport } from '../../src/messaging/messages';
import type { HistoryLimits, HistoryStore } from '../../src/storage/history/history-store';

export class HistoryWriter {
  private readonly writing = new Map<number, Promise<void>>();
  private readonly waiting = new Map<number, PageReport>();

  constructor(
    private readonly store: Pick<HistoryStore, 'recordPage'>,
    /** The settings' word on history: off, or on with these limits. Read at each write, so a change applies at once. */
    private readonly policy: () => Promise<{ enabled: boolean; limits: HistoryLimits }>,
    private readonly now: () => number = Date.now,
    private readonly onError: (error: unknown) => void = (error) => console.warn('Rhetoric Lens: history write failed', error),
  ) {}

  /** Queues a report; resolves when it (or a newer one for the same tab) is stored. */
  record(tabId: number, report: PageReport): Promise<void> {
    this.waiting.set(tabId, report);
    const running = this.writing.get(tabId);
    if (running) return running;
    const run = this.drain(tabId).finally(() => this.writing.delete(tabId));
    this.writing.set(tabId, run);
    return run;
  }

  private async drain(tabId: number): Promise<void> {
    for (let report = this.waiting.get(tabId); report; report = this.waiting.get(tabId)) {
      this.waiting.delete(tabId);
      try {
        const { enabled, limits } = await this.policy();
        if (enabled) await this.store.recordPage(report, this.now(), limits);
      } catch (error) {
        this.onError(error);
      }
    }
  }
}
