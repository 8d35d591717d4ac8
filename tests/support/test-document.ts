/**
 * Export documents for the unit tests, scanned with the core's small test
 * lexicon so that they do not move when the real lexicon changes. Not shipped.
 */
import { testEntries, testMatcher } from './test-lexicon';
import type { ExportDocument } from '../../src/export/export-document';
import { fromScanResult } from '../../src/export/from-scan-result';
import { jsonHit } from '../../src/export/json-hit';

/** Text that tries every format's escaping: quotes, commas, line breaks, pipes, markup, formula starts, an emoji, blocks. */
export const TRICKY_TEXT = [
  'Headline: "They dance to the tune of others," the paper said, citing the puppet regime.',
  '=HYPERLINK("http://evil.example") the Kiev regime, it wrote; -1 @x +2.',
  'A line\nbreak inside: the collective West | pipes | and <b>tags</b> *stars* [link](javascript:alert(1)).',
  '😀 Emoji 𝒜 first, then the Juche idea follows, and then the puppet regimes.',
].join('\u2029');

export const TEST_LEXICON = testEntries;

export function scanDocument(text = TRICKY_TEXT, url = 'https://example.org/news/1'): ExportDocument {
  const matcher = testMatcher();
  const { hits, words } = matcher.scan(text);
  const result = { input: 'test.txt', words, hits: hits.map((h) => jsonHit(h, matcher.entries, text)) };
  return fromScanResult(result, text, { url, title: 'A | test *page*', time: '2026-01-02T03:04:05.000Z', lexiconVersion: 'test' });
}
