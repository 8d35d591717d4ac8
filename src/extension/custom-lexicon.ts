/**
 * The user's phrases compiled, in `local:customLexicon`: what the content
 * script scans with its second matcher. Written only by the options page
 * (custom-compile.ts); `null` when the user has no phrases. This module
 * imports no compiler, so the content script may use it.
 */
import { storage } from 'wxt/utils/storage';
import { COMPILED_FORMAT, deserializeLexicon, type CompiledLexicon, type SerializedLexicon } from '../core/compiled';

export const customLexiconItem = storage.defineItem<SerializedLexicon | null>('local:customLexicon', {
  fallback: null,
  version: 1,
  migrations: {},
});

/**
 * The stored custom lexicon, ready for `new Matcher(…)`, or null when there is
 * none or it cannot be used (written by another compiler format, or damaged:
 * the options page recompiles it from the phrases when it next opens).
 */
export function decodeCustomLexicon(value: unknown): CompiledLexicon | null {
  const data = value as SerializedLexicon | null;
  if (!data || typeof data !== 'object' || data.format !== COMPILED_FORMAT || !Array.isArray(data.entries) || data.entries.length === 0) return null;
  try {
    return deserializeLexicon(data);
  } catch (error) {
    console.warn('Rhetoric Lens: the compiled custom phrases cannot be read; open the options page to rebuild them', error);
    return null;
  }
}

export async function readCustomLexicon(): Promise<CompiledLexicon | null> {
  return decodeCustomLexicon(await customLexiconItem.getValue());
}

/** Calls `callback` with the decoded lexicon (or null) whenever the user's phrases change. Returns the unwatch function. */
export function watchCustomLexicon(callback: (lexicon: CompiledLexicon | null) => void): () => void {
  return customLexiconItem.watch((value) => callback(decodeCustomLexicon(value)));
}
