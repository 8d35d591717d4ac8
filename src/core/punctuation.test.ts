/**
 * The punctuation tokens `,` and `"`: an optional enumeration comma or
 * quotation mark inside a formula, never a way out of a sentence or a quotation.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { patternPhrases } from './compile';
import { expandPattern, PatternError } from './pattern';
import { entry, simpleInflector, testEntries, testMatcher } from '../../tests/support/test-lexicon';

const punctuated = [
  ...testEntries,
  entry('two-systems', ['one country , two systems']),
  entry('five-values', ['peace , development , fairness (and|) justice']),
  entry('so-called-rights', ['so called " human rights "']),
  entry('rights-hegemony', ['human rights hegemony']),
];
const matcher = testMatcher(punctuated);

function found(text: string): [string, string][] {
  return matcher.scan(text).hits.map((h) => [matcher.entries[h.entry].id, text.slice(h.start, h.end)]);
}

describe('the pattern syntax', () => {
  test('a standalone comma or quotation mark is optional', () => {
    expect(expandPattern('one country , two systems', simpleInflector).sort()).toEqual(['one country , two systems', 'one country two systems']);
    expect(patternPhrases('so called " human rights "', simpleInflector).sort()).toEqual([
      ['so', 'called', '"', 'human', 'rights', '"'],
      ['so', 'called', 'human', 'rights'],
    ]);
  });

  test.each([
    ['one country, two systems', /stands alone/],
    ['so called "human rights"', /stands alone/],
    [', one country', /between two words/],
    ['one country ,', /between two words/],
    ['so called " human rights', /in pairs/],
    ['one , " two "', /in a row/],
    ['" , "', /needs a word/],
  ])('rejects %j', (pattern, message) => {
    expect(() => expandPattern(pattern, simpleInflector)).toThrow(PatternError);
    expect(() => expandPattern(pattern, simpleInflector)).toThrow(message);
  });
});

describe('enumeration commas', () => {
  test.each([
    ['They upheld one country, two systems.', 'one country, two systems'],
    ['They upheld one country two systems.', 'one country two systems'],
    ['They upheld one-country, two-systems.', 'one-country, two-systems'],
    ['They upheld one country，two systems.', 'one country，two systems'],
    ['Values of peace, development, fairness and justice.', 'peace, development, fairness and justice'],
    ['Values of peace development fairness justice.', 'peace development fairness justice'],
  ])('%s', (text, match) => {
    expect(found(text).map(([, m]) => m)).toEqual([match]);
  });

  test.each([
    ['one country. Two systems'],
    ['one country; two systems'],
    ['one country,, two systems'],
    ['one country, "two systems"'],
    ['one country\n\ntwo systems'],
  ])('%j does not match', (text) => {
    expect(found(text)).toEqual([]);
  });

  test('a comma still ends a phrase whose pattern has none', () => {
    const text = 'They blamed the puppet, regime loyalists said.';
    expect(found(text)).toEqual([]);
  });
});

describe('quotation marks', () => {
  test.each([
    ['the so-called "human rights" issue', 'so-called "human rights"'],
    ['the so-called “human rights” issue', 'so-called “human rights”'],
    ['the so-called ‘human rights’ issue', 'so-called ‘human rights’'],
    ["the so-called 'human rights' issue", "so-called 'human rights'"],
    ['the so-called «human rights» issue', 'so-called «human rights»'],
    ['the so-called „human rights“ issue', 'so-called „human rights“'],
    ['the so-called 「human rights」 issue', 'so-called 「human rights」'],
    ['the so-called human rights issue', 'so-called human rights'],
  ])('%s', (text, match) => {
    expect(found(text).map(([, m]) => m)).toEqual([match]);
  });

  test('a match never leaves a quotation: an opening mark needs its closing one inside the match', () => {
    expect(found('the so-called “human rights abuses” issue')).toEqual([]);
    expect(found('the so-called "human rights abuses" issue')).toEqual([]);
  });

  test('a closing mark without its opener is not part of a match', () => {
    expect(found('“It was so-called” human rights” he said')).toEqual([]);
    // Inside a quotation, the form without marks is found.
    expect(found('He called it “so-called human rights” then')).toEqual([['so-called-rights', 'so-called human rights']]);
    // A pattern without the token never walks through a mark.
    expect(found('they spoke of “human rights” hegemony')).toEqual([]);
    expect(found('they spoke of ‘human rights’ hegemony')).toEqual([]);
  });

  test('a match inside a quotation is found', () => {
    expect(found('He said “human rights hegemony” twice.')).toEqual([['rights-hegemony', 'human rights hegemony']]);
  });

  test('possessives still read as possessives', () => {
    expect(found('They act under others’ baton.')).toEqual([['under-another-baton', 'act under others’ baton']]);
  });

  test('a final apostrophe closes an open single quotation', () => {
    expect(found('the so-called ‘human rights’ hegemony')).toEqual([['so-called-rights', 'so-called ‘human rights’']]);
  });
});

describe('properties', () => {
  const pieces = fc.oneof(
    fc.constantFrom('so-called', 'human rights', 'one country', 'two systems', 'peace', 'development', 'fairness and justice', 'hegemony'),
    fc.constantFrom(' ', ', ', '. ', '"', '“', '”', '‘', '’', "'", '«', '»', '\n\n', '\u2029'),
  );
  const texts = fc.array(pieces, { maxLength: 24 }).map((parts) => parts.join(''));
  const opens = (ch: string, before: string) => '«„「『'.includes(ch) || (!'»」』'.includes(ch) && (before === '' || /[\s\u2029]/.test(before)));

  test('no hit crosses a sentence end or a paragraph, and quotation marks inside a hit pair up', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const hit of matcher.scan(text).hits) {
          const inner = text.slice(hit.start, hit.end);
          expect(inner).not.toMatch(/[.\u2029]|\n\n/);
          let depth = 0;
          for (let i = hit.start; i < hit.end; i++) {
            const ch = text[i];
            if (!'"“”‘’\'«»'.includes(ch)) continue;
            if (/[’']/.test(ch) && /\p{L}/u.test(text[i - 1] ?? '') && i + 1 < hit.end) continue; // an apostrophe inside the match
            if (opens(ch, text[i - 1] ?? '')) depth++;
            else depth--;
            expect(depth).toBeGreaterThanOrEqual(0);
          }
          expect(depth).toBe(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});
