import { describe, expect, test } from 'vitest';
import { differsFromPhrase, formsLine, matchLine, originalLanguage, otherForms } from './card-text';

describe('the words on the page beside the entry’s phrase', () => {
  test('case, hyphens, spacing, apostrophes and quotation marks are the same words', () => {
    expect(differsFromPhrase('Win Win', 'win-win')).toBe(false);
    expect(differsFromPhrase('so-called ‘human rights’', 'so-called human rights')).toBe(false);
    expect(differsFromPhrase("people’s", "people's")).toBe(false);
    expect(matchLine('THE COLLECTIVE WEST', 'the collective West')).toBe('');
  });

  test('other words are shown beside the phrase', () => {
    expect(differsFromPhrase('ruling and governed nation', 'high and low country')).toBe(true);
    expect(matchLine(' ruling and governed nation ', 'high and low country')).toBe('On this page: “ruling and governed nation”');
  });

  test('the popup lists each other form once, in order, at most three', () => {
    const matches = ['Kiev regime', 'Kyiv regime', 'kyiv-regime', 'Kiev regimes', 'Kyiv regime’s', 'Kiev junta'];
    expect(otherForms(matches, 'Kiev regime')).toEqual(['Kyiv regime', 'Kiev regimes', 'Kyiv regime’s']);
    expect(formsLine(['Kiev regime'], 'Kiev regime')).toBe('');
    expect(formsLine(['Kyiv regime'], 'Kiev regime')).toBe('On this page as “Kyiv regime”');
  });
});

describe('words in Korean, Chinese and Russian', () => {
  test.each([
    ['주체사상을', 'ko'],
    ['坚持合作共赢', 'zh'],
    ['臺獨', 'zh'],
    ['коллективного Запада', 'ru'],
    ['the collective West', undefined],
    ['Kiev (Киев)', 'ru'],
  ])('%s is in %s', (text, code) => {
    expect(originalLanguage(text)?.code).toBe(code);
  });

  test('the card names the language, and the English phrase above is the gloss', () => {
    expect(matchLine('坚持合作共赢', 'win-win cooperation')).toBe('On this page, in Chinese: “坚持合作共赢”');
    expect(matchLine('주체사상의', 'Juche idea')).toBe('On this page, in Korean: “주체사상의”');
    expect(formsLine(['collective West', 'коллективного Запада', 'collective West’s'], 'collective West')).toBe('On this page as “коллективного Запада” (Russian), “collective West’s”');
  });
});
