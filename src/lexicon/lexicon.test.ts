/**
 * Walks the whole built-in lexicon: every field, every example, the guards
 * against our neutral fixtures, unique phrases, and no pattern that is a
 * single common English word.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { foldWords } from '../core/chars';
import { patternPhrases } from '../core/compile';
import { compromiseInflector } from '../core/inflect';
import { Matcher } from '../core/matcher';
import type { LexiconEntry } from '../core/types';
import { FAMILY_IDS } from './families';
import { isCommonSingleWord, loadCommonWords } from '../custom/common-words';
import { compileBuiltin } from './build';
import { families, lexicon, originals } from './index';
import { unknownVariantIds } from './original';
import { validateLexicon } from './validate';


const NEUTRAL = readFileSync(new URL('../../tests/fixtures/neutral-sentences.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

let matcher: Matcher;
beforeAll(async () => {
  matcher = new Matcher(await compileBuiltin());
}, 120_000);

function idsFound(text: string): string[] {
  return matcher.scan(text).hits.map((h) => matcher.entries[h.entry].id);
}

describe('the lexicon as a whole', () => {
  test('validates: fields, ids, phrases, related ids, patterns', () => {
    expect(validateLexicon(lexicon, compromiseInflector)).toEqual([]);
  }, 60_000);

  test('every entry compiled', () => {
    expect(matcher.entries.map((e) => e.id)).toEqual(lexicon.map((e) => e.id));
  });

  test('no pattern is a single common English word (the rule your own phrases follow too)', async () => {
    const common = await loadCommonWords(); // the 20,000 most frequent words of spoken English (SUBTLEX)
    const single: string[] = [];
    for (const entry of lexicon)
      for (const pattern of entry.patterns)
        for (const words of patternPhrases(pattern, compromiseInflector))
          if (isCommonSingleWord(words, common)) single.push(`${entry.id}: ${words[0]}`);
    expect(single).toEqual([]);
  }, 60_000);

  test('no two entries share an expanded phrase (the earlier would silently shadow the later)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of lexicon)
      for (const pattern of entry.patterns)
        for (const words of patternPhrases(pattern, compromiseInflector)) {
          const key = words.join(' ');
          const other = owner.get(key);
          if (other !== undefined && other !== entry.id) clashes.push(`"${key}": ${other} and ${entry.id}`);
          owner.set(key, entry.id);
        }
    expect(clashes).toEqual([]);
  }, 60_000);

  test('each family file holds its own family', () => {
    for (const source of FAMILY_IDS) for (const entry of families[source]) expect(entry.sources, entry.id).toContain(source);
    for (const entry of families.shared) expect(entry.sources.length, entry.id).toBeGreaterThanOrEqual(2);
  });

  test('not one neutral fixture sentence is highlighted', () => {
    expect(NEUTRAL.length).toBeGreaterThanOrEqual(150);
    const highlighted = NEUTRAL.map((sentence) => [sentence, idsFound(sentence)] as const).filter(([, ids]) => ids.length > 0);
    expect(highlighted).toEqual([]);
  });

  test.each(['ko', 'zh', 'ru'])('not one neutral %s fixture sentence is highlighted (South Korean, Taiwanese, independent Russian news)', (lang) => {
    const sentences = readFileSync(new URL(`../../tests/fixtures/neutral-sentences-${lang}.txt`, import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(sentences.length).toBeGreaterThanOrEqual(25);
    const highlighted = sentences.map((sentence) => [sentence, idsFound(sentence)] as const).filter(([, ids]) => ids.length > 0);
    expect(highlighted).toEqual([]);
  });

  test('every original-language variant belongs to an entry', () => {
    expect(unknownVariantIds(lexicon, originals)).toEqual([]);
  });
});

describe.each(lexicon.map((entry): [string, LexiconEntry] => [entry.id, entry]))('%s', (id, entry) => {
  test('its matching examples match it', () => {
    const missed = entry.examples.match.filter((sentence) => !idsFound(sentence).includes(id));
    expect(missed).toEqual([]);
  });

  test('its non-matching examples do not', () => {
    const wrong = entry.examples.noMatch.filter((sentence) => idsFound(sentence).includes(id));
    expect(wrong).toEqual([]);
  });

  test('its phrase folds to words', () => {
    expect(foldWords(entry.phrase).length).toBeGreaterThan(0);
  });
});
