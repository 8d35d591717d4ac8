import { beforeAll, describe, expect, test } from 'vitest';
import { simpleInflector, testEntries } from '../../tests/support/test-lexicon';
import { loadCommonWords } from './common-words';
import { buildPhraseIndexSync } from './duplicates';
import { newPhraseId, phraseKey, toCompilable, type CustomPhrase } from './phrases';
import { cleanDraft, validateDraft, type PhraseDraft, type ValidationContext } from './validate';

const mine: CustomPhrase = { id: 'custom-hegemonic-bloc', phrase: 'hegemonic bloc', variants: ['hegemonic bloc~n'], label: 'my research', note: '', added: 1 };

let context: ValidationContext;
beforeAll(async () => {
  context = {
    inflector: simpleInflector,
    builtin: buildPhraseIndexSync(testEntries, simpleInflector),
    common: await loadCommonWords(),
    others: [mine],
  };
});

const draft = (phrase: string, variants: string[] = [], extra: Partial<PhraseDraft> = {}): PhraseDraft => ({ phrase, variants, label: '', note: '', ...extra });

describe('a phrase is accepted', () => {
  test.each([
    ['a new phrase of several words', draft('Imperialist warmongers', ['imperialist warmonger~n'])],
    ['a rare single word', draft('Russophobia')],
    ['a variant that repeats the phrase', draft('sovereign dignity', ['(our|) sovereign dignity'])],
    ['blank variant fields', draft('sovereign dignity', ['', '   '])],
  ])('%s', (_, input) => {
    expect(validateDraft(input, context)).toMatchObject({ ok: true });
  });

  test('cleaned: trimmed, inner spaces collapsed, blank variants dropped', () => {
    expect(cleanDraft(draft('  sovereign   dignity ', [' a  b ', ''], { label: ' me ', note: ' n ' }))).toEqual(draft('sovereign dignity', ['a b'], { label: 'me', note: 'n' }));
  });
});

describe('a phrase is refused, with a message at its field', () => {
  test.each([
    ['empty', draft('   '), 'phrase', /Enter the phrase/],
    ['punctuation only', draft('?!…'), 'phrase', /no letters or digits/],
    ['a single common word', draft('Hello'), 'phrase', /“hello” is a common English word/],
    ['a common word as a possessive', draft("people's"), 'phrase', /common English word/],
    ['a built-in phrase', draft('The Collective West'), 'phrase', /already in the built-in list, as “\(the\|\) collective west”/],
    ['a built-in inflected form', draft('danced to the tune of others'), 'phrase', /built-in list/],
    ['one of my phrases', draft('Hegemonic-Bloc'), 'phrase', /already one of your phrases \(“hegemonic bloc”\)/],
    ['an inflected form of one of mine', draft('hegemonic blocs'), 'phrase', /already one of your phrases/],
    ['a label too long', draft('sovereign dignity', [], { label: 'x'.repeat(61) }), 'label', /longer than 60/],
    ['a note too long', draft('sovereign dignity', [], { note: 'x'.repeat(1001) }), 'note', /longer than 1000/],
  ])('%s', (_, input, field, message) => {
    const result = validateDraft(input, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[field as 'phrase' | 'label' | 'note']).toMatch(message);
  });

  test.each([
    ['an unclosed group', '(the|a collective', /does not compile: pattern "\(the\|a collective": unclosed "\("/],
    ['capitals', 'Sovereign Dignity', /must be lower case/],
    ['punctuation stuck to a word', 'sovereign, dignity', /a comma or quotation mark stands alone/],
    ['other punctuation', 'sovereign; dignity', /is not a word/],
    ['an empty alternative set', '(|)', /does not compile/],
    ['a common word among its forms', '(world|sovereign dignity)', /“world” is a common English word/],
    ['a built-in phrase among its forms', '(the|) collective west', /already in the built-in list/],
  ])('a variant with %s', (_, variant, message) => {
    const result = validateDraft(draft('sovereign dignity', ['sovereign dignities', variant]), context);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.variants[0]).toBeUndefined();
      expect(result.problems.variants[1]).toMatch(message);
      expect(result.problems.phrase).toBeUndefined();
    }
  });
});

describe('custom phrase records', () => {
  test('ids are stable kebab-case and never repeat', () => {
    expect(newPhraseId('The “Collective” West!', [])).toBe('custom-the-collective-west');
    expect(newPhraseId('the collective west', ['custom-the-collective-west'])).toBe('custom-the-collective-west-2');
    expect(newPhraseId('中国', [])).toMatch(/^custom-[a-z0-9-]+$/);
  });

  test('the phrase key folds case, hyphens and apostrophes', () => {
    expect(phraseKey('Master-Servant ’relations’')).toBe(phraseKey("master servant 'relations'"));
  });

  test('compiles as a custom, signature entry labelled with its source label', () => {
    expect(toCompilable(mine)).toMatchObject({ id: mine.id, custom: true, tier: 'signature', patterns: ['hegemonic bloc', 'hegemonic bloc~n'], sources: ['my research'] });
  });
});
