/**
 * Korean, Chinese and Russian pages in real Chromium and Firefox ESR: the
 * original-script phrasing is highlighted in its family's group, with the
 * folding each language needs (traditional Han, North and South Korean
 * spelling, Russian case endings, Latin look-alike letters), ruby
 * annotations stay out of the text, and the traps of ordinary prose in each
 * language stay clean. The pages are ours (tests/pages/original).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageReport } from '../../src/core/types';
import { cardState, listHighlights, openChromium, openFirefox, pointAt, screenshot, waitForHits, type Highlighted, type TestBrowser, type TestPage, until } from './content-browsers';
import { startServer, type StaticServer } from '../support/server';

let server: StaticServer;
beforeAll(async () => {
  server = await startServer('tests/pages');
});
afterAll(() => server?.close());

interface Expected {
  /** Each element's hits, as the report has them: entry, matched words, voice. */
  hits: Record<string, string[]>;
  /** Elements that hold an ordinary use of the same words, and must stay clean. */
  clean: string[];
  group: string;
}

const PAGES: Record<string, Expected> = {
  'zh.html': {
    group: 'prc',
    hits: {
      own: ['win-win-cooperation 坚持合作共赢 own', 'community-with-a-shared-future 构建人类命运共同体 own'],
      traditional: ['win-win-cooperation 堅持合作共贏 own', 'community-with-a-shared-future 構建人類命運共同體 own'],
      ruby: ['win-win-cooperation 坚持合作共赢 own'],
      quoted: ['win-win-cooperation 坚持合作共赢 quoted'],
    },
    clean: ['business', 'textarea', 'title'],
  },
  'ko.html': {
    group: 'kcna',
    hits: {
      particle: ['juche 주체사상 own'],
      north: ['great-party 조선로동당 own'],
      south: ['great-party 조선노동당 own'],
      honorific: ['respected-comrade 경애하는 김정은동지 own', 'on-the-spot-guidance 현지지도하시였다 own'],
    },
    clean: ['labour', 'thought', 'title'],
  },
  'ru.html': {
    group: 'rus',
    hits: {
      nominative: ['collective-west коллективный Запад own'],
      genitive: ['collective-west коллективного Запада own', 'kiev-regime киевского режима own'],
      lookalike: ['kiev-regime киевский рeжим own'],
      operation: ['special-military-operation специальной военной операции own'],
    },
    clean: ['hours', 'title'],
  },
};

const total = (expected: Expected) => Object.values(expected.hits).reduce((n, hits) => n + hits.length, 0);

describe.each([
  ['chromium', openChromium],
  ['firefox', openFirefox],
] as const)('in %s', (name, open) => {
  let browser: TestBrowser;
  const consoleMessages: string[] = [];

  beforeAll(async () => {
    browser = await open();
  });
  afterAll(() => browser?.close());

  describe.each(Object.entries(PAGES))('%s', (file, expected) => {
    let page: TestPage;
    let url: string;
    let report: PageReport;
    let highlights: Highlighted[];

    beforeAll(async () => {
      page = await browser.newPage();
      page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
      url = `${server.url}original/${file}`;
      await page.goto(url);
      report = await waitForHits(browser, url, total(expected));
      highlights = await until(() => listHighlights(page), (list) => list.length === total(expected), `${total(expected)} highlights on ${file}`, 10_000);
    });
    afterAll(() => page?.close());

    test('reports each phrase in the language it is written in, with its entry and voice, in page order', () => {
      const reported = report.hits.map((h) => `${h.entryId} ${h.match} ${h.voice}`);
      expect(reported).toEqual(Object.values(expected.hits).flat());
    });

    test('highlights them in the family’s group, and nothing in the ordinary prose, the form or the title', () => {
      expect(new Set(highlights.map((h) => h.group))).toEqual(new Set([expected.group]));
      const ids = new Set(highlights.map((h) => h.id));
      for (const id of Object.keys(expected.hits)) expect(ids.has(id), `#${id}`).toBe(true);
      for (const id of expected.clean) expect(ids.has(id), `#${id}`).toBe(false);
    });

    test('leaves the page DOM as the page built it', async () => {
      const [now, atLoad] = await page.evaluate(() => [document.body.innerHTML, (window as unknown as { __bodyAtLoad: string }).__bodyAtLoad]);
      expect(now).toBe(atLoad);
    });
  });

  test('ruby annotations stay out of the text: the highlight spans the base characters and their <rt>', async () => {
    const page = await browser.newPage();
    const url = `${server.url}original/zh.html`;
    await page.goto(url);
    await waitForHits(browser, url, total(PAGES['zh.html']));
    await expect.poll(async () => (await listHighlights(page)).filter((h) => h.id === 'ruby').map((h) => h.text.replace(/[\s()a-zé-ǜ]/g, '')), { timeout: 10_000 }).toEqual(['坚持合作共赢']);
    await page.close();
  });

  test('the card opens on a Russian phrase in its inflected form', async () => {
    const page = await browser.newPage();
    const url = `${server.url}original/ru.html`;
    await page.goto(url);
    await waitForHits(browser, url, total(PAGES['ru.html']));
    await page.bringToFront();
    const point = await pointAt(page, 'genitive', 'коллективного');
    await page.mouse.move(Math.max(1, point.x - 80), Math.max(1, point.y - 50));
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect.poll(() => cardState(page), { timeout: 5000 }).toMatchObject({ state: 'open', entryId: 'collective-west', inBody: false });
    await screenshot(page, `/tmp/rl-${name}-card-ru.png`);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).state).toBe('closed');
    await page.close();
  });

  test('the console stayed quiet', () => {
    expect(consoleMessages).toEqual([]);
  });
});
