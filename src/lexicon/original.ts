/**
 * The lexicon in the languages the state media write in: Korean, Chinese and
 * Russian patterns for the English entries, kept in `<family>/original.ts`
 * and merged into the entries by id (so the entries' files stay as they are).
 *
 * A variant adds patterns, guards and examples to the entry it belongs to;
 * the card shows the entry's English phrase and explanation as the gloss of
 * what the page says. Besides the hand-written variants, an entry's
 * `original` becomes a pattern of its own where it is a plain formula
 * (`derivedPatterns`), unless its family's file lists the id in `underived`
 * (too common in ordinary writing in that language, or not a fixed form).
 */
import { agreeingPhrases, type Gender } from '../core/inflect-ru';
import type { LexiconEntry } from '../core/types';
import { FAMILIES } from './families';

export interface OriginalVariant {
  /** The id of the entry it belongs to. */
  id: string;
  /** Patterns in the original script (same syntax; `~a` and `~n` inflect Russian words). */
  patterns: string[];
  /** Guards in that language: ordinary uses of the words. */
  guards?: string[];
  /** Sentences we wrote in that language that must produce a hit of the entry. */
  match: string[];
  /** Sentences we wrote in that language that must not. */
  noMatch?: string[];
}

/** A variant, written compactly in a family's `original.ts`: `variant(id, patterns, match, { guards, noMatch })`. */
export function variant(id: string, patterns: string[], match: string[], extra: Partial<OriginalVariant> = {}): OriginalVariant {
  return { id, patterns, match, ...extra };
}

/** The fields a family's whole original-language entry may leave out: its family, an unknown origin, no related entries. */
export type OriginalEntryFields = Omit<LexiconEntry, 'sources' | 'origin' | 'related'> & Partial<Pick<LexiconEntry, 'related' | 'origin'>>;

/** A maker of whole entries for one family, with the family's source and the defaults above. */
export function entryOf(source: string): (fields: OriginalEntryFields) => LexiconEntry {
  return (fields) => ({ sources: [source], origin: '', related: [], ...fields });
}

export interface OriginalData {
  variants: OriginalVariant[];
  /** Formulas with no fixed English rendering: whole entries, written in the original. */
  entries: LexiconEntry[];
  /** Entries whose `original` is not turned into a pattern. */
  underived: string[];
}

const HAN_ONLY = /^[\p{Script=Han}]+$/u;
const HANGUL_WORDS = /^[\p{Script=Hangul}]+(?: [\p{Script=Hangul}]+)*$/u;
const CYRILLIC_WORDS = /^[\p{Script=Cyrillic}]+(?:[ -][\p{Script=Cyrillic}]+)*$/u;
/** A Russian adjective in the masculine or feminine nominative singular. */
const ADJECTIVE = /^[а-яё]+(ый|ий|ой|ая|яя|ое|ее)$/;
/** A Russian noun in the nominative singular that the paradigms inflect. */
const NOUN = /^[а-яё]+[бвгджзклмнпрстфхцчшщаяоеьй]$/;

/** The masculine form of a Russian adjective: коллективная → коллективный. */
function masculine(adjective: string): string {
  if (/(ый|ий|ой)$/.test(adjective)) return adjective;
  const stem = adjective.slice(0, -2);
  if (adjective.endsWith('яя') || adjective.endsWith('ее')) return `${stem}ий`;
  return /[гкхжшщч]$/.test(stem) ? `${stem}ий` : `${stem}ый`;
}

/**
 * A pattern for a Russian phrase of adjectives and a noun in the nominative
 * singular, matching its every case and number with the words agreeing
 * (`специальная военная операция` → `(специальная военная операция|специальной военной операции|…)`).
 * Other phrases are returned as written.
 */
export function ruPhrase(phrase: string): string {
  const words = phrase.toLowerCase().split(' ');
  const noun = words[words.length - 1];
  const adjectives = words.slice(0, -1);
  if (adjectives.length === 0 || !adjectives.every((w) => ADJECTIVE.test(w)) || !NOUN.test(noun)) {
    // A noun and what depends on it (империя лжи, героизация нацизма): the first word inflects.
    if (words.length > 1 && !ADJECTIVE.test(words[0]) && !/(ые|ие|ых|их)$/.test(words[0]) && NOUN.test(words[0]) && !words[0].includes('-')) return [`${words[0]}~n`, ...words.slice(1)].join(' ');
    return phrase.toLowerCase();
  }
  const first = adjectives[0];
  const gender: Gender = /(ая|яя)$/.test(first) ? 'f' : /(ое|ее)$/.test(first) ? 'n' : 'm';
  return `(${agreeingPhrases(adjectives.map(masculine), noun, gender).join('|')})`;
}

/**
 * The pattern an entry's `original` stands for, or none: Chinese as written
 * (a character per token), Korean words as written (every spacing is added
 * by the compiler), Russian adjectives-then-noun phrases inflected
 * (`коллективный~a запад~n`), other Russian phrases as written.
 */
export function derivedPatterns(entry: LexiconEntry): string[] {
  const original = entry.original?.trim();
  if (!original) return [];
  if (HAN_ONLY.test(original) && original.length >= 2) return [original];
  if (HANGUL_WORDS.test(original)) return [original];
  const lower = original.toLowerCase();
  if (!CYRILLIC_WORDS.test(lower)) return [];
  const words = lower.split(' ');
  const last = words[words.length - 1];
  const before = words.slice(0, -1);
  if (before.length > 0 && before.every((w) => ADJECTIVE.test(w)) && NOUN.test(last) && !last.includes('-')) return [ruPhrase(lower)];
  if (words.length === 1 && NOUN.test(last) && last.length >= 6) return [`${last}~n`];
  return [ruPhrase(lower)];
}

/** The context markers of some families that are written in Korean, Chinese or Russian. */
function originalMarkers(sources: readonly string[]): string[] {
  return FAMILIES.filter((f) => sources.includes(f.id)).flatMap((f) => f.contextMarkers.filter((m) => /[^\x00-\u024f]/.test(m)));
}

/** The ids of variants that belong to none of the entries: each is a mistake in an original.ts file. */
export function unknownVariantIds(entries: LexiconEntry[], data: OriginalData[]): string[] {
  const ids = new Set(entries.map((e) => e.id));
  return data.flatMap((d) => d.variants.map((v) => v.id)).filter((id) => !ids.has(id));
}

/**
 * The entries with their original-language patterns, guards and examples merged in, then the new entries. */
export function withOriginals(entries: LexiconEntry[], data: OriginalData): LexiconEntry[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const merged = new Map<string, LexiconEntry>();
  const copy = (id: string): LexiconEntry => {
    let entry = merged.get(id);
    if (!entry) {
      const base = byId.get(id)!;
      entry = { ...base, patterns: [...base.patterns], guards: [...base.guards], context: base.context && [...base.context], examples: { match: [...base.examples.match], noMatch: [...base.examples.noMatch] } };
      merged.set(id, entry);
    }
    return entry;
  };
  const underived = new Set(data.underived);
  for (const entry of entries) {
    // A `common` entry needs context, which its `original` alone does not give: its variants are written by hand.
    if (underived.has(entry.id) || entry.tier !== 'signature') continue;
    const derived = derivedPatterns(entry).filter((p) => !entry.patterns.includes(p));
    if (derived.length === 0) continue;
    const target = copy(entry.id);
    target.patterns.push(...derived);
    if (target.context) for (const marker of originalMarkers(target.sources)) if (!target.context.includes(marker)) target.context.push(marker);
    target.examples.match.push(entry.original!.trim());
  }
  for (const variant of data.variants) {
    if (!byId.has(variant.id)) continue; // an entry of another list (the shared formulas): merged there
    const target = copy(variant.id);
    for (const p of variant.patterns) if (!target.patterns.includes(p)) target.patterns.push(p);
    // An entry's own context is written in English: its sources' markers in the other languages count as well.
    if (target.context) for (const marker of originalMarkers(target.sources)) if (!target.context.includes(marker)) target.context.push(marker);
    target.guards.push(...(variant.guards ?? []));
    target.examples.match.push(...variant.match);
    target.examples.noMatch.push(...(variant.noMatch ?? []));
  }
  return [...entries.map((e) => merged.get(e.id) ?? e), ...data.entries];
}
