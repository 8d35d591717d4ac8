/**
 * Wires the popup to the browser: which tab it is about (`?tab=ID`, else the
 * active tab), the page's report, the settings, the background's history,
 * and live updates while it stays open. The popup itself is src/ui/popup.
 */
import { browser } from 'wxt/browser';
import { readSettings, watchSettings } from '../../src/storage/settings';
import { readCustomPhrases } from '../../src/custom/phrases';
import { lexicon } from '../../src/lexicon/index';
import { entryLookup } from '../../src/ui/popup/entry-info';
import { takePendingDetail } from '../../src/ui/popup/pending-detail';
import { browserBackend, onPageReportChanged } from '../../src/ui/popup/browser-backend';
import { PopupApp } from '../../src/ui/popup/popup-app';
import { canOpenPanel, openPanelWith, type PanelApi } from '../../src/ui/panel/open-panel';

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

  const backend = browserBackend(() => tabId);
  // The side panel keeps the list open while the reader scrolls; opened from the click itself (a user gesture).
  const panelApi = browser as unknown as PanelApi;
  const openPanel = canOpenPanel(panelApi)
    ? () => {
        openPanelWith(panelApi, tab?.windowId).then(
          () => window.close(),
          (error: unknown) => console.warn('Rhetoric Lens: the side panel could not be opened', error),
        );
      }
    : undefined;

  const entryId = params.get('entry') ?? pending?.entryId;
  const unmatched = params.get('unmatched') ?? (pending && !pending.entryId ? pending.selection : undefined);
  const notice = !entryId && unmatched ? `“${unmatched.slice(0, 80)}” matches no phrase in the lexicon.` : undefined;
  const app = new PopupApp(root, backend, entryLookup(lexicon, custom), { url: tab?.url, settings, entryId, notice, openPanel });
  document.title = tab?.title ? `Rhetoric Lens: ${tab.title}` : 'Rhetoric Lens';

  watchSettings((next) => {
    app.setSettings(next);
    void app.refresh();
  });

  onPageReportChanged(() => tabId, () => void app.refresh());

  browser.tabs.onUpdated.addListener((id, change) => {
    if (id !== tabId) return;
    if (change.url !== undefined) app.setUrl(change.url);
    if (change.status === 'complete') void app.refresh();
  });
}

void main();
