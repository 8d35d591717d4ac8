import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_STYLE, PAGE_CSS_FILE, pageCss } from '../../src/dom/highlight-style';
import { CHROME_BUILD, launchChromium, launchFirefox } from '../support/harness';
import { startServer, type StaticServer } from '../support/server';

let server: StaticServer;
beforeAll(async () => {
  server = await startServer('tests/pages');
});
afterAll(() => server.close());

describe('the built extension loads', () => {
  test('in Chromium, with its service worker and content script data', async () => {
    const session = await launchChromium();
    try {
      expect(session.extensionId).toMatch(/^[a-p]{32}$/);
      const manifest = await session.worker!.evaluate(() => chrome.runtime.getManifest());
      expect(manifest.content_scripts?.[0].js?.[0]).toBe('lexicon-data.js');
      // The highlight rules reach every page from its start, in the default style the content script expects there.
      expect(manifest.content_scripts?.[1]).toMatchObject({ css: [PAGE_CSS_FILE], run_at: 'document_start', all_frames: true });
      expect(readFileSync(join(CHROME_BUILD, PAGE_CSS_FILE), 'utf8').trim()).toBe(pageCss(DEFAULT_STYLE));
      // With hits painted, the document keeps its own adopted sheets: none added.
      const page = await session.context.newPage();
      await page.goto(`${server.url}demo/index.html`);
      await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    } finally {
      await session.close();
    }
  });

  test('in Firefox', async () => {
    const session = await launchFirefox();
    try {
      expect(session.extensionId).toBeTruthy();
      const page = await session.browser.newPage();
      await page.goto(`${server.url}smoke.html`);
      expect(await page.title()).toBe('Smoke');
    } finally {
      await session.close();
    }
  });
});
