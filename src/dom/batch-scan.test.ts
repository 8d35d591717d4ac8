import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BLOCK_SEPARATOR } from '../core/chars';
import { testMatcher } from '../../tests/support/test-lexicon';
import { BatchScan, WINDOW_CHARS } from './batch-scan';
import type { Block } from './text-index';

const matcher = testMatcher();

/** Scans `text` as one batch, window by window, as the page lens does. */
function scanInWindows(text: string) {
  const batch = { text };
  const block = { owner: null, batch, start: 0, end: text.length, nodes: [], starts: [], words: 0, hits: [], stamp: 0 } as unknown as Block;
  const scan = new BatchScan(batch, [block]);
  let steps = 0;
  while (!scan.step(matcher)) steps++;
  return { hits: scan.hits.map((h) => [h.entry, h.start, h.end]), steps };
}

const pieces = fc.constantFrom(
  'the collective West ',
  'the Kiev regime, ',
  'puppet regime ',
  'plain words of ordinary prose go by. ',
  'more filler text without any phrase at all ',
  BLOCK_SEPARATOR,
  '\n\n',
);

describe('scanning a batch in windows', () => {
  test('finds what one scan of the whole text finds, wherever the windows are cut', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: Math.floor(WINDOW_CHARS / 12), maxLength: Math.floor(WINDOW_CHARS / 4) }), (parts) => {
        const text = parts.join('');
        const whole = matcher.scan(text).hits.map((h) => [h.entry, h.start, h.end]);
        expect(scanInWindows(text).hits).toEqual(whole);
      }),
      { numRuns: 30 },
    );
  });

  test('one 4 MB block with no separator: read in some 250 windows, with every hit of a whole scan', () => {
    const text = 'word after word of ordinary prose, then the collective West. '.repeat(Math.ceil((4 * 1024 * 1024) / 61));
    const { hits, steps } = scanInWindows(text);
    expect(steps).toBeGreaterThan(200);
    expect(hits).toEqual(matcher.scan(text).hits.map((h) => [h.entry, h.start, h.end]));
  });
});
