/**
 * The background: the badge, the history, the context menu, the keyboard
 * commands and the detail route. It may be stopped at any time (MV3): it
 * keeps nothing in memory that matters, and the badge's per-frame counts
 * live in storage.session.
 */
import { browser } from 'wxt/browser';
import { MAX_HIDDEN_ENTRIES, MAX_SITES, normalizeSitePattern, readSettings, updateSettings } from '../../src/storage/settings';
import { HistoryStore, historyEnabled, historyLimits } from '../../src/storage/history/history-store';
import { BADGE_COLOR, Badges, toolbarAction } from './badge';
import { entrySummary } from './builtin-lexicon';
import { onCommand } from './commands';
import { createMenus, onMenuClicked } from './context-menus';
import { HistoryWriter } from './history-writer';
import { createMessageHandler } from './message-handler';
import { openDetail } from './open-detail';

function logged(what: string) {
  return (error: unknown) => console.warn(`Rhetoric Lens: ${what} failed`, error);
}

export default defineBackground(() => {
  const action = toolbarAction();
  const history = new HistoryStore();
  const limits = async () => historyLimits(await readSettings());
  const writer = new HistoryWriter(history, async () => {
    const settings = await readSettings();
    return { enabled: historyEnabled(settings), limits: historyLimits(settings) };
  });
  const badges = new Badges(async (tabId, text) => {
    try {
      await action.setBadgeText({ tabId, text });
    } catch {
      // The tab closed between the report and the badge: nothing to show it on.
    }
  });
  void action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(logged('badge colour'));

  const handle = createMessageHandler({
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    history,
    recordPage: (tabId, report) => writer.record(tabId, report),
    setBadge: (tabId, frameId, count) => badges.set(tabId, frameId, count),
    openDetail: (request) => openDetail(request),
    entrySummary,
    hideEntry: async (entryId) => {
      await updateSettings((s) => ({ ...s, hiddenEntries: s.hiddenEntries.includes(entryId) ? s.hiddenEntries : [...s.hiddenEntries, entryId].slice(-MAX_HIDDEN_ENTRIES) }));
    },
    denySite: async (host) => {
      const site = normalizeSitePattern(host);
      if (!site.ok) throw new Error(site.error);
      await updateSettings((s) =>
        s.siteMode === 'allow'
          ? { ...s, allowedSites: s.allowedSites.filter((allowed) => allowed !== site.value) }
          : { ...s, deniedSites: s.deniedSites.includes(site.value) ? s.deniedSites : [...s.deniedSites, site.value].slice(-MAX_SITES) },
      );
      return site.value;
    },
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => handle(message, sender));

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url !== undefined) void badges.clear(tabId).catch(logged('clearing the badge'));
  });
  browser.tabs.onRemoved.addListener((tabId) => void badges.forget(tabId).catch(logged('forgetting a closed tab\'s badge')));
  // Counts written for a tab after it closed (its last report came late) go when the worker next starts.
  void browser.tabs
    .query({})
    .then((tabs) => badges.sweep(tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]))))
    .catch(logged('sweeping closed tabs\' badges'));

  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab).catch(logged('the context menu')));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab).catch(logged(`the command ${command}`)));

  browser.runtime.onInstalled.addListener(() => void createMenus().catch(logged('creating the menus')));
  browser.runtime.onStartup.addListener(() => {
    void createMenus().catch(logged('creating the menus'));
    // A pause lasts until the browser restarts.
    void readSettings()
      .then((settings) => (settings.paused ? updateSettings((s) => ({ ...s, enabled: true, paused: false })) : undefined))
      .catch(logged('resuming after a pause'));
    void limits()
      .then((l) => history.prune(l))
      .catch(logged('pruning the history'));
  });
});
