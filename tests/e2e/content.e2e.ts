/**
 * The content script in real Chromium and Firefox ESR: what is highlighted
 * and what is not, shadow roots, frames and late content, a page DOM left
 * untouched, the hover card, keyboard commands, and switching off and on
 * without a reload.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageReport } from '../../src/core/types';
import {
  cardState,
  changeSettings,
  listHighlights,
  openChromium,
  openFirefox,
  pointAt,
  recordedMessages,
  recordMessages,
  reportOf,
  screenshot,
  sendToPage,
  waitForHits,
  type TestBrowser,
  type TestPage,
  until,
} from './content-browsers';
import { launchChromium } from '../support/harness';
import { startServer, type StaticServer } from '../support/server';

let server: StaticServer;
beforeAll(async () => {
  server = await startServer('tests/pages');
});
afterAll(() => server?.close());

/** Elements whose text holds a phrase that must be highlighted, and the words. */
const POSITIVE: Record<string, RegExp> = {
  'own-em': /collective/i,
  quoted: /Kiev regime/,
  'link-split': /hurt the feelings of the Chinese people/,
  'span-split': /dancing to the tune of others/,
  reprint: /Juche/,
  'open-host': /Kiev regime/,
};
/** Elements with a phrase (or a look-alike) that must never be highlighted. */
const NEGATIVE = [
  'neutral-ministry',
  'neutral-union',
  'neutral-west',
  'input',
  'textarea',
  'select',
  'editable',
  'editable-plain',
  'script',
  'noscript',
  'template',
  'hidden',
  'display-none',
  'class-hidden',
  'closed-host',
  'title',
];
const MIN_HITS = Object.keys(POSITIVE).length;

describe.each([
  ['chromium', openChromium],
  ['firefox', openFirefox],
] as const)('in %s', (name, open) => {
  let browser: TestBrowser;
  let page: TestPage;
  let url: string;
  let report: PageReport;
  const consoleMessages: string[] = [];

  beforeAll(async () => {
    browser = await open();
    page = await browser.newPage();
    page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
    url = `${server.url}fixtures/content.html`;
    await page.goto(url);
    report = await waitForHits(browser, url, MIN_HITS);
  });
  afterAll(() => browser?.close());

  test('highlights the phrases, also split by <em>, <a> and <span>, in the group of their source', async () => {
    const highlights = await listHighlights(page);
    for (const [id, words] of Object.entries(POSITIVE)) {
      const mine = highlights.filter((h) => h.id === id || (id === 'open-host' && h.id === 'shadow-text'));
      expect(mine.map((h) => h.text).join(' | '), `#${id}`).toMatch(words);
    }
    const groups = new Map(highlights.map((h) => [h.text, h.group]));
    expect(groups.get('Kiev regime')).toBe('rus');
    expect(groups.get('hurt the feelings of the Chinese people')).toBe('prc');
    expect(groups.get('dancing to the tune of others')).toBe('kcna');
  });

  test('leaves forms, editors, scripts, hidden text, closed shadow roots and neutral uses alone', async () => {
    const highlights = await listHighlights(page);
    const ids = new Set(highlights.map((h) => h.id));
    for (const id of NEGATIVE) expect(ids.has(id), `#${id}`).toBe(false);
    expect(highlights.some((h) => /Ministry|win-win deal|bargaining/.test(h.text))).toBe(false);
  });

  test('highlights in an open shadow root and in a same-origin frame, each frame on its own', async () => {
    const highlights = await listHighlights(page);
    expect(highlights.find((h) => h.id === 'shadow-text')?.text).toBe('Kiev regime');
    const frame = page.frames().find((f) => f.url().endsWith('content-frame.html'))!;
    await expect.poll(async () => (await listHighlights(frame)).map((h) => `${h.id}: ${h.text}`), { timeout: 10_000 }).toEqual(['frame-text: win-win cooperation']);
  });

  test('reports hits with their sentence, paragraph, voice and position', async () => {
    const quoted = report.hits.find((h) => h.entryId === 'kiev-regime' && h.sentence.startsWith('“The Kiev regime'))!;
    expect(quoted.match).toBe('Kiev regime');
    expect(quoted.voice).toBe('quoted');
    expect(quoted.sentence.slice(...quoted.inSentence)).toBe('Kiev regime');
    expect(quoted.paragraph.slice(...quoted.sentenceInParagraph)).toBe(quoted.sentence);
    expect(report.hits.map((h) => h.index)).toEqual(report.hits.map((_, i) => i));
    expect(report.state).toBe('on');
    expect(report.words).toBeGreaterThan(50);
    const positions = report.hits.map((h) => h.position[0]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('never changes the page DOM: body.innerHTML is as the page built it', async () => {
    const [now, atLoad] = await page.evaluate(() => [document.body.innerHTML, (window as unknown as { __bodyAtLoad: string }).__bodyAtLoad]);
    expect(atLoad).toBeTruthy();
    expect(now).toBe(atLoad);
    expect((await cardState(page)).inBody).toBe(false);
  });

  test('highlights content added later, and forgets content removed', async () => {
    await page.evaluate(() => {
      const item = document.createElement('li');
      item.id = 'late';
      item.append('Late: Moscow’s envoy said ', Object.assign(document.createElement('em'), { textContent: 'the Kiev' }), ' regime left the table.');
      document.getElementById('feed')!.append(item);
    });
    await expect.poll(async () => (await listHighlights(page)).filter((h) => h.id === 'late').map((h) => h.text), { timeout: 10_000 }).toEqual(['Kiev regime']);
    await page.evaluate(() => document.getElementById('late')!.remove());
    await expect.poll(async () => (await listHighlights(page)).some((h) => h.id === 'late'), { timeout: 10_000 }).toBe(false);
    // A single-page-app navigation: new address, new content.
    await page.evaluate(() => {
      history.pushState({}, '', '?page=2');
      const item = document.createElement('li');
      item.id = 'spa';
      item.textContent = 'Page two: the Juche idea, Pyongyang said.';
      document.getElementById('feed')!.append(item);
    });
    await expect.poll(async () => (await listHighlights(page)).filter((h) => h.id === 'spa').length, { timeout: 10_000 }).toBe(1);
    const after = await reportOf(browser, `${url}?page=2`);
    expect(after?.hits.some((h) => h.sentence.startsWith('Page two'))).toBe(true);
    await page.evaluate(() => {
      document.getElementById('spa')!.remove();
      history.replaceState({}, '', location.pathname);
    });
    await expect.poll(async () => (await listHighlights(page)).some((h) => h.id === 'spa'), { timeout: 10_000 }).toBe(false);
  });

  test('shows the card when the pointer is over a highlight, and Escape closes it', async () => {
    await page.bringToFront(); // hit-testing runs on animation frames, which background tabs do not get
    const point = await pointAt(page, 'quoted', 'Kiev regime');
    await page.mouse.move(Math.max(1, point.x - 100), Math.max(1, point.y - 60));
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect.poll(() => cardState(page), { timeout: 5000 }).toMatchObject({ state: 'open', entryId: 'kiev-regime', focused: false, inBody: false });
    await screenshot(page, `/tmp/rl-${name}-card.png`);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).state).toBe('closed');
  });

  test('hit-tests inside an open shadow root', async () => {
    await page.bringToFront();
    const point = await pointAt(page, 'open-host', 'Kiev regime');
    await page.mouse.move(point.x, Math.max(1, point.y - 40));
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => cardState(page), { timeout: 5000 }).toMatchObject({ state: 'open', entryId: 'kiev-regime' });
    await page.keyboard.press('Escape');
  });

  test('keyboard commands: step to the next and previous highlight, and go to one with a flash', async () => {
    await page.bringToFront();
    const first = await sendToPage<{ index: number; count: number }>(browser, url, { kind: 'highlight:step', direction: 1 });
    expect(first?.ok).toBe(true);
    const { index, count } = (first as { value: { index: number; count: number } }).value;
    expect(count).toBeGreaterThanOrEqual(MIN_HITS);
    const entries = (await reportOf(browser, url))!.hits.map((h) => h.entryId);
    await expect.poll(() => cardState(page)).toMatchObject({ state: 'open', entryId: entries[index], focused: true });
    const next = await sendToPage<{ index: number }>(browser, url, { kind: 'highlight:step', direction: 1 });
    expect(next).toMatchObject({ ok: true, value: { index: (index + 1) % count } });
    await expect.poll(async () => (await cardState(page)).entryId).toBe(entries[(index + 1) % count]);
    const back = await sendToPage<{ index: number }>(browser, url, { kind: 'highlight:step', direction: -1 });
    expect(back).toMatchObject({ ok: true, value: { index } });

    const target = count - 1;
    const went = await sendToPage(browser, url, { kind: 'highlight:goto', index: target });
    expect(went?.ok).toBe(true);
    await expect.poll(async () => (await cardState(page)).entryId).toBe(entries[target]);
    const flash = (await listHighlights(page)).filter((h) => h.group === 'flash');
    expect(flash.map((h) => h.text)).toEqual([(await reportOf(browser, url))!.hits[target].match]);
    await screenshot(page, `/tmp/rl-${name}-goto.png`);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).state).toBe('closed');
    expect(await sendToPage(browser, url, { kind: 'highlight:goto', index: 9999 })).toMatchObject({ ok: false });
  });

  test('"More" on a card opened by the keyboard asks the background for the detail', async () => {
    await recordMessages(browser);
    await page.bringToFront();
    const step = await sendToPage<{ index: number }>(browser, url, { kind: 'highlight:step', direction: 1 });
    expect(step?.ok).toBe(true);
    const { entryId } = await cardState(page);
    await expect.poll(async () => (await cardState(page)).focused).toBe(true);
    await page.keyboard.press('Tab'); // from the card to its first button, "More"
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await recordedMessages(browser)).filter((m) => m.kind === 'detail:open')).toEqual([{ kind: 'detail:open', entryId }]);
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).state).toBe('closed');
  });

  test('turns off and on without a reload: the keyboard toggle, the global switch and the site list', async () => {
    const groups = async () => (await listHighlights(page)).filter((h) => ['kcna', 'prc', 'rus'].includes(h.group)).length;
    const before = await groups();
    expect(before).toBeGreaterThanOrEqual(MIN_HITS);

    expect(await sendToPage(browser, url, { kind: 'highlight:toggle' })).toEqual({ ok: true, value: 'paused' });
    await expect.poll(groups).toBe(0);
    expect((await reportOf(browser, url))?.state).toBe('paused');
    expect(await sendToPage(browser, url, { kind: 'highlight:toggle' })).toEqual({ ok: true, value: 'on' });
    await expect.poll(groups, { timeout: 10_000 }).toBe(before);

    await changeSettings(browser, { enabled: false });
    await expect.poll(groups).toBe(0);
    expect((await reportOf(browser, url))?.state).toBe('off');
    await changeSettings(browser, { enabled: true });
    await expect.poll(groups, { timeout: 10_000 }).toBe(before);

    await changeSettings(browser, { deniedSites: ['127.0.0.1'] });
    await expect.poll(async () => (await reportOf(browser, url))?.state).toBe('off-for-site');
    expect(await groups()).toBe(0);
    await changeSettings(browser, { deniedSites: [] });
    await expect.poll(groups, { timeout: 10_000 }).toBe(before);

    await changeSettings(browser, { hiddenSources: ['kcna', 'rus'] });
    await expect.poll(async () => [...new Set((await listHighlights(page)).map((h) => h.group))]).toEqual(['prc']);
    await changeSettings(browser, { hiddenSources: [] });
    await expect.poll(groups).toBe(before);

    const [now, atLoad] = await page.evaluate(() => [document.body.innerHTML, (window as unknown as { __bodyAtLoad: string }).__bodyAtLoad]);
    expect(now).toBe(atLoad);
  });

  test('works, and throws nothing into the page, on a page that broke every API it uses', async () => {
    const hostile = await browser.newPage();
    const hostileUrl = `${server.url}fixtures/hostile.html`;
    await hostile.goto(hostileUrl);
    const found = await until(() => reportOf(browser, hostileUrl), (r) => (r?.hits.length ?? 0) >= 2, 'hits on the hostile page');
    expect(found?.hits.map((h) => h.match)).toEqual(['the collective West', 'Kiev regime']);
    await hostile.bringToFront();
    await expect
      .poll(() => hostile.evaluate(() => (window as unknown as { __readHighlights(): string[] }).__readHighlights()), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['rhetoric-lens-rus:2']));
    const point = await hostile.evaluate(() => (window as unknown as { __pointOf(id: string, word: string): { x: number; y: number } }).__pointOf('hostile-text', 'Kiev'));
    await hostile.mouse.move(point.x, Math.max(1, point.y - 30));
    await hostile.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => cardState(hostile), { timeout: 5000 }).toMatchObject({ state: 'open', entryId: 'kiev-regime' });
    expect(await hostile.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    await hostile.close();
  });

  test('the page saw no errors, and the console stayed quiet', async () => {
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    expect(consoleMessages).toEqual([]);
  });
});

describe('against a browser without the extension (Chromium)', () => {
  test('document.documentElement.outerHTML is identical, after the card was opened and closed', async () => {
    const bare = await launchChromium({ extension: false });
    const withExtension = await openChromium();
    try {
      const url = `${server.url}fixtures/content.html`;
      const plainPage = await bare.context.newPage();
      await plainPage.goto(url);
      const page = await withExtension.newPage();
      await page.goto(url);
      await waitForHits(withExtension, url, MIN_HITS);
      // Use the card: open it by hovering a phrase and close it with Escape, then by the keyboard command.
      await page.bringToFront();
      const point = await pointAt(page, 'quoted', 'Kiev regime');
      await page.mouse.move(Math.max(1, point.x - 100), Math.max(1, point.y - 60));
      await page.mouse.move(point.x, point.y, { steps: 4 });
      await expect.poll(() => cardState(page), { timeout: 5000 }).toMatchObject({ state: 'open' });
      await page.keyboard.press('Escape');
      expect(await sendToPage(withExtension, url, { kind: 'highlight:step', direction: 1 })).toMatchObject({ ok: true });
      await expect.poll(() => cardState(page), { timeout: 5000 }).toMatchObject({ state: 'open' });
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-rhetoric-lens-card]').length)).toBe(0);
      const plain = await plainPage.evaluate(() => document.documentElement.outerHTML);
      const lensed = await page.evaluate(() => document.documentElement.outerHTML);
      expect(lensed).toBe(plain);
      expect(await plainPage.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(0);
    } finally {
      await withExtension.close();
      await bare.close();
    }
  });
});
