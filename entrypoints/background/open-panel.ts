/**
 * Opens the side panel from the background, for a keyboard command (which
 * counts as a user gesture in both browsers): the "open the list" command (commands.ts).
 */
import { browser } from 'wxt/browser';
import { openPanelWith, type PanelApi } from '../../src/ui/panel/open-panel';

/** Opens the panel in `windowId` (the command's tab's window); Firefox opens the current window's sidebar. */
export function openPanel(windowId: number | undefined): Promise<void> {
  return openPanelWith(browser as unknown as PanelApi, windowId);
}
