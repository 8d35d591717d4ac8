import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, launchFirefox } from './harness';
import { startServer, type StaticServer } from './server';

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
