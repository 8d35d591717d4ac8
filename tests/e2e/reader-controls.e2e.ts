/**
 * The card's reader controls in real Chromium and Firefox ESR: "Hide this
 * phrase" and "Not on this site", pressed from the keyboard as a reader
 * would (the card is in a closed shadow root: no test, and no page, can
 * reach its buttons any other way), and both surviving a reload.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cardState, HIT_GROUPS, listHighlights, openChromium, openFirefox, reportOf, sendToPage, type TestBrowser, type TestPage, waitForHits } from './content-browsers';
import { startServer, type StaticServer } from '../support/server';

let server: StaticServer;
beforeAll(async () => {
  server = await startServer('tests/pages');
});
afterAll(() => server?.close());

const hitTexts = async (page: TestPage) => (await listHighlights(page)).filter((h) => HIT_GROUPS.includes(h.group)).map((h) => h.text);

async function storedSettings(browser: TestBrowser): Promise<{ hiddenEntries?: string[]; deniedSites?: string[] }> {
  return browser.inExtension(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return ((await api.storage.local.get('settings')).settings ?? {}) as { hiddenEntries?: string[]; deniedSites?: string[] };
  }, null);
}

/** Opens the card on the first hit of `entryId` with the keyboard command's route, focused, then presses Tab `tabs` times and Enter. */
async function pressCardButton(browser: TestBrowser, page: TestPage, url: string, entryId: string, tabs: number) {
  const report = await reportOf(browser, url);
  const index = report!.hits.findIndex((h) => h.entryId === entryId);
  expect(index).toBeGreaterThanOrEqual(0);
  await page.bringToFront();
  expect(await sendToPage(browser, url, { kind: 'highlight:goto', index })).toMatchObject({ ok: true });
  await expect.poll(() => cardState(page), { timeout: 5000 }).toMatchObject({ state: 'open', entryId, focused: true });
  for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

describe.each([
  ['chromium', openChromium],
  ['firefox', openFirefox],
] as const)('in %s', (_name, open) => {
  let browser: TestBrowser;
  let page: TestPage;
  let url: string;

  beforeAll(async () => {
    browser = await open();
    page = await browser.newPage();
    url = `${server.url}fixtures/content.html`;
    await page.goto(url);
    await waitForHits(browser, url, 6);
  });
  afterAll(() => browser?.close());

  test('"Hide this phrase" (More, then Hide) takes that phrase off the page, only that one, and after a reload too', async () => {
    const before = await hitTexts(page);
    expect(before).toContain('Kiev regime');
    await pressCardButton(browser, page, url, 'kiev-regime', 2);
    await expect.poll(() => hitTexts(page), { timeout: 10_000 }).not.toContain('Kiev regime');
    expect((await hitTexts(page)).length).toBeGreaterThan(0);
    expect((await storedSettings(browser)).hiddenEntries).toEqual(['kiev-regime']);
    expect((await cardState(page)).state).toBe('closed');

    await page.goto(url);
    await waitForHits(browser, url, 3);
    await expect.poll(() => hitTexts(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['dancing to the tune of others']));
    expect(await hitTexts(page)).not.toContain('Kiev regime');
  });

  test('"Not on this site" (the next button) switches the site off, and it stays off after a reload', async () => {
    await pressCardButton(browser, page, url, 'hurt-the-feelings-of-the-chinese-people', 3);
    await expect.poll(() => hitTexts(page), { timeout: 10_000 }).toEqual([]);
    expect((await storedSettings(browser)).deniedSites).toEqual(['127.0.0.1']);
    await page.goto(url);
    await expect.poll(async () => (await reportOf(browser, url))?.state, { timeout: 10_000 }).toBe('off-for-site');
    expect(await hitTexts(page)).toEqual([]);
  });
});
