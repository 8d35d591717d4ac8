/**
 * Applies a settings file: all of it or none of it. The new state is worked
 * out in full first (every phrase checked and compiled), then written in one
 * `storage.local.set`; any problem on the way leaves storage as it was.
 *
 * A section the file leaves out (`settings`, `customPhrases`, or any single
 * setting) is left as it is. For the sections it has:
 * - replace: the settings it sets replace yours, the ones it leaves out
 *   return to their defaults; its phrases replace yours.
 * - merge: the settings it sets replace yours, except the site lists, which
 *   are joined; its phrases are added to yours, repeats skipped.
 * A phrase that the built-in list now has is skipped, and said so.
 */
import { storage } from 'wxt/utils/storage';
import { foldWords } from '../core/chars';
import type { Inflector } from '../core/pattern';
import { customPhraseWrites } from '../custom/compile';
import { newPhraseId, phraseKey, readCustomPhrases, type CustomPhrase } from '../custom/phrases';
import { CustomPhraseIndex, validateDraft, type ValidationContext } from '../custom/validate';
import { parseSettingsFile, type SettingsFile } from './settings-file';
import { defaultSettings, MAX_SITES, readSettings, settingsWrites, type Settings } from './settings';
import type { Checked } from './storage-schema';

export type ImportMode = 'merge' | 'replace';

export interface ImportSummary {
  /** How many settings the file set. */
  settings: number;
  phrasesAdded: number;
  /** Phrases left out, with why. */
  skipped: string[];
}

export interface ImportPlan {
  settings: Settings;
  phrases: CustomPhrase[];
  summary: ImportSummary;
}

export interface ImportState {
  settings: Settings;
  phrases: CustomPhrase[];
}

/** The checks a phrase needs, without the user's other phrases (the plan supplies those as it goes). */
export type ImportContext = Omit<ValidationContext, 'others'> & {
  /** Overrides MAX_IMPORT_SEQUENCES (tests). */
  maxSequences?: number;
};

function joinSites(mine: string[], theirs: string[]): string[] {
  const out = [...mine];
  for (const site of theirs) if (!out.includes(site)) out.push(site);
  return out.slice(0, MAX_SITES);
}

function planSettings(file: SettingsFile, current: Settings, mode: ImportMode): Settings {
  const incoming = structuredClone(file.settings ?? {});
  if (!file.settings) return current;
  if (mode === 'replace') return { ...defaultSettings(), ...incoming, paused: current.paused };
  return {
    ...current,
    ...incoming,
    deniedSites: joinSites(current.deniedSites, incoming.deniedSites ?? []),
    allowedSites: joinSites(current.allowedSites, incoming.allowedSites ?? []),
  };
}

type PhrasePlan = Checked<{ phrases: CustomPhrase[]; added: number; skipped: string[] }>;

/**
 * Most word sequences a file's phrases may expand to in all (every variant
 * with its inflections and alternatives). 500 phrases of 20 variants of a
 * dozen forms each stay far below it; a file made to expand each variant to
 * the pattern limit is refused instead of filling memory.
 */
export const MAX_IMPORT_SEQUENCES = 250_000;

/**
 * Checks the file's phrases one by one, yielding how many are done after each.
 * Every check reads one index of the phrases so far, built once and grown as
 * phrases are added, so the work is linear in the file.
 */
function* planPhrases(file: SettingsFile, current: CustomPhrase[], mode: ImportMode, context: ImportContext, now: number): Generator<number, PhrasePlan> {
  if (!file.customPhrases) return { ok: true, value: { phrases: current, added: 0, skipped: [] } };
  const phrases = mode === 'merge' ? [...current] : [];
  const mine = new Set(current);
  const byKey = new Map(phrases.map((p) => [phraseKey(p.phrase), p]));
  const taken = new Set(phrases.map((p) => p.id));
  const index = new CustomPhraseIndex(context.inflector, phrases);
  const others = index.sequences;
  const limit = context.maxSequences ?? MAX_IMPORT_SEQUENCES;
  const skipped: string[] = [];
  let added = 0;
  for (const [i, incoming] of file.customPhrases.entries()) {
    const name = `customPhrases[${i}] (“${incoming.phrase.trim()}”)`;
    const key = phraseKey(incoming.phrase);
    const same = byKey.get(key);
    if (same) {
      if (mode === 'merge' && mine.has(same)) {
        skipped.push(`“${incoming.phrase.trim()}”: you already have it`);
        yield i + 1;
        continue;
      }
      return { ok: false, error: `The file lists the phrase ${name} twice.` };
    }
    const builtin = context.builtin(foldWords(incoming.phrase));
    if (builtin) {
      skipped.push(`“${incoming.phrase.trim()}”: the built-in list now has it, as “${builtin.phrase}”`);
      yield i + 1;
      continue;
    }
    const checked = validateDraft(incoming, { ...context, others: index });
    if (!checked.ok) {
      const { phrase, variants, label, note } = checked.problems;
      const slot = variants.findIndex((v) => v !== undefined);
      const problem = phrase ?? (slot >= 0 ? `variant ${slot + 1}: ${variants[slot]}` : (label ?? note));
      return { ok: false, error: `The file's phrase ${name} cannot be added: ${problem}` };
    }
    const id = incoming.id && !taken.has(incoming.id) ? incoming.id : newPhraseId(checked.value.phrase, taken);
    const phrase: CustomPhrase = { id, ...checked.value, added: incoming.added ?? now };
    phrases.push(phrase);
    byKey.set(key, phrase);
    taken.add(id);
    index.addSequences(phrase, checked.sequences);
    if (index.sequences - others > limit) {
      return { ok: false, error: `The file's phrases expand to more than ${limit.toLocaleString('en-US')} word sequences in all (at ${name}); split it, or use fewer alternatives.` };
    }
    added++;
    yield i + 1;
  }
  return { ok: true, value: { phrases, added, skipped } };
}

function finishPlan(file: SettingsFile, current: ImportState, mode: ImportMode, phrases: PhrasePlan): Checked<ImportPlan> {
  if (!phrases.ok) return phrases;
  return {
    ok: true,
    value: {
      settings: planSettings(file, current.settings, mode),
      phrases: phrases.value.phrases,
      summary: { settings: Object.keys(file.settings ?? {}).length, phrasesAdded: phrases.value.added, skipped: phrases.value.skipped },
    },
  };
}

/** The state after importing `file`, or the reason it cannot be imported. Pure. */
export function planImport(file: SettingsFile, current: ImportState, mode: ImportMode, context: ImportContext, now = Date.now()): Checked<ImportPlan> {
  const steps = planPhrases(file, current.phrases, mode, context, now);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return finishPlan(file, current, mode, step.value);
}

export interface ImportOptions {
  /** Called now and then while the phrases are checked, and once at the end: phrases checked, phrases in the file. */
  onProgress?: (done: number, total: number) => void;
  /** How long to work before letting the page paint and respond, in ms. */
  sliceMs?: number;
}

/** `planImport`, in slices of `sliceMs` with a pause between them, so that a long file never freezes the page. */
async function planImportInSlices(file: SettingsFile, current: ImportState, mode: ImportMode, context: ImportContext, options: ImportOptions): Promise<Checked<ImportPlan>> {
  const total = file.customPhrases?.length ?? 0;
  const sliceMs = options.sliceMs ?? 30;
  const steps = planPhrases(file, current.phrases, mode, context, Date.now());
  let sliceStart = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - sliceStart > sliceMs) {
      options.onProgress?.(step.value, total);
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
    step = steps.next();
  }
  if (step.value.ok) options.onProgress?.(total, total);
  return finishPlan(file, current, mode, step.value);
}

/** Reads, checks and applies a settings file's text. On any problem, nothing is written. */
export async function importSettingsText(content: string, mode: ImportMode, context: ImportContext & { inflector: Inflector }, options: ImportOptions = {}): Promise<Checked<ImportSummary>> {
  const file = parseSettingsFile(content);
  if (!file.ok) return file;
  const [settings, phrases] = await Promise.all([readSettings(), readCustomPhrases()]);
  const plan = await planImportInSlices(file.value, { settings, phrases }, mode, context, options);
  if (!plan.ok) return plan;
  // Let the page paint its last progress before compiling, the one step that runs in a single piece.
  if (options.onProgress) await new Promise((resolve) => setTimeout(resolve, 0));
  let writes;
  try {
    writes = customPhraseWrites(plan.value.phrases, context.inflector);
  } catch (error) {
    return { ok: false, error: `The file's phrases could not be compiled: ${(error as Error).message}` };
  }
  try {
    await storage.setItems([...settingsWrites(plan.value.settings), ...writes]);
  } catch (error) {
    return { ok: false, error: `The browser refused to store the settings (${(error as Error).message}).` };
  }
  return { ok: true, value: plan.value.summary };
}
