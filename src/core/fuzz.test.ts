/**
 * Fuzzing the matcher: random lexicons (small entries compiled with the test
 * inflector) against random and hostile text. The matcher must never throw
 * or hang, its offsets must always be valid, every hit must be one of its
 * entry's phrases, and its cost must stay linear in the text's length, also
 * on text built to make it quadratic. The number of cases run is printed.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { foldWords } from './chars';
import { deserializeLexicon, serializeLexicon } from './compiled';
import { compileLexicon, patternPhrases } from './compile';
import { Matcher, type ScanResult } from './matcher';
import { simpleInflector, testContextMarkers, testEntries, testMatcher } from '../../tests/support/test-lexicon';
import type { LexiconEntry, Source } from './types';

/** Runs per property; `RL_FUZZ_RUNS=5000 npx vitest run src/core/fuzz.test.ts` for a longer session. */
const RUNS = Number(process.env.RL_FUZZ_RUNS ?? 1000);
/** One scan of a few kilobytes taking longer than this is a hang, not a slow machine. */
const SCAN_LIMIT_MS = 2000;

let casesRun = 0;
afterAll(() => {
  console.log(`fuzz: ${casesRun} generated cases run (${RUNS} per property)`);
});

// --- random lexicons -------------------------------------------------------

/** Pattern words: plain, hyphenated (two words), possessive, accented, digits, ligature, and words the texts also use. */
const WORDS = ['xa', 'xb', 'xc', 'xd', 'the', 'west', 'juche', 'regime', 'win-win', "others'", 'éclat', 'g7', 'ﬁx', 'co-op'];

const word = fc.constantFrom(...WORDS);
/** A pattern part: a word, an inflected word, or a group of alternatives (possibly empty). */
const part = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('xa', 'xb', 'regime', 'west', 'juche'), fc.constantFrom('~n', '~v')).map(([w, m]) => w + m) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `(${a}|${b})`) },
  { weight: 1, arbitrary: word.map((w) => `(${w}|)`) },
  { weight: 1, arbitrary: fc.tuple(word, word, word).map(([a, b, c]) => `(${a} ${b}|${c})`) },
);
/** A pattern always starts with a plain word, so no alternative leaves it empty. */
const pattern = fc.tuple(word, fc.array(part, { maxLength: 3 })).map(([first, rest]) => [first, ...rest].join(' '));

const SOURCES: Source[] = ['kcna', 'prc', 'rus'];

function randomEntry(index: number) {
  return fc
    .record({
      patterns: fc.array(pattern, { minLength: 1, maxLength: 3 }),
      guards: fc.array(pattern, { maxLength: 1 }),
      tier: fc.constantFrom('signature' as const, 'signature' as const, 'common' as const),
      sources: fc.subarray(SOURCES, { minLength: 1 }),
      context: fc.option(fc.array(pattern, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    })
    .map(({ patterns, guards, tier, sources, context }): LexiconEntry => {
      const entry: LexiconEntry = { ...testEntries[0], id: `fuzz-${index}`, phrase: patterns[0], patterns, guards, tier, sources };
      if (context) entry.context = context;
      return entry;
    });
}

const lexicons = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => randomEntry(i))));

function compiled(entries: LexiconEntry[]) {
  return compileLexicon(entries, { inflector: simpleInflector, version: 'fuzz', contextMarkers: testContextMarkers });
}

// --- random text -----------------------------------------------------------

/** Forms of the pattern words as pages write them, inflected and in every case. */
const TEXT_WORDS = ['xa', 'xas', "xa's", 'xaed', 'xaing', 'xb', 'xbs', 'xc', 'xd', 'the', 'west', 'West', 'juche', 'Juche', 'regime', 'regimes', 'win', 'win-win',
  'others', "others'", 'others’', 'éclat', 'ECLAT', 'e\u0301clat', 'g7', 'G7', 'fix', 'ﬁx', 'co', 'op', 'co-op'];
const MARKERS = ['Beijing', 'Moscow', 'Pyongyang', 'KCNA said', 'the spokesman said', 'U.S.', 'Mr.', 'e.g.'];
const SEPARATORS = [' ', ' ', ' ', '\n', '\n\n', '\t', '-', '\u2014', '\u00a0', '\u2009', '\r\n'];
const BREAKS = ['.', '. ', ', ', '"', '“', '”', '‘', '’', "'", '(', ')', '\u2029', '!', '? ', '。', '«', '»', ':'];
const INVISIBLE = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2066', '\u2069', '\ufeff', '\u0301', '\u034f'];
const ODD = ['🙂', '👩\u200d👩\u200d👧', '\ud800', '\udc00', '\u0000', '\ufffd', 'İ', 'ß', 'ǅ', '٣', '\u0663', '<img src=x onerror=alert(1)>', '{{constructor}}'];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TEXT_WORDS).chain((w) => fc.constantFrom(w, w.toUpperCase())) },
  { weight: 5, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const texts = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

// --- checks ----------------------------------------------------------------

function timedScan(matcher: Matcher, text: string): ScanResult {
  const started = performance.now();
  const result = matcher.scan(text);
  const ms = performance.now() - started;
  if (ms > SCAN_LIMIT_MS) throw new Error(`a scan of ${text.length} characters took ${Math.round(ms)} ms: ${JSON.stringify(text.slice(0, 200))}`);
  return result;
}

/** Offsets within the text, each hit inside its sentence, hits in order and apart. */
function expectValid(matcher: Matcher, text: string, result: ScanResult) {
  expect(Number.isInteger(result.words) && result.words >= 0).toBe(true);
  let lastEnd = 0;
  for (const hit of result.hits) {
    expect(hit.entry >= 0 && hit.entry < matcher.entries.length, `entry ${hit.entry}`).toBe(true);
    expect(hit.start, 'hits overlap or are out of order').toBeGreaterThanOrEqual(lastEnd);
    expect(hit.end).toBeGreaterThan(hit.start);
    expect(hit.end).toBeLessThanOrEqual(text.length);
    expect(hit.sentence.start).toBeGreaterThanOrEqual(0);
    expect(hit.sentence.start).toBeLessThanOrEqual(hit.start);
    expect(hit.sentence.end).toBeGreaterThanOrEqual(hit.end);
    expect(hit.sentence.end).toBeLessThanOrEqual(text.length);
    expect(['own', 'quoted']).toContain(hit.voice);
    // No phrase spans a paragraph: a block separator or a blank line.
    expect(text.slice(hit.start, hit.end)).not.toMatch(/\u2029|\n[\t\r ]*\n/);
    lastEnd = hit.end;
  }
}

/** Every phrase each entry stands for, folded, words joined by spaces. */
function phraseSets(entries: LexiconEntry[]): Set<string>[] {
  return entries.map((entry) => new Set(entry.patterns.flatMap((p) => patternPhrases(p, simpleInflector).map((words) => words.join(' ')))));
}

/**
 * Whether the text of a hit is one of its entry's phrases. The matcher reads
 * "U.S." as one word and takes "others’" as "others" followed by a closing
 * quote when only "others" is known, so the slice's words may carry a dot or
 * an apostrophe more than the phrase's.
 */
function isPhrase(slice: string, phrases: Set<string>): boolean {
  const words = foldWords(slice.replace(/\./g, ''));
  const variants = (w: string) => (w.endsWith("'") ? [w, w.slice(0, -1)] : [w]);
  let candidates = [''];
  for (const w of words) candidates = candidates.flatMap((prefix) => variants(w).map((v) => (prefix ? `${prefix} ${v}` : v)));
  return candidates.some((c) => phrases.has(c));
}

// --- properties ------------------------------------------------------------

describe('the matcher on random lexicons and random text', () => {
  test('never throws or hangs; offsets are valid; every hit is one of its entry\'s phrases', () => {
    fc.assert(
      fc.property(lexicons, texts, (entries, text) => {
        casesRun++;
        const matcher = new Matcher(compiled(entries));
        const result = timedScan(matcher, text);
        expectValid(matcher, text, result);
        const phrases = phraseSets(entries);
        for (const hit of result.hits) {
          const slice = text.slice(hit.start, hit.end);
          expect(isPhrase(slice, phrases[hit.entry]), `"${slice}" is no phrase of ${entries[hit.entry].id}: ${[...phrases[hit.entry]].join(' / ')}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('finds a signature phrase put between spaces anywhere in random text', () => {
    const cases = lexicons.chain((entries) =>
      fc.tuple(fc.constant(entries), fc.nat({ max: entries.length - 1 }), fc.nat(), texts, texts, fc.boolean()),
    );
    fc.assert(
      fc.property(cases, ([entries, index, pick, before, after, upper]) => {
        casesRun++;
        // Guards and context may rightly silence an entry: take it without them.
        const target: LexiconEntry = { ...entries[index], tier: 'signature', guards: [] };
        delete target.context;
        const lexicon = entries.map((e, i) => (i === index ? target : e));
        const phrases = target.patterns.flatMap((p) => patternPhrases(p, simpleInflector));
        const phrase = phrases[pick % phrases.length].join(' ');
        const inserted = upper ? phrase.toUpperCase() : phrase;
        const text = `${before} ${inserted} ${after}`;
        const at = before.length + 1;
        const matcher = new Matcher(compiled(lexicon));
        const { hits } = timedScan(matcher, text);
        // This phrase, or a longer one overlapping it, is highlighted.
        expect(hits.some((h) => h.start < at + inserted.length && h.end > at), `"${inserted}" in ${JSON.stringify(text)}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test('a blank line or a block separator splits a phrase, as it ends a paragraph', () => {
    const blank = fc.constantFrom('\n\n', '\n \n', '\r\n\r\n', '\n\t\n', '\u2029', ' \n\n ');
    const cases = lexicons.chain((entries) => fc.tuple(fc.constant(entries), fc.nat(), fc.nat(), blank, texts, texts));
    fc.assert(
      fc.property(cases, ([entries, pick, cut, paragraph, before, after]) => {
        const phrases = entries.flatMap((e) => e.patterns.flatMap((p) => patternPhrases(p, simpleInflector))).filter((words) => words.length > 1);
        fc.pre(phrases.length > 0);
        casesRun++;
        const words = phrases[pick % phrases.length];
        const at = 1 + (cut % (words.length - 1));
        const text = `${before} ${words.slice(0, at).join(' ')}${paragraph}${words.slice(at).join(' ')} ${after}`;
        const matcher = new Matcher(compiled(entries));
        expectValid(matcher, text, timedScan(matcher, text));
      }),
      { numRuns: RUNS },
    );
  });

  test('blocks are independent: scanning A ¶ B finds what A and B find apart', () => {
    fc.assert(
      fc.property(lexicons, texts, texts, (entries, a, b) => {
        casesRun++;
        const matcher = new Matcher(compiled(entries));
        const joined = timedScan(matcher, `${a}\u2029${b}`);
        const apart = timedScan(matcher, a);
        const second = timedScan(matcher, b);
        const shift = a.length + 1;
        const expected = [
          ...apart.hits,
          ...second.hits.map((h) => ({ ...h, start: h.start + shift, end: h.end + shift, sentence: { start: h.sentence.start + shift, end: h.sentence.end + shift } })),
        ];
        expect(joined.hits).toEqual(expected);
        expect(joined.words).toBe(apart.words + second.words);
      }),
      { numRuns: RUNS },
    );
  });

  test('the matcher keeps no state between scans, and survives serialization', () => {
    fc.assert(
      fc.property(lexicons, texts, texts, (entries, first, other) => {
        casesRun++;
        const lexicon = compiled(entries);
        const fresh = new Matcher(lexicon).scan(first);
        const used = new Matcher(lexicon);
        used.scan(other.repeat(40)); // grows the reused buffers
        expect(used.scan(first)).toEqual(fresh);
        const roundTrip = new Matcher(deserializeLexicon(JSON.parse(JSON.stringify(serializeLexicon(lexicon)))));
        expect(roundTrip.scan(first)).toEqual(fresh);
      }),
      { numRuns: RUNS },
    );
  });

  test('ASCII case does not matter', () => {
    const ascii = texts.map((t) => t.replace(/[^\x20-\x7e\n]/g, ' '));
    fc.assert(
      fc.property(lexicons, ascii, (entries, text) => {
        casesRun++;
        const matcher = new Matcher(compiled(entries));
        expect(matcher.scan(text.toUpperCase())).toEqual(matcher.scan(text.toLowerCase()));
      }),
      { numRuns: RUNS },
    );
  });

  test('the test lexicon on hostile text: valid offsets, no throw', () => {
    const matcher = testMatcher();
    const hostile = fc.array(fc.oneof(piece, fc.constantFrom('win-win', 'Juche idea', 'the collective West', 'Kiev regime', 'internal affairs', 'Ministry of')), { maxLength: 120 });
    fc.assert(
      fc.property(hostile, (parts) => {
        casesRun++;
        const text = parts.join('');
        expectValid(matcher, text, timedScan(matcher, text));
      }),
      { numRuns: RUNS },
    );
  });
});

// --- linear time -------------------------------------------------------------

const KB = 1024;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Random prose from the test lexicon's words, phrases and markers, the same for every size (a seeded generator). */
function randomProse(length: number): string {
  const words = ['the', 'collective', 'West', 'Juche', 'idea', 'win-win', 'Beijing', 'regime', 'Kiev', 'said', 'talks', 'of', 'others', 'tune', 'dance', 'internal', 'affairs', '“', '”', '.', ',', '\n\n'];
  let seed = 7;
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const w = words[seed % words.length];
    parts.push(w);
    size += w.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

/** A phrase that matches itself shifted by one word: every candidate overlaps the next, in one cluster as long as the text. */
const selfOverlapping = testMatcher([...testEntries, { ...testEntries[0], id: 'xa-xa', phrase: 'xa xa', patterns: ['xa xa'] }]);

const LINEAR_CASES: [name: string, make: (length: number) => string, matcher: Matcher][] = [
  ['random prose', randomProse, testMatcher()],
  ['a phrase prefix repeated ("dance to the tune of …")', (n) => repeatTo('dance to the tune of ', n), testMatcher()],
  ['a page-long run of letters and full stops ("said.juche.so.…")', (n) => repeatTo('said.juche.so.', n), testMatcher()],
  ['a self-overlapping phrase ("xa xa xa …")', (n) => repeatTo('xa ', n), selfOverlapping],
  ['common phrases beside their context ("Beijing win-win win-win …")', (n) => repeatTo('Beijing win-win win-win win-win ', n), testMatcher()],
  ['context markers across paragraphs', (n) => repeatTo('Beijing Beijing Beijing Beijing\n\nwin-win win-win\n\n', n), testMatcher()],
  ['quotation marks around every hit', (n) => repeatTo('he said "Juche" ', n), testMatcher()],
  ['one word with no end', (n) => repeatTo('a', n), testMatcher()],
  ['soft hyphens inside one phrase', (n) => `the collec${'\u00ad'.repeat(n - 20)}tive West`, testMatcher()],
  ['dotted abbreviations ("U.S.U.S.…")', (n) => repeatTo('U.S.', n), testMatcher()],
  ['one sentence with no full stop', (n) => repeatTo('and the Kiev regime ', n), testMatcher()],
];

/** Median scan time per character, in nanoseconds. */
function perCharNs(matcher: Matcher, text: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    matcher.scan(text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return (times[Math.floor(runs / 2)] / text.length) * 1e6;
}

describe('linear time', () => {
  const table: Record<string, string> = {};
  afterAll(() => console.table(table));

  test.each(LINEAR_CASES)('%s: the time per character on 1 MB is at most 8× that on 100 KB', (name, make, matcher) => {
    casesRun++;
    const small = make(10 * KB);
    const medium = make(100 * KB);
    const large = make(1024 * KB);
    // Quadratic work shows early: stop at the first size that is far too slow rather than spend an hour on 1 MB.
    expect(perCharNs(matcher, small, 1) * small.length * 1e-6, 'ms for 10 KB').toBeLessThan(2_000);
    const smallNs = perCharNs(matcher, small, 3);
    expect(perCharNs(matcher, medium, 1) * medium.length * 1e-6, 'ms for 100 KB').toBeLessThan(10_000);
    const mediumNs = perCharNs(matcher, medium, 3);
    const largeNs = perCharNs(matcher, large, 3);
    table[name] = `10 KB ${smallNs.toFixed(0)} ns/char, 100 KB ${mediumNs.toFixed(0)}, 1 MB ${largeNs.toFixed(0)} (×${(largeNs / mediumNs).toFixed(2)})`;
    expect(largeNs / mediumNs).toBeLessThan(8);
  }, 120_000);
});
