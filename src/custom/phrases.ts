/**
 * The user's own phrases, as they typed them, in `local:customPhrases`. The
 * options page compiles them (compile.ts) into `local:customLexicon`,
 * which the content script scans with a second matcher. This module has no
 * compiler in it, so any context may read the phrases.
 */
import { storage } from 'wxt/utils/storage';
import { foldWords } from '../core/chars';
import type { CompilableEntry } from '../core/compile';
import type { Source } from '../core/types';
import { recoverItem } from '../storage/storage-recovery';
import { integer, isPlainObject, listOf, object, text, type Check, type Shape } from '../storage/storage-schema';

export interface CustomPhrase {
  /** Stable kebab-case id (`custom-…`), kept when the phrase is edited. */
  id: string;
  /** The phrase as the user wrote it; matched as its words, case and punctuation folded. */
  phrase: string;
  /** More patterns in the lexicon syntax (`dance~v to the tune`, `(the|) collective west`). */
  variants: string[];
  /** Free text: where the phrase comes from, e.g. "my research". */
  label: string;
  /** Free text shown on the hover card. */
  note: string;
  /** When it was added, in ms since the epoch. */
  added: number;
}

export const LIMITS = { phrases: 500, phrase: 200, variants: 20, variant: 300, label: 60, note: 1000 } as const;

const ID = /^custom-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idCheck: Check<string> = (value, path) =>
  typeof value === 'string' && ID.test(value) && value.length <= 80 ? { ok: true, value } : { ok: false, error: `${path}: expected an id such as "custom-my-phrase"` };

export const CUSTOM_PHRASE_SHAPE: Shape<CustomPhrase> = {
  id: idCheck,
  phrase: text({ max: LIMITS.phrase, nonEmpty: true }),
  variants: listOf(text({ max: LIMITS.variant, nonEmpty: true }), { max: LIMITS.variants }),
  label: text({ max: LIMITS.label }),
  note: text({ max: LIMITS.note }),
  added: integer(0, 8.64e15),
};

export const customPhraseCheck = object<CustomPhrase>(CUSTOM_PHRASE_SHAPE);

export const customPhrasesItem = storage.defineItem<CustomPhrase[]>('local:customPhrases', {
  fallback: [],
  version: 1,
  migrations: {},
});

/** The canonical key of a phrase: its folded words, so "The Collective-West" and "the collective west" are one phrase. */
export function phraseKey(text: string): string {
  return foldWords(text).join(' ');
}

/** The phrase itself as a pattern: its folded words, literally. */
export function phrasePattern(phrase: string): string {
  return phraseKey(phrase);
}

/** A new stable id for a phrase, unlike every id in `taken`. */
export function newPhraseId(phrase: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug =
    foldWords(phrase)
      .join('-')
      .normalize('NFKD')
      .replace(/[^a-z0-9-]+/g, '')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40)
      .replace(/-$/, '') || 'phrase';
  let id = `custom-${slug}`;
  for (let n = 2; used.has(id); n++) id = `custom-${slug}-${n}`;
  return id;
}

/** A phrase as the compiler takes it. Its label stands in its sources, for the hover card; it needs no context. */
export function toCompilable(custom: CustomPhrase): CompilableEntry {
  const label = custom.label.trim();
  const note = custom.note.trim();
  return {
    id: custom.id,
    phrase: custom.phrase.trim(),
    patterns: [phrasePattern(custom.phrase), ...custom.variants.map((v) => v.trim())],
    // The label is free text, not a source family; EntryMeta.sources admits any string for custom entries.
    sources: [label === '' ? 'custom' : label] as unknown as Source[],
    techniques: [],
    tier: 'signature',
    // The card already says "One of your own phrases" on its sources line: this says something else.
    explanation: note === '' ? 'Added by you, without a note.' : note,
    guards: [],
    custom: true,
  };
}

/**
 * Stored phrases made valid: a list that is not a list becomes empty, a
 * phrase that fails its check is dropped; both are reported.
 */
export function repairCustomPhrases(raw: unknown): { phrases: CustomPhrase[]; problems: string[] } {
  if (raw === null || raw === undefined) return { phrases: [], problems: [] };
  if (!Array.isArray(raw)) return { phrases: [], problems: [`customPhrases: expected a list, found ${isPlainObject(raw) ? 'an object' : typeof raw}`] };
  const phrases: CustomPhrase[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  raw.forEach((value, i) => {
    const checked = customPhraseCheck(value, `customPhrases[${i}]`);
    if (!checked.ok) problems.push(checked.error);
    else if (ids.has(checked.value.id)) problems.push(`customPhrases[${i}]: repeats the id "${checked.value.id}"`);
    else {
      ids.add(checked.value.id);
      phrases.push(checked.value);
    }
  });
  return { phrases, problems };
}

/** Reads the phrases, valid; a damaged list is kept aside, repaired and reported. */
export async function readCustomPhrases(): Promise<CustomPhrase[]> {
  let raw: unknown;
  try {
    raw = await customPhrasesItem.getValue();
  } catch (error) {
    console.error('Rhetoric Lens: could not read custom phrases', error);
    return [];
  }
  const { phrases, problems } = repairCustomPhrases(raw);
  if (problems.length > 0) await recoverItem(customPhrasesItem.key, raw, problems, phrases);
  return phrases;
}
