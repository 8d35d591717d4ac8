import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldWords } from './chars';
import { compileLexicon, patternPhrases } from './compile';
import { compromiseInflector } from './inflect';
import { Matcher } from './matcher';
import { hangulSpacings, isHangulWord, PARTICLES, PARTICLES_BY_LAST } from './segment';
import { entry } from '../../tests/support/test-lexicon';

const matcher = new Matcher(
  compileLexicon(
    [
      entry('juche-idea', ['주체사상']),
      entry('respected-kim', ['경애하는 김정은 동지']),
      entry('workers-party', ['조선 로동당']),
      entry('win-win', ['坚持合作共赢', '合作共赢']),
      entry('taiwan-independence', ['台独']),
      entry('china', ['中国']),
      entry('collective-west', ['коллективный~a запад~n'], { sources: ['rus'] }),
      entry('kiev-regime', ['kiev regime', 'киевский~a режим~n'], { sources: ['rus'] }),
      entry('cooperation', ['win-win cooperation']),
    ],
    { inflector: compromiseInflector, version: 'test' },
  ),
);

/** The matched text of every hit, with its entry id. */
function found(text: string): string[] {
  return matcher.scan(text).hits.map((h) => `${matcher.entries[h.entry].id}:${text.slice(h.start, h.end)}`);
}

describe('Han: one character per token', () => {
  test('a pattern folds to one word per character', () => {
    expect(foldWords('坚持合作共赢')).toEqual(['坚', '持', '合', '作', '共', '赢']);
    expect(foldWords('G20峰会')).toEqual(['g20', '峰', '会']);
  });

  test('a formula is found inside a run of characters with no spaces', () => {
    expect(found('我们要坚持合作共赢的原则。')).toEqual(['win-win:坚持合作共赢']);
    expect(found('中美合作共赢')).toEqual(['win-win:合作共赢']);
  });

  test('punctuation ends a phrase; a space between characters does not', () => {
    expect(found('坚持合作，共赢')).toEqual([]);
    expect(found('坚持 合作共赢')).toEqual(['win-win:坚持 合作共赢']);
  });

  test('Han next to Latin letters and digits splits without a space', () => {
    expect(found('2024中国GDP')).toEqual(['china:中国']);
    expect(found('中国win-win cooperation')).toEqual(['china:中国', 'cooperation:win-win cooperation']);
  });
});

describe('Hangul: 어절 with their particles', () => {
  test('a particle or ending after the noun still matches, and the hit covers the noun', () => {
    for (const form of ['주체사상을', '주체사상의', '주체사상은', '주체사상이다', '주체사상으로']) {
      expect(found(`우리는 ${form} 지킨다`)).toEqual(['juche-idea:주체사상']);
    }
  });

  test('a pattern word never matches inside another word', () => {
    const inner = new Matcher(compileLexicon([entry('idea', ['사상'])], { inflector: compromiseInflector, version: 't' }));
    expect(inner.scan('주체사상을 지킨다').hits).toEqual([]);
    expect(inner.scan('사상을 지킨다').hits).toHaveLength(1);
  });

  test('North and South spacing: with or without the space inside the formula', () => {
    expect(found('경애하는 김정은동지께서 말씀하시였다')).toEqual(['respected-kim:경애하는 김정은동지']);
    expect(found('경애하는 김정은 동지께서 말씀하셨다')).toEqual(['respected-kim:경애하는 김정은 동지']);
    expect(found('조선로동당의 로선')).toEqual(['workers-party:조선로동당']);
    expect(found('조선노동당 대회')).toEqual(['workers-party:조선노동당']);
  });

  test('hangulSpacings joins adjacent Korean words in every way, other words stay', () => {
    expect(hangulSpacings(['김정은', '동지'])).toEqual([['김정은', '동지'], ['김정은동지']]);
    expect(hangulSpacings(['a', '김정은'])).toEqual([['a', '김정은']]);
    expect(hangulSpacings(['가', '나', '다'])).toHaveLength(4);
    expect(patternPhrases('경애하는 김정은 동지', compromiseInflector)).toContainEqual(['경애하는김정은동지']);
  });

  test('particles are folded like page text and listed longest first', () => {
    expect(PARTICLES).toContain('으노'); // 으로, folded as the North's 로동 is
    for (let i = 1; i < PARTICLES.length; i++) expect(PARTICLES[i].length).toBeLessThanOrEqual(PARTICLES[i - 1].length);
    expect(PARTICLES.every(isHangulWord)).toBe(true);
  });
});

describe('Cyrillic: words at spaces, Russian inflection', () => {
  test('every case of a noun phrase matches', () => {
    const text = 'Против коллективного Запада. Коллективному Западу. О коллективном Западе. Коллективный Запад!';
    expect(found(text)).toEqual([
      'collective-west:коллективного Запада',
      'collective-west:Коллективному Западу',
      'collective-west:коллективном Западе',
      'collective-west:Коллективный Запад',
    ]);
  });

  test('ё reads as е, and Latin look-alikes inside a Cyrillic word fold to Cyrillic', () => {
    expect(foldWords('ёлка')).toEqual(['елка']);
    expect(found('кoллективный запад')).toEqual(['collective-west:кoллективный запад']); // a Latin o
    expect(found('киевского режима')).toEqual(['kiev-regime:киевского режима']);
  });
});

describe('offsets stay exact across scripts', () => {
  const pieces = fc.constantFrom('주체사상을', '坚持合作共赢', '臺獨', '中国', 'коллективного Запада', 'Кiev regime', '😀', 'e\u0301', '\u{20000}', ' ', '，', '。', '「', '」', '\u00ad', 'x', '김정은동지께서', '경애하는 ');
  test('every hit spans text that reads as its pattern', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const hit of matcher.scan(text).hits) {
          expect(hit.start).toBeGreaterThanOrEqual(0);
          expect(hit.end).toBeLessThanOrEqual(text.length);
          expect(hit.start).toBeLessThan(hit.end);
          // Never inside a surrogate pair.
          const high = (i: number) => { const c = text.charCodeAt(i); return c >= 0xd800 && c <= 0xdbff; };
          expect(high(hit.start - 1)).toBe(false);
          expect(high(hit.end - 1)).toBe(false);
          // The matched text, scanned alone, is the same hit.
          const alone = found(text.slice(hit.start, hit.end));
          expect(alone).toContain(`${matcher.entries[hit.entry].id}:${text.slice(hit.start, hit.end)}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('particles by their last syllable', () => {
  test('hold every particle once, under its last unit, longest first', () => {
    const listed = [...PARTICLES_BY_LAST.values()].flat();
    expect([...listed].sort()).toEqual([...PARTICLES].sort());
    for (const [last, list] of PARTICLES_BY_LAST) {
      expect(list.every((p) => p.charCodeAt(p.length - 1) === last)).toBe(true);
      for (let i = 1; i < list.length; i++) expect(list[i].length).toBeLessThanOrEqual(list[i - 1].length);
    }
  });
});
