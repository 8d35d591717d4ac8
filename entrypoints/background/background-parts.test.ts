import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { testMatcher } from '../../src/core/test-lexicon';
import type { PageReport } from '../../src/extension/messages';
import { PENDING_TTL_MS, putPendingDetail, takePendingDetail } from '../../src/ui/popup/pending-detail';
import { Badges, badgeText } from './badge';
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
  test('sums the frames of a tab, and clears on navigation', async () => {
    const shown: [number, string][] = [];
    const badges = new Badges(async (tabId, text) => void shown.push([tabId, text]));
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
  });
});

test.each([
  ['toggle-highlights', { kind: 'highlight:toggle' }],
  ['next-highlight', { kind: 'highlight:step', direction: 1 }],
  ['previous-highlight', { kind: 'highlight:step', direction: -1 }],
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
    const writer = new HistoryWriter(store, async () => ({ enabled: true, limits: { maxPages: 5, maxAgeDays: 5 } }));
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
    const writer = new HistoryWriter(store, async () => ({ enabled: true, limits: { maxPages: 5, maxAgeDays: 5 } }), Date.now, (e) => errors.push(e));
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
