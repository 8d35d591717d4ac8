/**
 * Archives for the batch tests, generated in a temporary folder: documents of
 * neutral filler with a known number of known phrases. The phrases are taken
 * from the lexicon's own examples, so the tests follow the lexicon as it grows.
 * Not shipped.
 */
import { lexicon } from '../../src/lexicon/index';
import { getMatcher } from '../../src/engine/scan-text';

export interface KnownSentence {
  id: string;
  /** The entry's canonical phrase, as human output names it. */
  phrase: string;
  sentence: string;
}

const FILLER = [
  'The weather stayed mild for most of the week.',
  'Traffic on the ring road moved slowly after the rain.',
  'The library extended its opening hours for the exam season.',
  'A new bakery opened near the station on Monday.',
  'Farmers expect an average harvest this autumn.',
  'The museum showed a collection of old maps and globes.',
];

/** Filler of about `words` words, varied by `seed`. */
export function filler(words: number, seed: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = seed; count < words; i++) {
    const s = FILLER[i % FILLER.length];
    out.push(s);
    count += s.split(' ').length;
  }
  return out.join(' ');
}

/**
 * `count` signature-tier example sentences that each produce exactly one hit,
 * of their own entry, alone and between filler sentences.
 */
export async function knownSentences(count: number): Promise<KnownSentence[]> {
  const matcher = await getMatcher();
  const found: KnownSentence[] = [];
  for (const entry of lexicon) {
    if (entry.tier !== 'signature') continue;
    const index = matcher.entries.findIndex((e) => e.id === entry.id);
    if (index < 0) continue;
    for (const sentence of entry.examples.match) {
      if (/["“”«»]/.test(sentence)) continue; // keep CSV and voice simple
      const padded = `${filler(20, 1)} ${sentence} ${filler(20, 2)}`;
      const hits = matcher.scan(padded).hits;
      if (hits.length === 1 && hits[0].entry === index && matcher.scan(filler(40, 3)).hits.length === 0) {
        found.push({ id: entry.id, phrase: entry.phrase, sentence });
        break;
      }
    }
    if (found.length === count) return found;
  }
  throw new Error(`the lexicon has only ${found.length} usable example sentences`);
}
