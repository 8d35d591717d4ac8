/** When two hits overlap, the more specific entry wins. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { entry, testEntries, testMatcher } from '../../tests/support/test-lexicon';

const matcher = testMatcher([
  ...testEntries,
  entry('respected-marshal', ['respected marshal kim jong un']),
  entry('leader-praise', ['(respected|beloved) (marshal|comrade)', 'marshal kim jong un'], { tier: 'common', context: ['parade'] }),
  // The same words, as a common and as a signature entry.
  entry('great-victory-common', ['great victory'], { tier: 'common', context: ['war'] }),
  entry('great-victory', ['great victory']),
  // Fewer words in more letters against more words in fewer letters.
  entry('internationalism', ['proletarian internationalism']),
  entry('true-red', ['the true red proletarian']),
  // Equal words and tier: the phrase that contains the other's.
  entry('puppet-army', ['puppet army', 'army of puppets']),
  entry('puppet-army-of-south', ['the puppet army of the south', 'army of puppets'], {}),
]);

function found(text: string): [string, string][] {
  return matcher.scan(text).hits.map((h) => [matcher.entries[h.entry].id, text.slice(h.start, h.end)]);
}

describe('the more specific entry wins', () => {
  test('more words', () => {
    expect(found('The parade greeted the respected Marshal Kim Jong Un.')).toEqual([['respected-marshal', 'respected Marshal Kim Jong Un']]);
    expect(found('At the parade the beloved comrade spoke.')).toEqual([['leader-praise', 'beloved comrade']]);
  });

  test('more words, even in fewer letters', () => {
    expect(found('They praised the true red proletarian internationalism.')).toEqual([['true-red', 'the true red proletarian']]);
    expect(found('They praised proletarian internationalism.')).toEqual([['internationalism', 'proletarian internationalism']]);
  });

  test('a signature entry over a common one with the same words', () => {
    expect(found('After the war, a great victory.')).toEqual([['great-victory', 'great victory']]);
  });

  test('an entry whose phrase contains the other’s, for the same words', () => {
    expect(found('the army of puppets marched')).toEqual([['puppet-army-of-south', 'army of puppets']]);
  });

  test('hits never overlap, whatever the order of the candidates', () => {
    const pieces = fc.constantFrom('respected', 'beloved', 'Marshal', 'Kim Jong Un', 'comrade', 'parade', 'great victory', 'war', 'the true red proletarian', 'internationalism', ' ', '. ');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join(' ');
        let last = -1;
        for (const hit of matcher.scan(text).hits) {
          expect(hit.start).toBeGreaterThanOrEqual(last);
          last = hit.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
