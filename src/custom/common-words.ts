/**
 * The rule for single-word phrases, the same as the built-in lexicon's test
 * (src/lexicon/lexicon.test.ts): a one-word pattern may not be one of the
 * 20,000 most frequent words of spoken English (SUBTLEX). The build puts
 * just those words in a chunk of their own (see commonWordsPlugin in
 * wxt.config.ts; the whole package bundles to 2.3 MB), loaded on first use.
 */

/** How many of the most frequent words count as common. */
export const COMMON_WORD_COUNT = 20_000;

let pending: Promise<ReadonlySet<string>> | undefined;

export function loadCommonWords(): Promise<ReadonlySet<string>> {
  pending ??= import('virtual:rhetoric-lens/common-words').then((module) => new Set(module.default.split('\n')));
  // A failed load (a damaged install) must not make every later check fail for good.
  pending.catch(() => (pending = undefined));
  return pending;
}

/** Whether a folded word sequence is a single common word, a trailing possessive ignored. */
export function isCommonSingleWord(words: readonly string[], common: ReadonlySet<string>): boolean {
  return words.length === 1 && common.has(words[0].replace(/'s?$/, ''));
}
