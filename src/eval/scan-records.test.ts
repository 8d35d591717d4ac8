import { describe, expect, test } from 'vitest';
import type { Matcher } from '../core/matcher';
import { scanTakesContext, sentenceOf, visibleCharacters } from './scan-records';

// Stand-ins with the two shapes `scan` can have; only the method's own form is read.
const oldShape = {
  scan(text: string) {
    return { hits: [], words: text.length };
  },
} as unknown as Matcher;
const newShape = {
  scan(text: string, context?: { url?: string }) {
    return { hits: [], words: context ? 1 : text.length };
  },
} as unknown as Matcher;
const defaulted = {
  scan(text: string, context: { url?: string } = {}) {
    return { hits: [], words: context.url ? 1 : text.length };
  },
} as unknown as Matcher;

describe('scanTakesContext', () => {
  test.each([
    ['scan(text)', oldShape, false],
    ['scan(text, context?)', newShape, true],
    ['scan(text, context = {})', defaulted, true],
  ])('%s → %s', (_name, matcher, expected) => {
    expect(scanTakesContext(matcher)).toBe(expected);
  });
});

describe('visibleCharacters', () => {
  test.each([
    ['合作 共赢', 4],
    ['a b\n\tc', 3],
    ['𠀀x', 2], // one character outside the BMP counts once
    ['\u3000中\u00a0', 1],
    ['', 0],
  ])('%j has %i', (text, expected) => {
    expect(visibleCharacters(text)).toBe(expected);
  });
});

describe('sentenceOf', () => {
  test('one line, cut with an ellipsis', () => {
    const text = 'First.  A  second\nsentence here. Third.';
    const hit = { entry: 0, start: 10, end: 16, sentence: { start: 8, end: 32 }, voice: 'own' as const };
    expect(sentenceOf(text, hit)).toBe('A second sentence here.');
    expect(sentenceOf(text, hit, 10)).toBe('A second …');
  });
});
