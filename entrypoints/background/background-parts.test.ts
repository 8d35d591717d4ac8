import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { testMatcher } from '../../tests/support/test-lexicon';
import type { PageReport } from '../../src/core/types';
import { PENDING_TTL_MS, putPendingDetail, takePendingDetail } from '../../src/ui/popup/pending-detail';
import { Badges, badgeText, countsKey } from './badge';
import { commandMessage } from './commands';
import { HistoryWriter } from './history-writer';
import { entryForSelection } from './selection-entry';

beforeEach(() => fakeBrowser.reset());

test.each([
  [0, ''],
  [1, '1'],
  [999, '999'],
  [1000, '999+'],
])('badgeText(%i) = %j', (count, text) => {
  expect(badgeText(count)).toBe(text);
});

describe('Badges', () => {
  const shownBy = (shown: [number, string][]) => async (tabId: number, text: string) => void shown.push([tabId, text]);

  test('sums the frames of a tab, and clears on navigation', async () => {
    const shown: [number, string][] = [];
    const badges = new Badges(shownBy(shown));
    await badges.set(1, 0, 3);
    await badges.set(1, 5, 2);
    await badges.set(2, 0, 1);
    await badges.set(1, 5, 0);
    await badges.clear(1);
    expect(shown).toEqual([
      [1, '3'],
      [1, '5'],
      [2, '1'],
      [1, '3'],
      [1, ''],
    ]);
    expect(await badges.total(1)).toBe(0);
    expect(await badges.total(2)).toBe(1);
  });

  test('a restarted worker still counts the frames that reported to the one before', async () => {
    const before = new Badges(async () => {});
    await before.set(7, 0, 4);
    await before.set(7, 3, 2);
    // The browser stopped the worker: a new one starts with nothing in memory, and only the top frame reports again.
    const shown: [number, string][] = [];
    const after = new Badges(shownBy(shown));
    await after.set(7, 0, 5);
    expect(shown).toEqual([[7, '7']]);
    expect(await fakeBrowser.storage.session.get(countsKey(7))).toEqual({ [countsKey(7)]: { 0: 5, 3: 2 } });
  });

  test('frames reporting at once all count', async () => {
    const shown: [number, string][] = [];
    const badges = new Badges(shownBy(shown));
    await Promise.all([badges.set(1, 0, 1), badges.set(1, 1, 10), badges.set(1, 2, 100), badges.set(2, 0, 2)]);
    expect(await badges.total(1)).toBe(111);
    expect(shown.filter(([tab]) => tab === 1).map(([, text]) => text)).toEqual(['1', '11', '111']);
  });

  test('a closed tab is forgotten without touching its badge', async () => {
    const shown: [number, string][] = [];
    const badges = new Badges(shownBy(shown));
    await badges.set(3, 0, 2);
    await badges.forget(3);
    expect(shown).toEqual([[3, '2']]);
    expect(await fakeBrowser.storage.session.get(countsKey(3))).toEqual({});
  });

  test('a report that comes after its tab closed is swept when the worker next starts; open tabs and other keys stay', async () => {
    const badges = new Badges(async () => {});
    await badges.set(3, 0, 2);
    await badges.set(4, 0, 1);
    await badges.forget(3);
    await badges.set(3, 2, 5); // the closed tab's frame reported late
    await fakeBrowser.storage.session.set({ 'detail:pending': 'x', 'badge:note': 1 });
    const restarted = new Badges(async () => {});
    expect(await restarted.sweep([4, 9])).toBe(1);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ [countsKey(4)]: { 0: 1 }, 'detail:pending': 'x', 'badge:note': 1 });
    expect(await restarted.sweep([4])).toBe(0);
  });

  test('a failed write does not stop the next one', async () => {
    const area = { get: vi.fn(async () => ({})), set: vi.fn(async () => {}), remove: vi.fn(async () => {}) };
    area.set.mockRejectedValueOnce(new Error('quota'));
    const shown: [number, string][] = [];
    const badges = new Badges(shownBy(shown), area);
    await expect(badges.set(1, 0, 3)).rejects.toThrow('quota');
    await badges.set(1, 0, 4);
    expect(shown).toEqual([[1, '4']]);
  });
});

test.each([
  ['toggle-highlights', { kind: 'highlight:toggle' }],
  ['next-highlight', { kind: 'highlight:step', direction: 1 }],
  ['previous-highlight', { kind: 'highlight:step', direction: -1 }],
  ['open-panel', undefined],
  ['something-else', undefined],
])('command %s', (command, message) => {
  expect(commandMessage(command)).toEqual(message);
});

describe('HistoryWriter', () => {
  const report = (title: string) => ({ url: 'https://a.org/', title, words: 1, state: 'on', lexiconVersion: 'v', hits: [] }) as PageReport;

  test('coalesces the reports of one tab: the newest waiting one is written next, the ones between are skipped', async () => {
    const written: string[] = [];
    let release!: () => void;
    const first = new Promise<void>((resolve) => (release = resolve));
    const store = {
      recordPage: vi.fn(async (r: PageReport) => {
        written.push(r.title);
        if (r.title === '1') await first;
      }),
    };
    // Spacing between writes is history-writer.test.ts's subject; here, coalescing alone.
    const writer = new HistoryWriter(store, async () => ({ enabled: true, limits: { maxPages: 5, maxAgeDays: 5 } }), Date.now, undefined, { minIntervalMs: 0 });
    const done = writer.record(1, report('1'));
    await vi.waitFor(() => expect(written).toEqual(['1']));
    void writer.record(1, report('2'));
    void writer.record(1, report('3'));
    release();
    await done;
    expect(written).toEqual(['1', '3']);
  });

  test('writes nothing when the settings turn history off', async () => {
    const store = { recordPage: vi.fn(async () => undefined) };
    await new HistoryWriter(store, async () => ({ enabled: false, limits: { maxPages: 5, maxAgeDays: 5 } })).record(1, report('x'));
    expect(store.recordPage).not.toHaveBeenCalled();
  });

  test('a failed write is reported and does not stop the next', async () => {
    const errors: unknown[] = [];
    const store = { recordPage: vi.fn().mockRejectedValueOnce(new Error('quota')).mockResolvedValue(undefined) };
    const writer = new HistoryWriter(store, async () => ({ enabled: true, limits: { maxPages: 5, maxAgeDays: 5 } }), Date.now, (e) => errors.push(e), { minIntervalMs: 0 });
    await writer.record(1, report('a'));
    await writer.record(1, report('b'));
    expect(errors).toHaveLength(1);
    expect(store.recordPage).toHaveBeenCalledTimes(2);
  });
});

test.each([
  ['The puppet regime again.', 'puppet-regime'],
  ['the Collective West', 'collective-west'],
  ['  they act under others’ baton and the puppet regimes  ', 'under-another-baton'],
  ['a quiet afternoon', undefined],
])('entryForSelection(%j)', (selection, id) => {
  expect(entryForSelection(selection, testMatcher())).toBe(id);
});

describe('pending detail requests', () => {
  test('are taken once, per tab', async () => {
    await putPendingDetail(4, { entryId: 'juche' });
    await putPendingDetail(5, { selection: 'nothing here' });
    expect(await takePendingDetail(4)).toMatchObject({ entryId: 'juche' });
    expect(await takePendingDetail(4)).toBeUndefined();
    expect(await takePendingDetail(5)).toMatchObject({ selection: 'nothing here' });
  });

  test('go stale', async () => {
    await putPendingDetail(4, { entryId: 'juche' }, 1000);
    expect(await takePendingDetail(4, 1000 + PENDING_TTL_MS + 1)).toBeUndefined();
  });
});
