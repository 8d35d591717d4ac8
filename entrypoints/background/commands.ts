/** Keyboard commands (declared in wxt.config.ts), routed to the active tab's top frame. */
import { browser, type Browser } from 'wxt/browser';
import { send, type Message } from '../../src/messaging/messages';

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

export async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  const message = commandMessage(command);
  if (!message) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  // A browser page or a page loaded before the extension: nothing listens, and the failed reply needs nothing done.
  await send((m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }), message);
}
