import { describe, expect, test } from 'vitest';
import { testMatcher } from '../../tests/support/test-lexicon';
import type { PageHit, PageReport } from '../core/types';
import { exportDocument, EXPORT_FORMATS, isExportFormat, type ExportFormatName } from './index';
import { fromPageReport } from './from-page-report';
import { toAnnotationPage } from './to-annotations';
import { toJsonExport } from './to-json';
import { TEST_LEXICON } from '../../tests/support/test-document';

/** A report as the content script builds it: blocks joined by U+2029, offsets per block and in the whole text. */
function pageReport(blocks: string[]): PageReport {
  const matcher = testMatcher();
  const whole = blocks.join('\u2029');
  const { hits, words } = matcher.scan(whole);
  const pageHits: PageHit[] = hits.map((hit, index) => {
    const blockStart = whole.lastIndexOf('\u2029', hit.start) + 1;
    const blockEnd = whole.indexOf('\u2029', hit.end) < 0 ? whole.length : whole.indexOf('\u2029', hit.end);
    const s = hit.sentence;
    return {
      entryId: matcher.entries[hit.entry].id,
      match: whole.slice(hit.start, hit.end),
      voice: hit.voice,
      sentence: whole.slice(s.start, s.end),
      inSentence: [hit.start - s.start, hit.end - s.start],
      paragraph: whole.slice(blockStart, blockEnd),
      sentenceInParagraph: [s.start - blockStart, s.end - blockStart],
      index,
      position: [hit.start, hit.end],
    };
  });
  return { url: 'https://news.example.org/a?b=1', title: 'World news', words, state: 'on', lexiconVersion: 'test', hits: pageHits };
}

const BLOCKS = ['Seoul dances to the tune of others.', 'Short.', 'Officials in Pyongyang denounced the puppet regime again, as they do every week.'];
const ENTRIES = testMatcher().entries;
const TIME = '2026-03-04T05:06:07.000Z';

describe('from a page report', () => {
  test('hits keep their entry fields, positions and block-bounded quote context', () => {
    const doc = fromPageReport(pageReport(BLOCKS), ENTRIES, TIME);
    expect(doc.hits.map((h) => [h.id, h.phrase, h.sources])).toEqual([
      ['dance-to-the-tune', 'dance to the tune of others', ['kcna']],
      ['puppet-regime', 'puppet regime', ['kcna']],
    ]);
    const puppet = doc.hits[1];
    expect(puppet.prefix).toBe('Officials in Pyongyang denounced the '.slice(-32));
    expect(puppet.suffix).toBe(' again, as they do every week.');
    expect(doc.hits[0].prefix).toBe('Seoul ');
    expect(doc.hits[0].suffix).toBe('.');
  });

  test('the JSON export’s offsets and the annotations’ selectors index the whole page text', () => {
    const whole = BLOCKS.join('\u2029');
    const doc = fromPageReport(pageReport(BLOCKS), ENTRIES, TIME);
    for (const hit of toJsonExport(doc).hits) {
      expect(whole.slice(hit.start, hit.end)).toBe(hit.match);
      expect(whole.slice(hit.sentence.start, hit.sentence.end)).toMatch(/\.$/);
    }
    for (const a of toAnnotationPage(doc, TEST_LEXICON, { generated: TIME }).items) {
      const [quote, position] = a.target.selector;
      expect(whole.slice(position.start, position.end)).toBe(quote.exact);
      expect(a.target.source).toBe('https://news.example.org/a?b=1');
    }
  });

  test('an entry no longer known keeps its match as its phrase', () => {
    const doc = fromPageReport(pageReport(BLOCKS), ENTRIES.filter((e) => e.id !== 'puppet-regime'), TIME);
    expect(doc.hits[1]).toMatchObject({ phrase: 'puppet regime', sources: [], techniques: [] });
  });
});

describe('the format registry', () => {
  const doc = fromPageReport(pageReport(BLOCKS), ENTRIES, TIME);

  test.each(Object.keys(EXPORT_FORMATS) as ExportFormatName[])('%s renders a non-empty file with a name and a type', (format) => {
    expect(isExportFormat(format)).toBe(true);
    const file = exportDocument(doc, format, TEST_LEXICON);
    expect(file.filename).toBe(`rhetoric-lens-news-example-org-2026-03-04.${EXPORT_FORMATS[format].extension}`);
    expect(file.mime).toBe(EXPORT_FORMATS[format].mime);
    expect(file.text.length).toBeGreaterThan(100);
    if (format === 'json' || format === 'annotation') expect(() => JSON.parse(file.text)).not.toThrow();
    if (format === 'csv') expect(file.text.startsWith('\ufeffentry,')).toBe(true);
  });

  test('unknown names are not formats', () => {
    expect(isExportFormat('toString')).toBe(false);
    expect(isExportFormat('pdf')).toBe(false);
  });
});
