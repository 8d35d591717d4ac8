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
import { validateDraft, type ValidationContext } from '../custom/validate';
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
export type ImportContext = Omit<ValidationContext, 'others'>;

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

function planPhrases(file: SettingsFile, current: CustomPhrase[], mode: ImportMode, context: ImportContext, now: number): Checked<{ phrases: CustomPhrase[]; added: number; skipped: string[] }> {
  if (!file.customPhrases) return { ok: true, value: { phrases: current, added: 0, skipped: [] } };
  const phrases = mode === 'merge' ? [...current] : [];
  const skipped: string[] = [];
  let added = 0;
  for (const [i, incoming] of file.customPhrases.entries()) {
    const name = `customPhrases[${i}] (“${incoming.phrase.trim()}”)`;
    const key = phraseKey(incoming.phrase);
    const same = phrases.find((p) => phraseKey(p.phrase) === key);
    if (same) {
      if (mode === 'merge' && current.includes(same)) {
        skipped.push(`“${incoming.phrase.trim()}”: you already have it`);
        continue;
      }
      return { ok: false, error: `The file lists the phrase ${name} twice.` };
    }
    const builtin = context.builtin(foldWords(incoming.phrase));
    if (builtin) {
      skipped.push(`“${incoming.phrase.trim()}”: the built-in list now has it, as “${builtin.phrase}”`);
      continue;
    }
    const checked = validateDraft(incoming, { ...context, others: phrases });
    if (!checked.ok) {
      const { phrase, variants, label, note } = checked.problems;
      const slot = variants.findIndex((v) => v !== undefined);
      const problem = phrase ?? (slot >= 0 ? `variant ${slot + 1}: ${variants[slot]}` : (label ?? note));
      return { ok: false, error: `The file's phrase ${name} cannot be added: ${problem}` };
    }
    const taken = phrases.map((p) => p.id);
    const id = incoming.id && !taken.includes(incoming.id) ? incoming.id : newPhraseId(checked.value.phrase, taken);
    phrases.push({ id, ...checked.value, added: incoming.added ?? now });
    added++;
  }
  return { ok: true, value: { phrases, added, skipped } };
}

/** The state after importing `file`, or the reason it cannot be imported. Pure. */
export function planImport(file: SettingsFile, current: ImportState, mode: ImportMode, context: ImportContext, now = Date.now()): Checked<ImportPlan> {
  const phrases = planPhrases(file, current.phrases, mode, context, now);
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

/** Reads, checks and applies a settings file's text. On any problem, nothing is written. */
export async function importSettingsText(content: string, mode: ImportMode, context: ImportContext & { inflector: Inflector }): Promise<Checked<ImportSummary>> {
  const file = parseSettingsFile(content);
  if (!file.ok) return file;
  const [settings, phrases] = await Promise.all([readSettings(), readCustomPhrases()]);
  const plan = planImport(file.value, { settings, phrases }, mode, context);
  if (!plan.ok) return plan;
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
