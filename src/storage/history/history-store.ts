/**
 * The reading history: pages the user read that had hits, and each hit's
 * sentence, in IndexedDB on this device only. One record per page URL (a
 * reload replaces it), every change in one transaction, pruned by count, age
 * and bytes on every write. A page controls its title, URL and text, so every
 * stored field has a length bound and each page a byte bound: a hostile page
 * cannot make one visit cost more than MAX_PAGE_BYTES.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { PageReport } from '../../core/types';
import { boundedText, pageKey, siteOf } from './page-address';
import type { PageRecord, PassageRecord } from './records';
export type { PageRecord, PassageRecord } from './records';
import { rankRelatedPassages, type RelatedPassage, type RelatedQuery, DEFAULT_RELATED_LIMIT } from './related-passages';

export const HISTORY_DB_NAME = 'rhetoric-lens-history';
/** 2: passages indexed by [entryId, time], so that the popup reads the newest few instead of all. */
const DB_VERSION = 2;

export interface HistoryLimits {
  /** Pages kept at most; the oldest go first. */
  maxPages: number;
  /** Pages older than this are dropped. */
  maxAgeDays: number;
  /** Bytes kept at most (as `recordBytes` counts them), the oldest pages going first; DEFAULT_MAX_HISTORY_BYTES when absent. */
  maxBytes?: number;
}

/** The whole history's bound: 500 ordinary pages take about 5 MB, and 80 pages at MAX_PAGE_BYTES fit. */
export const DEFAULT_MAX_HISTORY_BYTES = 20 * 1024 * 1024;

export const DEFAULT_HISTORY_LIMITS: HistoryLimits = { maxPages: 500, maxAgeDays: 90 };

/** Each stored text's length bound, in UTF-16 code units. Sentences are cut around their hit (`clipSentence`); the others at their end. */
export const HISTORY_FIELD_LIMITS = { title: 300, url: 2048, sentence: 400, entryId: 200, lexiconVersion: 100, site: 253 } as const;
/** Passages kept per page: enough to find it again, bounded for pages with thousands of hits. */
export const MAX_PASSAGES_PER_PAGE = 100;
/** Distinct entries counted per page; a real page has a few dozen. */
const MAX_ENTRIES_PER_PAGE = 500;
/** One page's records at most, in bytes: passages beyond it are left out. */
export const MAX_PAGE_BYTES = 256 * 1024;
/** What the rows of the related-passages query may read at most, whatever the history holds: a full page of passages per page shown, and one more. */
const MAX_RELATED_LIMIT = 50;

interface HistorySchema extends DBSchema {
  pages: { key: string; value: PageRecord; indexes: { 'by-site': string; 'by-time': number } };
  passages: { key: number; value: PassageRecord; indexes: { 'by-entry': string; 'by-site': string; 'by-url': string; 'by-entry-time': [string, number] } };
}

type WriteTransaction = IDBPTransaction<HistorySchema, ('pages' | 'passages')[], 'readwrite'>;
type ReadTransaction = IDBPTransaction<HistorySchema, ['passages'], 'readonly'>;

/** Whether the settings let pages be remembered (`historyEnabled`; on when the field is absent). */
export function historyEnabled(settings: object): boolean {
  return (settings as { historyEnabled?: unknown }).historyEnabled !== false;
}

/** Reads retention limits from the settings when they carry them (`historyMaxPages`, `historyMaxDays`), else the defaults. */
export function historyLimits(settings: object): HistoryLimits {
  const s = settings as { historyMaxPages?: unknown; historyMaxDays?: unknown };
  const positive = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback);
  return {
    maxPages: positive(s.historyMaxPages, DEFAULT_HISTORY_LIMITS.maxPages),
    maxAgeDays: positive(s.historyMaxDays, DEFAULT_HISTORY_LIMITS.maxAgeDays),
  };
}

/** Cuts a long sentence to a window around the hit, keeping the hit's offsets right. */
function clipSentence(sentence: string, [start, end]: [number, number]): { sentence: string; inSentence: [number, number] } {
  const max = HISTORY_FIELD_LIMITS.sentence;
  if (sentence.length <= max) return { sentence, inSentence: [start, end] };
  // A hit longer than the window (a page can report any offsets) is cut too.
  end = Math.min(end, start + max);
  const room = Math.max(0, max - (end - start));
  const from = Math.max(0, Math.min(start - Math.floor(room / 2), sentence.length - max));
  const to = Math.min(sentence.length, from + max);
  return { sentence: sentence.slice(from, to), inSentence: [Math.max(0, start - from), Math.min(to - from, end - from)] };
}

/**
 * A record's size as the history counts it: two bytes per code unit of its
 * strings, eight per number, and a little for each field. Close to what a
 * browser stores (Chrome's one-byte strings take less), never far below.
 */
export function recordBytes(record: PageRecord | PassageRecord): number {
  let bytes = 64;
  for (const [key, value] of Object.entries(record)) {
    bytes += 8 + 2 * key.length;
    if (typeof value === 'string') bytes += 2 * value.length;
    else if (typeof value === 'number') bytes += 8;
    else if (Array.isArray(value)) bytes += 8 * value.length;
    else if (value && typeof value === 'object') for (const [k] of Object.entries(value)) bytes += 16 + 2 * k.length;
  }
  return bytes;
}

/** A page's bytes: its own count, or for a record written before pages counted their bytes, an estimate from its fields (its title and URL were stored again in each passage). */
export function pageBytes(page: PageRecord): number {
  if (typeof page.bytes === 'number') return page.bytes;
  const passages = Math.min(page.hits, MAX_PASSAGES_PER_PAGE);
  const repeated = 2 * ((page.title?.length ?? 0) + (page.url?.length ?? 0) + (page.site?.length ?? 0)) + 200;
  return recordBytes(page) + passages * (repeated + 2 * HISTORY_FIELD_LIMITS.sentence);
}

/** The records a report becomes: the page, and one passage per distinct (entry, sentence), every field bounded. */
export function recordsFor(report: PageReport, time: number): { page: PageRecord; passages: PassageRecord[] } {
  const url = boundedText(pageKey(report.url), HISTORY_FIELD_LIMITS.url, '');
  const site = boundedText(siteOf(url), HISTORY_FIELD_LIMITS.site, '');
  const title = boundedText(report.title.trim().replace(/\s+/g, ' ') || url, HISTORY_FIELD_LIMITS.title);
  const byEntry: Record<string, number> = {};
  let entries = 0;
  const page: PageRecord = {
    url,
    title,
    site,
    time,
    words: report.words,
    hits: report.hits.length,
    byEntry,
    lexiconVersion: boundedText(report.lexiconVersion, HISTORY_FIELD_LIMITS.lexiconVersion),
    bytes: 0,
  };
  const passages: PassageRecord[] = [];
  const seen = new Set<string>();
  let bytes = 0;
  let full = false;
  for (const hit of report.hits) {
    const entryId = boundedText(hit.entryId, HISTORY_FIELD_LIMITS.entryId, '');
    if (entryId === '__proto__') continue; // no entry has that id, and as a key it would set byEntry's prototype
    if (Object.hasOwn(byEntry, entryId)) byEntry[entryId]++;
    else if (entries < MAX_ENTRIES_PER_PAGE) {
      byEntry[entryId] = 1;
      entries++;
    }
    if (full || passages.length >= MAX_PASSAGES_PER_PAGE) continue;
    const clipped = clipSentence(hit.sentence, hit.inSentence);
    const key = `${entryId}\u0000${clipped.sentence}`;
    if (seen.has(key)) continue;
    const passage: PassageRecord = { url, title, site, time, entryId, voice: hit.voice, ...clipped };
    const size = recordBytes(passage);
    // The page record is at most a few kB (its byEntry bounded too); passages fill what remains of the page's bound.
    if (bytes + size > MAX_PAGE_BYTES - 24 * 1024) {
      full = true;
      continue;
    }
    seen.add(key);
    bytes += size;
    passages.push(passage);
  }
  page.bytes = 0;
  page.bytes = recordBytes(page) + bytes;
  return { page, passages };
}

async function deletePage(tx: WriteTransaction, url: string): Promise<void> {
  const passages = tx.objectStore('passages');
  const keys = await passages.index('by-url').getAllKeys(url);
  await Promise.all([tx.objectStore('pages').delete(url), ...keys.map((key) => passages.delete(key))]);
}

/** Drops pages past the age limit, then the oldest beyond the count limit, then the oldest beyond the byte limit. Runs inside the caller's transaction. */
async function prune(tx: WriteTransaction, limits: HistoryLimits, now: number): Promise<void> {
  const byTime = tx.objectStore('pages').index('by-time');
  const cutoff = now - limits.maxAgeDays * 86_400_000;
  const expired = await byTime.getAllKeys(IDBKeyRange.upperBound(cutoff, true));
  for (const url of expired) await deletePage(tx, url);
  const excess = (await tx.objectStore('pages').count()) - limits.maxPages;
  if (excess > 0) {
    const oldest = await byTime.getAllKeys(undefined, excess);
    for (const url of oldest) await deletePage(tx, url);
  }
  // Newest first, adding up bytes; every page past the bound goes. At most maxPages small records are read.
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_HISTORY_BYTES;
  let total = 0;
  const over: string[] = [];
  for (let cursor = await byTime.openCursor(null, 'prev'); cursor; cursor = await cursor.continue()) {
    total += pageBytes(cursor.value);
    if (total > maxBytes) over.push(cursor.value.url);
  }
  for (const url of over) await deletePage(tx, url);
}

/**
 * Up to `limit` pages' newest passages of one entry, newest first, one per
 * page, skipping `skip` pages: a cursor over [entryId, time] read backwards,
 * so the rows read are bounded by the pages wanted times the passages a page
 * may hold, whatever the history's size.
 */
async function newestPassages(tx: ReadTransaction, entryId: string, limit: number, skip: ReadonlySet<string>): Promise<PassageRecord[]> {
  const range = IDBKeyRange.bound([entryId, -Infinity], [entryId, Infinity]);
  const found = new Map<string, PassageRecord>();
  for (let cursor = await tx.store.index('by-entry-time').openCursor(range, 'prev'); cursor && found.size < limit; cursor = await cursor.continue()) {
    const passage = cursor.value;
    if (!skip.has(passage.url) && !found.has(passage.url)) found.set(passage.url, passage);
  }
  return [...found.values()];
}

/**
 * Issues requests one after the other and waits for all of them. When one
 * throws before it is queued, the ones already queued will be aborted with
 * the transaction: their rejections are expected, not unhandled.
 */
async function allRequests(requests: (() => Promise<unknown>)[]): Promise<void> {
  const queued: Promise<unknown>[] = [];
  try {
    for (const request of requests) queued.push(request());
  } catch (error) {
    for (const promise of queued) promise.catch(() => undefined); // aborted with the transaction, reported through `error`
    throw error;
  }
  await Promise.all(queued);
}

/**
 * Runs `work` in a write transaction and commits it, or aborts it when `work`
 * throws: a request that fails before it is even queued (a value that cannot
 * be cloned) would otherwise let the requests queued before it commit.
 */
async function inTransaction(tx: WriteTransaction, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request itself.
    }
    await tx.done.catch(() => undefined); // the abort's own rejection: the original error is the one to report
    throw error;
  }
  await tx.done;
}

export class HistoryStore {
  private db: Promise<IDBPDatabase<HistorySchema>> | undefined;

  constructor(private readonly name = HISTORY_DB_NAME) {}

  private open(): Promise<IDBPDatabase<HistorySchema>> {
    this.db ??= openDB<HistorySchema>(this.name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          const pages = db.createObjectStore('pages', { keyPath: 'url' });
          pages.createIndex('by-site', 'site');
          pages.createIndex('by-time', 'time');
          const passages = db.createObjectStore('passages', { keyPath: 'id', autoIncrement: true });
          passages.createIndex('by-entry', 'entryId');
          passages.createIndex('by-site', 'site');
          passages.createIndex('by-url', 'url');
        }
        if (oldVersion < 2) tx.objectStore('passages').createIndex('by-entry-time', ['entryId', 'time']);
      },
      // Another context wants a newer schema: let it, and reopen on next use.
      blocking: () => this.close(),
      terminated: () => {
        this.db = undefined;
      },
    });
    // A failed open (storage full, private mode) must not poison every later call.
    this.db.catch(() => (this.db = undefined));
    return this.db;
  }

  /** Stores a page read at `time`, replacing any earlier record of the same URL, then prunes. All or nothing. */
  async recordPage(report: PageReport, time: number, limits: HistoryLimits = DEFAULT_HISTORY_LIMITS): Promise<void> {
    const { page, passages } = recordsFor(report, time);
    const db = await this.open();
    const tx = db.transaction(['pages', 'passages'], 'readwrite');
    await inTransaction(tx, async () => {
      await deletePage(tx, page.url);
      await allRequests([() => tx.objectStore('pages').put(page), ...passages.map((p) => () => tx.objectStore('passages').add(p))]);
      await prune(tx, limits, time);
    });
  }

  /** Applies the limits without writing anything (at startup, or when the limits change). */
  async prune(limits: HistoryLimits = DEFAULT_HISTORY_LIMITS, now = Date.now()): Promise<void> {
    const tx = (await this.open()).transaction(['pages', 'passages'], 'readwrite');
    await inTransaction(tx, () => prune(tx, limits, now));
  }

  /** Every stored passage of these entries, in no particular order (rank them with `rankRelatedPassages`). */
  async passagesForEntries(entryIds: string[]): Promise<PassageRecord[]> {
    const db = await this.open();
    const tx = db.transaction('passages');
    const index = tx.store.index('by-entry');
    const lists = await Promise.all([...new Set(entryIds)].map((id) => index.getAll(id)));
    await tx.done;
    return lists.flat();
  }

  /**
   * The passages the popup shows beside an entry (ranked by
   * `rankRelatedPassages`): the newest pages with the same entry, then with
   * related ones, never the page being read. Reads a bounded number of rows,
   * however long the history.
   */
  async relatedPassages(query: RelatedQuery): Promise<RelatedPassage[]> {
    const limit = Math.max(1, Math.min(MAX_RELATED_LIMIT, Math.floor(query.limit ?? DEFAULT_RELATED_LIMIT) || DEFAULT_RELATED_LIMIT));
    const skip = new Set<string>(query.excludeUrl ? [pageKey(query.excludeUrl)] : []);
    const tx = (await this.open()).transaction('passages');
    const same = await newestPassages(tx, query.entryId, limit, skip);
    const candidates = [...same];
    if (same.length < limit) {
      for (const passage of same) skip.add(passage.url);
      const relatedIds = [...new Set(query.relatedIds)].filter((id) => id !== query.entryId).slice(0, MAX_RELATED_LIMIT);
      for (const id of relatedIds) candidates.push(...(await newestPassages(tx, id, limit - same.length, skip)));
    }
    await tx.done;
    return rankRelatedPassages(candidates, { ...query, limit });
  }

  /** The pages read on a site, newest first. */
  async pagesForSite(site: string): Promise<PageRecord[]> {
    const pages = await (await this.open()).getAllFromIndex('pages', 'by-site', site);
    return pages.sort((a, b) => b.time - a.time);
  }

  async page(url: string): Promise<PageRecord | undefined> {
    return (await this.open()).get('pages', pageKey(url));
  }

  async stats(): Promise<{ pages: number; passages: number }> {
    const db = await this.open();
    const tx = db.transaction(['pages', 'passages']);
    const [pages, passages] = await Promise.all([tx.objectStore('pages').count(), tx.objectStore('passages').count()]);
    await tx.done;
    return { pages, passages };
  }

  /** Deletes everything; returns how many pages there were. */
  async clear(): Promise<number> {
    const db = await this.open();
    const tx = db.transaction(['pages', 'passages'], 'readwrite');
    const [pages] = await Promise.all([tx.objectStore('pages').count(), tx.objectStore('pages').clear(), tx.objectStore('passages').clear()]);
    await tx.done;
    return pages;
  }

  close(): void {
    const db = this.db;
    this.db = undefined;
    void db?.then((d) => d.close()).catch(() => undefined); // already failed: nothing to close
  }
}
