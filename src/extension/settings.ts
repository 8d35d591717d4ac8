/**
 * The user's settings, in `browser.storage.local`, versioned with WXT's
 * storage items so that later shapes migrate instead of being lost.
 */
import { storage } from 'wxt/utils/storage';
import { SOURCES, type Source } from '../core/types';

export interface Settings {
  /** Highlighting everywhere. */
  enabled: boolean;
  /** Hosts where highlighting is off (`example.com`, `*.example.com`). */
  deniedSites: string[];
  sources: Source[];
  sensitivity: 'all' | 'signature';
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  deniedSites: [],
  sources: [...SOURCES],
  sensitivity: 'all',
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads settings, filling any field a stored value lacks from the defaults. */
export async function readSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...(typeof stored === 'object' && stored !== null ? stored : {}) };
}

/** Whether a host matches a site pattern: `example.com` matches itself and `www.example.com`; `*.example.com` only subdomains. */
export function hostMatches(host: string, pattern: string): boolean {
  const p = pattern.trim().toLowerCase();
  const h = host.toLowerCase();
  if (p === '') return false;
  if (p.startsWith('*.')) return h.endsWith(p.slice(1));
  return h === p || h === `www.${p}` || h.endsWith(`.${p}`);
}

export function isSiteDenied(settings: Settings, host: string): boolean {
  return settings.deniedSites.some((pattern) => hostMatches(host, pattern));
}
