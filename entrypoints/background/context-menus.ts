/**
 * The context menu on a selection: "Explain this phrase" scans the selection
 * with the compiled lexicon and opens the first entry it finds; "Add
 * selection as a custom phrase" hands the text to the options page.
 */
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { builtinMatcher } from './builtin-lexicon';
import { openDetail } from './open-detail';
import { entryForSelection } from './selection-entry';

export const MENU_EXPLAIN = 'explain-phrase';
export const MENU_ADD_CUSTOM = 'add-custom-phrase';

/** Read by the options page when it opens: the phrase to prefill in its "add" form. */
export const pendingCustomPhraseItem = storage.defineItem<string | null>('session:pendingCustomPhrase', { fallback: null });

export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_EXPLAIN, title: 'Explain this phrase', contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU_ADD_CUSTOM, title: 'Add selection as a custom phrase', contexts: ['selection'] });
}

export async function onMenuClicked(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<void> {
  const text = (info.selectionText ?? '').trim();
  if (!text) return;
  if (info.menuItemId === MENU_EXPLAIN) {
    if (tab?.id === undefined) return;
    const entryId = entryForSelection(text, builtinMatcher());
    await openDetail({ tabId: tab.id, windowId: tab.windowId, entryId, selection: entryId ? undefined : text });
  } else if (info.menuItemId === MENU_ADD_CUSTOM) {
    await pendingCustomPhraseItem.setValue(text.slice(0, 200));
    await browser.runtime.openOptionsPage();
  }
}
