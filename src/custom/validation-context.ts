/**
 * Loads what checking a phrase needs in the options page, once: compromise
 * for inflections, the built-in entries expanded for the duplicate check (a
 * second or two of compromise, done in slices), and the common words (see
 * common-words.ts). The lexicon and the word list are chunks of their
 * own, loaded on first use.
 */
import { compromiseInflector } from '../core/inflect';
import { loadCommonWords } from './common-words';
import { buildPhraseIndex } from './duplicates';
import type { ImportContext } from '../storage/settings-file-apply';

export async function loadValidationContext(): Promise<ImportContext> {
  const [{ lexicon }, common] = await Promise.all([import('../lexicon/index'), loadCommonWords()]);
  return { inflector: compromiseInflector, builtin: await buildPhraseIndex(lexicon, compromiseInflector), common };
}
