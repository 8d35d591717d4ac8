import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import type { PageHit, PageReport } from '../../core/types';
import { DEFAULT_HISTORY_LIMITS, HistoryStore, historyLimits, MAX_PASSAGES_PER_PAGE, recordsFor } from './history-store';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 0, 31);

function hit(entryId: string, sentence: string, index = 0): PageHit {
  const start = Math.max(0, sentence.indexOf('X'));
  return {
    entryId,
    match: 'X',
    voice: 'own',
    sentence,
    inSentence: [start, start + 1],
    paragraph: sentence,
    sentenceInParagraph: [0, sentence.length],
    index,
    position: [start, start + 1],
  };
}

function report(url: string, hits: PageHit[], title = `Title of ${url}`): PageReport {
  return { url, title, words: 500, state: 'on', lexiconVersion: 'test', hits };
}

let n = 0;
let store: HistoryStore;
function freshStore() {
  store = new HistoryStore(`test-history-${++n}`);
  return store;
}
afterEach(() => store?.close());

describe('recordsFor', () => {
  test('drops the fragment, names the site, counts by entry and keeps one passage per entry and sentence', () => {
    const { page, passages } = recordsFor(
      report('https://www.example.com/a?x=1#top', [hit('a', 'X one.', 0), hit('a', 'X one.', 1), hit('b', 'X one.', 2), hit('a', 'X two.', 3)]),
      NOW,
    );
    expect(page).toMatchObject({ url: 'https://www.example.com/a?x=1', site: 'example.com', hits: 4, byEntry: { a: 3, b: 1 }, time: NOW });
    expect(passages.map((p) => [p.entryId, p.sentence])).toEqual([
      ['a', 'X one.'],
      ['b', 'X one.'],
      ['a', 'X two.'],
    ]);
  });

  test('cuts long sentences around the hit and caps passages per page', () => {
    const long = `${'word '.repeat(200)}X${' word'.repeat(200)}`;
    const { passages } = recordsFor(report('https://e.org/', [hit('a', long)]), NOW);
    const [p] = passages;
    expect(p.sentence.length).toBeLessThanOrEqual(400);
    expect(p.sentence.slice(p.inSentence[0], p.inSentence[1])).toBe('X');
    const many = Array.from({ length: MAX_PASSAGES_PER_PAGE + 50 }, (_, i) => hit('a', `X number ${i}.`, i));
    expect(recordsFor(report('https://e.org/', many), NOW).passages).toHaveLength(MAX_PASSAGES_PER_PAGE);
  });
});

test.each([
  [{}, DEFAULT_HISTORY_LIMITS],
  [{ historyMaxPages: 10, historyMaxDays: 7 }, { maxPages: 10, maxAgeDays: 7 }],
  [{ historyMaxPages: -1, historyMaxDays: 'x' }, DEFAULT_HISTORY_LIMITS],
])('historyLimits(%j)', (settings, expected) => {
  expect(historyLimits(settings)).toEqual(expected);
});

describe('HistoryStore', () => {
  test('a reload of the same URL replaces the page and its passages', async () => {
    const s = freshStore();
    await s.recordPage(report('https://a.org/news#one', [hit('a', 'X first.'), hit('b', 'X second.')]), NOW - 10);
    await s.recordPage(report('https://a.org/news#two', [hit('a', 'X again.')], 'New title'), NOW);
    expect(await s.stats()).toEqual({ pages: 1, passages: 1 });
    expect(await s.page('https://a.org/news')).toMatchObject({ title: 'New title', time: NOW, hits: 1 });
    expect((await s.passagesForEntries(['a', 'b'])).map((p) => p.sentence)).toEqual(['X again.']);
  });

  test('queries by entry and by site', async () => {
    const s = freshStore();
    await s.recordPage(report('https://a.org/1', [hit('a', 'X a1.'), hit('b', 'X b1.')]), NOW - 3);
    await s.recordPage(report('https://www.a.org/2', [hit('b', 'X b2.')]), NOW - 2);
    await s.recordPage(report('https://b.org/1', [hit('a', 'X a3.')]), NOW - 1);
    const byEntry = await s.passagesForEntries(['a']);
    expect(byEntry.map((p) => p.sentence).sort()).toEqual(['X a1.', 'X a3.']);
    expect((await s.pagesForSite('a.org')).map((p) => p.url)).toEqual(['https://www.a.org/2', 'https://a.org/1']);
    expect(await s.pagesForSite('c.org')).toEqual([]);
  });

  test('keeps at most maxPages, dropping the oldest with their passages', async () => {
    const s = freshStore();
    const limits = { maxPages: 3, maxAgeDays: 90 };
    for (let i = 0; i < 5; i++) await s.recordPage(report(`https://a.org/${i}`, [hit('a', `X ${i}.`)]), NOW + i, limits);
    expect(await s.stats()).toEqual({ pages: 3, passages: 3 });
    expect((await s.passagesForEntries(['a'])).map((p) => p.url).sort()).toEqual(['https://a.org/2', 'https://a.org/3', 'https://a.org/4']);
  });

  test('drops pages older than maxAgeDays, on write and on prune', async () => {
    const s = freshStore();
    const limits = { maxPages: 500, maxAgeDays: 30 };
    await s.recordPage(report('https://a.org/old', [hit('a', 'X old.')]), NOW - 40 * DAY, limits);
    await s.recordPage(report('https://a.org/mid', [hit('a', 'X mid.')]), NOW - 20 * DAY, limits);
    await s.recordPage(report('https://a.org/new', [hit('a', 'X new.')]), NOW, limits);
    expect((await s.pagesForSite('a.org')).map((p) => p.url)).toEqual(['https://a.org/new', 'https://a.org/mid']);
    await s.prune({ maxPages: 500, maxAgeDays: 10 }, NOW);
    expect((await s.pagesForSite('a.org')).map((p) => p.url)).toEqual(['https://a.org/new']);
    expect(await s.stats()).toEqual({ pages: 1, passages: 1 });
  });

  test('clear deletes everything and says how many pages there were', async () => {
    const s = freshStore();
    await s.recordPage(report('https://a.org/1', [hit('a', 'X 1.')]), NOW);
    await s.recordPage(report('https://b.org/1', [hit('a', 'X 2.')]), NOW);
    expect(await s.clear()).toBe(2);
    expect(await s.stats()).toEqual({ pages: 0, passages: 0 });
    expect(await s.passagesForEntries(['a'])).toEqual([]);
  });

  test('a failed write leaves nothing half-written', async () => {
    const s = freshStore();
    await s.recordPage(report('https://a.org/1', [hit('a', 'X kept.')]), NOW);
    // A passage that cannot be cloned makes the transaction abort after the old record was deleted.
    const bad = report('https://a.org/1', [hit('a', 'X replaced.')]);
    (bad.hits[0] as unknown as { voice: unknown }).voice = () => 'not cloneable';
    await expect(s.recordPage(bad, NOW + 1)).rejects.toThrow();
    expect(await s.page('https://a.org/1')).toMatchObject({ time: NOW });
    expect((await s.passagesForEntries(['a'])).map((p) => p.sentence)).toEqual(['X kept.']);
  });
});
