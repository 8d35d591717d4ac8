import { describe, expect, test } from 'vitest';
import { FAMILIES } from '../lexicon/families';
import { ansi256, makeStyle, wantsColor } from './style';

describe('wantsColor', () => {
  test.each([
    [true, {}, false, true],
    [true, { NO_COLOR: '' }, false, true], // NO_COLOR counts only when non-empty
    [true, { NO_COLOR: '1' }, false, false],
    [true, { NO_COLOR: 'no' }, false, false],
    [true, {}, true, false],
    [false, {}, false, false],
  ])('isTTY %s, env %j, --no-color %s → %s', (tty, env, flag, expected) => {
    expect(wantsColor(tty, env, flag)).toBe(expected);
  });
});

describe('makeStyle', () => {
  test('without colour: no escape code, the match in brackets, names for families and techniques', () => {
    const plain = makeStyle(false);
    expect(plain.match('dance to the tune', ['kcna'])).toBe('[dance to the tune]');
    expect(plain.strong('x') + plain.dim('y')).toBe('xy');
    expect(plain.families(['kcna', 'prc', 'rus'])).toBe('KCNA, PRC state media, Russian state media');
    expect(plain.techniques(['appeal-to-values', 'name-calling', 'exaggeration-minimisation'])).toBe('Appeal to values, Name calling, Exaggeration or minimisation');
  });

  test("with colour: each family's name and its matches in the colour of its swatch", () => {
    const styled = makeStyle(true);
    for (const family of FAMILIES) {
      const code = ansi256(family.swatches.standard.rgb);
      expect(styled.family(family.id)).toBe(`\x1b[38;5;${code}m${family.name}\x1b[0m`);
      expect(styled.match('words', [family.id])).toBe(`\x1b[1;4;38;5;${code}mwords\x1b[0m`);
    }
    expect(styled.match('words', ['kcna', 'rus'])).toBe('\x1b[1;4mwords\x1b[0m');
    expect(styled.strong('x')).toBe('\x1b[1mx\x1b[0m');
  });

  test('ansi256 maps onto the 6×6×6 cube', () => {
    expect(ansi256([0, 0, 0])).toBe(16);
    expect(ansi256([255, 255, 255])).toBe(231);
    expect(ansi256([255, 0, 0])).toBe(196);
  });
});
