import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { compileLexicon } from './compile';
import { Matcher } from './matcher';
import { packLexicon, unpackLexicon } from './packed';
import { simpleInflector, testContextMarkers, testEntries } from '../../tests/support/test-lexicon';

const compiled = compileLexicon(testEntries, { inflector: simpleInflector, version: 'test', contextMarkers: testContextMarkers });

describe('the packed lexicon', () => {
  test('round-trips every table exactly, and the entries without their summaries', () => {
    const back = unpackLexicon(packLexicon(compiled));
    expect(back.version).toBe('test');
    expect(back.vocab).toBe(compiled.vocab);
    for (const [name, table] of Object.entries(compiled.tables)) {
      const other = (back.tables as unknown as Record<string, ArrayLike<number>>)[name];
      expect(other.constructor, name).toBe(table.constructor);
      expect(Array.from(other), name).toEqual(Array.from(table as ArrayLike<number>));
    }
    expect(back.entries.map((e) => e.id)).toEqual(compiled.entries.map((e) => e.id));
    expect(back.entries.every((e) => e.summary === undefined)).toBe(true);
    expect(unpackLexicon(packLexicon(compiled, true)).entries.map((e) => e.summary)).toEqual(compiled.entries.map((e) => e.summary));
  });

  test('a matcher over the unpacked copy finds what the original finds', () => {
    const unpacked = new Matcher(unpackLexicon(packLexicon(compiled)));
    expect(unpacked.scan('The Kiev regime refused to talk.').hits.map((h) => compiled.entries[h.entry].id)).toEqual(['kiev-regime']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('the', 'Kiev', 'regime', 'collective', 'West', 'win-win', 'cooperation', '.', 'said', '“', '”'), { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        const hits = (m: Matcher) => m.scan(text).hits.map((h) => [h.entry, h.start, h.end, h.voice]);
        expect(hits(new Matcher(unpackLexicon(packLexicon(compiled))))).toEqual(hits(new Matcher(compiled)));
      }),
    );
  });

  test('refuses a block that is not one, is cut short or has bytes after it', () => {
    const block = packLexicon(compiled);
    expect(() => unpackLexicon(new Uint8Array(4))).toThrow(/too short/);
    expect(() => unpackLexicon(new Uint8Array(block.length))).toThrow(/signature/);
    expect(() => unpackLexicon(block.subarray(0, block.length - 1))).toThrow(/cut short/);
    const longer = new Uint8Array(block.length + 1);
    longer.set(block);
    expect(() => unpackLexicon(longer)).toThrow(/trailing/);
  });
});
