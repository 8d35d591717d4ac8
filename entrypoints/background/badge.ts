/**
 * The toolbar badge: the tab's hit count, summed over its frames. Counts live
 * in memory only: when the service worker stops they are lost, and the next
 * `report:changed` from the page sets them again.
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

export class Badges {
  private readonly counts = new Map<number, Map<number, number>>();

  constructor(private readonly setText: (tabId: number, text: string) => Promise<void>) {}

  set(tabId: number, frameId: number, count: number): Promise<void> {
    let frames = this.counts.get(tabId);
    if (!frames) this.counts.set(tabId, (frames = new Map()));
    frames.set(frameId, Math.max(0, count));
    return this.show(tabId);
  }

  total(tabId: number): number {
    let total = 0;
    for (const count of this.counts.get(tabId)?.values() ?? []) total += count;
    return total;
  }

  /** The tab navigated: its frames are gone and will report again. */
  clear(tabId: number): Promise<void> {
    this.counts.delete(tabId);
    return this.show(tabId);
  }

  /** The tab closed: forget it, without touching a badge that no longer exists. */
  forget(tabId: number): void {
    this.counts.delete(tabId);
  }

  private show(tabId: number): Promise<void> {
    return this.setText(tabId, badgeText(this.total(tabId)));
  }
}
