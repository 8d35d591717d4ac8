import { describe, expect, test } from 'vitest';
import { entryLookup } from './entry-info';
import { filterChoices, filterHits, groupHits, NO_FILTER, plainSummary, stepOccurrence, summarizeReport, type HitFilter } from './page-model';
import { testEntries, testHit, testReport } from '../../../tests/support/test-report';

const lookup = entryLookup(testEntries);
const hits = [
  testHit('puppet-regime', 0),
  testHit('collective-west', 1, 'quoted'),
  testHit('puppet-regime', 2),
  testHit('win-win', 3),
  testHit('collective-west', 4),
  testHit('puppet-regime', 5, 'quoted'),
  testHit('my-own-phrase', 6),
];

describe('summarizeReport', () => {
  test('counts by source, technique, voice and entry, and the rate per 1,000 words', () => {
    const summary = summarizeReport(testReport(hits), lookup);
    expect(summary).toMatchObject({
      hits: 7,
      words: 1840,
      bySource: { kcna: 3, rus: 2, prc: 1, custom: 1 },
      byTechnique: { 'loaded-language': 5, 'name-calling': 2, slogans: 1 },
      byVoice: { own: 5, quoted: 2 },
      byEntry: { 'puppet-regime': 3, 'collective-west': 2, 'win-win': 1, 'my-own-phrase': 1 },
    });
    expect(summary.perThousandWords).toBeCloseTo(3.8, 1);
  });

  test('the plain-language lines', () => {
    expect(plainSummary(summarizeReport(testReport(hits), lookup))).toEqual([
      "7 phrases typical of KCNA, Russian state media, PRC state media and your own phrases, 5 in the page's own voice",
      'Frequent: 3.8 per 1,000 words, over 1,840 words.',
    ]);
  });

  test('the empty state names the word count', () => {
    expect(plainSummary(summarizeReport(testReport([]), lookup))).toEqual(['No state-media phrasing found in 1,840 words']);
  });
});

describe('groupHits', () => {
  test('one group per entry, most frequent first, ties in document order, occurrences in document order', () => {
    const groups = groupHits([...hits].reverse(), lookup);
    expect(groups.map((g) => [g.entry.id, g.hits.map((h) => h.index), g.own, g.quoted])).toEqual([
      ['puppet-regime', [0, 2, 5], 2, 1],
      ['collective-west', [1, 4], 1, 1],
      ['win-win', [3], 1, 0],
      ['my-own-phrase', [6], 1, 0],
    ]);
  });

  test('an id the lexicon lacks gets a stand-in named after its match', () => {
    const [group] = groupHits([testHit('my-own-phrase', 0)], lookup);
    expect(group.entry).toMatchObject({ phrase: 'my own phrase', sources: ['custom'], known: false });
  });

  test("the user's own phrases carry their note and label", () => {
    const withCustom = entryLookup(testEntries, [{ id: 'custom-iron-brotherhood', phrase: 'iron brotherhood', label: 'my research', note: 'Seen in 2024 toasts.' }]);
    expect(withCustom('custom-iron-brotherhood')).toMatchObject({
      phrase: 'iron brotherhood',
      sources: ['custom'],
      explanation: 'Seen in 2024 toasts.',
      origin: 'Your label: my research',
      known: true,
    });
  });
});

describe('filterHits', () => {
  test.each<[string, Partial<HitFilter>, number[]]>([
    ['no filter', {}, [0, 1, 2, 3, 4, 5, 6]],
    ['source kcna', { source: 'kcna' }, [0, 2, 5]],
    ['source rus', { source: 'rus' }, [1, 4]],
    ['technique name-calling', { technique: 'name-calling' }, [1, 4]],
    ['technique loaded-language', { technique: 'loaded-language' }, [0, 1, 2, 4, 5]],
    ['voice quoted', { voice: 'quoted' }, [1, 5]],
    ['voice own and source kcna', { voice: 'own', source: 'kcna' }, [0, 2]],
    ['source custom', { source: 'custom' }, [6]],
    ['nothing matches', { source: 'prc', voice: 'quoted' }, []],
  ])('%s', (_name, filter, expected) => {
    expect(filterHits(hits, { ...NO_FILTER, ...filter }, lookup).map((h) => h.index)).toEqual(expected);
  });
});

test('filterChoices lists the values present, most frequent first', () => {
  const { sources, techniques } = filterChoices(summarizeReport(testReport(hits), lookup));
  expect(sources.map((s) => s.value)).toEqual(['kcna', 'rus', 'custom', 'prc']);
  expect(techniques).toEqual([
    { value: 'loaded-language', count: 5 },
    { value: 'name-calling', count: 2 },
    { value: 'slogans', count: 1 },
  ]);
});

test.each([
  [0, 1, 1],
  [2, 1, 0],
  [0, -1, 2],
  [1, -1, 0],
])('stepOccurrence(%i, %i) in a group of 3 → %i', (current, direction, expected) => {
  const [group] = groupHits(hits, lookup);
  expect(stepOccurrence(group, current, direction as 1 | -1)).toBe(expected);
});
