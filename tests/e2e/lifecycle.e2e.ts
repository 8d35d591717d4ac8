/**
 * The extension's lifecycle in Chromium (MV3): a service worker that the
 * browser stopped comes back for the badge, the popup and the history; a
 * reload of the extension (`chrome.runtime.reload()`, what an update does)
 * stops the old content script cleanly, with nothing left on the page and no
 * error, never doubles the highlights, and keeps the history, which lives in
 * IndexedDB.
 *
 * Chromium does not inject content scripts into open tabs when an extension
 * reloads; a tab is read again when it is reloaded.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { until } from './content-browsers';
import { launchChromium, type ChromiumSession } from '../support/harness';
import { startServer, type StaticServer } from '../support/server';

let server: StaticServer;
let session: ChromiumSession;
/** An extension page that stays open: it talks to the background the way the popup does, through any restart. */
let panel: Page;

interface PageWatch {
  page: Page;
  url: string;
  errors: string[];
  console: string[];
}

beforeAll(async () => {
  server = await startServer('tests/pages');
  session = await launchChromium();
  // Chromium disables an unpacked extension that reloads while developer mode is off ("unsupported developer
  // extension"). A developer reloading one has it on: so does this profile.
  const extensions = await session.context.newPage();
  await extensions.goto('chrome://extensions');
  await extensions.evaluate(() => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  await extensions.close();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openPanel(): Promise<Page> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/popup.html?tab=999999`);
  } catch (error) {
    await page.close(); // the extension is not (yet) there: ERR_BLOCKED_BY_CLIENT
    throw error;
  }
  return page;
}

/** A message to the background from the panel, as the popup sends it. */
function toBackground<T>(message: unknown): Promise<T> {
  return panel.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
}

async function historyPages(): Promise<number> {
  const reply = await toBackground<{ ok: boolean; value?: { pages: number } }>({ kind: 'history:stats' });
  return reply.ok ? reply.value!.pages : -1;
}

/** Asks every tab's top frame for its report, from the panel; returns the tab id whose URL is `url`. */
async function tabIdOf(url: string): Promise<number | undefined> {
  return panel.evaluate(async (u) => {
    for (const tab of await chrome.tabs.query({})) {
      const reply = await chrome.tabs.sendMessage(tab.id, { kind: 'report:get' }, { frameId: 0 }).catch(() => undefined);
      if (reply?.ok && reply.value.url === u) return tab.id as number;
    }
    return undefined;
  }, url);
}

function badge(tabId: number): Promise<string> {
  return panel.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function open(path: string): Promise<PageWatch> {
  const page = await session.context.newPage();
  const watch: PageWatch = { page, url: `${server.url}${path}`, errors: [], console: [] };
  page.on('pageerror', (error) => watch.errors.push(`${error.message}\n${error.stack ?? ''}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watch.console.push(`${message.type()}: ${message.text()} (${message.location().url})`);
  });
  await page.goto(watch.url);
  return watch;
}

/** What the extension has on the page: ranges per highlight group, its card hosts, its adopted sheets. */
function footprint(page: Page): Promise<{ ranges: number; groups: Record<string, number>; cardHosts: number; adoptedSheets: number }> {
  return page.evaluate(() => {
    const groups: Record<string, number> = {};
    let ranges = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('rhetoric-lens-')) continue;
      groups[name] = highlight.size;
      if (!/-(current|flash)$/.test(name)) ranges += highlight.size;
    }
    return { ranges, groups, cardHosts: document.querySelectorAll('[data-rhetoric-lens-card]').length, adoptedSheets: document.adoptedStyleSheets.length };
  });
}

async function addPhrase(page: Page, id: string, text: string) {
  await page.evaluate(
    ({ id, text }) => {
      const li = document.createElement('li');
      li.id = id;
      li.textContent = text;
      (document.getElementById('feed') ?? document.body).append(li);
    },
    { id, text },
  );
}

describe('the lifecycle in Chromium', () => {
  let reading: PageWatch;
  let first: PageWatch;
  let readingTab: number;
  let before: Awaited<ReturnType<typeof footprint>>;

  beforeAll(async () => {
    panel = await openPanel();
    // Two pages read: one with a same-origin frame that has hits of its own, and one for the history.
    first = await open('popup/first.html');
    reading = await open('fixtures/content.html');
    readingTab = (await until(() => tabIdOf(reading.url), (id) => id !== undefined, 'the tab of the page'))!;
    await until(async () => (await footprint(reading.page)).ranges, (n) => n > 5, 'the highlights');
    await until(historyPages, (n) => n >= 2, 'two pages in the history');
    before = await footprint(reading.page);
  });

  describe('a service worker that the browser stopped', () => {
    let frameHits = 0;
    let badgeBefore = '';

    beforeAll(async () => {
      const frame = reading.page.frames().find((f) => f.url().endsWith('content-frame.html'))!;
      frameHits = await until(() => frame.evaluate(() => CSS.highlights.get('rhetoric-lens-prc')?.size ?? 0), (n) => n > 0, 'the frame\'s highlight');
      await until(() => badge(readingTab), (text) => text === String(before.ranges + frameHits), 'the badge to count the page and its frame');
      badgeBefore = await badge(readingTab);
      // Stop it as the browser does when it is idle. Playwright's persistent context has no browser-level CDP
      // session; the ServiceWorker domain of an extension page's session reaches the extension's worker.
      const cdp = await session.context.newCDPSession(panel);
      const stopped = new Promise<void>((resolve) =>
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`) && v.runningStatus === 'stopped')) resolve();
        }),
      );
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
    });

    test('the badge keeps its count, and the popup and the history answer', async () => {
      expect(await badge(readingTab)).toBe(badgeBefore); // the browser keeps the badge text; getBadgeText needs no worker
      expect(await historyPages()).toBeGreaterThanOrEqual(2); // wakes the worker
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${readingTab}`);
      await popup.waitForSelector('#app[data-status="report"] .group', { timeout: 20_000 });
      expect(Number(await popup.textContent('[data-stat="hits"] dd'))).toBe(before.ranges);
      await popup.close();
    });

    test('a change on the page after the restart counts every frame on the badge (the frames\' counts live in storage.session)', async () => {
      await addPhrase(reading.page, 'after-stop', 'After the stop, Moscow blamed the Kiev regime again.');
      await expect.poll(async () => (await footprint(reading.page)).ranges, { timeout: 10_000 }).toBe(before.ranges + 1);
      // The top frame reports its new count; the frame, unchanged, does not report again.
      await expect.poll(() => badge(readingTab), { timeout: 10_000 }).toBe(String(before.ranges + 1 + frameHits));
    });

    afterAll(async () => {
      await reading.page.evaluate(() => document.getElementById('after-stop')?.remove());
      await until(async () => (await footprint(reading.page)).ranges, (n) => n === before.ranges, 'the added phrase to go');
    });
  });

  describe('a reload of the extension', () => {
    let pagesBefore = 0;

    beforeAll(async () => {
      pagesBefore = await historyPages();
      // From the panel: Playwright's handle on the worker went stale when the browser stopped it above (no new
      // handle is announced for a restarted worker), and chrome.runtime.reload() is the same call from any extension page.
      // The page goes away with the reload, so the evaluation may not get its answer.
      const next = session.context.waitForEvent('serviceworker', { timeout: 30_000 });
      await panel.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
      await next;
      // The panel was an extension page of the old instance: Chromium closes it. Open it again.
      await until(
        async () => {
          try {
            if (panel.isClosed()) panel = await openPanel();
            return await panel.evaluate(() => chrome.runtime.sendMessage({ kind: 'history:stats' }).then((r: { ok: boolean }) => r.ok));
          } catch {
            return false; // the extension is still reloading
          }
        },
        Boolean,
        'the reloaded extension to answer',
        30_000,
      );
    });

    test('stops the old content script once the page changes: nothing left on the page, no doubling, nothing on the console', async () => {
      expect((await footprint(reading.page)).ranges).toBeLessThanOrEqual(before.ranges); // never more than before
      // Page activity: a new phrase makes the old script tell the background, which finds its extension gone.
      await addPhrase(reading.page, 'after-reload', 'After the reload, Moscow blamed the Kiev regime again.');
      await reading.page.mouse.move(200, 200);
      await reading.page.mouse.move(220, 240, { steps: 3 });
      await expect.poll(() => footprint(reading.page), { timeout: 20_000 }).toMatchObject({ ranges: 0, cardHosts: 0, adoptedSheets: 0 });
      expect(reading.console.filter((line) => /context invalidated|rhetoric.?lens|chrome-extension:/i.test(line))).toEqual([]);
    });

    test(
      'stops the old content script on an idle tab too',
      async () => {
        // The content script's lifetime (ContentLifetime) ends only when its extension goes: it looks at
        // browser.runtime.id every few seconds, which is what ends it on a tab where nothing happens.
        await expect.poll(() => footprint(first.page), { timeout: 15_000 }).toMatchObject({ ranges: 0, cardHosts: 0, adoptedSheets: 0 });
      },
      30_000,
    );

    test(
      'the old content script throws nothing: "Extension context invalidated" is handled',
      () => {
        // The storage watchers' unwatch (storage.onChanged.removeListener) throws once the extension is gone; it runs
        // inside the context's abort listener, where that would be an uncaught error on the page.
        expect(reading.errors).toEqual([]);
        expect(first.errors).toEqual([]);
      },
    );

    test('a reload of the page reads it again, once', async () => {
      const errorsBefore = reading.errors.length;
      await reading.page.reload();
      await expect.poll(async () => (await footprint(reading.page)).ranges, { timeout: 20_000 }).toBe(before.ranges);
      const after = await footprint(reading.page);
      expect(after.groups).toEqual(before.groups);
      expect(after.cardHosts).toBeLessThanOrEqual(1);
      expect(after.adoptedSheets).toBe(before.adoptedSheets);
      expect(reading.errors.slice(errorsBefore)).toEqual([]);
      expect(await tabIdOf(reading.url)).toBe(readingTab);
    });

    test('keeps the history (IndexedDB): the same pages, and their passages for the popup', async () => {
      expect(await historyPages()).toBe(pagesBefore);
      const related = await toBackground<{ ok: boolean; value: { url: string }[] }>({ kind: 'history:related', entryId: 'kiev-regime', relatedIds: [], limit: 10 });
      expect(related.ok).toBe(true);
      expect(related.value.map((p) => p.url)).toContain(first.url);
    });
  });
});
