import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { simpleInflector } from '../../tests/support/test-lexicon';
import { compileCustomPhrases } from '../custom/compile';
import { decodeCustomLexicon } from '../custom/lexicon-codec';
import { readPageStorage, watchPageStorage } from './page-storage';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from './settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readPageStorage', () => {
  test('defaults when nothing is stored', async () => {
    expect(await readPageStorage()).toEqual({ settings: DEFAULT_SETTINGS, customRaw: null });
  });

  test('reads what the storage items wrote, under the same keys', async () => {
    await writeSettings({ ...DEFAULT_SETTINGS, sensitivity: 'signature', deniedSites: ['example.com'] });
    const compiled = compileCustomPhrases([{ id: 'custom-a', phrase: 'sovereign dignity', variants: [], label: '', note: '', added: 1 }], simpleInflector);
    await fakeBrowser.storage.local.set({ customLexicon: compiled });
    const { settings, customRaw } = await readPageStorage();
    expect(settings).toEqual(await readSettings());
    expect(settings.sensitivity).toBe('signature');
    expect(decodeCustomLexicon(customRaw)?.entries.map((e) => e.phrase)).toEqual(['sovereign dignity']);
  });

  test('takes a read already under way instead of starting another, and repairs what it gives', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { settings, customRaw } = await readPageStorage(Promise.resolve({ settings: { enabled: false, sensitivity: 'loud' } }));
    expect(get).not.toHaveBeenCalled();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(customRaw).toBeNull();
  });

  test('a read under way that fails fails the same way', async () => {
    await expect(readPageStorage(Promise.reject(new Error('Extension context invalidated.')))).rejects.toThrow('invalidated');
  });

  test('repairs damaged settings as readSettings does, and writes nothing', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 'yes', sources: ['kcna', 'nowhere'], sensitivity: 'signature' } });
    const before = await fakeBrowser.storage.local.get(null);
    const { settings } = await readPageStorage();
    expect(settings.enabled).toBe(true);
    expect(settings.hiddenSources).toEqual(['prc', 'rus']);
    expect(settings.sensitivity).toBe('signature');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});

describe('watchPageStorage', () => {
  test('hears settings and phrases changes, repaired, and stops when unwatched', async () => {
    const settings = vi.fn();
    const custom = vi.fn();
    const unwatch = watchPageStorage({ settings, custom });
    await writeSettings({ ...DEFAULT_SETTINGS, enabled: false });
    await fakeBrowser.storage.local.set({ settings: 42 });
    await fakeBrowser.storage.local.set({ customLexicon: null });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(settings.mock.calls.map(([s]) => s.enabled)).toEqual([false, true]);
    expect(custom).toHaveBeenCalledTimes(1);
    expect(custom).toHaveBeenCalledWith(null);
    unwatch();
    await writeSettings({ ...DEFAULT_SETTINGS, enabled: false });
    expect(settings).toHaveBeenCalledTimes(2);
  });

  test('unwatching after the extension was reloaded throws nothing', () => {
    const unwatch = watchPageStorage({ settings: () => {}, custom: () => {} });
    vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(unwatch).not.toThrow();
  });
});
