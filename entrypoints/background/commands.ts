/** Keyboard commands (declared in wxt.config.ts): to the active tab's frames, or the list of the page's phrases. */
import { openPanel } from './open-panel';
import { browser, type Browser } from 'wxt/browser';
import { send, type Message, type Transport } from '../../src/messaging/messages';
import { toggleEveryFrame } from '../../src/messaging/toggle-frames';
import { toolbarAction } from './badge';
import { popupUrl } from './open-detail';

/** The message a command sends to the page's top frame, or undefined for a command that is not the page's. */
export function commandMessage(command: string): Message | undefined {
  switch (command) {
    case 'toggle-highlights':
      return { kind: 'highlight:toggle' };
    case 'next-highlight':
      return { kind: 'highlight:step', direction: 1 };
    case 'previous-highlight':
      return { kind: 'highlight:step', direction: -1 };
    default:
      return undefined;
  }
}

/**
 * "Open the list": the popup for now; the one place to change when the list
 * gets a panel of its own. Where the browser will not open the popup from
 * here (before Chrome 127, no focused window), the popup's page opens for
 * the tab in a small window, as the card's "More" does.
 */
export async function openList(tab?: Browser.tabs.Tab): Promise<void> {
  try {
    // The side panel first: it stays open while the reader scrolls. A key press is the user gesture it needs.
    await openPanel(tab?.windowId);
    return;
  } catch {
    // No side panel here (an older browser), or no gesture behind the call: the popup instead.
  }
  try {
    await toolbarAction().openPopup(tab?.windowId === undefined ? undefined : { windowId: tab.windowId });
    return;
  } catch {
    // Expected without a focused window or where openPopup is not offered: the window below instead.
  }
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const url = popupUrl({ tabId });
  if (browser.windows?.create) await browser.windows.create({ url, type: 'popup', width: 420, height: 640 });
  else await browser.tabs.create({ url });
}

export async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command === 'open-panel') return openList(tab);
  const message = commandMessage(command);
  if (!message) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const toTop: Transport = (m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 });
  // A browser page or a page loaded before the extension: nothing listens, and the failed reply needs nothing done.
  if (message.kind === 'highlight:toggle') await toggleEveryFrame(toTop, (m) => browser.tabs.sendMessage(tabId, m));
  else await send(toTop, message);
}
