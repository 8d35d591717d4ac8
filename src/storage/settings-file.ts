/**
 * The settings file: everything the user set (settings, site lists, their
 * own phrases) as one versioned JSON document, and its schema. Reading a file
 * checks the whole of it before anything is applied
 * (settings-file-apply.ts), and names the first problem it finds.
 */
import { CUSTOM_PHRASE_SHAPE, LIMITS, readCustomPhrases, type CustomPhrase } from '../custom/phrases';
import { readSettings, SETTINGS_SHAPE, type Settings } from './settings';
import { describe, isPlainObject, listOf, object, text, type Check, type Checked, type Shape } from './storage-schema';

export const FILE_FORMAT = 'rhetoric-lens-settings';
export const FILE_VERSION = 1;
/** Files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 2_000_000;

/** Settings as a file carries them: all but the popup's momentary Pause. */
export type FileSettings = Omit<Settings, 'paused'>;

/** A phrase as a file carries it: a hand-written file may leave out the id and the date. */
export type FilePhrase = Pick<CustomPhrase, 'phrase' | 'variants' | 'label' | 'note'> & Partial<Pick<CustomPhrase, 'id' | 'added'>>;

export interface SettingsFile {
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  /** When it was written, ISO 8601; informative only. */
  exported?: string;
  /** Any subset of the settings; what a file leaves out is left as it is. */
  settings?: Partial<FileSettings>;
  customPhrases?: FilePhrase[];
}

const { paused: _paused, ...fileSettingsShape } = SETTINGS_SHAPE;
const FILE_SETTING_KEYS = Object.keys(fileSettingsShape) as (keyof FileSettings)[];

const filePhraseCheck: Check<FilePhrase> = object<FilePhrase>(CUSTOM_PHRASE_SHAPE as Shape<FilePhrase>, { optional: ['id', 'added'] });

const fileCheck = object<SettingsFile>(
  {
    format: (value, path) => (value === FILE_FORMAT ? { ok: true, value: FILE_FORMAT } : { ok: false, error: `${path}: not "${FILE_FORMAT}"` }),
    version: (value, path) => (value === FILE_VERSION ? { ok: true, value: FILE_VERSION } : { ok: false, error: `${path}: not ${FILE_VERSION}` }),
    exported: text({ max: 100 }),
    settings: object<Partial<FileSettings>>(fileSettingsShape as Shape<Partial<FileSettings>>, { optional: FILE_SETTING_KEYS }),
    customPhrases: listOf(filePhraseCheck, { max: LIMITS.phrases }),
  },
  { optional: ['exported', 'settings', 'customPhrases'] },
);

/**
 * Reads a settings file's text. Refuses, with a sentence naming the problem:
 * text that is not JSON, JSON that is not a Rhetoric Lens settings file, a file
 * from a newer version, and any field of the wrong type or shape.
 */
export function parseSettingsFile(content: string): Checked<SettingsFile> {
  if (content.length > MAX_FILE_BYTES) return { ok: false, error: `The file is too large (${Math.round(content.length / 1000)} kB) to be a settings file.` };
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON (${(error as Error).message}). It may be damaged or cut short.` };
  }
  if (!isPlainObject(data) || !Object.hasOwn(data, 'format')) {
    return { ok: false, error: 'This is not a Rhetoric Lens settings file: it has no "format" field.' };
  }
  if (data.format !== FILE_FORMAT) {
    return { ok: false, error: `This is not a Rhetoric Lens settings file: its format is ${describe(data.format)}, not "${FILE_FORMAT}".` };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: `The file's version is ${version === undefined ? 'missing' : describe(version)}; expected a whole number from 1.` };
  }
  if (version > FILE_VERSION) {
    return {
      ok: false,
      error: `This file comes from a newer version of Rhetoric Lens (file version ${version}; this version reads up to ${FILE_VERSION}). Update the extension, then import it again.`,
    };
  }
  const checked = fileCheck(data, 'file');
  if (checked.ok) return checked;
  const at = checked.error.indexOf(': ');
  const path = checked.error.slice(0, at).replace(/^file\.?/, '');
  return { ok: false, error: `The file has a problem ${path === '' ? 'at its top level' : `in ${path}`}: ${checked.error.slice(at + 2)}.` };
}

/** Everything the user set, as a settings file. */
export async function exportSettingsFile(now = new Date()): Promise<SettingsFile> {
  const [settings, phrases] = await Promise.all([readSettings(), readCustomPhrases()]);
  const { paused: _, ...rest } = settings;
  const fileSettings = {} as Record<string, unknown>;
  for (const key of FILE_SETTING_KEYS) fileSettings[key] = rest[key];
  return {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exported: now.toISOString(),
    settings: fileSettings as FileSettings,
    customPhrases: phrases.map((p) => ({ ...p })),
  };
}

/** The file name an export is saved under: `rhetoric-lens-settings-2025-01-31.json`. */
export function exportFileName(now = new Date()): string {
  return `${FILE_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}
