/**
 * The settings' shape, defaults and checks, without storage: what every
 * context (the content script too) needs to read a stored value safely.
 * settings.ts adds the versioned storage item around it.
 */
import { TECHNIQUES, type Technique } from '../core/types';
import { DEFAULT_STYLE, INTENSITIES, PALETTES, type HighlightStyle } from '../dom/highlight-style';
import { FAMILY_IDS } from '../lexicon/families';
import { boolean, integer, isPlainObject, listOf, object, oneOf, text, type Check, type Shape } from './storage-schema';

export type SiteMode = 'deny' | 'allow';

export interface Settings {
  /** Highlighting everywhere. */
  enabled: boolean;
  /**
   * Set with `enabled: false` by the popup's Pause: off everywhere until the
   * user resumes or the browser restarts (the background then resumes).
   * Content scripts need only watch `enabled`.
   */
  paused: boolean;
  /**
   * Source families whose phrases the user chose not to see. Hidden rather
   * than enabled families are stored, so that a family added in a later
   * version is shown by default. Ids of families this version does not know
   * (from a newer version) are kept.
   */
  hiddenSources: string[];
  /** Techniques the user chose not to see; an entry is hidden when every one of its techniques is. */
  hiddenTechniques: Technique[];
  /** Built-in entries the user hid from the card ("Hide this phrase"), by id; options shows them again. */
  hiddenEntries: string[];
  sensitivity: 'all' | 'signature';
  /** `deny`: on everywhere except `deniedSites`. `allow`: on only on `allowedSites`. */
  siteMode: SiteMode;
  /** Hosts where highlighting is off in deny mode (`example.com`, `*.example.com`). */
  deniedSites: string[];
  /** Hosts where highlighting is on in allow mode. */
  allowedSites: string[];
  style: HighlightStyle;
  /** Whether pages with hits are remembered for the popup's related passages. */
  historyEnabled: boolean;
  /** History keeps at most this many pages, the oldest going first (read by src/storage/history). */
  historyMaxPages: number;
  /** History forgets pages older than this many days (read by src/storage/history). */
  historyMaxDays: number;
}

export const SETTINGS_VERSION = 3;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  paused: false,
  hiddenSources: [],
  hiddenTechniques: [],
  hiddenEntries: [],
  sensitivity: 'all',
  siteMode: 'deny',
  deniedSites: [],
  allowedSites: [],
  style: { ...DEFAULT_STYLE },
  historyEnabled: true,
  historyMaxPages: 500,
  historyMaxDays: 90,
};

export const MAX_SITES = 1000;
/** More hidden phrases than the lexicon has entries is never needed. */
export const MAX_HIDDEN_ENTRIES = 5000;
/** An entry id as the lexicon writes it: kebab-case. */
export const ENTRY_ID = /^[a-z0-9][a-z0-9-]*$/;

/** A family id as stored: kebab-case. */
const FAMILY_ID = /^[a-z][a-z0-9-]*$/;
/** The families there were when settings stored the enabled ones (`sources`, before hiddenSources). */
const FAMILIES_OF_ENABLED_LIST = ['kcna', 'prc', 'rus'];

/**
 * Older settings (and settings files) stored the enabled families as
 * `sources`. They become the hidden ones: those of that time not in the list.
 * A value that already has `hiddenSources` keeps it; `sources` is dropped.
 */
export function hiddenFromEnabledList(raw: Record<string, unknown>): Record<string, unknown> {
  if (!Object.hasOwn(raw, 'sources')) return raw;
  const { sources, ...rest } = raw;
  if (Object.hasOwn(rest, 'hiddenSources') || !Array.isArray(sources)) return rest;
  return { ...rest, hiddenSources: FAMILIES_OF_ENABLED_LIST.filter((id) => !sources.includes(id)) };
}

/** Whether a family's phrases are shown under these settings. */
export function sourceShown(settings: Pick<Settings, 'hiddenSources'>, source: string): boolean {
  return !(settings.hiddenSources ?? []).includes(source);
}

/** The families this version knows that are shown. */
export function shownSources(settings: Pick<Settings, 'hiddenSources'>): string[] {
  return FAMILY_IDS.filter((id) => sourceShown(settings, id));
}

/** A fresh copy of the defaults, safe to change. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * A site pattern as the user may type it (`Example.com`, `https://www.example.com/news`,
 * `*.example.com`, `localhost`, `127.0.0.1:8080`) in its stored form, or an error.
 */
export function normalizeSitePattern(input: string): { ok: true; value: string } | { ok: false; error: string } {
  let text = input.trim().toLowerCase();
  if (text === '') return { ok: false, error: 'Enter a site, such as example.com or *.example.com.' };
  const wildcard = text.startsWith('*.');
  if (wildcard) text = text.slice(2);
  let host: string;
  try {
    host = new URL(text.includes('://') ? text : `http://${text}`).hostname;
  } catch {
    return { ok: false, error: `"${input.trim()}" is not a site name. Use a form such as example.com or *.example.com.` };
  }
  host = host.replace(/\.$/, '');
  const labels = host.split('.');
  if (host.length > 253 || host.includes('*') || !labels.every((label) => HOST_LABEL.test(label))) {
    return { ok: false, error: `"${input.trim()}" is not a site name. Use a form such as example.com or *.example.com.` };
  }
  if (wildcard && labels.length < 2) return { ok: false, error: `"*.${host}" is too broad: name at least a domain, such as *.example.com.` };
  return { ok: true, value: wildcard ? `*.${host}` : host };
}

const sitePattern: Check<string> = (value, path) => {
  if (typeof value !== 'string') return { ok: false, error: `${path}: expected a site name, found ${typeof value}` };
  const normalized = normalizeSitePattern(value);
  return normalized.ok ? normalized : { ok: false, error: `${path}: ${normalized.error}` };
};

const styleCheck = object<HighlightStyle>({ palette: oneOf(PALETTES), underlineOnly: boolean, intensity: oneOf(INTENSITIES) });

/** Every field's check. The same checks repair stored values and validate imported files. */
export const SETTINGS_SHAPE: Shape<Settings> = {
  enabled: boolean,
  paused: boolean,
  hiddenSources: listOf(text({ max: 40, pattern: FAMILY_ID }), { max: 64, unique: true }),
  hiddenTechniques: listOf(oneOf(TECHNIQUES), { max: TECHNIQUES.length, unique: true }),
  hiddenEntries: listOf(text({ max: 100, pattern: ENTRY_ID }), { max: MAX_HIDDEN_ENTRIES, unique: true }),
  sensitivity: oneOf(['all', 'signature'] as const),
  siteMode: oneOf(['deny', 'allow'] as const),
  deniedSites: listOf(sitePattern, { max: MAX_SITES }),
  allowedSites: listOf(sitePattern, { max: MAX_SITES }),
  style: styleCheck,
  historyEnabled: boolean,
  historyMaxPages: integer(10, 100_000),
  historyMaxDays: integer(1, 3650),
};

/**
 * A stored value made whole: a missing field takes its default silently (a
 * value from an older version, or a field added since), a field of the wrong
 * type or shape takes its default and is reported, unknown fields are kept
 * (a newer version's, after a downgrade). A value that is not an object at all
 * is replaced by the defaults.
 */
export function repairSettings(raw: unknown): { settings: Settings; problems: string[] } {
  if (raw === null || raw === undefined) return { settings: defaultSettings(), problems: [] };
  if (!isPlainObject(raw)) return { settings: defaultSettings(), problems: [`settings: expected an object, found ${Array.isArray(raw) ? 'a list' : typeof raw}`] };
  const stored = hiddenFromEnabledList(raw);
  const settings = { ...stored };
  const problems: string[] = [];
  for (const [key, check] of Object.entries(SETTINGS_SHAPE) as [keyof Settings, Check<unknown>][]) {
    if (!Object.hasOwn(stored, key)) {
      settings[key] = structuredClone(DEFAULT_SETTINGS[key]);
      continue;
    }
    const checked = check(stored[key], `settings.${key}`);
    if (checked.ok) settings[key] = checked.value;
    else {
      problems.push(checked.error);
      settings[key] = structuredClone(DEFAULT_SETTINGS[key]);
    }
  }
  return { settings: settings as unknown as Settings, problems };
}

/**
 * v1 → v2. v1 had `enabled`, `paused`, `deniedSites`, `sources` and
 * `sensitivity`. v2 adds the site mode and allow-list, hidden techniques, the
 * highlight style and the history options, and stores site patterns in their
 * normal form (a pasted URL becomes its host; bad entries are dropped,
 * repeats merged). Never throws: a value that is not an object passes
 * through, for `readSettings` to recover.
 */
export function migrateSettingsV1(v1: unknown): unknown {
  if (!isPlainObject(v1)) return v1;
  const denied = Array.isArray(v1.deniedSites) ? v1.deniedSites : [];
  const sites: string[] = [];
  for (const entry of denied) {
    if (typeof entry !== 'string') continue;
    const normalized = normalizeSitePattern(entry);
    if (normalized.ok && !sites.includes(normalized.value)) sites.push(normalized.value);
  }
  // New fields only fill gaps, so running this on a value that is already v2 (its version mark lost) changes nothing of it.
  return {
    siteMode: 'deny',
    allowedSites: [],
    hiddenTechniques: [],
    style: { ...DEFAULT_STYLE },
    historyEnabled: DEFAULT_SETTINGS.historyEnabled,
    historyMaxPages: DEFAULT_SETTINGS.historyMaxPages,
    historyMaxDays: DEFAULT_SETTINGS.historyMaxDays,
    ...v1,
    deniedSites: sites,
  };
}

/** v2 → v3: the enabled families (`sources`) become the hidden ones (`hiddenSources`). Never throws. */
export function migrateSettingsV2(v2: unknown): unknown {
  return isPlainObject(v2) ? hiddenFromEnabledList(v2) : v2;
}

/** Whether a host matches a site pattern: `example.com` matches itself and `www.example.com`; `*.example.com` only subdomains. */
export function hostMatches(host: string, pattern: string): boolean {
  const p = pattern.trim().toLowerCase();
  const h = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (p === '') return false;
  if (p.startsWith('*.')) return h.endsWith(p.slice(1));
  return h === p || h === `www.${p}` || h.endsWith(`.${p}`);
}

/** Whether highlighting is off on this host by the site lists, in either mode. */
export function isSiteDenied(settings: Settings, host: string): boolean {
  if (settings.siteMode === 'allow') return !(settings.allowedSites ?? []).some((pattern) => hostMatches(host, pattern));
  return settings.deniedSites.some((pattern) => hostMatches(host, pattern));
}

/** Whether an entry with these techniques is shown: unless the user hid every one of them. */
export function techniquesShown(settings: Pick<Settings, 'hiddenTechniques'>, techniques: readonly string[]): boolean {
  const hidden = settings.hiddenTechniques ?? [];
  return hidden.length === 0 || techniques.length === 0 || techniques.some((t) => !(hidden as string[]).includes(t));
}
