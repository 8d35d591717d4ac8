import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Matcher } from '../core/matcher';
import { simpleInflector, testEntries } from '../../tests/support/test-lexicon';
import { TECHNIQUES } from '../core/types';
import { FAMILY_IDS } from '../lexicon/families';
import { saveCustomPhrases } from '../custom/compile';
import { loadCommonWords } from '../custom/common-words';
import { buildPhraseIndexSync } from '../custom/duplicates';
import { readCustomLexicon } from '../custom/lexicon';
import { customPhraseCheck, readCustomPhrases, type CustomPhrase } from '../custom/phrases';
import { exportSettingsFile, FILE_FORMAT, FILE_VERSION, parseSettingsFile } from './settings-file';
import { importSettingsText, type ImportContext, type ImportMode } from './settings-file-apply';
import { DEFAULT_SETTINGS, readSettings, repairSettings, writeSettings, type Settings } from './settings';
import { INTENSITIES, PALETTES } from '../dom/highlight-style';

const context: ImportContext = {
  inflector: simpleInflector,
  builtin: buildPhraseIndexSync(testEntries, simpleInflector),
  common: await loadCommonWords(),
};

const MY_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  hiddenSources: ['rus'],
  hiddenTechniques: ['slogans'],
  deniedSites: ['example.com'],
  style: { palette: 'monochrome', underlineOnly: false, intensity: 'subtle' },
  historyMaxDays: 30,
};
const MY_PHRASE: CustomPhrase = { id: 'custom-hegemonic-bloc', phrase: 'hegemonic bloc', variants: ['hegemonic bloc~n'], label: 'my research', note: 'A note.', added: 1_700_000_000_000 };

async function setUp(settings = MY_SETTINGS, phrases = [MY_PHRASE]) {
  fakeBrowser.reset();
  await writeSettings(settings);
  await saveCustomPhrases(phrases, simpleInflector);
}

const snapshot = () => fakeBrowser.storage.local.get(null);
const file = (body: object) => JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, ...body });
const run = (text: string, mode: ImportMode = 'replace') => importSettingsText(text, mode, context);

beforeEach(() => setUp());

describe('export, then import', () => {
  test('a full export imported into a fresh profile gives the same state', async () => {
    const exported = await exportSettingsFile(new Date('2025-01-31T12:00:00Z'));
    expect(exported).toMatchObject({ format: FILE_FORMAT, version: 1, exported: '2025-01-31T12:00:00.000Z', customPhrases: [MY_PHRASE] });
    expect(exported.settings).not.toHaveProperty('paused');

    fakeBrowser.reset();
    expect(await run(JSON.stringify(exported))).toEqual({ ok: true, value: { settings: 12, phrasesAdded: 1, skipped: [] } });
    expect(await readSettings()).toEqual(MY_SETTINGS);
    expect(await readCustomPhrases()).toEqual([MY_PHRASE]);
    expect(await exportSettingsFile(new Date('2025-01-31T12:00:00Z'))).toEqual(exported);

    const matcher = new Matcher((await readCustomLexicon())!);
    expect(matcher.scan('Two hegemonic blocs met.').hits).toHaveLength(1);
    expect(matcher.entries[0]).toMatchObject({ id: MY_PHRASE.id, custom: true, sources: ['my research'] });
  });
});

describe('a file that is refused leaves everything as it was', () => {
  test.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['cut short', file({ settings: { enabled: false } }).slice(0, 40), /not valid JSON.*cut short/],
    ['JSON, but a list', '[1, 2]', /not a Rhetoric Lens settings file: it has no "format"/],
    ['a package.json', JSON.stringify({ name: 'x', version: '1.0.0' }), /not a Rhetoric Lens settings file/],
    ['another extension’s export', JSON.stringify({ format: 'ublock-backup', version: 1 }), /its format is "ublock-backup"/],
    ['a newer version', file({ version: 2 }), /newer version of Rhetoric Lens \(file version 2; this version reads up to 1\)/],
    ['a version that is not a number', file({ version: '1' }), /version is "1"/],
    ['an unknown field', file({ colour: 'red' }), /at its top level: has an unknown field "colour"/],
    ['an unknown setting', file({ settings: { theme: 'dark' } }), /in settings: has an unknown field "theme"/],
    ['a setting of the wrong type', file({ settings: { enabled: 'yes' } }), /in settings.enabled: expected true or false/],
    ['a bad palette', file({ settings: { style: { palette: 'pink', underlineOnly: false, intensity: 'normal' } } }), /settings.style.palette/],
    ['a bad site', file({ settings: { deniedSites: ['ok.test', 'not a site'] } }), /settings.deniedSites\[1\]/],
    ['the popup’s pause', file({ settings: { paused: true } }), /unknown field "paused"/],
    ['a phrase without words', file({ customPhrases: [{ phrase: '', variants: [], label: '', note: '' }] }), /customPhrases\[0\].phrase: is empty/],
    ['a phrase that is one common word', file({ customPhrases: [{ phrase: 'house', variants: [], label: '', note: '' }] }), /“house”\) cannot be added: “house” is a common English word/],
    ['a variant that does not compile', file({ customPhrases: [{ phrase: 'sovereign dignity', variants: ['(a|b'], label: '', note: '' }] }), /variant 1: This variant does not compile/],
    ['a phrase listed twice', file({ customPhrases: [1, 2].map(() => ({ phrase: 'sovereign dignity', variants: [], label: '', note: '' })) }), /lists the phrase .* twice/],
  ])('%s', async (_, text, message) => {
    const before = await snapshot();
    for (const mode of ['replace', 'merge'] as const) {
      const result = await run(text, mode);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
      expect(await snapshot()).toEqual(before);
    }
  });
});

describe('a partial file changes only what it has', () => {
  test('replace: the settings it sets replace mine, the others return to their defaults; my phrases stay', async () => {
    const result = await run(file({ settings: { deniedSites: ['news.test'], sensitivity: 'signature' } }));
    expect(result).toEqual({ ok: true, value: { settings: 2, phrasesAdded: 0, skipped: [] } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, deniedSites: ['news.test'], sensitivity: 'signature' });
    expect(await readCustomPhrases()).toEqual([MY_PHRASE]);
  });

  test('merge: site lists are joined, other settings it sets replace mine', async () => {
    await run(file({ settings: { deniedSites: ['news.test', 'example.com'], sensitivity: 'signature' } }), 'merge');
    expect(await readSettings()).toEqual({ ...MY_SETTINGS, deniedSites: ['example.com', 'news.test'], sensitivity: 'signature' });
  });

  test('phrases only: replace swaps them, merge adds them, and the compiled lexicon follows', async () => {
    const phrases = [{ phrase: 'sovereign dignity', variants: [], label: '', note: '' }];
    await run(file({ customPhrases: phrases }), 'merge');
    expect((await readCustomPhrases()).map((p) => p.phrase)).toEqual(['hegemonic bloc', 'sovereign dignity']);
    expect(await readSettings()).toEqual(MY_SETTINGS);
    await run(file({ customPhrases: phrases }), 'replace');
    const stored = await readCustomPhrases();
    expect(stored).toMatchObject([{ id: 'custom-sovereign-dignity', phrase: 'sovereign dignity' }]);
    expect((await readCustomLexicon())!.entries.map((e) => e.id)).toEqual(['custom-sovereign-dignity']);
  });

  test('merge skips phrases I have; both skip phrases the built-in list now has, and say so', async () => {
    const phrases = ['Hegemonic bloc', 'the collective west', 'sovereign dignity'].map((phrase) => ({ phrase, variants: [], label: '', note: '' }));
    const result = await run(file({ customPhrases: phrases }), 'merge');
    expect(result).toEqual({
      ok: true,
      value: { settings: 0, phrasesAdded: 1, skipped: ['“Hegemonic bloc”: you already have it', '“the collective west”: the built-in list now has it, as “(the|) collective west”'] },
    });
  });

  test('an empty phrase list in replace mode removes my phrases and the compiled lexicon', async () => {
    await run(file({ customPhrases: [] }));
    expect(await readCustomPhrases()).toEqual([]);
    expect(await readCustomLexicon()).toBeNull();
  });
});

test('parseSettingsFile accepts a minimal file', () => {
  expect(parseSettingsFile(file({}))).toEqual({ ok: true, value: { format: FILE_FORMAT, version: FILE_VERSION } });
});

describe('any file either imports cleanly or is refused with storage unchanged', () => {
  /** Mostly `valid`, now and then `invalid`: the property must see both outcomes often. */
  const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) => fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: invalid, weight: 1 });
  const word = mostly(fc.constantFrom('sovereign', 'dignity', 'hegemonic', 'bloc', 'imperialist', 'juche', 'collective'), fc.constantFrom('west', 'the', '(a|b', 'Bad', ''));
  const phrase = fc.record(
    {
      phrase: fc.array(word, { maxLength: 4 }).map((w) => w.join(' ')),
      variants: fc.array(fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), { maxLength: 2 }),
      label: mostly(fc.string({ maxLength: 20 }), fc.string({ minLength: 61, maxLength: 70 })),
      note: fc.string({ maxLength: 20 }),
      id: mostly(fc.constantFrom('custom-x', 'custom-hegemonic-bloc'), fc.constantFrom('bad id', 7)),
      added: mostly(fc.nat(), fc.constant(-1)),
    },
    { requiredKeys: ['phrase', 'variants', 'label', 'note'] },
  );
  const settings = fc.record(
    {
      enabled: mostly(fc.boolean(), fc.constant('yes')),
      hiddenSources: mostly(fc.subarray([...FAMILY_IDS]), fc.constantFrom(['kcna', 'kcna'], ['Not An Id'])),
      hiddenTechniques: fc.subarray([...TECHNIQUES], { maxLength: 3 }),
      sensitivity: mostly(fc.constantFrom('all', 'signature'), fc.constant('some')),
      siteMode: fc.constantFrom('deny', 'allow'),
      deniedSites: fc.array(mostly(fc.constantFrom('example.com', '*.news.test', 'https://a.test/x'), fc.constantFrom('not a site', 5)), { maxLength: 3 }),
      allowedSites: fc.array(fc.constantFrom('localhost', '127.0.0.1'), { maxLength: 2 }),
      style: fc.record({ palette: mostly(fc.constantFrom(...PALETTES), fc.constant('pink')), underlineOnly: fc.boolean(), intensity: fc.constantFrom(...INTENSITIES) }),
      historyEnabled: fc.boolean(),
      historyMaxPages: mostly(fc.integer({ min: 10, max: 1000 }), fc.constantFrom(2.5, 0)),
      historyMaxDays: mostly(fc.integer({ min: 1, max: 3650 }), fc.constantFrom(-1, 4000)),
    },
    { requiredKeys: [] },
  );
  const nearlyValid = fc.record(
    {
      format: mostly(fc.constant(FILE_FORMAT), fc.string()),
      version: mostly(fc.constant(FILE_VERSION), fc.integer({ min: -1, max: 3 })),
      exported: fc.string({ maxLength: 30 }),
      settings: settings,
      customPhrases: fc.array(phrase, { maxLength: 3 }),
    },
    { requiredKeys: ['format', 'version'] },
  );
  const anyText = fc.oneof(
    { arbitrary: nearlyValid.map((value) => JSON.stringify(value)), weight: 4 },
    { arbitrary: fc.json(), weight: 2 },
    { arbitrary: fc.string(), weight: 1 },
    { arbitrary: nearlyValid.map((value) => JSON.stringify(value).slice(0, -3)), weight: 1 },
  );

  test('property', async () => {
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(anyText, fc.constantFrom<ImportMode>('replace', 'merge'), async (text, mode) => {
        await setUp();
        const before = await snapshot();
        const result = await run(text, mode);
        if (!result.ok) {
          expect(result.error).toMatch(/\S/);
          expect(await snapshot()).toEqual(before);
          return;
        }
        imported++;
        // Cleanly: what is stored reads back without a single repair, and the compiled phrases match the phrases.
        const stored = await snapshot();
        expect(repairSettings(stored.settings).problems).toEqual([]);
        const phrases = stored.customPhrases as CustomPhrase[];
        for (const p of phrases) expect(customPhraseCheck(p, 'p').ok).toBe(true);
        expect(new Set(phrases.map((p) => p.id)).size).toBe(phrases.length);
        const lexicon = await readCustomLexicon();
        expect(lexicon?.entries.map((e) => e.id) ?? []).toEqual(phrases.map((p) => p.id));
      }),
      { numRuns: 300 },
    );
    expect(imported).toBeGreaterThan(30);
  }, 120_000);
});
