/**
 * What the content script reads from storage, in one `storage.local.get`: the
 * settings and the user's compiled phrases. It reads the keys that WXT's
 * storage items write (`local:settings` is `settings` in `storage.local`)
 * without loading WXT's storage layer into every page, and repairs the
 * settings as `readSettings()` does. It never writes: the background keeps
 * damaged values aside and migrates old shapes when it starts.
 */
import { browser, type Browser } from 'wxt/browser';
import { cleanupAfterInvalidation } from '../messaging/context-invalidated';
import { repairSettings, type Settings } from './settings-model';

const SETTINGS_KEY = 'settings';
const CUSTOM_KEY = 'customLexicon';
/** The keys a page reads. lexicon-data.js starts reading them before this script is even compiled (see wxt.config.ts). */
export const PAGE_STORAGE_KEYS = [SETTINGS_KEY, CUSTOM_KEY];

/**
 * The settings (repaired) and the raw compiled custom phrases, whose decoding
 * waits until the page has text. `started`: the same read, already under way.
 */
export async function readPageStorage(started?: Promise<Record<string, unknown>>): Promise<{ settings: Settings; customRaw: unknown }> {
  const stored = await (started ?? browser.storage.local.get(PAGE_STORAGE_KEYS));
  return { settings: repairSettings(stored[SETTINGS_KEY]).settings, customRaw: stored[CUSTOM_KEY] ?? null };
}

export interface PageStorageWatchers {
  settings(settings: Settings): void;
  /** The stored compiled phrases, raw: decode them with decodeCustomLexicon. */
  custom(raw: unknown): void;
}

/**
 * Calls the watchers when the settings or the custom phrases change, in any
 * context. Returns the unwatch function, which is safe to call after the
 * extension has been reloaded (when the browser throws on any API call).
 */
export function watchPageStorage(watchers: PageStorageWatchers): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area !== 'local') return;
    if (SETTINGS_KEY in changes) watchers.settings(repairSettings(changes[SETTINGS_KEY].newValue).settings);
    if (CUSTOM_KEY in changes) watchers.custom(changes[CUSTOM_KEY].newValue ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return cleanupAfterInvalidation(() => browser.storage.onChanged.removeListener(listener));
}
