/**
 * The options page in the built extension, in Chromium: a phrase added there
 * is highlighted on an open page at once, the deny list turns a page off at
 * once, an export imported into a fresh profile gives the same state, a v1
 * settings value survives the update to v2, and damaged settings are
 * recovered and reported. Screenshots of the page, light and dark, go to /tmp.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROME_BUILD, launchChromium, type ChromiumSession } from '../support/harness';
import { startServer, type StaticServer } from '../support/server';

/** RL_CHROME_BUILD points at another build (one made with `wxt build -m <mode>`, so as not to race other builds). */
const BUILD = process.env.RL_CHROME_BUILD ?? CHROME_BUILD;
const FIXTURE = 'options/custom-phrase.html';

let server: StaticServer;
beforeAll(async () => {
  server = await startServer('tests/pages');
});
afterAll(() => server.close());

type Stored = Record<string, unknown>;
/** `chrome` as extension pages see it, for code evaluated there (this file is not typed for the chrome.* API). */
type ChromeStorage = { chrome: { storage: { local: { get(keys: null): Promise<Stored>; set(items: Stored): Promise<void>; clear(): Promise<void> } } } };

async function openOptions(session: ChromiumSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.waitForSelector('#app[data-ready="true"]', { timeout: 20_000 });
  return page;
}

function stored(page: Page): Promise<Stored> {
  return page.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.get(null));
}

function writeStorage(page: Page, items: Stored): Promise<void> {
  return page.evaluate((values) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set(values), items);
}

/** How many ranges a named highlight has on the page (0 when it is not registered). */
function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
}

async function addPhrase(options: Page, phrase: string, variants = '', label = '') {
  await options.getByLabel('Phrase', { exact: true }).fill(phrase);
  await options.getByLabel('Variants (optional, one per line)').fill(variants);
  await options.getByLabel('Source label (optional)').fill(label);
  await options.getByRole('button', { name: 'Add phrase' }).click();
}

async function addSite(options: Page, site: string) {
  await options.getByLabel('Add a site').fill(site);
  await options.getByRole('button', { name: 'Add', exact: true }).click();
}

describe('the options page takes effect on open pages at once', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ extensionDir: BUILD });
  });
  afterAll(() => session?.close());

  test('refuses a bad phrase at its field, with the reason', async () => {
    const options = await openOptions(session);
    await addPhrase(options, 'House');
    await expect.poll(() => options.locator('#phrase-text-error').textContent(), { timeout: 20_000 }).toMatch(/“house” is a common English word/);
    await expect.poll(() => options.getByLabel('Phrase', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await addPhrase(options, 'the collective West');
    await expect.poll(() => options.locator('#phrase-text-error').textContent()).toMatch(/already in the built-in list/);
    await addPhrase(options, 'sovereign dignity', 'sovereign (dignity');
    await expect.poll(() => options.locator('#phrase-variants-error').textContent()).toMatch(/Line 1: This variant does not compile: pattern "sovereign \(dignity": unclosed "\("/);
    expect((await stored(options)).customPhrases ?? []).toEqual([]);
    await options.close();
  });

  test('a phrase added in the options page is highlighted on an open page without a reload', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.url}${FIXTURE}`);
    await expect.poll(() => highlightSize(page, 'rhetoric-lens-rus'), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await highlightSize(page, 'rhetoric-lens-custom')).toBe(0);

    const options = await openOptions(session);
    await addPhrase(options, 'Sovereign dignity', 'sovereign dignity~n', 'my research');
    await expect.poll(() => options.locator('li.phrase').count(), { timeout: 20_000 }).toBe(1);
    const data = await stored(options);
    expect(data.customPhrases).toMatchObject([{ id: 'custom-sovereign-dignity', phrase: 'Sovereign dignity', variants: ['sovereign dignity~n'], label: 'my research' }]);
    expect(data.customLexicon).toMatchObject({ entries: [{ id: 'custom-sovereign-dignity', custom: true }] });

    // "sovereign dignity" and "sovereign dignities": two ranges, on the page that was already open.
    await expect.poll(() => highlightSize(page, 'rhetoric-lens-custom'), { timeout: 10_000 }).toBe(2);
    await page.close();
    await options.close();
  });

  test('a site put on the deny list loses its highlights at once', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.url}${FIXTURE}`);
    await expect.poll(() => highlightSize(page, 'rhetoric-lens-rus'), { timeout: 20_000 }).toBeGreaterThan(0);

    const options = await openOptions(session);
    await addSite(options, `${server.url}${FIXTURE}`);
    await expect.poll(() => options.locator('ul.sites li').allTextContents()).toEqual(['127.0.0.1Remove']);
    await expect.poll(() => highlightSize(page, 'rhetoric-lens-rus'), { timeout: 10_000 }).toBe(0);
    expect(await highlightSize(page, 'rhetoric-lens-custom')).toBe(0);

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => highlightSize(page, 'rhetoric-lens-rus'), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
    await options.close();
  });
});

describe('export, then import into a fresh profile', () => {
  test('gives the same settings, site lists and phrases', async () => {
    const first = await launchChromium({ extensionDir: BUILD });
    let file: string;
    let before: Stored;
    try {
      const options = await openOptions(first);
      await options.getByLabel('Signature phrases only').check();
      await options.getByLabel('Colour-blind safe').check();
      await options.getByLabel('Underline only, no background tint').check();
      await options.getByLabel('Strong').check();
      await options.getByLabel('Russia').uncheck();
      await options.getByLabel('Slogans').uncheck();
      await addSite(options, 'example.com');
      await addSite(options, '*.news.test');
      await options.getByLabel('Only on the sites listed').check();
      await addSite(options, 'allowed.test');
      await options.getByLabel('Keep pages for (days)').fill('30');
      await options.getByLabel('Keep pages for (days)').press('Enter');
      await options.getByLabel('Keep pages for (days)').blur();
      await addPhrase(options, 'sovereign dignity', 'sovereign dignity~n', 'my research');
      await expect.poll(() => options.locator('li.phrase').count(), { timeout: 20_000 }).toBe(1);
      await addPhrase(options, 'hegemonic bloc');
      await expect.poll(() => options.locator('li.phrase').count(), { timeout: 20_000 }).toBe(2);
      await expect.poll(async () => ((await stored(options)).settings as { historyMaxDays: number }).historyMaxDays).toBe(30);

      // The status line is fixed to the viewport; a full-page capture would show it mid-page.
      await options.locator('.status').evaluate((status) => ((status as HTMLElement).hidden = true));
      for (const scheme of ['light', 'dark'] as const) {
        await options.emulateMedia({ colorScheme: scheme });
        await options.screenshot({ path: `/tmp/rhetoric-lens-options-${scheme}.png`, fullPage: true });
      }

      before = await stored(options);
      const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings…' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^rhetoric-lens-settings-\d{4}-\d{2}-\d{2}\.json$/);
      file = (await download.path())!;
      const exported = JSON.parse(readFileSync(file, 'utf8'));
      expect(exported).toMatchObject({ format: 'rhetoric-lens-settings', version: 1, settings: { sensitivity: 'signature', siteMode: 'allow', deniedSites: ['example.com', '*.news.test'], allowedSites: ['allowed.test'] } });
      // The file is read before the first browser closes: Playwright deletes downloads with their context.
      file = readFileSync(file, 'utf8');
    } finally {
      await first.close();
    }

    const second = await launchChromium({ extensionDir: BUILD });
    try {
      const options = await openOptions(second);
      await options.setInputFiles('#import-file', { name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      await options.getByLabel('Replace what I have').check();
      await options.getByRole('button', { name: 'Import' }).click();
      await expect.poll(() => options.locator('#import-result').textContent(), { timeout: 30_000 }).toMatch(/^Imported settings\.json: 12 settings, 2 phrases added\.$/);
      const after = await stored(options);
      for (const key of ['settings', 'customPhrases', 'customLexicon']) expect(after[key], key).toEqual(before![key]);
      // The page shows what was imported.
      await expect.poll(() => options.locator('li.phrase .phrase-text').allTextContents()).toEqual(['sovereign dignity', 'hegemonic bloc']);
      expect(await options.getByLabel('Signature phrases only').isChecked()).toBe(true);
      expect(await options.locator('ul.sites li .site').allTextContents()).toEqual(['allowed.test']);
    } finally {
      await second.close();
    }
  });

  test('a foreign file is refused, with the reason, and nothing changes', async () => {
    const session = await launchChromium({ extensionDir: BUILD });
    try {
      const options = await openOptions(session);
      await addSite(options, 'example.com');
      await expect.poll(() => options.locator('ul.sites li .site').allTextContents()).toEqual(['example.com']);
      const before = await stored(options);
      await options.setInputFiles('#import-file', { name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"x","version":"1.0.0"}') });
      await options.getByRole('button', { name: 'Import' }).click();
      await expect.poll(() => options.locator('#import-result').textContent(), { timeout: 20_000 }).toMatch(/not a Rhetoric Lens settings file.*Your settings are unchanged\./);
      expect(await stored(options)).toEqual(before);
    } finally {
      await session.close();
    }
  });
});

describe('storage that survives', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ extensionDir: BUILD });
  });
  afterAll(() => session?.close());

  test('an update keeps every v1 setting: the v1 value migrates to v3, its enabled families becoming hidden ones', async () => {
    const options = await openOptions(session);
    await writeStorage(options, {
      settings: { enabled: true, paused: false, deniedSites: ['https://www.Example.com/news', 'example.org'], sources: ['kcna', 'prc'], sensitivity: 'signature' },
      settings$: { v: 1 },
    });
    await options.reload();
    await options.waitForSelector('#app[data-ready="true"]');
    const data = await stored(options);
    expect(data.settings$).toEqual({ v: 3 });
    expect(data.settings).not.toHaveProperty('sources');
    expect(data.settings).toMatchObject({ hiddenSources: ['rus'], sensitivity: 'signature', deniedSites: ['www.example.com', 'example.org'], siteMode: 'deny', style: { palette: 'standard' } });
    expect(await options.locator('ul.sites li .site').allTextContents()).toEqual(['www.example.com', 'example.org']);
    expect(await options.getByLabel('Russia').isChecked()).toBe(false);
    await options.close();
  });

  test('damaged settings fall back to the defaults, keep a copy and show a banner', async () => {
    const options = await openOptions(session);
    await writeStorage(options, { settings: 'garbage{', settings$: { v: 2 } });
    await options.reload();
    await options.waitForSelector('#app[data-ready="true"]');
    await expect.poll(() => options.locator('.banner').isVisible()).toBe(true);
    expect(await options.locator('.banner').textContent()).toMatch(/Your settings could not be read as stored.*corrupted:settings:\d+/);
    const data = await stored(options);
    const copies = Object.keys(data).filter((k) => k.startsWith('corrupted:settings:'));
    expect(copies).toHaveLength(1);
    expect(data[copies[0]]).toMatchObject({ value: 'garbage{' });
    expect(data.settings).toMatchObject({ enabled: true, siteMode: 'deny' });
    expect(data.storageIssues).toHaveLength(1);
    await options.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => options.locator('.banner').isVisible()).toBe(false);
    await options.close();
  });
});
