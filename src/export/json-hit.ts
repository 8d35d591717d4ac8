import type { EntryMeta } from '../core/compiled';
import type { Hit, Technique, Tier, Voice } from '../core/types';

/** One hit in the CLI's JSON schema, which is also the JSON export's. Offsets are UTF-16 code units. */
export interface JsonHit {
  id: string;
  phrase: string;
  match: string;
  start: number;
  end: number;
  sources: string[];
  techniques: Technique[];
  tier: Tier;
  voice: Voice;
  sentence: { start: number; end: number };
}

export function jsonHit(hit: Hit, entries: EntryMeta[], text: string): JsonHit {
  const entry = entries[hit.entry];
  return {
    id: entry.id,
    phrase: entry.phrase,
    match: text.slice(hit.start, hit.end),
    start: hit.start,
    end: hit.end,
    sources: [...entry.sources],
    techniques: [...entry.techniques],
    tier: entry.tier,
    voice: hit.voice,
    sentence: { ...hit.sentence },
  };
}
