/**
 * Wires the side panel (Chrome's side panel, Firefox's sidebar) to the
 * browser: the same app and views as the popup, in page order, for the
 * active tab of its window, following the reader to another tab, updating
 * when the page's hits change, and marking the hits on screen as the page
 * scrolls (a port to the page's top frame; see VIEWING_PORT).
 *
 * `?tab=ID` fixes the tab and `?window=ID` follows another window's active
 * tab: the panel page opened in a tab, as the tests do.
 */
import { browser, type Browser } from 'wxt/browser';
import { isViewingMessage, VIEWING_PORT } from '../../src/messaging/messages';
import { readSettings, watchSettings } from '../../src/storage/settings';
import { readCustomPhrases } from '../../src/custom/phrases';
import { lexicon } from '../../src/lexicon/index';
import { entryLookup } from '../../src/ui/popup/entry-info';
import { browserBackend, onPageReportChanged } from '../../src/ui/popup/browser-backend';
import { PopupApp, type PopupBackend } from '../../src/ui/popup/popup-app';

function idParam(params: URLSearchParams, name: string): number | undefined {
  const value = Number(params.get(name));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

async function main() {
  const root = document.getElementById('app')!;
  const params = new URLSearchParams(location.search);
  const fixedTab = idParam(params, 'tab');
  const windowId = idParam(params, 'window') ?? (await browser.windows.getCurrent().catch(() => undefined))?.id;
  const activeTab = async () => (await browser.tabs.query(windowId === undefined ? { active: true, currentWindow: true } : { active: true, windowId }))[0]?.id;
  let tabId = fixedTab ?? (await activeTab());
  const [tab, settings, custom] = await Promise.all([
    tabId === undefined ? undefined : browser.tabs.get(tabId).catch(() => undefined),
    readSettings(),
    readCustomPhrases().catch(() => []), // unreadable: custom hits still show, under a stand-in name
  ]);

  // The page's top frame tells which hits are on screen while this port is open.
  let port: Browser.runtime.Port | undefined;
  const disconnect = () => {
    port?.disconnect();
    port = undefined;
  };
  const connect = () => {
    if (port || tabId === undefined) return;
    let opened: Browser.runtime.Port;
    try {
      opened = browser.tabs.connect(tabId, { name: VIEWING_PORT, frameId: 0 });
    } catch {
      return; // the tab went away: the next report tries again
    }
    port = opened;
    opened.onMessage.addListener((message: unknown) => {
      if (port === opened && isViewingMessage(message)) app.setViewing(message);
    });
    opened.onDisconnect.addListener(() => {
      // Read so that Chrome does not log it: a page without our content script (a browser page), or one that navigated.
      void browser.runtime.lastError;
      if (port === opened) port = undefined;
    });
  };

  const base = browserBackend(() => tabId);
  const backend: PopupBackend = {
    ...base,
    // A page that answers gets the port (again, after a navigation replaced its content script).
    report: async () => {
      const reply = await base.report();
      if (reply.ok) connect();
      return reply;
    },
  };
  const app = new PopupApp(root, backend, entryLookup(lexicon, custom), { url: tab?.url, settings, host: 'panel' });

  watchSettings((next) => {
    app.setSettings(next);
    void app.refresh();
  });

  onPageReportChanged(() => tabId, () => void app.refresh());

  browser.tabs.onUpdated.addListener((id, change) => {
    if (id !== tabId) return;
    if (change.url !== undefined) app.setUrl(change.url);
    if (change.status === 'loading') disconnect();
    if (change.status === 'complete') void app.refresh();
  });

  // Follow the reader to another tab of this window.
  if (fixedTab === undefined) {
    browser.tabs.onActivated.addListener((info) => {
      if (info.windowId !== windowId || info.tabId === tabId) return;
      tabId = info.tabId;
      disconnect();
      void browser.tabs
        .get(info.tabId)
        .catch(() => undefined)
        .then((next) => {
          if (tabId === info.tabId) app.reset(next?.url);
        });
    });
  }
}

void main();
