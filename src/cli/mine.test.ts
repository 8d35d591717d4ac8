import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { coveredTokens, displayNgram, findOccurrences, hasContentEdges, logLikelihood, logRatio, NgramCounter, overlapWords, tokenize } from './mine';

// Tiny corpora of our own: the "target" repeats two invented set phrases
// ("the glorious harbour plan", "brave lantern workers"), the "reference" does not.
const TARGET = [
  'The glorious harbour plan moves ahead. Brave lantern workers met on Monday.',
  'Officials praised the glorious harbour plan again. The brave lantern workers sang.',
  'Under the glorious harbour plan, brave lantern workers built a quay. The weather was mild.',
  'A report on the weather. The glorious harbour plan was not mentioned by brave lantern workers at all.',
];
const REFERENCE = [
  'The weather was mild on Monday. Workers met at the harbour.',
  'A plan for the harbour was discussed. The weather turned cold.',
  'Lantern makers met on Monday to discuss the weather and a plan.',
  'The harbour workers sang about the weather.',
];

function counterOf(target: string[], reference: string[], options = {}) {
  const counter = new NgramCounter(options);
  for (const text of target) counter.addDocument('target', text);
  for (const text of reference) counter.addDocument('reference', text);
  return counter;
}

describe('tokenize', () => {
  test('folds words, keeps inner apostrophes, and starts a new segment at punctuation and blank lines', () => {
    const tokens = tokenize('The People’s Plan, re-made.\n\nNew  start\nsame run');
    expect(tokens.map((t) => t.word)).toEqual(['the', "people's", 'plan', 're', 'made', 'new', 'start', 'same', 'run']);
    expect(tokens.map((t) => t.segment)).toEqual([0, 0, 0, 1, 1, 3, 3, 3, 3]);
    expect(tokens.map((t) => 'The People’s Plan, re-made.\n\nNew  start\nsame run'.slice(t.start, t.end))).toEqual(['The', 'People’s', 'Plan', 're', 'made', 'New', 'start', 'same', 'run']);
  });

  test('a quotation mark is not part of a word and breaks the run', () => {
    const tokens = tokenize("so-called 'reform' plan");
    expect(tokens.map((t) => t.word)).toEqual(['so', 'called', 'reform', 'plan']);
    expect(new Set(tokens.map((t) => t.segment)).size).toBe(3);
  });

  test('each Han character is a token; display joins them without spaces', () => {
    const tokens = tokenize('合作共赢 and more');
    expect(tokens.map((t) => t.word)).toEqual(['合', '作', '共', '赢', 'and', 'more']);
    expect(displayNgram(['合', '作', '共', '赢', 'and'])).toBe('合作共赢 and');
  });

  test('offsets always slice the token out of the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '-', ',', '’', '\n', '中', 'é', '\u200b') }), (text) => {
        for (const t of tokenize(text)) {
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end).replace(/\u200b/g, '').length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('coveredTokens', () => {
  test('marks exactly the tokens a span overlaps', () => {
    const text = 'one two three four five';
    const tokens = tokenize(text);
    expect([...coveredTokens(tokens, [{ start: 8, end: 18 }])]).toEqual([0, 0, 1, 1, 0]);
    expect([...coveredTokens(tokens, [{ start: 20, end: 23 }, { start: 0, end: 2 }])]).toEqual([1, 0, 0, 0, 1]);
    expect([...coveredTokens(tokens, [])]).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('log-likelihood and ratio', () => {
  test.each([
    // a, b, totalA, totalB, G² (computed by hand: 2 Σ O ln(O/E))
    [10, 10, 1000, 1000, 0],
    [20, 0, 1000, 1000, 2 * 20 * Math.log(2)],
    [30, 10, 1000, 1000, 2 * (30 * Math.log(30 / 20) + 10 * Math.log(10 / 20))],
    [0, 0, 1000, 1000, 0],
  ])('G²(%i, %i, %i, %i) = %f', (a, b, ta, tb, expected) => {
    expect(logLikelihood(a, b, ta, tb)).toBeCloseTo(expected, 10);
  });

  test('grows with the evidence at the same ratio, and is symmetric in the sides', () => {
    expect(logLikelihood(40, 10, 2000, 2000)).toBeGreaterThan(logLikelihood(20, 5, 2000, 2000));
    expect(logLikelihood(7, 3, 900, 1200)).toBeCloseTo(logLikelihood(3, 7, 1200, 900), 10);
  });

  test('log ratio: 0 for equal rates, +3 for eight times as frequent (with the half-count smoothing)', () => {
    expect(logRatio(5, 5, 100, 100)).toBe(0);
    expect(logRatio(63.5, 7.5, 100, 100)).toBeCloseTo(3, 10);
    expect(logRatio(10, 0, 100, 100)).toBeCloseTo(Math.log2(21), 10);
  });
});

describe('NgramCounter', () => {
  test('counts occurrences, documents and words per side', () => {
    const counter = counterOf(TARGET, REFERENCE);
    expect(counter.documents).toEqual({ target: 4, reference: 4 });
    expect(counter.words.target).toBe(tokenize(TARGET.join(' ')).length);
    expect(counter.counts('glorious harbour plan')).toEqual({ target: 4, reference: 0, targetDocuments: 4, referenceDocuments: 0 });
    expect(counter.counts('harbour')).toEqual({ target: 4, reference: 3, targetDocuments: 4, referenceDocuments: 3 });
    // "the glorious" has a function word at an edge: not counted by default.
    expect(counter.counts('the glorious')).toBeUndefined();
    expect(counterOf(TARGET, REFERENCE, { contentEdges: false }).counts('the glorious')?.target).toBe(4);
  });

  test('a repeated phrase in one document counts once toward its document frequency', () => {
    const counter = counterOf(['brave lantern workers and brave lantern workers'], ['nothing here']);
    expect(counter.counts('brave lantern workers')).toEqual({ target: 2, reference: 0, targetDocuments: 1, referenceDocuments: 0 });
  });

  test('ranks the invented set phrases first, folding the parts a longer candidate explains', () => {
    const ranked = counterOf(TARGET, REFERENCE).rank({ minDocuments: 3, top: 5 });
    expect(ranked.slice(0, 2).map((c) => c.ngram).sort()).toEqual(['brave lantern workers', 'glorious harbour plan']);
    const names = ranked.map((c) => c.ngram);
    // "lantern workers" and "glorious harbour" are inside the longer candidates, with the same counts.
    expect(names).not.toContain('lantern workers');
    expect(names).not.toContain('glorious harbour');
    expect(ranked[0].target).toEqual({ count: 4, documents: 4, perMillion: expect.any(Number) });
    expect(ranked[0].reference.count).toBe(0);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].keyness).toBeGreaterThanOrEqual(ranked[i].keyness);
  });

  test('subsume 1 keeps the parts; minDocuments removes what too few documents use', () => {
    const counter = counterOf(TARGET, REFERENCE);
    expect(counter.rank({ minDocuments: 3, top: 50, subsume: 1 }).map((c) => c.ngram)).toContain('lantern workers');
    const strict = counter.rank({ minDocuments: 4, top: 50, subsume: 1 });
    expect(strict.every((c) => c.target.documents >= 4)).toBe(true);
    // "quay" is in one target document only.
    expect(counter.rank({ minDocuments: 1, top: 500, subsume: 1 }).map((c) => c.ngram)).toContain('quay');
    expect(strict.map((c) => c.ngram)).not.toContain('quay');
  });

  test('never ranks what the reference uses as often (weather, monday)', () => {
    const names = counterOf(TARGET, REFERENCE).rank({ minDocuments: 1, top: 500 }).map((c) => c.ngram);
    expect(names).not.toContain('weather');
    expect(names).not.toContain('monday');
  });

  test('n-grams over a matched span are not counted', () => {
    const counter = new NgramCounter();
    const text = 'Brave lantern workers met the brave lantern workers.';
    counter.addDocument('target', text, [{ start: 0, end: 21 }]);
    expect(counter.counts('brave lantern workers')?.target).toBe(1);
    expect(counter.counts('workers met')).toBeUndefined(); // touches the matched span
    expect(counter.counts('met')?.target).toBe(1);
  });

  test('n-gram lengths follow minN and maxN', () => {
    const counter = counterOf(TARGET, REFERENCE, { minN: 2, maxN: 2 });
    expect(counter.counts('harbour')).toBeUndefined();
    expect(counter.counts('glorious harbour')?.target).toBe(4);
    expect(counter.counts('glorious harbour plan')).toBeUndefined();
  });

  test('the table stays bounded: the rarest n-grams are dropped and the frequent ones keep their counts', () => {
    const counter = new NgramCounter({ tableSize: 1000, maxN: 3 });
    const frequent = 'steadfast beacon policy';
    for (let doc = 0; doc < 60; doc++) {
      const filler = Array.from({ length: 40 }, (_, i) => `w${doc}x${i}`).join(' ');
      counter.addDocument('target', `${filler}. ${frequent}.`);
      expect(counter.size).toBeLessThanOrEqual(1000);
    }
    expect(counter.prunedBelow).toBeGreaterThan(0);
    expect(counter.counts(frequent)).toEqual({ target: 60, reference: 0, targetDocuments: 60, referenceDocuments: 0 });
  });

  test('a long sentence repeated word for word counts once per side; a short one every time', () => {
    const long = 'Copper kettles shone on every shelf of the tidy mountain inn.'; // 11 words
    const short = 'Kettles shone brightly.';
    const docs = [0, 1, 2].map((i) => `Story ${i} begins. ${long} ${short}`);
    const deduped = counterOf(docs, ['nothing']);
    expect(deduped.counts('copper kettles')).toEqual({ target: 1, reference: 0, targetDocuments: 1, referenceDocuments: 0 });
    expect(deduped.counts('shone brightly')?.target).toBe(3);
    expect(deduped.repeatedSentences.target).toBe(2);
    expect(deduped.words.target).toBe(3 * (3 + 11 + 3) - 2 * 11);
    const all = counterOf(docs, ['nothing'], { dedupeSentences: false });
    expect(all.counts('copper kettles')?.target).toBe(3);
    expect(all.repeatedSentences.target).toBe(0);
  });

  test('windows on one repeated passage fold into one candidate that shows the whole passage', () => {
    // The same long sentence with a different opening word each time, so it is not a word-for-word repeat.
    const passage = 'silver lanterns guide weary sailors toward calm northern harbours before winter storms arrive';
    const target = ['Today', 'Again', 'Often', 'Still'].map((w, i) => `${w} ${passage}. Note ${i}.`);
    const ranked = counterOf(target, ['A plain sentence about sailors.', 'Another about winter.']).rank({ minDocuments: 3, top: 5 });
    expect(ranked[0].passage).toBe(passage);
    expect(ranked[0].merged).toBeGreaterThan(0);
    expect(ranked.filter((c) => passage.includes(c.ngram))).toHaveLength(1);
  });

  test('rejects impossible lengths', () => {
    expect(() => new NgramCounter({ minN: 3, maxN: 2 })).toThrow(RangeError);
    expect(() => new NgramCounter({ minN: 0 })).toThrow(RangeError);
  });
});

describe('helpers', () => {
  test.each([
    [['collective', 'approach'], true],
    [['the', 'plan'], false],
    [['plan', 'of'], false],
    [['master', 'of', 'destiny'], true],
    [['2022', 'plan'], false],
  ])('hasContentEdges(%j) is %s', (words, expected) => {
    expect(hasContentEdges(words)).toBe(expected);
  });

  test.each([
    [['a', 'b', 'c'], ['b', 'c', 'd'], 2],
    [['a', 'b', 'c'], ['c', 'd'], 0], // one word is not enough
    [['a', 'b', 'c', 'd'], ['b', 'c', 'd', 'e'], 3],
    [['a', 'b'], ['x', 'y'], 0],
  ])('overlapWords(%j, %j) = %i', (a, b, expected) => {
    expect(overlapWords(a, b)).toBe(expected);
  });

  test('findOccurrences reports the span of each wanted n-gram, skipping matched spans', () => {
    const text = 'Brave lantern workers sang. Later, brave lantern workers slept.';
    const found: [number, string][] = [];
    findOccurrences(text, [{ start: 35, end: 40 }], new Map([['brave lantern workers', 0], ['slept', 1]]), { minN: 1, maxN: 6, contentEdges: true }, (index, start, end) =>
      found.push([index, text.slice(start, end)]),
    );
    expect(found).toEqual([
      [0, 'Brave lantern workers'],
      [1, 'slept'],
    ]);
  });
});
