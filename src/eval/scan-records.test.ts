import { describe, expect, test } from 'vitest';
import { sentenceOf, visibleCharacters } from './scan-records';

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
