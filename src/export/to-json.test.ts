import { describe, expect, test } from 'vitest';
import { toJsonExport } from './to-json';
import { scanDocument, TRICKY_TEXT } from '../../tests/support/test-document';

describe('JSON export', () => {
  test('the CLI’s schema plus url, title, time and lexicon version; offsets slice the text', () => {
    const doc = scanDocument();
    const json = JSON.parse(JSON.stringify(toJsonExport(doc)));
    expect(Object.keys(json).sort()).toEqual(['hits', 'input', 'lexiconVersion', 'summary', 'time', 'title', 'url', 'words']);
    expect(json).toMatchObject({ input: 'test.txt', url: 'https://example.org/news/1', lexiconVersion: 'test', time: '2026-01-02T03:04:05.000Z' });
    for (const hit of json.hits) {
      expect(Object.keys(hit).sort()).toEqual(['end', 'id', 'match', 'phrase', 'sentence', 'sources', 'start', 'techniques', 'tier', 'voice']);
      expect(TRICKY_TEXT.slice(hit.start, hit.end)).toBe(hit.match);
      expect(hit.sentence.start <= hit.start && hit.end <= hit.sentence.end).toBe(true);
    }
    expect(json.summary).toMatchObject({ hits: 6, words: doc.words, bySource: { kcna: 4, rus: 2 }, byEntry: { 'puppet-regime': 2 } });
  });
});
