/**
 * Which passages from the user's own reading to show beside an entry: pages
 * where the same entry fired come before pages where a related one did, newer
 * before older, one passage per page, and never the page being read.
 */
import type { PassageRecord } from './records';
import { pageKey } from './page-address';

export type Relation = 'same' | 'related';

export interface RelatedPassage extends PassageRecord {
  relation: Relation;
}

export interface RelatedQuery {
  entryId: string;
  relatedIds: string[];
  /** The page being read: its passages are "other occurrences on this page", not history. */
  excludeUrl?: string;
  limit?: number;
}

export const DEFAULT_RELATED_LIMIT = 8;

export function rankRelatedPassages(passages: PassageRecord[], query: RelatedQuery): RelatedPassage[] {
  const excluded = query.excludeUrl ? pageKey(query.excludeUrl) : undefined;
  const related = new Set(query.relatedIds);
  const ranked: RelatedPassage[] = [];
  for (const passage of passages) {
    if (passage.url === excluded) continue;
    const relation: Relation | undefined = passage.entryId === query.entryId ? 'same' : related.has(passage.entryId) ? 'related' : undefined;
    if (relation) ranked.push({ ...passage, relation });
  }
  ranked.sort(
    (a, b) =>
      (a.relation === b.relation ? 0 : a.relation === 'same' ? -1 : 1) ||
      b.time - a.time ||
      a.url.localeCompare(b.url) ||
      (a.id ?? 0) - (b.id ?? 0),
  );
  const pages = new Set<string>();
  const result: RelatedPassage[] = [];
  for (const passage of ranked) {
    if (pages.has(passage.url)) continue;
    pages.add(passage.url);
    result.push(passage);
    if (result.length >= (query.limit ?? DEFAULT_RELATED_LIMIT)) break;
  }
  return result;
}
