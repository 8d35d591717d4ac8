/**
 * The user's settings, in `browser.storage.local`, versioned with WXT's
 * storage items so that later shapes migrate instead of being lost. Extension
 * pages and the background read them through `readSettings()`, which repairs
 * a damaged value (see storage-recovery.ts) instead of failing, and watch them
 * for changes, so a change in the options page or the popup takes effect
 * everywhere. The content script reads them without WXT's storage layer
 * (page-storage.ts), with the same repair.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, defaultSettings, migrateSettingsV1, migrateSettingsV2, repairSettings, SETTINGS_VERSION, type Settings } from './settings-model';
import { recoverItem } from './storage-recovery';

export * from './settings-model';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1, 3: migrateSettingsV2 },
});

/** Reads settings, whole and valid. A damaged stored value is kept aside, replaced by its repair, and reported. */
export async function readSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch (error) {
    // Storage itself failed (quota, a broken profile): run on defaults, and write nothing over what we could not read.
    console.error('Rhetoric Lens: could not read settings', error);
    return defaultSettings();
  }
  const { settings, problems } = repairSettings(raw);
  if (problems.length > 0) await recoverItem(settingsItem.key, raw, problems, settings);
  return settings;
}

/**
 * The raw writes that store `settings` with their version mark, for callers
 * that must write them in one `storage.setItems` with other items (an import).
 */
export function settingsWrites(settings: Settings) {
  return [
    { key: settingsItem.key, value: settings },
    { key: `${settingsItem.key}$` as const, value: { v: SETTINGS_VERSION } },
  ];
}

export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

/** Reads, changes and writes the settings. */
export async function updateSettings(change: (settings: Settings) => Settings | void): Promise<Settings> {
  const current = await readSettings();
  const next = change(current) ?? current;
  await writeSettings(next);
  return next;
}

/** Calls `callback` with the repaired settings whenever they change, in any context. Returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(repairSettings(value).settings));
}
