/**
 * The document's address reaches the matcher from the library and from
 * scanText (the CLI's path): on a state outlet's site, its common phrasing
 * needs no marker nearby; elsewhere it still does, and quotations stay quoted.
 */
import { describe, expect, test } from 'vitest';
import { scan } from '../index';
import { scanText } from '../engine/scan-text';

// A common-tier Russian entry, in a sentence of ours with no Russian marker.
const text = 'The speakers at the forum talked about foreign mercenaries twice.';

describe('document context through the library and the CLI', () => {
  test('the library: scan(text, { url })', async () => {
    expect((await scan(text)).hits).toEqual([]);
    const onSite = await scan(text, { url: 'https://www.rt.com/russia/1-forum/' });
    expect(onSite.hits.map((h) => [h.id, h.voice])).toEqual([['foreign-mercenaries', 'own']]);
    expect((await scan(text, { url: 'https://www.bbc.com/news/1' })).hits).toEqual([]);
  }, 120_000);

  test('scanText with a record’s url and title', async () => {
    expect((await scanText('-', text, 1, { url: 'https://tass.com/politics/1', title: 'Forum' })).hits).toHaveLength(1);
    expect((await scanText('-', text, 1, { title: 'Forum in Moscow' })).hits).toEqual([]);
  }, 120_000);

  test('a quotation on the outlet’s site stays quoted', async () => {
    const quoted = 'An analyst told reporters the army relied on “foreign mercenaries”.';
    expect((await scan(quoted, { url: 'https://www.rt.com/x' })).hits.map((h) => h.voice)).toEqual(['quoted']);
  }, 120_000);
});
