/**
 * Wires the popup to the browser: which tab it is about (`?tab=ID`, else the
 * active tab), the page's report, the settings, the background's history,
 * and live updates while it stays open. The popup itself is src/ui/popup.
 */
import { browser } from 'wxt/browser';
import { isMessage, send, type Transport } from '../../src/messaging/messages';
import { toggleEveryFrame } from '../../src/messaging/toggle-frames';
import { readSettings, updateSettings, watchSettings } from '../../src/storage/settings';
import { readCustomPhrases } from '../../src/custom/phrases';
import { lexicon } from '../../src/lexicon/index';
import { entryLookup } from '../../src/ui/popup/entry-info';
import { takePendingDetail } from '../../src/ui/popup/pending-detail';
import { ownShortcuts } from '../../src/ui/shortcuts';
import { PopupApp, type PopupBackend } from '../../src/ui/popup/popup-app';

/** A page that takes longer than this to answer is treated as not answering. */
const ANSWER_TIMEOUT_MS = 4000;

const toBackground: Transport = (message) => browser.runtime.sendMessage(message);

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function main() {
  const root = document.getElementById('app')!;
  const params = new URLSearchParams(location.search);
  const tabParam = Number(params.get('tab'));
  const tabId = Number.isInteger(tabParam) && tabParam > 0 ? tabParam : await activeTabId();
  const [tab, settings, pending, custom] = await Promise.all([
    tabId === undefined ? undefined : browser.tabs.get(tabId).catch(() => undefined),
    readSettings(),
    // Taken even when the URL names the entry, so that a request served by the fallback window is not served twice.
    tabId === undefined ? undefined : takePendingDetail(tabId),
    readCustomPhrases().catch(() => []), // unreadable: custom hits still show, under a stand-in name
  ]);

  const toPage: Transport = (message) => (tabId === undefined ? Promise.reject(new Error('no tab')) : browser.tabs.sendMessage(tabId, message, { frameId: 0 }));

  const toEveryFrame: Transport = (message) => (tabId === undefined ? Promise.reject(new Error('no tab')) : browser.tabs.sendMessage(tabId, message));

  const backend: PopupBackend = {
    report: () => send(toPage, { kind: 'report:get' }, ANSWER_TIMEOUT_MS),
    goto: (index) => send(toPage, { kind: 'highlight:goto', index }, ANSWER_TIMEOUT_MS),
    togglePage: () => toggleEveryFrame(toPage, toEveryFrame, ANSWER_TIMEOUT_MS),
    related: (query) => send(toBackground, { kind: 'history:related', ...query }, ANSWER_TIMEOUT_MS),
    historyStats: () => send(toBackground, { kind: 'history:stats' }, ANSWER_TIMEOUT_MS),
    clearHistory: () => send(toBackground, { kind: 'history:clear' }, ANSWER_TIMEOUT_MS),
    async updateSettings(change) {
      await updateSettings(change);
    },
    shortcuts: async () => ownShortcuts(await browser.commands.getAll()),
  };

  const entryId = params.get('entry') ?? pending?.entryId;
  const unmatched = params.get('unmatched') ?? (pending && !pending.entryId ? pending.selection : undefined);
  const notice = !entryId && unmatched ? `“${unmatched.slice(0, 80)}” matches no phrase in the lexicon.` : undefined;
  const app = new PopupApp(root, backend, entryLookup(lexicon, custom), { url: tab?.url, settings, entryId, notice });
  document.title = tab?.title ? `Rhetoric Lens: ${tab.title}` : 'Rhetoric Lens';

  watchSettings((next) => {
    app.setSettings(next);
    void app.refresh();
  });

  // The page tells the background whenever its hits change; extension pages hear it too.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || message.kind !== 'report:changed') return undefined;
    if (sender.id !== browser.runtime.id || sender.tab?.id !== tabId || (sender.frameId ?? 0) !== 0) return undefined;
    if (message.report) app.setReport({ ok: true, value: message.report });
    else void app.refresh();
    return undefined;
  });

  browser.tabs.onUpdated.addListener((id, change) => {
    if (id !== tabId) return;
    if (change.url !== undefined) app.setUrl(change.url);
    if (change.status === 'complete') void app.refresh();
  });
}

void main();
