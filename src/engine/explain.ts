/** Which lexicon entries a query names: an id, or a text that holds them ("the Juche idea"). */
import type { LexiconEntry } from '../core/types';
import { FAMILIES } from '../lexicon/families';
import { lexicon } from '../lexicon/index';
import { getMatcher } from './scan-text';

/** Words only, lower case: how a query is compared with an entry's canonical phrase. */
const bareWords = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The entries the matcher finds in `text`, in order of their first hit, each once. */
async function entriesIn(text: string): Promise<LexiconEntry[]> {
  const m = await getMatcher();
  // The text alone first; then as if on each family's own site, where common phrasing needs no marker nearby.
  const contexts = [undefined, ...FAMILIES.map((f) => ({ url: `https://${f.hosts[0]}/` }))];
  for (const context of contexts) {
    const ids = [...new Set(m.scan(text, context).hits.map((h) => m.entries[h.entry].id))];
    if (ids.length > 0) return ids.map((id) => lexicon.find((e) => e.id === id)!).filter(Boolean);
  }
  return [];
}

/**
 * The entries a query names: an entry id; else whatever `scan` would match in
 * it (on its own, or on a state outlet's site); else the same without
 * possessive endings ("the collective West's" → "the collective West"); else
 * an entry whose canonical phrase it is, word for word. Empty when nothing fits.
 */
export async function findEntries(query: string): Promise<LexiconEntry[]> {
  const byId = lexicon.find((e) => e.id === query.trim());
  if (byId) return [byId];
  const found = await entriesIn(query);
  if (found.length > 0) return found;
  const withoutPossessives = query.replace(/(\p{L})['’ʼ]s\b/gu, '$1').replace(/(\p{L}s)['’ʼ](?!\p{L})/gu, '$1');
  if (withoutPossessives !== query) {
    const again = await entriesIn(withoutPossessives);
    if (again.length > 0) return again;
  }
  const words = bareWords(query);
  return words ? lexicon.filter((e) => bareWords(e.phrase) === words) : [];
}

/** The first entry a query names (see findEntries), or undefined. */
export async function findEntry(query: string): Promise<LexiconEntry | undefined> {
  return (await findEntries(query))[0];
}
