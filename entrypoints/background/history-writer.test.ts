/**
 * A page that changes its URL ten times a second (a `pushState` storm) must
 * not write ten records a second: each tab writes at most one record every
 * MIN_WRITE_INTERVAL_MS, the newest report waiting, and the store stays
 * under its byte bound. Time is a manual clock; the store is fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { expect, test, vi } from 'vitest';
import type { PageHit, PageReport } from '../../src/core/types';
import { DEFAULT_HISTORY_LIMITS, HistoryStore, MAX_PAGE_BYTES, MAX_PASSAGES_PER_PAGE } from '../../src/storage/history/history-store';
import { HistoryWriter, MIN_WRITE_INTERVAL_MS } from './history-writer';

/** A clock the test moves by hand; `wait` resolves when it has moved far enough. */
class ManualClock {
  time = 1_700_000_000_000;
  private waiters: { due: number; resolve: () => void }[] = [];
  now = () => this.time;
  wait = (ms: number) => new Promise<void>((resolve) => this.waiters.push({ due: this.time + ms, resolve }));
  async advance(ms: number) {
    this.time += ms;
    const due = this.waiters.filter((w) => w.due <= this.time);
    this.waiters = this.waiters.filter((w) => w.due > this.time);
    for (const w of due) w.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const hit = (i: number): PageHit => ({ entryId: `e${i % 5}`, match: 'X', voice: 'own', sentence: `X ${'words '.repeat(100)}${i}.`, inSentence: [0, 1], paragraph: '', sentenceInParagraph: [0, 0], index: i, position: [-1, -1] });
const report = (url: string, title = 'A title'): PageReport => ({ url, title, words: 100, state: 'on', lexiconVersion: 'v', hits: Array.from({ length: MAX_PASSAGES_PER_PAGE }, (_, i) => hit(i)) });

test('a pushState storm of 10 URLs a second for 30 s writes one record every few seconds, the newest last', async () => {
  const clock = new ManualClock();
  const written: string[] = [];
  const store = { recordPage: vi.fn(async (r: PageReport) => void written.push(r.url)) };
  const writer = new HistoryWriter(store, async () => ({ enabled: true, limits: DEFAULT_HISTORY_LIMITS }), clock.now, undefined, { wait: clock.wait });
  let last: Promise<void> = Promise.resolve();
  for (let i = 0; i < 300; i++) {
    last = writer.record(7, report(`https://spa.test/item/${i}`));
    await clock.advance(100);
  }
  await clock.advance(MIN_WRITE_INTERVAL_MS);
  await last;
  expect(MIN_WRITE_INTERVAL_MS).toBeGreaterThanOrEqual(2_000);
  expect(written.length).toBeLessThanOrEqual(30_000 / MIN_WRITE_INTERVAL_MS + 1);
  expect(written[0]).toBe('https://spa.test/item/0');
  expect(written.at(-1)).toBe('https://spa.test/item/299');
});

test('other tabs are not held back by one tab’s storm', async () => {
  const clock = new ManualClock();
  const written: number[] = [];
  const store = { recordPage: vi.fn(async (r: PageReport) => void written.push(Number(r.url.split('/').pop()))) };
  const writer = new HistoryWriter(store, async () => ({ enabled: true, limits: DEFAULT_HISTORY_LIMITS }), clock.now, undefined, { wait: clock.wait });
  await writer.record(1, report('https://a.test/1'));
  void writer.record(1, report('https://a.test/11'));
  await writer.record(2, report('https://b.test/2'));
  expect(written).toEqual([1, 2]);
});

test('a storm of pages with 1 MB titles keeps the stored bytes under the bound', async () => {
  const clock = new ManualClock();
  const name = 'writer-storm-history';
  const store = new HistoryStore(name);
  const limits = { ...DEFAULT_HISTORY_LIMITS, maxBytes: 3 * MAX_PAGE_BYTES };
  const writer = new HistoryWriter(store, async () => ({ enabled: true, limits }), clock.now, undefined, { wait: clock.wait });
  const title = 'T'.repeat(1024 * 1024);
  let last: Promise<void> = Promise.resolve();
  for (let i = 0; i < 100; i++) {
    last = writer.record(3, report(`https://spa.test/${i}`, title));
    await clock.advance(100);
  }
  await clock.advance(MIN_WRITE_INTERVAL_MS);
  await last;
  const db = await openDB(name);
  const records = [...(await db.getAll('pages')), ...(await db.getAll('passages'))];
  db.close();
  store.close();
  const bytes = records.reduce((sum, r) => sum + 2 * JSON.stringify(r).length, 0);
  expect(bytes, `${bytes} bytes stored`).toBeLessThanOrEqual(limits.maxBytes);
}, 60_000);
