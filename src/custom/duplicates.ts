/**
 * Which built-in entry, if any, already stands for a word sequence exactly:
 * every pattern of every entry expanded with the same inflector the build
 * uses, keyed by its folded words. It reads the lexicon's source, not the
 * compiled tables, so it does not depend on how the automaton is packed. An
 * exact phrase counts whatever its tier: a `common` entry is a duplicate
 * even where the page would need context to show it.
 */
import { foldWords } from '../core/chars';
import { patternPhrases } from '../core/compile';
import type { Inflector } from '../core/pattern';
import type { LexiconEntry } from '../core/types';

export type IndexedEntry = Pick<LexiconEntry, 'id' | 'phrase' | 'patterns'>;
export type PhraseIndex = (words: readonly string[]) => IndexedEntry | undefined;

/** Builds the index, yielding to the page every `sliceMs` so that a large lexicon never freezes it. */
export async function buildPhraseIndex(entries: readonly IndexedEntry[], inflector: Inflector, sliceMs = 20): Promise<PhraseIndex> {
  const index = new Map<string, IndexedEntry>();
  let sliceStart = performance.now();
  for (const entry of entries) {
    addEntry(index, entry, inflector);
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  return (words) => index.get(words.join(' '));
}

export function buildPhraseIndexSync(entries: readonly IndexedEntry[], inflector: Inflector): PhraseIndex {
  const index = new Map<string, IndexedEntry>();
  for (const entry of entries) addEntry(index, entry, inflector);
  return (words) => index.get(words.join(' '));
}

function addEntry(index: Map<string, IndexedEntry>, entry: IndexedEntry, inflector: Inflector) {
  const own = foldWords(entry.phrase).join(' ');
  if (own !== '' && !index.has(own)) index.set(own, entry);
  for (const pattern of entry.patterns) {
    try {
      for (const words of patternPhrases(pattern, inflector)) {
        const key = words.join(' ');
        if (!index.has(key)) index.set(key, entry);
      }
    } catch {
      // A built-in pattern that does not compile is the lexicon test's to report; it cannot be duplicated.
    }
  }
}
