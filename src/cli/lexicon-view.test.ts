import { describe, expect, test } from 'vitest';
import type { LexiconEntry } from '../core/types';
import { entryToText, lexiconToText, wrap } from './lexicon-view';
import { makeStyle } from './style';

const entry: LexiconEntry = {
  id: 'test-entry',
  phrase: 'test phrase',
  patterns: ['test phrase', 'test~n phrasing'],
  sources: ['kcna', 'rus'],
  techniques: ['appeal-to-values'],
  tier: 'common',
  explanation: 'One sentence of explanation that goes on long enough to need wrapping at eighty columns, which is what a terminal shows. Another sentence follows.',
  origin: '',
  related: ['other-entry', 'unknown-entry'],
  guards: [],
  examples: { match: ['A test phrase here.'], noMatch: ['Nothing here.'] },
};

describe('plain-text entries', () => {
  test('entryToText: names for families, techniques and related entries; the explanation wrapped', () => {
    const text = entryToText(entry, makeStyle(false), (id) => (id === 'other-entry' ? 'the other phrase' : undefined));
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['test phrase', '  typical of  KCNA, Russian state media', '  technique   Appeal to values', '  tier        Common: also found in ordinary prose']);
    expect(text).toContain('  related     the other phrase; unknown-entry');
    expect(text).toContain('    ✓ A test phrase here.\n    ✗ Nothing here.');
    expect(text).not.toMatch(/\bkcna\b|appeal-to-values|\*\*|`/);
    for (const line of lines) if (!line.includes('✓') && !line.includes('✗')) expect(line.length).toBeLessThanOrEqual(80);
  });

  test('lexiconToText: a header row, and columns that line up whatever the colour', () => {
    const other = { ...entry, id: 'a-much-longer-entry-id', sources: ['prc'], tier: 'signature' as const, phrase: 'other' };
    for (const color of [false, true]) {
      const lines = lexiconToText([entry, other], makeStyle(color)).split('\n');
      const visible = lines.map((l) => l.replace(/\x1b\[[\d;]*m/g, ''));
      expect(visible).toEqual([
        'ID                      TIER       TYPICAL OF                 PHRASE',
        'test-entry              common     KCNA, Russian state media  test phrase',
        'a-much-longer-entry-id  signature  PRC state media            other',
      ]);
      expect(lines.join('\n').includes('\x1b')).toBe(color);
    }
  });

  test('wrap', () => {
    expect(wrap('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrap('aa bb cc', 7, '  ')).toEqual(['  aa bb', '  cc']);
    expect(wrap('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
  });
});
