import { describe, expect, test } from 'vitest';
import { headline, listOf, splitByFamily, splitCounts } from './families-present';
import { makeStyle } from './style';

const SOURCES: Record<string, string[]> = { juche: ['kcna'], 'us-imperialists': ['kcna'], 'smear-china': ['prc'], 'double-standards': ['kcna', 'prc', 'rus'], hegemonism: ['prc', 'kcna'] };
const sourcesOf = (id: string) => SOURCES[id];
const plain = makeStyle(false);
const summary = (byEntry: Record<string, number>, own: number) => ({ hits: Object.values(byEntry).reduce((a, b) => a + b, 0), words: 100, byVoice: { own } });

describe('the families present in the hits', () => {
  test("a KCNA text with shared formulas is headed by KCNA alone, the shared counted apart", () => {
    const byEntry = { juche: 2, 'us-imperialists': 1, 'double-standards': 1, hegemonism: 1 };
    const split = splitByFamily(byEntry, sourcesOf);
    expect(split).toEqual({ own: [['kcna', 3]], shared: 2 });
    expect(headline(summary(byEntry, 4), split, plain)).toBe("5 phrases typical of KCNA (2 of them formulas other state media use too), 4 in the text's own voice");
    expect(splitCounts(split, plain)).toBe('KCNA 3, shared by several 2');
  });

  test('two families: the one with more hits first', () => {
    const byEntry = { juche: 1, 'smear-china': 3 };
    const split = splitByFamily(byEntry, sourcesOf);
    expect(split.own).toEqual([['prc', 3], ['kcna', 1]]);
    expect(headline(summary(byEntry, 4), split, plain)).toBe("4 phrases typical of PRC state media and KCNA, 4 in the text's own voice");
  });

  test('only shared formulas name no family', () => {
    const byEntry = { 'double-standards': 1 };
    const split = splitByFamily(byEntry, sourcesOf);
    expect(headline(summary(byEntry, 0), split, plain)).toBe("1 phrase that several state media use, 0 in the text's own voice");
  });

  test('no hits', () => {
    expect(headline({ hits: 0, words: 1234, byVoice: { own: 0 } }, { own: [], shared: 0 }, plain)).toBe('No state-media phrasing found in 1,234 words');
  });

  test('the built-in lexicon is the default: a shared entry is shared', () => {
    expect(splitByFamily({ 'double-standards': 2, juche: 1 })).toEqual({ own: [['kcna', 1]], shared: 2 });
  });

  test('listOf', () => {
    expect([listOf([]), listOf(['A']), listOf(['A', 'B']), listOf(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
  });
});
