import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  hostMatches,
  isSiteDenied,
  migrateSettingsV1,
  normalizeSitePattern,
  readSettings,
  repairSettings,
  settingsItem,
  sourceShown,
  techniquesShown,
  updateSettings,
  watchSettings,
  type Settings,
} from './settings';
import { readIssues } from './storage-recovery';

beforeEach(() => fakeBrowser.reset());

/** A settings value as version 1 stored it. */
const V1 = { enabled: false, paused: false, deniedSites: ['Example.com', 'https://www.news.example.org/world?x=1', '*.blog.test', 'not a site!', 'example.com'], sources: ['kcna', 'rus'], sensitivity: 'signature' };

/** Every field away from its default: what an update must keep. */
const CUSTOMISED: Settings = {
  enabled: false,
  paused: true,
  hiddenSources: ['kcna', 'rus'],
  hiddenTechniques: ['slogans', 'euphemism'],
  hiddenEntries: ['juche'],
  sensitivity: 'signature',
  siteMode: 'allow',
  deniedSites: ['example.com'],
  allowedSites: ['*.news.test', 'localhost'],
  style: { palette: 'colour-blind', underlineOnly: true, intensity: 'strong' },
  historyEnabled: false,
  historyMaxPages: 40,
  historyMaxDays: 7,
};

async function storeRaw(value: unknown, version: number) {
  await fakeBrowser.storage.local.set({ settings: value, settings$: { v: version } });
}

describe('the v2 → v3 migration: hidden families instead of enabled ones', () => {
  test('the families left out of the enabled list become hidden, and the list goes', async () => {
    await storeRaw({ ...CUSTOMISED, hiddenSources: undefined, sources: ['prc'] }, 2);
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 3 });
    expect((stored.settings as Settings).hiddenSources).toEqual(['kcna', 'rus']);
    expect(stored.settings).not.toHaveProperty('sources');
  });

  test('a family added after v2 is shown to a user who had every family on', () => {
    const { settings } = repairSettings({ ...CUSTOMISED, hiddenSources: undefined, sources: ['kcna', 'prc', 'rus'] });
    expect(settings.hiddenSources).toEqual([]);
    expect(sourceShown(settings, 'a-family-added-later')).toBe(true);
  });

  test('a value that already has hiddenSources keeps it, and drops a stray enabled list', () => {
    const { settings, problems } = repairSettings({ ...CUSTOMISED, sources: ['kcna'] });
    expect(settings.hiddenSources).toEqual(['kcna', 'rus']);
    expect(settings).not.toHaveProperty('sources');
    expect(problems).toEqual([]);
  });

  test('ids of families from a newer version are kept; malformed ones are refused', () => {
    expect(repairSettings({ hiddenSources: ['irn'] }).settings.hiddenSources).toEqual(['irn']);
    const bad = repairSettings({ hiddenSources: ['<b>'] });
    expect(bad.settings.hiddenSources).toEqual([]);
    expect(bad.problems).toHaveLength(1);
  });
});

describe('the v1 → v2 migration', () => {
  test('keeps every v1 value, normalizes the site list and adds the new fields with their defaults', () => {
    // hiddenEntries came after v3, with no migration: reading fills it in (see the test below).
    const { hiddenSources: _, hiddenEntries: _later, ...v2Defaults } = DEFAULT_SETTINGS;
    expect(migrateSettingsV1(V1)).toEqual({
      ...v2Defaults,
      enabled: false,
      sources: ['kcna', 'rus'],
      sensitivity: 'signature',
      deniedSites: ['example.com', 'www.news.example.org', '*.blog.test'],
    });
  });

  test('runs on a stored v1 value and, with v2 → v3, marks it v3', async () => {
    await storeRaw(V1, 1);
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 3 });
    expect(stored.settings).toMatchObject({ enabled: false, hiddenSources: ['prc'], siteMode: 'deny', allowedSites: [], style: DEFAULT_SETTINGS.style });
    expect(stored.settings).not.toHaveProperty('sources');
    expect(await readSettings()).toEqual({ ...(stored.settings as object), hiddenEntries: [] }); // a field added since takes its default
    expect(await readIssues()).toEqual([]);
  });

  test('a v1 value without the later `paused` field still migrates whole', async () => {
    const { paused: _, ...older } = V1;
    await storeRaw(older, 1);
    await settingsItem.migrate();
    expect(await readSettings()).toMatchObject({ paused: false, enabled: false, sensitivity: 'signature' });
  });

  test('changes nothing of a value that is already v2', () => {
    expect(migrateSettingsV1(CUSTOMISED)).toEqual(CUSTOMISED);
  });

  test('passes garbage through for recovery, without throwing', () => {
    expect(migrateSettingsV1('garbage')).toBe('garbage');
    expect(migrateSettingsV1([1, 2])).toEqual([1, 2]);
  });

  test('an update keeps every setting: a customised v2 value reads back unchanged', async () => {
    await storeRaw(CUSTOMISED, 2);
    await settingsItem.migrate();
    expect(await readSettings()).toEqual(CUSTOMISED);
  });
});

describe('corruption recovery', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  test.each([
    ['a string', 'garbage{'],
    ['a number', 42],
    ['a list', [1, 2, 3]],
    ['true', true],
  ])('settings stored as %s fall back to the defaults, with a copy kept and an issue raised', async (_, bad) => {
    await storeRaw(bad, 2);
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    const all = await fakeBrowser.storage.local.get(null);
    const copies = Object.keys(all).filter((k) => k.startsWith('corrupted:settings:'));
    expect(copies).toHaveLength(1);
    expect(all[copies[0]]).toMatchObject({ key: 'local:settings', value: bad });
    expect(all.settings).toEqual(DEFAULT_SETTINGS);
    const issues = await readIssues();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ key: 'local:settings', copy: `local:${copies[0]}` });
  });

  test('fields of the wrong type fall back one by one; the rest, and unknown fields, are kept', async () => {
    await storeRaw({ ...CUSTOMISED, enabled: 'yes', style: { palette: 'pink', underlineOnly: true, intensity: 'strong' }, deniedSites: [42], future: 'kept' }, 2);
    const settings = await readSettings();
    expect(settings).toEqual({ ...CUSTOMISED, enabled: true, style: DEFAULT_SETTINGS.style, deniedSites: [], future: 'kept' });
    const [issue] = await readIssues();
    expect(issue.problems).toEqual([
      'settings.enabled: expected true or false, found "yes"',
      'settings.deniedSites[0]: expected a site name, found number',
      'settings.style.palette: expected one of "standard", "colour-blind", "monochrome", found "pink"',
    ]);
    expect(await settingsItem.getValue()).toEqual(settings);
  });

  test('missing fields are filled in silently: no issue', async () => {
    await storeRaw({ enabled: false }, 2);
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(await readIssues()).toEqual([]);
  });

  test('two readers of one damaged value copy it once', async () => {
    await storeRaw('garbage', 2);
    await Promise.all([readSettings(), readSettings(), readSettings()]);
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).filter((k) => k.startsWith('corrupted:'))).toHaveLength(1);
    expect(await readIssues()).toHaveLength(1);
  });

  test('nothing stored is no problem', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings(undefined).problems).toEqual([]);
  });
});

describe('writing and watching', () => {
  test('a change reaches watchers, repaired', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await updateSettings((s) => ({ ...s, sensitivity: 'signature' }));
    unwatch();
    expect(seen.at(-1)).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'signature' });
  });

  test('defaultSettings() is a copy', () => {
    const copy = defaultSettings();
    copy.deniedSites.push('x.test');
    expect(DEFAULT_SETTINGS.deniedSites).toEqual([]);
  });
});

describe('site patterns', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['https://www.example.com/news?x=1', 'www.example.com'],
    ['*.example.com', '*.example.com'],
    ['127.0.0.1:8080', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['bücher.de', 'xn--bcher-kva.de'],
  ])('%s is stored as %s', (input, stored) => {
    expect(normalizeSitePattern(input)).toEqual({ ok: true, value: stored });
  });

  test.each(['', 'not a site', '*.com', 'exa mple.com', '*', 'a..b'])('"%s" is refused with a message', (input) => {
    const result = normalizeSitePattern(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/site|broad/);
  });

  test.each([
    ['example.com', 'example.com', true],
    ['www.example.com', 'example.com', true],
    ['news.example.com', 'example.com', true],
    ['example.com', '*.example.com', false],
    ['news.example.com', '*.example.com', true],
    ['badexample.com', 'example.com', false],
    ['127.0.0.1:5173', '127.0.0.1', true],
  ])('host %s against %s: %s', (host, pattern, expected) => {
    expect(hostMatches(host, pattern)).toBe(expected);
  });

  test('deny mode turns off listed sites; allow mode turns off all others', () => {
    const deny = { ...DEFAULT_SETTINGS, deniedSites: ['example.com'] };
    expect(isSiteDenied(deny, 'www.example.com')).toBe(true);
    expect(isSiteDenied(deny, 'other.test')).toBe(false);
    const allow = { ...DEFAULT_SETTINGS, siteMode: 'allow' as const, allowedSites: ['*.news.test'] };
    expect(isSiteDenied(allow, 'a.news.test')).toBe(false);
    expect(isSiteDenied(allow, 'example.com')).toBe(true);
  });
});

test('an entry is hidden only when all of its techniques are', () => {
  const settings = { hiddenTechniques: ['slogans', 'euphemism'] as Settings['hiddenTechniques'] };
  expect(techniquesShown(settings, ['slogans'])).toBe(false);
  expect(techniquesShown(settings, ['slogans', 'loaded-language'])).toBe(true);
  expect(techniquesShown({ hiddenTechniques: [] }, ['slogans'])).toBe(true);
});
