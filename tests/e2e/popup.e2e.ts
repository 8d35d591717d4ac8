/**
 * The popup, the background and the history in real Chromium: the popup
 * page opened for a tab (`popup.html?tab=ID`), checked against the page's
 * own report, driving the page (go to an occurrence), and reading the
 * history that the background wrote for an earlier page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { Result } from '../../src/messaging/messages';
import type { PageReport } from '../../src/core/types';
import { openFirefox, reportOf as reportOfIn } from './content-browsers';
import { launchChromium, type ChromiumSession } from '../support/harness';
import { startServer, type StaticServer } from '../support/server';

/** The extension APIs, as code evaluated in the service worker and in extension pages sees them. */
declare const chrome: typeof import('wxt/browser').browser;
/** The same, as Firefox names it in extension pages. */
declare const browser: typeof import('wxt/browser').browser;

let server: StaticServer;
let session: ChromiumSession;
let worker: Worker;

beforeAll(async () => {
  server = await startServer('tests/pages');
  session = await launchChromium();
  worker = session.worker!;
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/**
 * The tab showing `url`. Without the "tabs" permission the browser hides tab
 * URLs from the extension, so each tab's content script is asked instead.
 */
async function tabIdOf(url: string): Promise<number | undefined> {
  for (const { id } of await worker.evaluate(() => chrome.tabs.query({}))) {
    if (id !== undefined && (await reportOf(id))?.url === url) return id;
  }
  return undefined;
}

/** The content script's own report, asked the way the popup asks. */
async function reportOf(tabId: number): Promise<PageReport | undefined> {
  const reply = await worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { kind: 'report:get' }, { frameId: 0 }).catch(() => undefined),
    tabId,
  );
  const result = reply as Result<PageReport> | undefined;
  return result?.ok ? result.value : undefined;
}

/** Opens a fixture and waits until its content script reports at least `minHits` hits. */
async function openFixture(path: string, minHits: number): Promise<{ page: Page; tabId: number; report: PageReport }> {
  const page = await session.context.newPage();
  const url = `${server.url}${path}`;
  await page.goto(url);
  let tabId: number | undefined;
  await expect.poll(async () => (tabId = await tabIdOf(url)), { timeout: 15_000 }).toBeDefined();
  let report: PageReport | undefined;
  await expect.poll(async () => (report = await reportOf(tabId!))?.hits.length ?? -1, { timeout: 15_000 }).toBeGreaterThanOrEqual(minHits);
  return { page, tabId: tabId!, report: report! };
}

/**
 * Opens the popup page for a tab in its own window, as the background's
 * fallback does, so that the page's tab stays the visible one in its window.
 */
async function openPopup(tabId: number, extra = ''): Promise<Page> {
  const url = `chrome-extension://${session.extensionId}/popup.html?tab=${tabId}${extra}`;
  const opened = session.context.waitForEvent('page', { predicate: (p) => p.url() === url });
  await worker.evaluate((u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 700 }).then(() => undefined), url);
  const popup = await opened;
  await popup.waitForLoadState('domcontentloaded');
  return popup;
}

async function historyPages(): Promise<number> {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=999999`);
  const pages = await popup.evaluate(() => chrome.runtime.sendMessage({ kind: 'history:stats' }).then((r: { value?: { pages: number } }) => r.value?.pages ?? -1));
  await popup.close();
  return pages;
}

describe('the popup in Chromium', () => {
  test('summarizes the page, goes to a hit, finds it again in history, and clears history', async () => {
    const first = await openFixture('popup/first.html', 6);
    const { report } = first;
    // The badge counts the page's hits.
    const badge = (tabId: number) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(() => badge(first.tabId)).toBe(String(report.hits.length));
    const popup = await openPopup(first.tabId);
    await popup.waitForSelector('#app[data-status="report"] .group');

    // The summary's numbers are the page's.
    const hits = report.hits.length;
    expect(await popup.textContent('[data-stat="hits"] dd')).toBe(String(hits));
    const own = report.hits.filter((h) => h.voice === 'own').length;
    expect(await popup.textContent('[data-stat="own"] dd')).toBe(String(own));
    expect(await popup.textContent('[data-stat="quoted"] dd')).toBe(String(hits - own));
    const byEntry = new Map<string, number>();
    for (const hit of report.hits) byEntry.set(hit.entryId, (byEntry.get(hit.entryId) ?? 0) + 1);
    const rows = await popup.$$eval('.group', (groups) => groups.map((g) => [(g as HTMLElement).dataset.entry, g.querySelector('.count')?.textContent]));
    expect(new Map(rows.map(([id, count]) => [id, Number(count)]))).toEqual(byEntry);
    // … and agree with what the page highlights.
    const highlighted = await first.page.evaluate(() => {
      let ranges = 0;
      for (const [name, highlight] of CSS.highlights) if (!/current|flash/.test(name)) ranges += highlight.size;
      return ranges;
    });
    expect(highlighted).toBe(hits);
    expect(await popup.textContent('[data-testid="summary-line"]')).toMatch(new RegExp(`^${hits} phrases typical of `));

    // Clicking the last entry on the page scrolls the page to it and opens its card.
    const before = await first.page.evaluate(() => window.scrollY);
    await popup.click('[data-key="goto:hegemonism"]');
    await expect.poll(() => first.page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 500);
    await expect
      .poll(() => first.page.evaluate(() => document.querySelector('[data-rhetoric-lens-card]')?.getAttribute('data-state')))
      .toBe('open');
    expect(await first.page.evaluate(() => document.querySelector('[data-rhetoric-lens-card]')?.getAttribute('data-entry-id'))).toBe('hegemonism');

    // Keyboard: Enter on a focused row goes to its occurrence; → steps to the next one.
    await popup.focus('[data-key="goto:kiev-regime"]');
    await popup.keyboard.press('Enter');
    await expect.poll(() => first.page.evaluate(() => window.scrollY)).toBeLessThan(300);
    await popup.keyboard.press('ArrowRight');
    expect(await popup.textContent('.group[data-entry="kiev-regime"] .position')).toBe('2 / 2');
    await expect.poll(() => first.page.evaluate(() => window.scrollY)).toBeGreaterThan(300);

    // The background recorded the page.
    await expect.poll(historyPages, { timeout: 10_000 }).toBe(1);

    // A second page with the same phrase: the first appears in its related passages.
    const second = await openFixture('popup/second.html', 1);
    const detail = await openPopup(second.tabId, '&entry=kiev-regime');
    await detail.waitForSelector('#app[data-view="detail"] [data-testid="history-passages"]');
    const passages = await detail.$$eval('.history-passage', (items) =>
      items.map((li) => ({ url: (li as HTMLElement).dataset.url, title: li.querySelector('a')?.textContent, mark: li.querySelector('mark')?.textContent })),
    );
    expect(passages).toEqual([{ url: `${server.url}popup/first.html`, title: 'First report: the ministry statement', mark: 'Kiev regime' }]);
    expect(await detail.textContent('[data-testid="context-sentence"] mark')).toBe('Kiev regime');

    // Clearing the history empties it, and the detail says so.
    await detail.click('[data-key="history-clear"]');
    await detail.click('[data-key="history-confirm"]');
    await detail.waitForSelector('text=History cleared');
    await detail.waitForSelector('text=Not seen on other pages you read');
    expect(await detail.$('[data-testid="history-passages"]')).toBeNull();
    expect(await historyPages()).toBe(0);

    await Promise.all([popup.close(), detail.close(), first.page.close(), second.page.close()]);
  });

  test('a detail request waiting in storage.session opens the detail once (the card\'s "More" route)', async () => {
    const { page, tabId } = await openFixture('popup/second.html', 1);
    // What the background stores before it opens the popup (src/ui/popup/pending-detail.ts).
    await worker.evaluate((id) => chrome.storage.session.set({ pendingDetails: { [id]: { entryId: 'kiev-regime', time: Date.now() } } }), tabId);
    const popup = await openPopup(tabId);
    await popup.waitForSelector('#app[data-view="detail"]');
    expect(await popup.textContent('#detail-phrase')).toBe('Kiev regime');
    expect(await worker.evaluate(() => chrome.storage.session.get('pendingDetails'))).toEqual({ pendingDetails: {} });
    const again = await openPopup(tabId);
    await again.waitForSelector('#app[data-status="report"] .group');
    expect(await again.getAttribute('#app', 'data-view')).toBe('list');
    await Promise.all([popup.close(), again.close(), page.close()]);
  });

  test('a browser page cannot be scanned', async () => {
    const ids = async () => (await worker.evaluate(() => chrome.tabs.query({}))).map((t) => t.id!);
    const before = new Set(await ids());
    const page = await session.context.newPage();
    await page.goto('chrome://version/');
    const tabId = (await ids()).find((id) => !before.has(id))!;
    const popup = await openPopup(tabId);
    await popup.waitForSelector('[data-testid="state"]');
    expect(await popup.textContent('[data-testid="state"]')).toBe('This page cannot be scanned (browser page)');
    await Promise.all([popup.close(), page.close()]);
  });

  test('the site toggle turns highlighting off on the page at once, and back on', async () => {
    const { page, tabId } = await openFixture('popup/second.html', 1);
    const popup = await openPopup(tabId);
    await popup.waitForSelector('#app[data-status="report"]');
    await popup.click('label:has([data-key="toggle-site"])');
    await popup.waitForSelector('text=Highlighting is off for this site');
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0))).toBe(0);
    await popup.click('[data-key="state-action"]');
    await popup.waitForSelector('#app[data-status="report"] .group');
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0))).toBeGreaterThan(0);
    await Promise.all([popup.close(), page.close()]);
  });

  test('renders 200 hits within 100 ms', async () => {
    const { tabId, page } = await openFixture('popup/many.html', 200);
    const popup = await openPopup(tabId);
    await popup.waitForSelector('#app[data-status="report"] .group');
    expect(await popup.textContent('[data-stat="hits"] dd')).toBe('200');
    const firstRender = Number(await popup.getAttribute('#app', 'data-render-ms'));
    // A full re-render of the list and its layout, as a filter change does.
    const rerender = await popup.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('#filter-voice')!;
      const started = performance.now();
      select.value = 'own';
      select.dispatchEvent(new Event('change'));
      document.body.getBoundingClientRect();
      return performance.now() - started;
    });
    console.info(`popup with 200 hits: first render ${firstRender} ms, re-render with layout ${rerender.toFixed(1)} ms`);
    expect(firstRender).toBeLessThan(100);
    expect(rerender).toBeLessThan(100);
    await Promise.all([popup.close(), page.close()]);
  });

  test('screenshots in light and dark mode', async () => {
    const { page, tabId } = await openFixture('popup/first.html', 6);
    const popup = await openPopup(tabId);
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.waitForSelector('#app[data-status="report"] .group');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: `/tmp/rl-popup-list-${scheme}.png`, fullPage: true });
    }
    await popup.click('[data-key="detail:kiev-regime"]');
    await popup.waitForSelector('#app[data-view="detail"]');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: `/tmp/rl-popup-detail-${scheme}.png`, fullPage: true });
    }
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('the popup in Firefox', () => {
  test('summarizes the page, goes to a hit, and the background records it', async () => {
    const firefox = await openFirefox();
    try {
      const url = `${server.url}popup/first.html`;
      const page = await firefox.newPage();
      await page.goto(url);
      let report: PageReport | undefined;
      await expect.poll(async () => (report = await reportOfIn(firefox, url))?.hits.length ?? -1, { timeout: 20_000 }).toBeGreaterThanOrEqual(6);
      const tabId = await firefox.inExtension(async (u) => {
        for (const tab of await browser.tabs.query({})) {
          const reply = (await browser.tabs.sendMessage(tab.id!, { kind: 'report:get' }, { frameId: 0 }).catch(() => undefined)) as Result<PageReport> | undefined;
          if (reply?.ok && reply.value.url === u) return tab.id!;
        }
        return -1;
      }, url);
      const popupUrl = await firefox.inExtension(async (id) => `${browser.runtime.getURL('/popup.html')}?tab=${id}`, tabId);
      const popup = await firefox.newPage();
      // Extension pages' load events do not reach WebDriver BiDi: wait for the rendered popup instead.
      void popup.goto(popupUrl).catch(() => undefined);
      const hitsShown = () => popup.evaluate(() => document.querySelector('#app[data-status="report"] [data-stat="hits"] dd')?.textContent ?? null).catch(() => null);
      await expect.poll(hitsShown, { timeout: 20_000 }).toBe(String(report!.hits.length));

      const before = await page.evaluate(() => window.scrollY);
      await page.bringToFront();
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[data-key="goto:hegemonism"]')!.click());
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 500);

      const stats = () =>
        firefox.inExtension(async () => ((await browser.runtime.sendMessage({ kind: 'history:stats' })) as Result<{ pages: number }>), undefined);
      await expect.poll(async () => ((await stats()) as { ok: boolean; value?: { pages: number } }).value?.pages, { timeout: 10_000 }).toBe(1);
    } finally {
      await firefox.close();
    }
  });
});
