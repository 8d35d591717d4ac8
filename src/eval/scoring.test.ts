import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { auc, formatValue, groupFigures, met, ownVoiceAuc, ranked, rate, share, targetTable, type Target } from './scoring';

/** The definition, pair by pair: what the rank formula must equal. */
function aucByPairs(pos: number[], neg: number[]): number {
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

describe('auc', () => {
  test.each([
    [[3, 4, 5], [0, 1, 2], 1],
    [[0, 1, 2], [3, 4, 5], 0],
    [[1, 1], [1, 1, 1], 0.5],
    [[2, 0], [1], 0.5],
    [[2, 1], [1, 0], (1 + 1 + 0.5 + 1) / 4],
  ])('auc(%j, %j) = %f', (pos, neg, expected) => {
    expect(auc(pos, neg)).toBeCloseTo(expected, 12);
  });

  test('NaN when a side is empty', () => {
    expect(auc([], [1])).toBeNaN();
    expect(auc([1], [])).toBeNaN();
  });

  test('equals the pairwise definition, ties included (property)', () => {
    const scores = fc.array(fc.integer({ min: 0, max: 6 }).map((x) => x / 2), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(scores, scores, (pos, neg) => {
        expect(auc(pos, neg)).toBeCloseTo(aucByPairs(pos, neg), 10);
      }),
    );
  });
});

describe('rates and shares', () => {
  test('rate per unit; 0 without text', () => {
    expect(rate(3, 60_000, 10_000)).toBeCloseTo(0.5, 12);
    expect(rate(1, 40_000, 20_000)).toBeCloseTo(0.5, 12);
    expect(rate(5, 0, 10_000)).toBe(0);
  });

  test('share of items; NaN for none', () => {
    expect(share([1, 0, 2, 0], (x) => x > 0)).toBe(0.5);
    expect(share([], () => true)).toBeNaN();
  });

  test('groupFigures sums a group and counts the documents with an own-voice hit', () => {
    const docs = [
      { own: 2, quoted: 1, size: 1000 },
      { own: 0, quoted: 3, size: 3000 },
      { own: 1, quoted: 0, size: 1000 },
      { own: 0, quoted: 0, size: 5000 },
    ];
    const g = groupFigures(docs, 10_000);
    expect(g).toMatchObject({ documents: 4, size: 10_000, own: 3, quoted: 4, withOwn: 0.5 });
    expect(g.ownRate).toBeCloseTo(3, 12);
  });

  test('ownVoiceAuc ranks documents by own-voice hits per 1,000 units, not by raw counts', () => {
    // The state document has fewer hits than the neutral one but a higher rate.
    const state = [{ own: 2, quoted: 0, size: 100 }];
    const neutral = [{ own: 3, quoted: 9, size: 10_000 }];
    expect(ownVoiceAuc(state, neutral)).toBe(1);
    expect(ownVoiceAuc(neutral, state)).toBe(0);
  });

  test('ranked: highest count first, ties by key, cut at top', () => {
    const counts = new Map([
      ['b', 2],
      ['a', 2],
      ['c', 5],
      ['d', 1],
    ]);
    expect(ranked(counts, 3)).toEqual([
      ['c', 5],
      ['a', 2],
      ['b', 2],
    ]);
  });
});

describe('targets', () => {
  const target = (value: number | undefined, kind: 'min' | 'max' = 'min'): Target => ({ name: 't', value, bound: 0.9, kind, format: 'percent' });

  test.each([
    [target(0.9), true],
    [target(0.8999), false],
    [target(0.95, 'max'), false],
    [target(0.5, 'max'), true],
    [target(undefined), undefined],
    [target(NaN), undefined],
  ])('met(%j) is %s', (t, expected) => {
    expect(met(t)).toBe(expected);
  });

  test.each([
    [0.7654, 'percent', '76.5%'],
    [0.8804, 'auc', '0.880'],
    [0.4049, 'rate', '0.40'],
    [undefined, 'rate', '–'],
    [NaN, 'auc', '–'],
  ] as const)('formatValue(%s, %s) = %s', (value, format, expected) => {
    expect(formatValue(value, format)).toBe(expected);
  });

  test('the table: goal, value and verdict per row, a note where nothing could be measured', () => {
    const rows = targetTable([
      { name: 'KCNA AUC', value: 0.98, bound: 0.97, kind: 'min', format: 'auc' },
      { name: 'neutral rate', value: 0.6, bound: 0.5, kind: 'max', format: 'rate' },
      { name: 'Korean neutral', value: undefined, bound: 0.5, kind: 'max', format: 'rate', note: 'no neutral text' },
    ]);
    expect(rows.slice(2)).toEqual([
      '| KCNA AUC | ≥ 0.970 | 0.980 | ✓ |',
      '| neutral rate | ≤ 0.50 | 0.60 | ✗ |',
      '| Korean neutral | ≤ 0.50 | – (no neutral text) | – |',
    ]);
  });
});
