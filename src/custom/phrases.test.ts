import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Matcher } from '../core/matcher';
import { simpleInflector } from '../../tests/support/test-lexicon';
import { customLexiconVersion, ensureCustomLexicon, saveCustomPhrases } from './compile';
import { customLexiconItem, decodeCustomLexicon, readCustomLexicon } from './lexicon';
import { customPhrasesItem, readCustomPhrases, type CustomPhrase } from './phrases';
import { readIssues } from '../storage/storage-recovery';

const phrase = (id: string, text: string, variants: string[] = []): CustomPhrase => ({ id, phrase: text, variants, label: '', note: '', added: 1 });
const BLOC = phrase('custom-hegemonic-bloc', 'Hegemonic bloc', ['hegemonic bloc~n']);
const DIGNITY = phrase('custom-sovereign-dignity', 'sovereign dignity');

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('saving phrases', () => {
  test('stores the phrases and their compiled form, which a second matcher scans', async () => {
    await saveCustomPhrases([BLOC, DIGNITY], simpleInflector);
    expect(await readCustomPhrases()).toEqual([BLOC, DIGNITY]);
    const lexicon = await readCustomLexicon();
    expect(lexicon?.version).toBe(customLexiconVersion([BLOC, DIGNITY]));
    const hits = new Matcher(lexicon!).scan('Hegemonic blocs and their sovereign dignity.').hits;
    expect(hits.map((h) => h.entry)).toEqual([0, 1]);
  });

  test('no phrases: no compiled lexicon', async () => {
    await saveCustomPhrases([BLOC], simpleInflector);
    await saveCustomPhrases([], simpleInflector);
    expect(await readCustomLexicon()).toBeNull();
  });
});

describe('the compiled form is rebuilt when it is stale or damaged', () => {
  test.each([
    ['missing', null],
    ['garbage', 'garbage'],
    ['from another compiler format', { format: 99, version: 'x', entries: [], vocab: '', tables: {} }],
    ['out of date', { format: 1, version: 'custom.f1.1.00000000', entries: [], vocab: '', tables: {} }],
  ])('%s', async (_, stored) => {
    await customPhrasesItem.setValue([BLOC]);
    await fakeBrowser.storage.local.set({ customLexicon: stored });
    expect(await ensureCustomLexicon(simpleInflector)).toBe(true);
    expect((await readCustomLexicon())?.entries.map((e) => e.id)).toEqual([BLOC.id]);
    expect(await ensureCustomLexicon(simpleInflector)).toBe(false);
  });

  test('the content side never throws on a damaged value', () => {
    for (const value of [null, 'x', 1, [], {}, { format: 1, entries: [{}], tables: null }]) expect(decodeCustomLexicon(value)).toBeNull();
  });
});

describe('damaged phrase lists', () => {
  test('a list that is not a list is kept aside and emptied', async () => {
    await fakeBrowser.storage.local.set({ customPhrases: { not: 'a list' } });
    expect(await readCustomPhrases()).toEqual([]);
    const [issue] = await readIssues();
    expect(issue).toMatchObject({ key: 'local:customPhrases', problems: ['customPhrases: expected a list, found an object'] });
    expect((await fakeBrowser.storage.local.get(issue.copy.slice('local:'.length)))[issue.copy.slice('local:'.length)]).toMatchObject({ value: { not: 'a list' } });
  });

  test('one bad phrase is dropped, the others kept', async () => {
    await fakeBrowser.storage.local.set({ customPhrases: [BLOC, { ...DIGNITY, variants: 'x' }, DIGNITY, BLOC] });
    expect(await readCustomPhrases()).toEqual([BLOC, DIGNITY]);
    expect((await readIssues())[0].problems).toEqual(['customPhrases[1].variants: expected a list, found "x"', 'customPhrases[3]: repeats the id "custom-hegemonic-bloc"']);
    expect(await customPhrasesItem.getValue()).toEqual([BLOC, DIGNITY]);
    expect(await customLexiconItem.getValue()).toBeNull();
  });
});
