/**
 * Importing a large settings file: the work grows linearly with the file
 * (every pattern is expanded once, whatever the number of phrases),
 * progress is reported, and files over the documented limits are refused.
 * Counts, not clocks.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Inflection, Inflector } from '../core/pattern';
import { simpleInflector, testEntries } from '../../tests/support/test-lexicon';
import { loadCommonWords } from '../custom/common-words';
import { buildPhraseIndexSync } from '../custom/duplicates';
import { LIMITS, readCustomPhrases } from '../custom/phrases';
import { FILE_FORMAT, FILE_VERSION, MAX_FILE_BYTES, parseSettingsFile } from './settings-file';
import { importSettingsText, planImport, type ImportContext } from './settings-file-apply';
import { DEFAULT_SETTINGS } from './settings';

const common = await loadCommonWords();

/** The test inflector, counting the words it inflects: a measure of expansion work. */
function countingInflector(): Inflector & { calls: number } {
  const counter = {
    calls: 0,
    forms(word: string, kind: Inflection) {
      counter.calls++;
      return simpleInflector.forms(word, kind);
    },
  };
  return counter;
}

function contextWith(inflector: Inflector): ImportContext {
  return { inflector, builtin: buildPhraseIndexSync(testEntries, simpleInflector), common };
}

/** A made-up word unique to `n`, letters only: "zq" then n's base-26 digits as a to z. */
const tag = (n: number) => `zq${[...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;

/** `count` distinct phrases, each with `variants` variants that inflect two words and offer alternatives. */
function phrases(count: number, variants: number, note = '', padding = '') {
  return Array.from({ length: count }, (_, i) => ({
    phrase: `${tag(i)} plenum`,
    variants: Array.from({ length: variants }, (_, v) => `${tag(i)} ${tag(1000 + v)} (first|second) session~n of the assembly${padding}`),
    label: 'stress test',
    note,
  }));
}

const file = (customPhrases: object[]) => JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, customPhrases });
const parsed = (text: string) => {
  const checked = parseSettingsFile(text);
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
};

/** Inflections needed to check each phrase of `list` on its own: the floor for any import of them. */
function aloneCalls(list: ReturnType<typeof phrases>): number {
  let total = 0;
  for (const one of list) {
    const inflector = countingInflector();
    const plan = planImport(parsed(file([one])), { settings: DEFAULT_SETTINGS, phrases: [] }, 'replace', contextWith(inflector));
    expect(plan.ok).toBe(true);
    total += inflector.calls;
  }
  return total;
}

describe('import work is linear in the file', () => {
  test.each([20, 80])('%i phrases: each pattern is expanded once, as if each phrase were imported alone', (count) => {
    const list = phrases(count, 5);
    const inflector = countingInflector();
    const plan = planImport(parsed(file(list)), { settings: DEFAULT_SETTINGS, phrases: [] }, 'replace', contextWith(inflector));
    expect(plan.ok && plan.value.phrases.length).toBe(count);
    expect(inflector.calls).toBeLessThanOrEqual(aloneCalls(list));
  });

  test('a file at the limits (500 phrases of 20 variants, close to 2 MB) is accepted with linear work', () => {
    // Notes at their longest, then each variant padded with one long made-up word to fill the file to about 97% of the limit.
    const note = 'n'.repeat(LIMITS.note);
    const room = 0.97 * MAX_FILE_BYTES - file(phrases(LIMITS.phrases, LIMITS.variants, note)).length;
    const list = phrases(LIMITS.phrases, LIMITS.variants, note, ` z${'o'.repeat(Math.floor(room / (LIMITS.phrases * LIMITS.variants)) - 2)}`);
    const text = file(list);
    expect(text.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    expect(text.length).toBeGreaterThan(0.9 * MAX_FILE_BYTES);
    const inflector = countingInflector();
    const plan = planImport(parsed(text), { settings: DEFAULT_SETTINGS, phrases: [] }, 'replace', contextWith(inflector));
    expect(plan.ok && plan.value.phrases.length).toBe(LIMITS.phrases);
    // One phrase alone costs 20 variants × 1 inflected word; the whole file no more than that per phrase.
    expect(inflector.calls).toBeLessThanOrEqual(LIMITS.phrases * LIMITS.variants);
  }, 60_000);
});

describe('importing reports progress and refuses what is over the limits', () => {
  beforeEach(() => fakeBrowser.reset());

  test('progress counts the phrases checked, up to all of them', async () => {
    const seen: [number, number][] = [];
    const result = await importSettingsText(file(phrases(60, 3)), 'replace', contextWith(simpleInflector), { onProgress: (done, total) => seen.push([done, total]) });
    expect(result).toMatchObject({ ok: true, value: { phrasesAdded: 60 } });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toEqual([60, 60]);
    for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThanOrEqual(seen[i - 1][0]);
    expect(await readCustomPhrases()).toHaveLength(60);
  });

  test.each([
    ['more than 2 MB', file(phrases(1, 1, 'x'.repeat(900))).replace('"customPhrases"', `"exported": "${' '.repeat(MAX_FILE_BYTES)}", "customPhrases"`), /too large/],
    ['more than 500 phrases', file(phrases(LIMITS.phrases + 1, 1)), /501 items; at most 500/],
    ['more than 20 variants', file(phrases(1, LIMITS.variants + 1)), /21 items; at most 20/],
  ])('%s', async (_, text, message) => {
    const inflector = countingInflector();
    const result = await importSettingsText(text, 'replace', contextWith(inflector));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(inflector.calls).toBe(0);
    expect(await readCustomPhrases()).toEqual([]);
  });
});

test('a file whose phrases expand to too many word sequences in all is refused', () => {
  // Each variant stands for 2 × 4 = 8 sequences; 10 phrases of 5 variants, 400 (and 10 phrase keys).
  const context = { ...contextWith(simpleInflector), maxSequences: 300 };
  const plan = planImport(parsed(file(phrases(10, 5))), { settings: DEFAULT_SETTINGS, phrases: [] }, 'replace', context);
  expect(plan).toEqual({ ok: false, error: expect.stringMatching(/^The file's phrases expand to more than 300 word sequences in all \(at customPhrases\[7\]/) });
  expect(planImport(parsed(file(phrases(10, 5))), { settings: DEFAULT_SETTINGS, phrases: [] }, 'replace', { ...context, maxSequences: 500 }).ok).toBe(true);
});

describe('field names that are also names on every object are refused', () => {
  const phrase = { phrase: 'sovereign dignity', variants: [], label: '', note: '' };
  test.each([
    ['top level', (key: string) => `{"format": "${FILE_FORMAT}", "version": ${FILE_VERSION}, "${key}": {}}`, /at its top level: has an unknown field/],
    ['settings', (key: string) => `{"format": "${FILE_FORMAT}", "version": ${FILE_VERSION}, "settings": {"${key}": {"enabled": false}}}`, /in settings: has an unknown field/],
    ['a phrase', (key: string) => file([{ ...phrase, [key]: 'x' }]), /in customPhrases\[0\]: has an unknown field/],
    ['a phrase (JSON key)', (key: string) => file([phrase]).replace('"phrase":', `"${key}": {"phrase": "x"}, "phrase":`), /in customPhrases\[0\]: has an unknown field/],
  ])('in %s', (_, make, message) => {
    for (const key of ['__proto__', 'constructor', 'toString']) {
      const result = parseSettingsFile(make(key));
      expect(result.ok, `${key}`).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
      if (!result.ok) expect(result.error).toContain(`"${key}"`);
    }
  });
});
