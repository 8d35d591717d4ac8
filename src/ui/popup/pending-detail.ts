/**
 * Detail requests waiting for the popup: the card's "More" and the context
 * menu's "Explain this phrase" store one here, per tab, then open the popup,
 * which takes it. In `storage.session`, because the service worker that
 * stored it may be gone by the time the popup opens.
 */
import { storage } from 'wxt/utils/storage';

export interface PendingDetail {
  /** The entry to explain; absent when a selection matched none. */
  entryId?: string;
  /** The selected text, for the "matched nothing" notice. */
  selection?: string;
  time: number;
}

/** A request older than this is stale: the user opened the popup for something else. */
export const PENDING_TTL_MS = 120_000;

export const pendingDetailsItem = storage.defineItem<Record<string, PendingDetail>>('session:pendingDetails', { fallback: {} });

export async function putPendingDetail(tabId: number, detail: Omit<PendingDetail, 'time'>, now = Date.now()): Promise<void> {
  const all = await pendingDetailsItem.getValue();
  const fresh = Object.fromEntries(Object.entries(all).filter(([, d]) => now - d.time < PENDING_TTL_MS));
  await pendingDetailsItem.setValue({ ...fresh, [tabId]: { ...detail, time: now } });
}

/** Takes (reads and removes) the tab's request, if a fresh one is waiting. */
export async function takePendingDetail(tabId: number, now = Date.now()): Promise<PendingDetail | undefined> {
  const all = await pendingDetailsItem.getValue();
  const detail = all[tabId];
  if (!detail) return undefined;
  const rest = { ...all };
  delete rest[tabId];
  await pendingDetailsItem.setValue(rest);
  return now - detail.time < PENDING_TTL_MS ? detail : undefined;
}
