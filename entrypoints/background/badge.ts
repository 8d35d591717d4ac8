/**
 * The toolbar badge: the tab's hit count, summed over its frames. Each frame
 * reports only when its own count changes, so the other frames' counts must
 * outlive the service worker, which the browser stops when it is idle: they
 * are kept in `storage.session` (memory that lasts until the browser quits,
 * and needs no permission beyond `storage`).
 */
import { browser } from 'wxt/browser';

export const BADGE_COLOR = '#1f5fbf';

/** `browser.action` in MV3, `browser.browserAction` in Firefox's MV2 build. */
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** A tab's counts by frame id. */
export type FrameCounts = Record<number, number>;

/** The part of a `browser.storage` area the badge uses. */
export interface CountsArea {
  /** One key, or every key with `null`. */
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string | string[]): Promise<void>;
}

/** The storage key of a tab's frame counts. */
export function countsKey(tabId: number): string {
  return `badge:${tabId}`;
}

const COUNTS_KEY = /^badge:(\d+)$/;

export function totalOf(frames: FrameCounts): number {
  let total = 0;
  for (const count of Object.values(frames)) total += count;
  return total;
}

export class Badges {
  /** Each tab's latest update: the next one waits for it, so two frames reporting at once both count. */
  private readonly queues = new Map<number, Promise<void>>();

  constructor(
    private readonly setText: (tabId: number, text: string) => Promise<void>,
    private readonly area: CountsArea = browser.storage.session,
  ) {}

  set(tabId: number, frameId: number, count: number): Promise<void> {
    return this.inTurn(tabId, async () => {
      const frames = await this.counts(tabId);
      frames[frameId] = Math.max(0, count);
      await this.area.set({ [countsKey(tabId)]: frames });
      await this.setText(tabId, badgeText(totalOf(frames)));
    });
  }

  async total(tabId: number): Promise<number> {
    return totalOf(await this.counts(tabId));
  }

  /** The tab navigated: its frames are gone and will report again. */
  clear(tabId: number): Promise<void> {
    return this.inTurn(tabId, async () => {
      await this.area.remove(countsKey(tabId));
      await this.setText(tabId, '');
    });
  }

  /** The tab closed: forget it, without touching a badge that no longer exists. */
  forget(tabId: number): Promise<void> {
    return this.inTurn(tabId, () => this.area.remove(countsKey(tabId)));
  }

  /**
   * Drops the counts of tabs that are no longer open. A frame's last report
   * can arrive after its tab closed and write the tab's counts again; the
   * worker sweeps them when it starts, with the ids of the open tabs.
   */
  async sweep(openTabs: Iterable<number>): Promise<number> {
    const open = new Set(openTabs);
    const stale: string[] = [];
    for (const key of Object.keys(await this.area.get(null))) {
      const tab = COUNTS_KEY.exec(key);
      if (tab && !open.has(Number(tab[1])) && !this.queues.has(Number(tab[1]))) stale.push(key);
    }
    if (stale.length > 0) await this.area.remove(stale);
    return stale.length;
  }

  private async counts(tabId: number): Promise<FrameCounts> {
    const stored = (await this.area.get(countsKey(tabId)))[countsKey(tabId)];
    return stored && typeof stored === 'object' ? { ...(stored as FrameCounts) } : {};
  }

  /** Runs a read-modify-write of one tab's counts after the tab's previous one, failed or not. */
  private inTurn(tabId: number, step: () => Promise<void>): Promise<void> {
    const previous = this.queues.get(tabId) ?? Promise.resolve();
    // The previous step's failure went to its own caller; this one runs regardless.
    const next = previous.catch(() => undefined).then(step);
    this.queues.set(tabId, next);
    const settled = () => {
      if (this.queues.get(tabId) === next) this.queues.delete(tabId);
    };
    next.then(settled, settled);
    return next;
  }
}
