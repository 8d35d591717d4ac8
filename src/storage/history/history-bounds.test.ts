/**
 * The history cannot be bloated by a page: every stored field has a length
 * bound, each page a byte bound, the whole store a byte bound with the
 * oldest pages evicted first, and the popup's related-passages query reads a
 * bounded number of rows however long the history is. Sizes are counted from
 * what fake-indexeddb holds, two bytes per UTF-16 code unit.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { openDB } from 'idb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PageHit, PageReport } from '../../core/types';
import { DEFAULT_HISTORY_LIMITS, HISTORY_FIELD_LIMITS, HistoryStore, MAX_PAGE_BYTES, MAX_PASSAGES_PER_PAGE, recordBytes, recordsFor } from './history-store';

const NOW = Date.UTC(2025, 0, 31);
const MB = 1024 * 1024;

function hit(entryId: string, sentence: string, index = 0): PageHit {
  const start = Math.max(0, sentence.indexOf('X'));
  return { entryId, match: 'X', voice: 'own', sentence, inSentence: [start, start + 1], paragraph: sentence, sentenceInParagraph: [0, sentence.length], index, position: [-1, -1] };
}

function report(url: string, hits: PageHit[], title = `Title of ${url}`): PageReport {
  return { url, title, words: 500, state: 'on', lexiconVersion: 'test', hits };
}

/** A page as hostile as a page can make it: a title of `titleChars`, and the most hits with distinct long sentences. */
function hostile(url: string, titleChars = MB): PageReport {
  const hits = Array.from({ length: MAX_PASSAGES_PER_PAGE * 3 }, (_, i) => hit(`entry-${i % 7}`, `X ${'long sentence '.repeat(300)}${i}.`, i));
  return report(url, hits, 'T'.repeat(titleChars));
}

let n = 0;
const stores: HistoryStore[] = [];
function freshStore() {
  const name = `bounds-history-${++n}`;
  const store = new HistoryStore(name);
  stores.push(store);
  return { store, name };
}
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  vi.restoreAllMocks();
});

/** Every record the database holds, and their size: two bytes per code unit of their JSON. */
async function storedBytes(name: string): Promise<{ pages: number; passages: number; bytes: number }> {
  const db = await openDB(name);
  const [pages, passages] = await Promise.all([db.getAll('pages'), db.getAll('passages')]);
  db.close();
  const bytes = [...pages, ...passages].reduce((sum, record) => sum + 2 * JSON.stringify(record).length, 0);
  return { pages: pages.length, passages: passages.length, bytes };
}

describe('every field is bounded', () => {
  test('a 1 MB title, a 1 MB URL, a long entry id and version are cut to their bounds', () => {
    const long = report(`https://a.org/?q=${'u'.repeat(MB)}`, [hit(`id-${'i'.repeat(MB)}`, 'X short.')], 'T'.repeat(MB));
    long.lexiconVersion = 'v'.repeat(MB);
    const { page, passages } = recordsFor(long, NOW);
    expect(page.title.length).toBeLessThanOrEqual(HISTORY_FIELD_LIMITS.title);
    expect(page.url.length).toBeLessThanOrEqual(HISTORY_FIELD_LIMITS.url);
    expect(page.url.startsWith('https://a.org/?q=uuu')).toBe(true);
    expect(page.lexiconVersion.length).toBeLessThanOrEqual(HISTORY_FIELD_LIMITS.lexiconVersion);
    expect(Object.keys(page.byEntry).every((id) => id.length <= HISTORY_FIELD_LIMITS.entryId)).toBe(true);
    for (const p of passages) {
      expect(p.title).toBe(page.title);
      expect(p.url).toBe(page.url);
      expect(p.entryId.length).toBeLessThanOrEqual(HISTORY_FIELD_LIMITS.entryId);
    }
  });

  test('a title cut short does not split a surrogate pair and says it was cut', () => {
    const { page } = recordsFor(report('https://a.org/', [], '😀'.repeat(400)), NOW);
    expect(page.title.endsWith('…')).toBe(true);
    expect(page.title.length).toBeLessThanOrEqual(HISTORY_FIELD_LIMITS.title);
    expect(page.title.isWellFormed()).toBe(true);
  });

  test('property: whatever a page reports, its records stay under the page bound', () => {
    const text = fc.oneof(fc.string({ maxLength: 50 }), fc.integer({ min: 0, max: 20_000 }).map((k) => 'w'.repeat(k)));
    const hitArb = fc.record({ entryId: text, sentence: text }).map(({ entryId, sentence }) => hit(entryId, sentence));
    fc.assert(
      fc.property(text, text, fc.array(hitArb, { maxLength: 300 }), (url, title, hits) => {
        const { page, passages } = recordsFor(report(`https://a.org/${url}`, hits, title), NOW);
        const bytes = recordBytes(page) + passages.reduce((sum, p) => sum + recordBytes(p), 0);
        expect(bytes).toBeLessThanOrEqual(MAX_PAGE_BYTES);
        expect(page.bytes).toBe(bytes);
        expect(passages.length).toBeLessThanOrEqual(MAX_PASSAGES_PER_PAGE);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the store is bounded in bytes', () => {
  test('a page with a 1 MB title and hundreds of long sentences stores under the page bound', async () => {
    const { store, name } = freshStore();
    await store.recordPage(hostile('https://a.org/1'), NOW);
    const stored = await storedBytes(name);
    expect(stored.pages).toBe(1);
    expect(stored.bytes, `${stored.bytes} bytes stored`).toBeLessThanOrEqual(MAX_PAGE_BYTES);
  });

  test('past the total bound, the oldest pages go first', async () => {
    const { store, name } = freshStore();
    const limits = { ...DEFAULT_HISTORY_LIMITS, maxBytes: 4 * MAX_PAGE_BYTES };
    for (let i = 0; i < 12; i++) await store.recordPage(hostile(`https://a.org/${i}`), NOW + i, limits);
    const stored = await storedBytes(name);
    expect(stored.bytes).toBeLessThanOrEqual(limits.maxBytes);
    const kept = (await store.pagesForSite('a.org')).map((p) => p.url);
    expect(kept.length).toBeGreaterThanOrEqual(3);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => `https://a.org/${11 - i}`));
  });

  test('pages stored whole by an earlier version are counted by their real size and evicted', async () => {
    const { store, name } = freshStore();
    await store.recordPage(report('https://a.org/new', [hit('a', 'X new.')]), NOW);
    // What an earlier version wrote: no byte count, a 1 MB title in the page and in each passage.
    const db = await openDB(name);
    const title = 'T'.repeat(MB);
    await db.put('pages', { url: 'https://a.org/old', title, site: 'a.org', time: NOW - 1, words: 1, hits: 3, byEntry: { a: 3 }, lexiconVersion: 'old' });
    for (let i = 0; i < 3; i++) await db.add('passages', { url: 'https://a.org/old', title, site: 'a.org', time: NOW - 1, entryId: 'a', sentence: `X old ${i}.`, inSentence: [0, 1], voice: 'own' });
    db.close();
    await store.prune({ ...DEFAULT_HISTORY_LIMITS, maxBytes: MB }, NOW);
    expect((await store.pagesForSite('a.org')).map((p) => p.url)).toEqual(['https://a.org/new']);
    expect((await storedBytes(name)).passages).toBe(1);
  });
});

describe('the related-passages query reads a bounded number of rows', () => {
  test('with hundreds of pages for one entry, the popup query reads at most a few pages’ worth', async () => {
    const { store } = freshStore();
    const pages = 150;
    for (let i = 0; i < pages; i++) {
      const hits = Array.from({ length: 40 }, (_, k) => hit(k % 2 === 0 ? 'same' : 'near', `X sentence ${k} of page ${i}.`, k));
      await store.recordPage(report(`https://a.org/${i}`, hits), NOW + i);
    }
    expect((await store.stats()).passages).toBe(pages * 40);

    // Rows read: every row a cursor stops on, and every row a getAll returns.
    let rows = 0;
    const openCursor = IDBIndex.prototype.openCursor;
    vi.spyOn(IDBIndex.prototype, 'openCursor').mockImplementation(function (this: IDBIndex, ...args: Parameters<IDBIndex['openCursor']>) {
      const request = openCursor.apply(this, args);
      request.addEventListener('success', () => (rows += request.result ? 1 : 0));
      return request;
    });
    const getAll = IDBIndex.prototype.getAll;
    vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (this: IDBIndex, ...args: Parameters<IDBIndex['getAll']>) {
      const request = getAll.apply(this, args);
      request.addEventListener('success', () => (rows += (request.result as unknown[]).length));
      return request;
    });
    const passages = await store.relatedPassages({ entryId: 'same', relatedIds: ['near'], excludeUrl: `https://a.org/${pages - 1}`, limit: 8 });

    expect(passages.map((p) => p.url)).toEqual(Array.from({ length: 8 }, (_, i) => `https://a.org/${pages - 2 - i}`));
    expect(passages.every((p) => p.relation === 'same')).toBe(true);
    // 8 pages shown, plus the excluded one, each with 20 passages of the entry: about 200 rows, not 6,000.
    expect(rows, `${rows} rows read`).toBeLessThanOrEqual(10 * 20 + 10);
  }, 60_000);

  test('related entries fill in after the same entry, newest first, one passage a page', async () => {
    const { store } = freshStore();
    await store.recordPage(report('https://a.org/same-old', [hit('e', 'X e old.')]), NOW + 1);
    await store.recordPage(report('https://a.org/related-new', [hit('r', 'X r new.'), hit('r', 'X r again.')]), NOW + 5);
    await store.recordPage(report('https://a.org/related-mid', [hit('r2', 'X r2.')]), NOW + 3);
    await store.recordPage(report('https://a.org/current', [hit('e', 'X here.')]), NOW + 9);
    await store.recordPage(report('https://a.org/unrelated', [hit('u', 'X u.')]), NOW + 10);
    const passages = await store.relatedPassages({ entryId: 'e', relatedIds: ['r', 'r2'], excludeUrl: 'https://a.org/current#x', limit: 3 });
    expect(passages.map((p) => [p.url, p.relation])).toEqual([
      ['https://a.org/same-old', 'same'],
      ['https://a.org/related-new', 'related'],
      ['https://a.org/related-mid', 'related'],
    ]);
  });
});
