/**
 * Validation of lexicon entries: every field present and well formed, ids
 * and phrases unique, related ids existing, patterns compiling. The build
 * refuses a lexicon with problems; the tests walk the same checks.
 */
import { patternPhrases } from '../core/compile';
import type { Inflector } from '../core/pattern';
import { TECHNIQUES, TIERS, type LexiconEntry } from '../core/types';
import { FAMILY_IDS } from './families';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Sentences in an explanation, counted at terminal punctuation followed by a space and a capital. */
export function countSentences(text: string): number {
  return text.trim().split(/(?<=[.!?])\s+(?=[A-Z"“(])/).filter((s) => s.trim() !== '').length;
}

/** Every problem with the entries, as `id: problem` lines. */
export function validateLexicon(entries: LexiconEntry[], inflector: Inflector): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const phrases = new Map<string, string>();

  for (const entry of entries) {
    const say = (problem: string) => problems.push(`${entry.id ?? '(no id)'}: ${problem}`);
    if (typeof entry.id !== 'string' || !KEBAB.test(entry.id)) say('id must be kebab-case');
    if (ids.has(entry.id)) say('duplicate id');
    ids.add(entry.id);

    if (typeof entry.phrase !== 'string' || entry.phrase.trim() === '') say('phrase is empty');
    else {
      // Commas and quotation marks inside a formula are optional in patterns, so they do not tell two phrases apart.
      const key = entry.phrase
        .toLowerCase()
        .replace(/[,，、"“”«»„‘「」『』]|(?<!\p{L})['’]|['’](?!\p{L})/gu, ' ')
        .replace(/[’']/g, "'")
        .replace(/[\s-]+/g, ' ')
        .trim();
      const other = phrases.get(key);
      if (other) say(`phrase duplicates ${other}`);
      phrases.set(key, entry.id);
    }

    if (!Array.isArray(entry.patterns) || entry.patterns.length === 0) say('needs at least one pattern');
    else
      for (const pattern of entry.patterns) {
        try {
          patternPhrases(pattern, inflector);
        } catch (error) {
          say((error as Error).message);
        }
      }
    for (const pattern of [...(entry.guards ?? []), ...(entry.context ?? [])]) {
      try {
        patternPhrases(pattern, inflector);
      } catch (error) {
        say(`guard or context: ${(error as Error).message}`);
      }
    }

    if (!Array.isArray(entry.sources) || entry.sources.length === 0) say('needs at least one source');
    else for (const s of entry.sources) if (!(FAMILY_IDS as readonly string[]).includes(s)) say(`unknown source "${s}"`);
    if (!Array.isArray(entry.techniques) || entry.techniques.length === 0) say('needs at least one technique');
    else for (const t of entry.techniques) if (!(TECHNIQUES as readonly string[]).includes(t)) say(`unknown technique "${t}"`);
    if (!(TIERS as readonly string[]).includes(entry.tier)) say(`unknown tier "${entry.tier}"`);

    if (typeof entry.explanation !== 'string') say('explanation missing');
    else {
      const n = countSentences(entry.explanation);
      if (n < 2 || n > 5) say(`explanation has ${n} sentences; write 2 to 5`);
    }
    if (typeof entry.origin !== 'string') say('origin must be a string ("" when unknown)');
    if (entry.original !== undefined && (typeof entry.original !== 'string' || entry.original.trim() === '')) say('original, when set, must be text');
    if (!Array.isArray(entry.related)) say('related must be a list');
    if (!Array.isArray(entry.guards)) say('guards must be a list');
    if (!entry.examples || !Array.isArray(entry.examples.match) || !Array.isArray(entry.examples.noMatch)) say('examples need match and noMatch lists');
    else {
      if (entry.examples.match.length < 2) say('needs at least two matching examples');
      if (entry.tier === 'common' && entry.examples.noMatch.length < 1) say('a common entry needs at least one non-matching example');
    }
  }

  for (const entry of entries)
    for (const id of entry.related ?? []) {
      if (!ids.has(id)) problems.push(`${entry.id}: related id "${id}" does not exist`);
      if (id === entry.id) problems.push(`${entry.id}: relates to itself`);
    }
  return problems;
}
