import { describe, expect, test } from 'vitest';
import { compileLexicon } from '../core/compile';
import { simpleInflector, testEntries, testContextMarkers } from '../../tests/support/test-lexicon';
import { LayeredMatcher, mergeHits } from './matcher';
import { toCompilable, type CustomPhrase } from './phrases';

const builtin = compileLexicon(testEntries, { inflector: simpleInflector, version: 'test', contextMarkers: testContextMarkers });
const phrase = (id: string, text: string, variants: string[] = []): CustomPhrase => ({ id, phrase: text, variants, label: 'mine', note: '', added: 0 });
const custom = (...phrases: CustomPhrase[]) => compileLexicon(phrases.map(toCompilable), { inflector: simpleInflector, version: 'custom' });

const ids = (matcher: LayeredMatcher, text: string) => matcher.scan(text).hits.map((h) => [matcher.entries[h.entry].id, text.slice(h.start, h.end)]);

describe('LayeredMatcher', () => {
  test('without custom phrases it is the built-in matcher', () => {
    const matcher = new LayeredMatcher(builtin, null);
    expect(matcher.entries).toBe(builtin.entries);
    expect(ids(matcher, 'They blame the collective West.')).toEqual([['collective-west', 'the collective West']]);
  });

  test('custom hits come after the built-in entries, in text order with the built-in hits', () => {
    const matcher = new LayeredMatcher(builtin, custom(phrase('custom-bloc', 'hegemonic bloc', ['hegemonic bloc~n'])));
    expect(matcher.entries.at(-1)).toMatchObject({ id: 'custom-bloc', custom: true });
    expect(ids(matcher, 'Hegemonic blocs and the collective West, and a hegemonic bloc.')).toEqual([
      ['custom-bloc', 'Hegemonic blocs'],
      ['collective-west', 'the collective West'],
      ['custom-bloc', 'hegemonic bloc'],
    ]);
  });

  test('the custom layer can be swapped and removed', () => {
    const matcher = new LayeredMatcher(builtin, null);
    matcher.setCustom(custom(phrase('custom-bloc', 'hegemonic bloc')));
    expect(ids(matcher, 'a hegemonic bloc')).toEqual([['custom-bloc', 'hegemonic bloc']]);
    matcher.setCustom(null);
    expect(ids(matcher, 'a hegemonic bloc')).toEqual([]);
    expect(matcher.hasCustom).toBe(false);
  });

  test('where a custom and a built-in hit overlap, the longer wins', () => {
    const matcher = new LayeredMatcher(builtin, custom(phrase('custom-west-bloc', 'collective west bloc')));
    expect(ids(matcher, 'the collective west bloc')).toEqual([['custom-west-bloc', 'collective west bloc']]);
  });
});

test('mergeHits keeps hits apart and sorted', () => {
  const hit = (start: number, end: number, entry = 0) => ({ entry, start, end, sentence: { start: 0, end: 99 }, voice: 'own' as const });
  expect(mergeHits([hit(0, 5), hit(10, 20)], [hit(6, 9, 1), hit(12, 30, 1)])).toEqual([hit(0, 5), hit(6, 9, 1), hit(12, 30, 1)]);
});

test('the user’s phrases read voice with the built-in speakers, and own voice in the narrator’s sentence', () => {
  const withSpeakers = compileLexicon(testEntries, { inflector: simpleInflector, version: 'test', contextMarkers: testContextMarkers, speakers: ['xinhua'] });
  const layered = new LayeredMatcher(withSpeakers, custom(phrase('u1', 'officials claimed')));
  const voice = (text: string) => layered.scan(text).hits.map((h) => h.voice);
  expect(voice('Officials claimed victory.')).toEqual(['own']);
  expect(voice('Xinhua reported that officials claimed victory.')).toEqual(['quoted']);
});
