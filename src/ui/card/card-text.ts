/**
 * The card's wording: neutral and descriptive. It says what the phrasing is
 * typical of, never what the page or its author is.
 */
import { foldWords } from '../../core/chars';
import { sourceLabel } from '../../lexicon/families';
import type { Voice } from '../../core/types';
import { techniqueLabel } from '../popup/labels';

/** "Phrasing typical of KCNA", "Phrasing typical of Russian state media and KCNA"; for the user's phrases, their label. */
export function sourcesLine(sources: readonly string[], custom = false): string {
  if (custom) {
    const label = sources.find((s) => s !== 'custom' && s.trim() !== '');
    return label ? `One of your own phrases: ${label}` : 'One of your own phrases';
  }
  const labels = sources.map((s) => sourceLabel(s));
  if (labels.length === 0) return 'Phrasing typical of state media';
  const joined = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
  return `Phrasing typical of ${joined}`;
}

/** "Loaded language, Name-calling". */
export function techniquesLine(techniques: readonly string[]): string {
  return techniques.map((t) => techniqueLabel(t)).join(', ');
}

export function voiceLine(voice: Voice): string {
  return voice === 'quoted' ? 'Quoted: the page reports these words from someone else.' : "In the page's own voice.";
}

/** Whether the words on the page differ from the entry's phrase beyond case, hyphens, spacing, apostrophes and quotation marks. */
export function differsFromPhrase(match: string, phrase: string): boolean {
  return wordsKey(match) !== wordsKey(phrase);
}

/** The folded words of a text, without the apostrophes that end or open one (a closing ’ is a quotation mark there). */
function wordsKey(text: string): string {
  return foldWords(text)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '')
    .join(' ');
}

/** A language the lexicon matches in its own script: its BCP 47 code and its English name. */
export interface OriginalLanguage {
  code: 'ko' | 'zh' | 'ru';
  name: 'Korean' | 'Chinese' | 'Russian';
}

/** The language of words written in Hangul, Han characters or Cyrillic, by their first such letter; undefined for English. */
export function originalLanguage(text: string): OriginalLanguage | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)) return { code: 'ko', name: 'Korean' };
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return { code: 'zh', name: 'Chinese' };
    if (code >= 0x0400 && code <= 0x04ff) return { code: 'ru', name: 'Russian' };
  }
  return undefined;
}

/**
 * The card's line for the words on the page where they differ from the
 * entry's phrase: the words, and the language they are in where that is not
 * English (the phrase above them is then their English gloss). Undefined where
 * they are the phrase.
 */
export function matchParts(match: string, phrase: string): { prefix: string; words: string; language?: OriginalLanguage } | undefined {
  if (!differsFromPhrase(match, phrase)) return undefined;
  const language = originalLanguage(match);
  return { prefix: language ? `On this page, in ${language.name}: ` : 'On this page: ', words: match.trim(), language };
}

/** The card's line as one string, or '' where the words on the page are the phrase. */
export function matchLine(match: string, phrase: string): string {
  const parts = matchParts(match, phrase);
  return parts ? `${parts.prefix}“${parts.words}”` : '';
}

/** The forms on the page that differ from the phrase, each once (compared folded), in order, at most `max`. */
export function otherForms(matches: readonly string[], phrase: string, max = 3): string[] {
  const seen = new Set<string>([wordsKey(phrase)]);
  const out: string[] = [];
  for (const match of matches) {
    const key = wordsKey(match);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(match.trim());
    if (out.length === max) break;
  }
  return out;
}

/** "On this page as “ruling and governed nation”", or '' when every form on the page is the phrase itself. */
export function formsLine(matches: readonly string[], phrase: string): string {
  const forms = otherForms(matches, phrase);
  return forms.length === 0 ? '' : `On this page as ${forms.map((f) => `“${f}”${languageNote(f)}`).join(', ')}`;
}

/** " (Russian)" after a form written in another script, '' after English. */
function languageNote(form: string): string {
  const language = originalLanguage(form);
  return language ? ` (${language.name})` : '';
}
