/**
 * Inflection with compromise: used by the compiler at build time and by the
 * options page for the user's own phrases. Never loaded by the content script.
 */
import nlp from 'compromise';
import { isCyrillicWord, russianForms } from './inflect-ru';
import type { Inflection, Inflector } from './pattern';

/** The part of compromise's three-level API used here; its typings type `tag()` as the base View. */
interface Tagged {
  nouns(): { toPlural(): { text(): string } };
  verbs(): { conjugate(): Record<string, string>[] };
}
const tagged = (word: string, tag: string) => nlp(word).tag(tag) as unknown as Tagged;

function possessives(noun: string): string[] {
  return noun.endsWith('s') ? [`${noun}'`] : [`${noun}'s`];
}

function nounForms(word: string): string[] {
  const plural = tagged(word, 'Noun').nouns().toPlural().text().toLowerCase() || `${word}s`;
  return [word, plural, ...possessives(word), ...(plural !== word ? possessives(plural) : [])];
}

function verbForms(word: string): string[] {
  const [forms] = tagged(word, 'Verb').verbs().conjugate();
  if (!forms) return [word];
  const list = [word, forms.Infinitive, forms.PresentTense, forms.PastTense, forms.Gerund, forms.Participle, forms.PerfectTense?.replace(/^have /, '')];
  return list.filter((f): f is string => typeof f === 'string' && f !== '' && !f.includes(' ')).map((f) => f.toLowerCase());
}

const memo = new Map<string, string[]>();

export const compromiseInflector: Inflector = {
  forms(word: string, kind: Inflection): string[] {
    const key = `${kind}:${word}`;
    let forms = memo.get(key);
    if (!forms) {
      forms = isCyrillicWord(word) ? russianForms(word, kind) : kind === 'a' ? [word] : [...new Set(kind === 'n' ? nounForms(word) : verbForms(word))];
      memo.set(key, forms);
    }
    return forms;
  },
};
