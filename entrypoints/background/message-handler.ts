/**
 * The background's one message switch. Each kind says who may send it: the
 * page's content script (our id, from a tab) or one of our own pages (our id,
 * an extension URL: the popup, or the popup opened in a tab). Anything else
 * is refused before it is acted on.
 */
import type { Browser } from 'wxt/browser';
import type { PageReport } from '../../src/core/types';
import { handle, notMine, type Handlers, type Result } from '../../src/messaging/messages';
import type { HistoryStore } from '../../src/storage/history/history-store';

export interface BackgroundDeps {
  runtimeId: string;
  /** `browser.runtime.getURL('/')`: where our own pages live. */
  extensionOrigin: string;
  history: Pick<HistoryStore, 'relatedPassages' | 'stats' | 'clear'>;
  /** Store a page's report in the history (coalesced per tab). */
  recordPage(tabId: number, report: PageReport): Promise<void>;
  setBadge(tabId: number, frameId: number, count: number): Promise<void>;
  openDetail(request: { tabId: number; windowId?: number; entryId: string }): Promise<void>;
  /** The first sentence of a built-in entry's explanation. */
  entrySummary(entryId: string): string | undefined;
  /** Hides a built-in entry in the settings ("Hide this phrase"). */
  hideEntry(entryId: string): Promise<void>;
  /** Adds a site to the sites where highlighting is off ("Not on this site"); the site as stored. */
  denySite(host: string): Promise<string>;
}

type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'url' | 'tab' | 'frameId'>;

export function fromContentScript(sender: Sender, deps: Pick<BackgroundDeps, 'runtimeId' | 'extensionOrigin'>): boolean {
  return sender.id === deps.runtimeId && sender.tab?.id !== undefined && !fromExtensionPage(sender, deps);
}

/** One of our pages. Content scripts share our id but run on the page's URL. */
export function fromExtensionPage(sender: Sender, deps: Pick<BackgroundDeps, 'runtimeId' | 'extensionOrigin'>): boolean {
  return sender.id === deps.runtimeId && typeof sender.url === 'string' && sender.url.startsWith(deps.extensionOrigin);
}

/** The host of an http(s) page's address, or undefined (files, extension pages, about:blank). */
function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function attempt<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

const REFUSED = { ok: false, error: 'refused: wrong sender' } as const;

/**
 * Returns the reply, or undefined for messages that are not the
 * background's to answer (so that another listener, such as an open popup,
 * may answer them).
 */
export function createMessageHandler(deps: BackgroundDeps) {
  const handlers: Handlers<Sender> = {
    'report:changed': (message, sender) => {
      if (!fromContentScript(sender, deps)) return REFUSED;
      const tab = sender.tab!;
      const frameId = sender.frameId ?? 0;
      return attempt(async () => {
        await deps.setBadge(tab.id!, frameId, message.count);
        // Top frames only: a frame's history entry would name an ad or an embed, not the page read.
        // Never for private windows.
        if (frameId === 0 && !tab.incognito && message.report && message.report.hits.length > 0) {
          void deps.recordPage(tab.id!, message.report);
        }
        return null;
      });
    },
    'detail:open': (message, sender) => {
      if (!fromContentScript(sender, deps)) return REFUSED;
      if (typeof message.entryId !== 'string' || message.entryId === '') return { ok: false, error: 'no entry' };
      return attempt(() => deps.openDetail({ tabId: sender.tab!.id!, windowId: sender.tab!.windowId, entryId: message.entryId }).then(() => null));
    },
    // The card's two reader controls. The content script sends them on a trusted click only; the site is the
    // sender tab's, never one the message names, so a page can hide nothing but by the reader's hand.
    'entry:hide': (message, sender) => {
      if (!fromContentScript(sender, deps)) return REFUSED;
      if (typeof message.entryId !== 'string' || deps.entrySummary(message.entryId) === undefined) return { ok: false, error: 'no such entry' };
      return attempt(() => deps.hideEntry(message.entryId).then(() => null));
    },
    'site:deny': (_message, sender) => {
      if (!fromContentScript(sender, deps)) return REFUSED;
      // The tab's address where the browser gives it (Chrome); else the top frame's own (Firefox gives a tab's address
      // only with the "tabs" permission). A frame cannot speak for the site the reader is on.
      const host = hostOf(sender.tab?.url ?? ((sender.frameId ?? 0) === 0 ? sender.url : undefined));
      if (!host) return { ok: false, error: 'this page has no site to switch off' };
      return attempt(async () => ({ site: await deps.denySite(host) }));
    },
    'entry:summary': (message, sender) => {
      if (!fromContentScript(sender, deps) && !fromExtensionPage(sender, deps)) return REFUSED;
      const summary = typeof message.entryId === 'string' ? deps.entrySummary(message.entryId) : undefined;
      return summary === undefined ? { ok: false, error: `no summary for ${String(message.entryId)}` } : { ok: true, value: summary };
    },
    'history:related': (message, sender) => {
      if (!fromExtensionPage(sender, deps)) return REFUSED;
      const relatedIds = Array.isArray(message.relatedIds) ? message.relatedIds.filter((id): id is string => typeof id === 'string') : [];
      // The store reads the newest few passages by index, not the whole history (a full history would make the popup wait).
      return attempt(() =>
        deps.history.relatedPassages({
          entryId: message.entryId,
          relatedIds,
          excludeUrl: typeof message.excludeUrl === 'string' ? message.excludeUrl : undefined,
          limit: typeof message.limit === 'number' ? message.limit : undefined,
        }),
      );
    },
    'history:stats': (_message, sender) => (fromExtensionPage(sender, deps) ? attempt(() => deps.history.stats()) : REFUSED),
    'history:clear': (_message, sender) => (fromExtensionPage(sender, deps) ? attempt(async () => ({ pages: await deps.history.clear() })) : REFUSED),
    // Messages for the content script; they reach the background only by mistake.
    'report:get': notMine,
    'highlight:goto': notMine,
    'highlight:step': notMine,
    'highlight:toggle': notMine,
    'scan:stats': notMine,
  };
  return (raw: unknown, sender: Sender): Promise<Result<unknown>> | undefined => handle(handlers, raw, sender);
}
