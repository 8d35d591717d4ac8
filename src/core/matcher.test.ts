import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { deserializeLexicon, serializeLexicon } from './compiled';
import { compileLexicon } from './compile';
import { Matcher } from './matcher';
import { entry, simpleInflector, testContextMarkers, testEntries, testMatcher } from '../../tests/support/test-lexicon';

const matcher = testMatcher();

/** The matched texts and entry ids of a scan. */
function found(text: string): [string, string][] {
  return matcher.scan(text).hits.map((h) => [matcher.entries[h.entry].id, text.slice(h.start, h.end)]);
}

describe('normalization', () => {
  test.each([
    ['curly apostrophe', 'They act under another’s baton.', 'act under another’s baton'],
    ['straight apostrophe', "They act under another's baton.", "act under another's baton"],
    ['modifier letter apostrophe', 'They act under anotherʼs baton.', 'act under anotherʼs baton'],
    ['left single quote as apostrophe', 'They act under another‘s baton.', 'act under another‘s baton'],
    ['upper case', 'THE COLLECTIVE WEST decided.', 'THE COLLECTIVE WEST'],
    ['hyphen for space', 'the master-servant relations', 'master-servant relations'],
    ['space for hyphen', 'the master servant relations', 'master servant relations'],
    ['en dash in a compound', 'the master–servant relations', 'master–servant relations'],
    ['em dash in a compound', 'the master—servant relations', 'master—servant relations'],
    ['non-breaking hyphen', 'the master\u2011servant relations', 'master\u2011servant relations'],
    ['non-breaking space', 'the collective\u00a0West', 'the collective\u00a0West'],
    ['thin space', 'the collective\u2009West', 'the collective\u2009West'],
    ['line break inside the phrase', 'the collective\nWest', 'the collective\nWest'],
    ['soft hyphen inside a word', 'the collec\u00adtive West', 'the collec\u00adtive West'],
    ['zero-width space inside a word', 'the collec\u200btive West', 'the collec\u200btive West'],
    ['zero-width joiner inside a word', 'the Ju\u200dche idea', 'Ju\u200dche idea'],
    ['bidirectional mark inside a word', 'the \u200eJuche\u200f idea', 'Juche\u200f idea'],
    ['fullwidth letters (compatibility form)', 'the ＪＵＣＨＥ idea', 'ＪＵＣＨＥ idea'],
    ['combining accent', 'the Juche\u0301 idea', 'Juche\u0301 idea'],
    ['precomposed accent', 'the Juché idea', 'Juché idea'],
  ])('%s', (_name, text, match) => {
    expect(found(text).map(([, m]) => m)).toEqual([match]);
  });
});

describe('word boundaries and inflection', () => {
  test.each([
    ['dances to the tune of others', 'dance-to-the-tune'],
    ['danced to the tune of others', 'dance-to-the-tune'],
    ['dancing to the tune of others', 'dance-to-the-tune'],
    ['the puppet regimes', 'puppet-regime'],
    ["the puppet regime's army", 'puppet-regime'],
    ['the Kyiv regime', 'kiev-regime'],
    ['the Kiev regimes', 'kiev-regime'],
  ])('"%s" is %s', (text, id) => {
    expect(found(text).map(([i]) => i)).toEqual([id]);
  });

  test.each([['the puppeteer regime'], ['puppet regimen'], ['the collective Westminster'], ['danceable to the tune of others'], ['juchee']])(
    '"%s" matches nothing',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  test('a possessive that is really a closing quote still matches', () => {
    expect(found("He spoke of 'the Juche idea'.")).toEqual([['juche', 'Juche idea']]);
  });

  test('a closing quote after a possessive: only the quote is left out of the match', () => {
    const text = "the others'\u2018 voice";
    const [hit] = testMatcher([entry('others', ["others'"])]).scan(text).hits;
    expect(text.slice(hit.start, hit.end)).toBe("others'");
  });
});

test('a lexicon compiled without the word filter (stored by an older version) finds the same hits', () => {
  const lexicon = compileLexicon(testEntries, { inflector: simpleInflector, version: 'test', contextMarkers: testContextMarkers });
  const text = 'They dance to the tune of others under another’s baton; a puppet regime.';
  const { wordFilter: _shipped, ...tables } = lexicon.tables;
  expect(new Matcher({ ...lexicon, tables }).scan(text).hits).toEqual(new Matcher(lexicon).scan(text).hits);
  expect(new Matcher(lexicon).scan(text).hits.length).toBeGreaterThan(1);
});

describe('punctuation breaks phrases', () => {
  test.each([['the collective. West'], ['the collective, West'], ['the collective (West)'], ['puppet “regime”'], ['puppet 🙂 regime']])('"%s"', (text) => {
    expect(found(text).filter(([id]) => id !== 'juche')).toEqual([]);
  });
});

describe('overlaps, guards and context', () => {
  test('the longest match wins', () => {
    expect(found('Juche idea')).toEqual([['juche', 'Juche idea']]);
    expect(found('They condemned interference in the internal affairs of China.')).toEqual([
      ['internal-affairs', 'interference in the internal affairs'],
    ]);
  });

  test('a guard suppresses a hit it overlaps', () => {
    expect(found('The Russian Ministry of Internal Affairs said so.')).toEqual([]);
    expect(found('Beijing called it a win-win deal for workers.')).toEqual([]);
  });

  test('a common entry needs its context nearby', () => {
    expect(found('The union called it a win-win for everyone.')).toEqual([]);
    expect(found('Beijing called it a win-win for everyone.')).toEqual([['win-win', 'win-win']]);
  });

  test('context in another paragraph does not count', () => {
    expect(found('It was a win-win for everyone.\n\nBeijing was quiet.')).toEqual([]);
    expect(found('It was a win-win for everyone.\u2029Beijing was quiet.')).toEqual([]);
  });

  test('context far away in the same paragraph does not count', () => {
    const filler = ' The weather was mild and the talks went on.'.repeat(12);
    expect(found(`It was a win-win for everyone.${filler} Beijing was quiet.`)).toEqual([]);
  });
});

describe('sentences and voice', () => {
  test('a hit carries its sentence', () => {
    const text = 'First sentence here. The collective West met again. Last one.';
    const [hit] = matcher.scan(text).hits;
    expect(text.slice(hit.sentence.start, hit.sentence.end)).toBe('The collective West met again.');
  });

  test('abbreviations do not end a sentence', () => {
    const text = 'Mr. Smith said the U.S. and the collective West agree.';
    const [hit] = matcher.scan(text).hits;
    expect(text.slice(hit.sentence.start, hit.sentence.end)).toBe(text);
  });

  test.each([
    ['The collective West is divided.', 'own'],
    ['He rejected what he called “the collective West”.', 'quoted'],
    ['Critics mocked "the collective West" in print.', 'quoted'],
    ['KCNA said the puppet regime was finished.', 'quoted'],
    ['The puppet regime is finished, the spokesperson said.', 'quoted'],
    ['According to TASS, the Kiev regime refused.', 'quoted'],
    ['The Kiev regime refused to talk.', 'own'],
  ])('"%s" is %s', (text, voice) => {
    expect(matcher.scan(text).hits.map((h) => h.voice)).toEqual([voice]);
  });
});

describe('the compiled form', () => {
  test('survives serialization', () => {
    const compiled = compileLexicon(testEntries, { inflector: simpleInflector, version: 'test', contextMarkers: testContextMarkers });
    const roundTrip = new Matcher(deserializeLexicon(JSON.parse(JSON.stringify(serializeLexicon(compiled)))));
    const text = 'They danced to the tune of others under another’s baton, like the puppet regimes.';
    expect(roundTrip.scan(text)).toEqual(matcher.scan(text));
  });

  test('counts words', () => {
    expect(matcher.scan('One two, three-four five’s.').words).toBe(5);
  });
});

describe('properties', () => {
  const phrases = ['the collective West', 'puppet regimes', 'Juche idea', 'danced to the tune of others', 'win-win', 'Beijing'];
  const pieces = fc.oneof(fc.constantFrom(...phrases), fc.string(), fc.constantFrom(' ', '. ', '\n', '\u00ad', '’', '"', '\u2029'));
  const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

  test('offsets slice the original text to the match and hits never overlap', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { hits } = matcher.scan(text);
        let lastEnd = -1;
        for (const hit of hits) {
          expect(hit.start).toBeGreaterThanOrEqual(lastEnd);
          expect(hit.end).toBeGreaterThan(hit.start);
          expect(hit.end).toBeLessThanOrEqual(text.length);
          expect(hit.sentence.start).toBeLessThanOrEqual(hit.start);
          expect(hit.sentence.end).toBeGreaterThanOrEqual(hit.end);
          // The slice is the phrase itself: it starts and ends with a word character.
          expect(text.slice(hit.start, hit.end)).toMatch(/^[\p{L}\p{N}][\s\S]*[\p{L}\p{N}'’\u0301]$|^[\p{L}\p{N}]$/u);
          lastEnd = hit.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  test('a phrase embedded in random text is found at its offset', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const text = `${before} the collective West ${after}`;
        const at = before.length + 1;
        const hit = matcher.scan(text).hits.find((h) => h.start <= at + 4 && h.end >= at + 19);
        expect(hit).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe('abbreviations with full stops', () => {
  const m = testMatcher([
    ...testEntries,
    {
      ...testEntries[0],
      id: 'us-imperialists',
      phrase: 'US imperialists',
      patterns: ['us imperialist~n', 'us and its vassal~n'],
    },
  ]);
  const ids = (text: string) => m.scan(text).hits.map((h) => [m.entries[h.entry].id, text.slice(h.start, h.end)]);

  test.each([
    ['the U.S. imperialists', 'U.S. imperialists'],
    ['the US imperialists', 'US imperialists'],
    ['the U.S. and its vassals', 'U.S. and its vassals'],
  ])('%s', (text, match) => {
    expect(ids(text)).toEqual([['us-imperialists', match]]);
  });

  test('an initial still ends a phrase', () => {
    expect(ids('J. imperialists')).toEqual([]);
  });

  test('a dotted abbreviation is one word', () => {
    expect(m.scan('The U.S.A. and the U.K. met.').words).toBe(6);
  });
});
