/**
 * Opens the side panel: Chrome's `sidePanel` for a window, Firefox's
 * sidebar. Both browsers open it only within a user gesture (a click, a
 * keyboard command), so nothing is awaited before the call: call it straight
 * from the handler.
 */

/** The two browsers' panel APIs, as far as they are used here. */
export interface PanelApi {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Whether this browser has a side panel to open. */
export function canOpenPanel(api: PanelApi): boolean {
  return typeof api.sidebarAction?.open === 'function' || typeof api.sidePanel?.open === 'function';
}

/** Opens the panel in `windowId` (Chrome needs it; Firefox opens the sidebar of the current window). */
export function openPanelWith(api: PanelApi, windowId: number | undefined): Promise<void> {
  if (typeof api.sidebarAction?.open === 'function') return api.sidebarAction.open();
  if (typeof api.sidePanel?.open === 'function') {
    if (windowId === undefined) return Promise.reject(new Error('no window to open the side panel in'));
    return api.sidePanel.open({ windowId });
  }
  return Promise.reject(new Error('this browser has no side panel'));
}
