/**
 * The popup's and the side panel's backend in the browser: the page's top
 * frame in a tab for the report and going to hits, the background for the
 * history, storage for the settings. The tab is asked for on every call, so
 * that the side panel can follow the active tab.
 */
import { browser } from 'wxt/browser';
import { isMessage, send, type Transport } from '../../messaging/messages';
import { toggleEveryFrame } from '../../messaging/toggle-frames';
import { ownShortcuts } from '../shortcuts';
import { updateSettings } from '../../storage/settings';
import type { PopupBackend } from './popup-app';

/** A page that takes longer than this to answer is treated as not answering. */
export const ANSWER_TIMEOUT_MS = 4000;

const toBackground: Transport = (message) => browser.runtime.sendMessage(message);

export function browserBackend(tabId: () => number | undefined): PopupBackend {
  const toPage: Transport = (message) => {
    const id = tabId();
    return id === undefined ? Promise.reject(new Error('no tab')) : browser.tabs.sendMessage(id, message, { frameId: 0 });
  };
  const toEveryFrame: Transport = (message) => {
    const id = tabId();
    return id === undefined ? Promise.reject(new Error('no tab')) : browser.tabs.sendMessage(id, message);
  };
  return {
    report: () => send(toPage, { kind: 'report:get' }, ANSWER_TIMEOUT_MS),
    goto: (index) => send(toPage, { kind: 'highlight:goto', index }, ANSWER_TIMEOUT_MS),
    // Every frame of the tab, as the keyboard command does: an iframe's highlights go and come with the page's.
    togglePage: () => toggleEveryFrame(toPage, toEveryFrame, ANSWER_TIMEOUT_MS),
    related: (query) => send(toBackground, { kind: 'history:related', ...query }, ANSWER_TIMEOUT_MS),
    historyStats: () => send(toBackground, { kind: 'history:stats' }, ANSWER_TIMEOUT_MS),
    clearHistory: () => send(toBackground, { kind: 'history:clear' }, ANSWER_TIMEOUT_MS),
    async updateSettings(change) {
      await updateSettings(change);
    },
    shortcuts: async () => ownShortcuts(await browser.commands.getAll()),
  };
}

/**
 * Calls `changed` when the top frame of the tab `tabId()` reports that its hits
 * changed (the page tells the background; extension pages hear it too). The
 * report that message carries is the brief one, in the order hits were found
 * and capped, so the hosts ask the page for the ordered report instead.
 */
export function onPageReportChanged(tabId: () => number | undefined, changed: () => void): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || message.kind !== 'report:changed') return undefined;
    if (sender.id !== browser.runtime.id || sender.tab?.id !== tabId() || (sender.frameId ?? 0) !== 0) return undefined;
    changed();
    return undefined;
  });
}
