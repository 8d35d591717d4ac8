/**
 * The reading history: pages the user read that had hits, and each hit's
 * sentence, in IndexedDB on this device only. One record per page URL (a
 * reload replaces it), every change in one transaction, pruned by count and
 * age on every write.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Voice } from '../../core/types';
import type { PageReport } from '../../messaging/messages';
import { pageKey, siteOf } from './page-address';

export const HISTORY_DB_NAME = 'rhetoric-lens-history';
const DB_VERSION = 1;

export interface HistoryLimits {
  /** Pages kept at most; the oldest go first. */
  maxPages: number;
  /** Pages older than this are dropped. */
  maxAgeDays: number;
}

export const DEFAULT_HISTORY_LIMITS: HistoryLimits = { maxPages: 500, maxAgeDays: 90 };

/** A stored page sentence is cut to this length around its hit, so one odd page cannot fill the store. */
const MAX_SENTENCE = 400;
/** Passages kept per page: enough to find it again, bounded for pages with thousands of hits. */
export const MAX_PASSAGES_PER_PAGE = 100;

export interface PageRecord {
  /** The page URL without its fragment: the key. */
  url: string;
  title: string;
  site: string;
  /** When it was read, in ms since the epoch. */
  time: number;
  words: number;
  hits: number;
  /** Hit counts by entry id. */
  byEntry: Record<string, number>;
  lexiconVersion: string;
}

export interface PassageRecord {
  id?: number;
  url: string;
  title: string;
  site: string;
  time: number;
  entryId: string;
  sentence: string;
  /** The hit's offsets inside `sentence`. */
  inSentence: [start: number, end: number];
  voice: Voice;
}

interface HistorySchema extends DBSchema {
  pages: { key: string; value: PageRecord; indexes: { 'by-site': string; 'by-time': number } };
  passages: { key: number; value: PassageRecord; indexes: { 'by-entry': string; 'by-site': string; 'by-url': string } };
}

type WriteTransaction = IDBPTransaction<HistorySchema, ('pages' | 'passages')[], 'readwrite'>;

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
  if (sentence.length <= MAX_SENTENCE) return { sentence, inSentence: [start, end] };
  const room = Math.max(0, MAX_SENTENCE - (end - start));
  const from = Math.max(0, Math.min(start - Math.floor(room / 2), sentence.length - MAX_SENTENCE));
  const to = Math.min(sentence.length, from + MAX_SENTENCE);
  return { sentence: sentence.slice(from, to), inSentence: [start - from, end - from] };
}

/** The records a report becomes: the page, and one passage per distinct (entry, sentence). */
export function recordsFor(report: PageReport, time: number): { page: PageRecord; passages: PassageRecord[] } {
  const url = pageKey(report.url);
  const site = siteOf(url);
  const title = report.title.trim() || url;
  const byEntry: Record<string, number> = {};
  const passages: PassageRecord[] = [];
  const seen = new Set<string>();
  for (const hit of report.hits) {
    byEntry[hit.entryId] = (byEntry[hit.entryId] ?? 0) + 1;
    const key = `${hit.entryId}\u0000${hit.sentence}`;
    if (seen.has(key) || passages.length >= MAX_PASSAGES_PER_PAGE) continue;
    seen.add(key);
    passages.push({ url, title, site, time, entryId: hit.entryId, voice: hit.voice, ...clipSentence(hit.sentence, hit.inSentence) });
  }
  const page: PageRecord = { url, title, site, time, words: report.words, hits: report.hits.length, byEntry, lexiconVersion: report.lexiconVersion };
  return { page, passages };
}

async function deletePage(tx: WriteTransaction, url: string): Promise<void> {
  const passages = tx.objectStore('passages');
  const keys = await passages.index('by-url').getAllKeys(url);
  await Promise.all([tx.objectStore('pages').delete(url), ...keys.map((key) => passages.delete(key))]);
}

/** Drops pages past the age limit, then the oldest beyond the count limit. Runs inside the caller's transaction. */
async function prune(tx: WriteTransaction, limits: HistoryLimits, now: number): Promise<void> {
  const byTime = tx.objectStore('pages').index('by-time');
  const cutoff = now - limits.maxAgeDays * 86_400_000;
  const expired = await byTime.getAllKeys(IDBKeyRange.upperBound(cutoff, true));
  for (const url of expired) await deletePage(tx, url);
  const excess = (await tx.objectStore('pages').count()) - limits.maxPages;
  if (excess <= 0) return;
  const oldest = await byTime.getAllKeys(undefined, excess);
  for (const url of oldest) await deletePage(tx, url);
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
      upgrade(db) {
        const pages = db.createObjectStore('pages', { keyPath: 'url' });
        pages.createIndex('by-site', 'site');
        pages.createIndex('by-time', 'time');
        const passages = db.createObjectStore('passages', { keyPath: 'id', autoIncrement: true });
        passages.createIndex('by-entry', 'entryId');
        passages.createIndex('by-site', 'site');
        passages.createIndex('by-url', 'url');
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
