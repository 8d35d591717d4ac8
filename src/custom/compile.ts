/**
 * Compiles the user's phrases with the build's own compiler and inflector,
 * in the options page (compromise is far too heavy for the content script),
 * and stores the phrases and their compiled form together.
 */
import { storage } from 'wxt/utils/storage';
import { compileLexicon } from '../core/compile';
import { COMPILED_FORMAT, serializeLexicon, type SerializedLexicon } from '../core/compiled';
import { hashWord } from '../core/hash';
import { compromiseInflector } from '../core/inflect';
import type { Inflector } from '../core/pattern';
import { customLexiconItem } from './lexicon';
import { customPhrasesItem, readCustomPhrases, toCompilable, type CustomPhrase } from './phrases';

/** Changes whenever anything the compiled form depends on changes: the phrases or the compiled format. */
export function customLexiconVersion(phrases: CustomPhrase[]): string {
  const compiled = phrases.map(toCompilable);
  return `custom.f${COMPILED_FORMAT}.${phrases.length}.${hashWord(JSON.stringify(compiled)).toString(16).padStart(8, '0')}`;
}

/** The compiled phrases, or null for none. Throws CompileError (naming the phrase's id) when one does not compile. */
export function compileCustomPhrases(phrases: CustomPhrase[], inflector: Inflector = compromiseInflector): SerializedLexicon | null {
  if (phrases.length === 0) return null;
  return serializeLexicon(compileLexicon(phrases.map(toCompilable), { inflector, version: customLexiconVersion(phrases) }));
}

/** The two items that a change of phrases writes, compiled first so that nothing is stored when compiling fails. */
export function customPhraseWrites(phrases: CustomPhrase[], inflector: Inflector = compromiseInflector) {
  const compiled = compileCustomPhrases(phrases, inflector);
  return [
    { key: customPhrasesItem.key, value: phrases },
    { key: customLexiconItem.key, value: compiled },
  ] as const;
}

/** Stores the phrases and their compiled form in one write. */
export async function saveCustomPhrases(phrases: CustomPhrase[], inflector: Inflector = compromiseInflector): Promise<void> {
  await storage.setItems([...customPhraseWrites(phrases, inflector)]);
}

/**
 * Recompiles when the stored compiled form is missing, damaged or out of date
 * (phrases repaired, or an update changed the compiled format). The options
 * page runs it on opening. Returns whether it rebuilt.
 */
export async function ensureCustomLexicon(inflector: Inflector = compromiseInflector): Promise<boolean> {
  const phrases = await readCustomPhrases();
  const stored = (await customLexiconItem.getValue()) as SerializedLexicon | null;
  const wanted = phrases.length === 0 ? null : customLexiconVersion(phrases);
  const current = stored && typeof stored === 'object' && stored.format === COMPILED_FORMAT ? stored.version : null;
  if (current === wanted) return false;
  await customLexiconItem.setValue(compileCustomPhrases(phrases, inflector));
  return true;
}
