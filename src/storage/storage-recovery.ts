/**
 * Recovery from damaged stored values. A value of the wrong type or shape is
 * never thrown away: a copy goes to `local:corrupted:<name>:<time>`, the
 * repaired value replaces it, and an issue is added to `local:storageIssues`,
 * which the options page shows as a banner and the popup can read. All three
 * writes are one `storage.local.set`, so a crash leaves either the damaged
 * value or the whole recovery, never half of it.
 */
import { storage } from 'wxt/utils/storage';

export interface StorageIssue {
  /** The item that was damaged, e.g. `local:settings`. */
  key: string;
  /** Where the damaged value was copied to. */
  copy: string;
  /** When, in ms since the epoch. */
  time: number;
  /** What was wrong, field by field. */
  problems: string[];
}

/** Issues shown to the user until dismissed, newest last. */
export const storageIssuesItem = storage.defineItem<StorageIssue[]>('local:storageIssues', {
  fallback: [],
  version: 1,
  migrations: {},
});

export const CORRUPTED_PREFIX = 'local:corrupted:';
/** Issues kept at most; copies of older ones stay in storage, only the notice goes. */
const MAX_ISSUES = 20;

/** Recoveries under way, by key, so that two readers of one damaged value copy it once. */
const underway = new Map<string, Promise<StorageIssue | undefined>>();

/** The copy's key for a damaged item at a time: `local:settings` → `local:corrupted:settings:1700000000000`. */
export function corruptedKey(key: string, time: number): string {
  return `${CORRUPTED_PREFIX}${key.slice(key.indexOf(':') + 1)}:${time}`;
}

/**
 * Keeps a copy of a damaged value, stores its repair and reports the issue.
 * Skips the work when another context already recovered the same value (the
 * stored value has changed since it was read).
 */
export function recoverItem(key: string, damaged: unknown, problems: string[], repaired: unknown, now = Date.now()): Promise<StorageIssue | undefined> {
  const pending = underway.get(key);
  if (pending) return pending;
  const work = (async () => {
    try {
      const current = await storage.getItem(key as `local:${string}`);
      if (JSON.stringify(current) !== JSON.stringify(damaged)) return undefined; // recovered elsewhere meanwhile
      const issue: StorageIssue = { key, copy: corruptedKey(key, now), time: now, problems: problems.slice(0, 20) };
      const issues = await readIssues();
      await storage.setItems([
        { key: issue.copy as `local:${string}`, value: { key, time: now, problems: issue.problems, value: damaged ?? null } },
        { key: key as `local:${string}`, value: repaired },
        { key: storageIssuesItem.key, value: [...issues, issue].slice(-MAX_ISSUES) },
      ]);
      console.warn(`Rhetoric Lens: ${key} was damaged and has been repaired; the damaged value is kept in ${issue.copy}.`, problems);
      return issue;
    } catch (error) {
      // Storage refused the repair: the caller still runs on the repaired value in memory, and the next read tries again.
      console.error(`Rhetoric Lens: could not repair ${key}`, error);
      return undefined;
    } finally {
      underway.delete(key);
    }
  })();
  underway.set(key, work);
  return work;
}

/** The issues, whatever the stored value looks like (a damaged issue list must not hide the other damage). */
export async function readIssues(): Promise<StorageIssue[]> {
  const value = await storageIssuesItem.getValue();
  return Array.isArray(value) ? value.filter(isIssue) : [];
}

function isIssue(value: unknown): value is StorageIssue {
  const v = value as StorageIssue;
  return typeof v === 'object' && v !== null && typeof v.key === 'string' && typeof v.copy === 'string' && typeof v.time === 'number' && Array.isArray(v.problems);
}

/** Hides the notices; the copies stay. */
export async function dismissIssues(): Promise<void> {
  await storageIssuesItem.setValue([]);
}
