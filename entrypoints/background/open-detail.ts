/**
 * Opens the popup on an entry's detail for a tab. The request is stored in
 * `storage.session` first, since the popup reads it when it opens. Where the
 * browser will not open the popup from here (older Chrome, no user gesture in
 * Firefox), the popup page opens in a small window, or in a tab where there
 * are no windows (Firefox for Android).
 */
import { browser } from 'wxt/browser';
import { putPendingDetail } from '../../src/ui/popup/pending-detail';
import { toolbarAction } from './badge';

export interface DetailRequest {
  tabId: number;
  windowId?: number;
  entryId?: string;
  /** The selected text that matched no entry. */
  selection?: string;
}

/** `popup.html?tab=ID&entry=ENTRY`: the detail, opened directly. */
export function popupUrl(request: DetailRequest): string {
  const params = new URLSearchParams({ tab: String(request.tabId) });
  if (request.entryId) params.set('entry', request.entryId);
  else if (request.selection) params.set('unmatched', request.selection.slice(0, 200));
  return `${browser.runtime.getURL('/popup.html')}?${params}`;
}

export async function openDetail(request: DetailRequest): Promise<void> {
  await putPendingDetail(request.tabId, { entryId: request.entryId, selection: request.selection });
  try {
    const action = toolbarAction();
    await action.openPopup(request.windowId === undefined ? undefined : { windowId: request.windowId });
    return;
  } catch (error) {
    // Expected where openPopup needs a user gesture or is not offered: fall through to a window.
    console.info('Rhetoric Lens: the popup could not be opened here, opening a window instead', error);
  }
  const url = popupUrl(request);
  if (browser.windows?.create) {
    await browser.windows.create({ url, type: 'popup', width: 420, height: 640 });
  } else {
    await browser.tabs.create({ url });
  }
}
