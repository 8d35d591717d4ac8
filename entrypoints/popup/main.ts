/**
 * Wires the popup to the browser: which tab it is about (`?tab=ID`, else the
 * active tab), the page's report, the settings, the background's history,
 * and live updates while it stays open. The popup itself is src/ui/popup.
 */
import { browser } from 'wxt/browser';
import { isMessage, type Message, type PageReport, type Result } from '../../src/messaging/messages';
import { readSettings, updateSettings, watchSettings } from '../../src/storage/settings';
import { readCustomPhrases } from '../../src/custom/phrases';
import { lexicon } from '../../src/lexicon/index';
import { entryLookup } from '../../src/ui/popup/entry-info';
import { takePendingDetail } from '../../src/ui/popup/pending-detail';
import { PopupApp, type PopupBackend } from '../../src/ui/popup/popup-app';

/** A page that takes longer than this to answer is treated as not answering. */
const ANSWER_TIMEOUT_MS = 4000;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Accepts a bare value or a `Result` from the other side, and turns failures into `Result`s. */
async function asResult<T>(reply: Promise<unknown>, valid: (value: unknown) => value is T): Promise<Result<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer in time')), ANSWER_TIMEOUT_MS)));
  try {
    const value = await Promise.race([reply, timeout]);
    if (typeof value === 'object' && value !== null && 'ok' in value) {
      const result = value as Result<unknown>;
      if (!result.ok) return result;
      return valid(result.value) ? { ok: true, value: result.value } : { ok: false, error: 'unexpected answer' };
    }
    return valid(value) ? { ok: true, value } : { ok: false, error: value === undefined ? 'no answer' : 'unexpected answer' };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  } finally {
    clearTimeout(timer);
  }
}

const isReport = (value: unknown): value is PageReport => typeof value === 'object' && value !== null && Array.isArray((value as PageReport).hits);
const anything = (_value: unknown): _value is unknown => true;

function toBackground<T>(message: Message, valid: (value: unknown) => value is T = anything as (value: unknown) => value is T): Promise<Result<T>> {
  return asResult(browser.runtime.sendMessage(message), valid);
}

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

  const toPage = (message: Message) => (tabId === undefined ? Promise.reject(new Error('no tab')) : browser.tabs.sendMessage(tabId, message, { frameId: 0 }));

  const backend: PopupBackend = {
    report: () => asResult(toPage({ kind: 'report:get' }), isReport),
    goto: (index) => asResult(toPage({ kind: 'highlight:goto', index }), anything),
    togglePage: () => asResult(toPage({ kind: 'highlight:toggle' }), anything),
    related: (query) => toBackground({ kind: 'history:related', ...query }, (v): v is never => Array.isArray(v)),
    historyStats: () => toBackground({ kind: 'history:stats' }),
    clearHistory: () => toBackground({ kind: 'history:clear' }),
    async updateSettings(change) {
      await updateSettings(change);
    },
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
