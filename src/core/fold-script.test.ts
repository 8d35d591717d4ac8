import { describe, expect, test } from 'vitest';
import { foldCode, foldWords } from './chars';
import { foldHangulSyllable, foldMixedScript, foldMixedWord } from './fold-script';
import { compileLexicon } from './compile';
import { compromiseInflector } from './inflect';
import { Matcher } from './matcher';
import { entry } from '../../tests/support/test-lexicon';

const fold = (s: string) => foldWords(s).join(' ');

describe('Korean: the North spelling folds to the South', () => {
  test('initial ㄹ and ㄴ by syllable arithmetic', () => {
    const pairs: [string, string][] = [['로', '노'], ['리', '이'], ['력', '역'], ['녀', '여'], ['량', '양'], ['론', '논'], ['료', '요'], ['뉴', '유']];
    for (const [north, south] of pairs) expect(String.fromCharCode(foldHangulSyllable(north.charCodeAt(0)))).toBe(south);
    expect(String.fromCharCode(foldHangulSyllable('노'.charCodeAt(0)))).toBe('노');
    expect(String.fromCharCode(foldHangulSyllable('가'.charCodeAt(0)))).toBe('가');
  });

  test('words of both spellings fold alike', () => {
    expect(fold('로동')).toBe(fold('노동'));
    expect(fold('리용')).toBe(fold('이용'));
    expect(fold('력사')).toBe(fold('역사'));
    expect(fold('조선로동당')).toBe(fold('조선노동당'));
    expect(fold('주체')).toBe('주체');
  });
});

describe('Chinese', () => {
  test('traditional characters fold to the simplified ones the patterns use', () => {
    expect(fold('臺獨')).toBe(fold('台独'));
    expect(fold('國')).toBe('国');
    expect(fold('堅持')).toBe(fold('坚持'));
  });

  test('full-width letters and digits fold to half-width', () => {
    expect(foldCode('Ａ'.charCodeAt(0))).toBe('a');
    expect(foldCode('２'.charCodeAt(0))).toBe('2');
    expect(fold('Ｇ２０')).toBe('g20');
  });
});

describe('look-alike letters of another script', () => {
  const lookalikes = new Matcher(
    compileLexicon([entry('collective-west', ['(the|) collective west']), entry('kiev-regime', ['kiev regime~n']), entry('special-operation', ['специальная военная операция'])], {
      inflector: compromiseInflector,
      version: 't',
    }),
  );
  const ids = (text: string) => lookalikes.scan(text).hits.map((h) => `${lookalikes.entries[h.entry].id}:${text.slice(h.start, h.end)}`);

  test('Cyrillic and Greek look-alikes inside a Latin word fold to Latin', () => {
    expect(ids('the c\u043ellective West')).toEqual(['collective-west:the c\u043ellective West']);
    expect(ids('the \u041aiev regime')).toEqual(['kiev-regime:\u041aiev regime']);
    expect(ids('the c\u03bfllective west')).toEqual(['collective-west:the c\u03bfllective west']); // Greek omicron
  });

  test('Latin look-alikes inside a Cyrillic word fold to Cyrillic', () => {
    expect(ids('специальная вoенная oперация')).toEqual(['special-operation:специальная вoенная oперация']);
  });

  test('a word in one script is left alone', () => {
    const units = Uint16Array.from('collective', (c) => c.charCodeAt(0));
    expect(foldMixedScript(units, units.length)).toBe(false);
    expect(foldMixedWord('запад')).toBe('запад');
    expect(foldMixedWord('kиев')).toBe('киев');
  });
});
