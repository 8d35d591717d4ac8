/**
 * Checks a phrase the user is adding or editing, field by field, with
 * messages meant to be shown beside the field: an empty phrase, a single
 * common word, a duplicate of a built-in or custom entry, a variant that does
 * not compile. Pure: the inflector, the built-in index and the common words
 * come in as arguments (validation-context.ts loads them).
 */
import { foldWords } from '../core/chars';
import { MAX_PHRASE_WORDS, patternPhrases } from '../core/compile';
import type { Inflector } from '../core/pattern';
import { isCommonSingleWord } from './common-words';
import type { PhraseIndex } from './duplicates';
import { LIMITS, type CustomPhrase } from './phrases';

export interface PhraseDraft {
  phrase: string;
  variants: string[];
  label: string;
  note: string;
}

export interface DraftProblems {
  phrase?: string;
  /** One slot per variant in the draft, in order. */
  variants: (string | undefined)[];
  label?: string;
  note?: string;
}

export interface ValidationContext {
  inflector: Inflector;
  /** The built-in entries, by exact phrase. */
  builtin: PhraseIndex;
  /** The most frequent English words (common-words.ts). */
  common: ReadonlySet<string>;
  /**
   * The user's other phrases (without the one being edited), or an index of
   * them built once: an import checks hundreds of phrases against the same
   * growing set, and rebuilding it for each one made imports quadratic.
   */
  others: readonly CustomPhrase[] | CustomPhraseIndex;
}

/** `sequences`: every folded word sequence the phrase and its variants stand for, for `CustomPhraseIndex.addSequences`. */
export type DraftResult = { ok: true; value: PhraseDraft; sequences: string[] } | { ok: false; problems: DraftProblems };

/** The draft as it will be stored: trimmed, blank variants dropped. */
export function cleanDraft(draft: PhraseDraft): PhraseDraft {
  return {
    phrase: draft.phrase.trim().replace(/\s+/g, ' '),
    variants: draft.variants.map((v) => v.trim().replace(/\s+/g, ' ')).filter((v) => v !== ''),
    label: draft.label.trim(),
    note: draft.note.trim(),
  };
}

/**
 * Every folded word sequence of the user's phrases (the phrase itself and each
 * variant, expanded), with the phrase it belongs to. Built once and grown one
 * phrase at a time, so that checking n phrases expands each pattern once here.
 */
export class CustomPhraseIndex {
  readonly #byWords = new Map<string, CustomPhrase>();
  /** How many sequences the added phrases expanded to, repeats included: the work an import has done. */
  sequences = 0;

  constructor(
    readonly inflector: Inflector,
    phrases: Iterable<CustomPhrase> = [],
  ) {
    for (const phrase of phrases) this.add(phrase);
  }

  add(phrase: CustomPhrase): void {
    for (const pattern of [foldWords(phrase.phrase).join(' '), ...phrase.variants]) {
      try {
        this.addSequences(phrase, patternPhrases(pattern, this.inflector).map((words) => words.join(' ')));
      } catch {
        // A stored variant that no longer compiles cannot collide with anything; its own row shows the error.
      }
    }
  }

  /** Adds a phrase by the sequences `validateDraft` already expanded for it, so that an import expands each pattern once. */
  addSequences(phrase: CustomPhrase, sequences: readonly string[]): void {
    for (const key of sequences) {
      this.sequences++;
      if (!this.#byWords.has(key)) this.#byWords.set(key, phrase);
    }
  }

  get(key: string): CustomPhrase | undefined {
    return this.#byWords.get(key);
  }
}

/** What is wrong with one folded word sequence, or undefined. `what` names it in the message. */
function sequenceProblem(words: string[], what: string, context: ValidationContext, custom: CustomPhraseIndex): string | undefined {
  if (words.length > MAX_PHRASE_WORDS) return `${what} has ${words.length} words; at most ${MAX_PHRASE_WORDS} can be matched.`;
  if (isCommonSingleWord(words, context.common)) {
    return `“${words[0]}” is a common English word on its own, so it would be highlighted almost everywhere. Add the words around it that make it a set phrase.`;
  }
  const builtin = context.builtin(words);
  if (builtin) return `“${words.join(' ')}” is already in the built-in list, as “${builtin.phrase}”.`;
  const other = custom.get(words.join(' '));
  if (other) return `“${words.join(' ')}” is already one of your phrases (“${other.phrase}”).`;
  return undefined;
}

export function validateDraft(input: PhraseDraft, context: ValidationContext): DraftResult {
  const draft = cleanDraft(input);
  const problems: DraftProblems = { variants: input.variants.map(() => undefined) };
  const custom = context.others instanceof CustomPhraseIndex ? context.others : new CustomPhraseIndex(context.inflector, context.others);
  const sequences: string[] = [];

  if (draft.phrase === '') problems.phrase = 'Enter the phrase to highlight.';
  else if (draft.phrase.length > LIMITS.phrase) problems.phrase = `The phrase is longer than ${LIMITS.phrase} characters.`;
  else {
    const words = foldWords(draft.phrase);
    sequences.push(words.join(' '));
    problems.phrase = words.length === 0 ? 'The phrase has no letters or digits to match.' : sequenceProblem(words, 'The phrase', context, custom);
  }

  const seen = new Set<string>();
  input.variants.forEach((raw, slot) => {
    const variant = raw.trim().replace(/\s+/g, ' ');
    if (variant === '') return;
    if (variant.length > LIMITS.variant) {
      problems.variants[slot] = `This variant is longer than ${LIMITS.variant} characters.`;
      return;
    }
    let phrases: string[][];
    try {
      phrases = patternPhrases(variant, context.inflector);
    } catch (error) {
      problems.variants[slot] = `This variant does not compile: ${(error as Error).message}.`;
      return;
    }
    for (const words of phrases) {
      const key = words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const problem = sequenceProblem(words, 'This variant', context, custom);
      if (problem) {
        problems.variants[slot] = problem;
        return;
      }
    }
  });
  if (draft.variants.length > LIMITS.variants) problems.variants[input.variants.length - 1] ??= `At most ${LIMITS.variants} variants.`;

  if (draft.label.length > LIMITS.label) problems.label = `The label is longer than ${LIMITS.label} characters.`;
  if (draft.note.length > LIMITS.note) problems.note = `The note is longer than ${LIMITS.note} characters.`;

  const ok = !problems.phrase && !problems.label && !problems.note && problems.variants.every((p) => p === undefined);
  return ok ? { ok: true, value: draft, sequences: [...sequences, ...seen] } : { ok: false, problems };
}
