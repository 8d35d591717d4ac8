/**
 * Hostile pages, end to end in Chromium and Firefox: huge text, huge and deep
 * trees, a page that never stops changing, every kind of frame, deep shadow
 * trees, tricky Unicode, text that looks like markup, and a page that takes
 * the extension's names and breaks the APIs it uses. Each page has a bounded
 * time and must end with no page error, no console error from the extension,
 * exactly the expected highlights (read from `CSS.highlights` in each
 * frame), and no long task over 200 ms that the extension caused.
 *
 * The fixtures are in tests/pages/hostile/; every one loads probe.js first,
 * which records errors, dialogs and long tasks and keeps the real APIs it
 * needs to read the highlights. A table of worst long task, scan times and
 * result per page and browser is printed at the end and written to
 * /tmp/rl-hostile.json.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ScanStats } from '../../src/dom/page-lens';
import { busyMachineBound, HIT_GROUPS, listen, listHighlights, openChromium, openFirefox, reportOf, sendToPage, type Highlighted, type Listened, type TestBrowser, type TestPage, until } from './content-browsers';
import { launchChromium, type ChromiumSession } from '../support/harness';
import { startServer, type StaticServer } from '../support/server';

/** The longest task the extension may cause, in ms (the issue's bound). */
const LONG_TASK_MS = 200;

type Stats = ScanStats & { idle: boolean; state: string };
type Highlight = Highlighted;
/** What a fixture expects: `id: text` for each range, or for big pages a count and the texts allowed. */
type Expected = string[] | { count: number; texts: string[]; total?: number };

interface Row {
  browser: string;
  page: string;
  /** Worst long task after the content script started (Chromium), in ms. */
  worstLongTaskMs: number | string;
  /** The same, on the same page in a browser without the extension, where it was needed. */
  withoutExtensionMs?: number | string;
  /** The content script's own longest slice of work, in ms. */
  longestSliceMs: number | string;
  /** Content script start → whole page scanned, and → every hit painted, in ms. */
  scannedMs: number | string;
  paintedMs: number | string;
  ranges: number;
  result: string;
  /** Console errors and warnings that came from the page or the browser, not the extension (in the JSON only). */
  pageConsole?: string[];
}
const rows: Row[] = [];

type Frame = { url(): string; evaluate<R>(fn: () => R | Promise<R>): Promise<R> };

/** The highlights of one frame, read with the probe's saved APIs, or directly where no probe runs (about:blank, a sandbox without scripts). */
async function readHighlights(frame: Frame): Promise<Highlight[]> {
  const viaProbe = await frame.evaluate(() => (window as unknown as { __probe?: { highlights(): Highlight[] } }).__probe?.highlights() ?? null);
  return viaProbe ?? listHighlights(frame);
}

/** What a frame that missed its highlights looks like, for the failure message: its registry, its state, and what the page heard. */
async function frameState(browser: TestBrowser, frame: Frame, heard: Listened): Promise<string> {
  const state = await frame
    .evaluate(() => {
      const registry = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
      return {
        registry: registry ? [...registry].map(([name, highlight]) => `${name}:${highlight.size}`) : 'none',
        readyState: document.readyState,
        visibility: document.visibilityState,
        errors: (window as unknown as { __probe?: { errors: string[] } }).__probe?.errors ?? 'no probe',
      };
    })
    .catch((error: unknown) => `unreadable: ${String(error)}`);
  // The counts each frame reported to the badge, by tab and frame id: a frame missing there never found its hit, or never ran.
  const badges = await browser
    .inExtension(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return Object.entries(await api.storage.session.get(null)).filter(([key]) => key.startsWith('badge:'));
    }, null)
    .catch((error: unknown) => `unreadable: ${String(error)}`);
  return JSON.stringify({ frame: state, badges, pageErrors: heard.pageErrors, extensionConsole: heard.extensionConsole, crashed: heard.crashed });
}

function hitLines(highlights: Highlight[]): string[] {
  return highlights
    .filter((h) => HIT_GROUPS.includes(h.group))
    .map((h) => `${h.id}: ${h.text}`)
    .sort();
}

function expectedOf(frame: Frame): Promise<Expected | null> {
  return frame.evaluate(() => (window as unknown as { __expected?: Expected }).__expected ?? null);
}

/** Whether a frame's highlights are what it expects; a string saying how they differ otherwise. */
function compare(highlights: Highlight[], expected: Expected): true | string {
  const hits = highlights.filter((h) => HIT_GROUPS.includes(h.group));
  if (Array.isArray(expected)) {
    const actual = hitLines(highlights);
    const want = [...expected].sort();
    if (JSON.stringify(actual) === JSON.stringify(want)) return true;
    const missing = want.filter((line) => !actual.includes(line));
    const extra = actual.filter((line) => !want.includes(line));
    return `missing ${JSON.stringify(missing.slice(0, 8))}, unexpected ${JSON.stringify(extra.slice(0, 8))}`;
  }
  const wrong = hits.filter((h) => !expected.texts.includes(h.text));
  if (hits.length === expected.count && wrong.length === 0) return true;
  const total = expected.total === undefined ? '' : ` (visible, of ${expected.total} on the page)`;
  return `${hits.length} ranges of ${expected.count}${total}; unexpected texts ${JSON.stringify(wrong.slice(0, 5).map((h) => h.text))}`;
}

async function statsOf(browser: TestBrowser, url: string): Promise<Stats | undefined> {
  const reply = await sendToPage<Stats>(browser, url, { kind: 'scan:stats' });
  return reply?.ok ? reply.value : undefined;
}

/** What the probe recorded in the top page: errors, dialogs, long tasks. */
function probeOf(page: TestPage): Promise<{ errors: string[]; alerts: string[]; longTasks: { start: number; duration: number }[]; longTasksSupported: boolean }> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: { errors: string[]; alerts: string[]; longTasks: { start: number; duration: number }[] & { supported?: boolean } } }).__probe;
    return { errors: [...probe.errors], alerts: [...probe.alerts], longTasks: [...probe.longTasks], longTasksSupported: probe.longTasks.supported !== false };
  });
}

/**
 * The long-task bound for this machine now. Times are wall-clock: on a busy
 * machine a slice preempted by another process looks long, so the bound is
 * looser then (busyMachineBound): still far below what an unsliced scan of
 * these pages costs (seconds). The printed numbers are the measurement.
 */
const longTaskBound = () => busyMachineBound(LONG_TASK_MS);

interface PageSpec {
  /** Path under tests/pages, or a function of the servers' URLs. */
  path: (urls: { main: string; other: string; site: string }) => string;
  /** How long the page may take to be scanned and painted, in ms. */
  budget: number;
  /** Extra checks, once the highlights are right. */
  after?: (context: { browser: TestBrowser; page: TestPage; url: string; heard: Listened; row: Row }) => Promise<void>;
  /** Only in this browser. */
  only?: 'chromium' | 'firefox';
  /**
   * Runs again once after a failure, whose message is printed. Only for a page
   * whose failure was seen once in CI and never again in dozens of runs here,
   * with what the failure message showed: a real bug still fails both runs.
   */
  retry?: number;
  /** Why the test is expected to fail in a browser (test.fails), with the bug it shows. */
  knownFailure?: Partial<Record<'chromium' | 'firefox', string>>;
}

let server: StaticServer;
let other: StaticServer;
/** A Chromium without the extension, started when a page's long tasks need a baseline. */
let bare: ChromiumSession | undefined;

beforeAll(async () => {
  server = await startServer('tests/pages');
  other = await startServer('tests/pages');
});

afterAll(async () => {
  console.log('\nHostile pages: worst long task after the content script started, the extension\'s longest slice, scan times (ms)');
  console.table(rows.map(({ pageConsole: _pageConsole, ...row }) => row));
  writeFileSync('/tmp/rl-hostile.json', JSON.stringify({ loadAverage: loadavg(), cores: cpus().length, rows }, null, 2));
  await bare?.close();
  await server?.close();
  await other?.close();
});

/** Long tasks on the same page in Chromium without the extension, over the same time after load. */
async function baselineLongTasks(url: string, durationMs: number): Promise<number> {
  bare ??= await launchChromium({ extension: false });
  const page = await bare.context.newPage();
  try {
    await page.goto(url, { timeout: 120_000 });
    const loadedAt = await page.evaluate(() => performance.now());
    await page.waitForFunction((end) => performance.now() > end, loadedAt + durationMs, { timeout: durationMs + 60_000, polling: 250 });
    const tasks = await page.evaluate(() => (window as unknown as { __probe: { longTasks: { start: number; duration: number }[] } }).__probe.longTasks);
    return Math.max(0, ...tasks.filter((t) => t.start + t.duration >= loadedAt).map((t) => t.duration));
  } finally {
    await page.close();
  }
}

/** The Chromium-only tab id of the page at `url`, found by asking each tab's content script. */
async function tabIdOf(browser: TestBrowser, url: string): Promise<number | undefined> {
  return browser.inExtension(async (url) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = await chrome.tabs.sendMessage(tab.id, { kind: 'report:get' }, { frameId: 0 }).catch(() => undefined);
      if (reply?.ok && reply.value.url === url) return tab.id as number;
    }
    return undefined;
  }, url);
}

/** Moves the pointer onto `word` in the element `id` (measured with the probe's saved APIs) and waits for the card. */
async function hoverCard(page: TestPage, id: string, word: string, entryId: string) {
  await page.bringToFront(); // hit-testing runs on animation frames, which background tabs do not get
  const point = await page.evaluate(
    ({ id, word }) => (window as unknown as { __probe: { pointOf(id: string, word: string): { x: number; y: number } } }).__probe.pointOf(id, word),
    { id, word },
  );
  await page.mouse.move(point.x, Math.max(1, point.y - 40));
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          // The extension's host is a child of <html>; the page's look-alikes live in <body>.
          const host = document.documentElement.querySelector(':scope > [data-rhetoric-lens-card]');
          return { state: host?.getAttribute('data-state') ?? null, entryId: host?.getAttribute('data-entry-id') ?? null };
        }),
      { timeout: 10_000 },
    )
    .toEqual({ state: 'open', entryId });
}

/** The card's element names and text, through a CDP DOM walk that pierces its closed shadow root (Chromium). */
async function cardContents(page: TestPage): Promise<{ elements: string[]; text: string }> {
  const playwrightPage = page as unknown as PlaywrightPage;
  const cdp: CDPSession = await playwrightPage.context().newCDPSession(playwrightPage);
  try {
    interface DomNode { nodeName: string; nodeType: number; nodeValue?: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] }
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
    const find = (node: DomNode): DomNode | undefined => {
      if (node.attributes?.includes('data-rhetoric-lens-card') && node.nodeName === 'DIV' && node.shadowRoots?.length) return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    };
    const host = find(root);
    if (!host) throw new Error('no card host with a shadow root');
    const elements: string[] = [];
    let text = '';
    const walk = (node: DomNode) => {
      if (node.nodeType === 1) elements.push(node.nodeName);
      if (node.nodeType === 3) text += node.nodeValue ?? '';
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
    };
    for (const shadow of host.shadowRoots ?? []) walk(shadow);
    return { elements, text };
  } finally {
    await cdp.detach();
  }
}

const PAGES: [name: string, spec: PageSpec][] = [
  ['one text node of 10 MB', { path: () => 'hostile/big.html?kind=node10mb', budget: 150_000 }],
  ['200,000 text nodes', { path: () => 'hostile/big.html?kind=nodes200k', budget: 150_000 }],
  // Chromium's renderer crashes laying out about 3,000 nested blocks, with or without the extension: 2,000 is the deepest that renders reliably.
  ['elements nested 2,000 deep', { path: () => 'hostile/big.html?kind=deep&depth=2000', budget: 90_000, only: 'chromium' }],
  // Firefox renders 10,000 levels without crashing, but lays out only the first 2,000 or so: deeper text has no box, is not visible, and is not highlighted.
  ['elements nested 10,000 deep', { path: () => 'hostile/big.html?kind=deep&depth=10000', budget: 90_000, only: 'firefox' }],
  [
    '1,000 mutations a second for 10 seconds',
    {
      path: () => 'hostile/mutations.html',
      budget: 90_000,
      async after({ page }) {
        expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBe(10_000);
      },
    },
  ],
  [
    'frames: sandboxed, cross-origin, cross-site, about:blank, srcdoc, nested',
    {
      path: ({ other, site }) => `hostile/frames.html?cross=${encodeURIComponent(other)}&site=${encodeURIComponent(site)}`,
      budget: 60_000,
      // Once, in CI, Chromium's sandbox with scripts had no highlight for a minute; 36 runs here since, 25 of them under load, all passed.
      retry: 1,
    },
  ],
  ['deep and wide shadow trees, slots, declarative and late-rendered roots', { path: () => 'hostile/shadow.html', budget: 60_000 }],
  [
    'a page that swaps in a new <body> (as Turbo-style navigation does)',
    { path: () => 'hostile/replace.html?how=body', budget: 30_000, after: ({ page }) => hoverCard(page, 'new-body-text', 'Kiev', 'kiev-regime') },
  ],
  [
    'a page that replaces its <html> element',
    { path: () => 'hostile/replace.html?how=root', budget: 30_000, after: ({ page }) => hoverCard(page, 'new-root-text', 'tune', 'dancing-to-the-tune-of-others') },
  ],
  ['a page that rewrites itself with document.open() and document.write()', { path: () => 'hostile/replace.html?how=open', budget: 30_000 }],
  [
    'a page that rewrites itself with document.open(): the hover card still opens',
    {
      path: () => 'hostile/replace.html?how=open',
      budget: 30_000,
      // document.open() erases every listener on the page, the extension's too: the session attaches them again.
      after: ({ page }) => hoverCard(page, 'written-text', 'feelings', 'hurt-the-feelings-of-the-chinese-people'),
    },
  ],
  ['bidi marks, emoji, combining characters, joiners and soft hyphens inside phrases', { path: () => 'hostile/unicode.html', budget: 60_000 }],
  [
    'text that looks like HTML or script',
    {
      path: () => 'hostile/html-like.html',
      budget: 60_000,
      async after({ browser, page, url, heard }) {
        await hoverCard(page, 'img-text', 'Kiev', 'kiev-regime');
        if (browser.name === 'chromium') {
          const card = await cardContents(page);
          expect(card.elements).not.toContain('IMG');
          expect(card.elements).not.toContain('SCRIPT');
          expect(card.text).toContain('Kiev regime');
        }
        const literals = await page.evaluate(() => (window as unknown as { __literals: string[] }).__literals);
        if (browser.name === 'chromium') {
          // The popup, opened for this tab on the entry's detail: the sentence shows as text.
          const extensionId = await browser.inExtension(async () => chrome.runtime.id as string, undefined);
          const tabId = await tabIdOf(browser, url);
          expect(tabId).toBeDefined();
          for (const extra of ['&entry=kiev-regime', '']) {
            const popup = await browser.newPage();
            const popupHeard = listen(popup);
            await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}${extra}`);
            const view = extra ? 'detail' : 'list';
            await until(
              () => popup.evaluate(() => [document.getElementById('app')?.dataset.view, document.getElementById('app')?.dataset.status]),
              ([v, status]) => v === view && status === 'report',
              `the popup's ${view} view`,
            );
            const seen = await popup.evaluate(() => ({ text: document.body.innerText, title: document.title, images: document.querySelectorAll('img, svg image, iframe, script:not([src])').length }));
            if (extra) {
              expect(seen.text).toContain(literals[0]); // '<img src=x onerror=alert(1)>', in the context sentence
              expect(seen.text).toContain('{{constructor}}');
            }
            // The popup names the tab by its title only where the browser tells it (it does not without the "tabs" permission).
            if (seen.title !== 'Rhetoric Lens') expect(seen.title).toContain('<img src=x onerror=alert(1)> {{constructor}} </script>');
            expect(seen.images).toBe(0);
            expect(popupHeard.dialogs).toEqual([]);
            expect(popupHeard.pageErrors).toEqual([]);
            await popup.close();
          }
        }
        expect(await page.evaluate(() => [document.images.length, (window as unknown as { __imagesAtLoad: number }).__imagesAtLoad])).toEqual([0, 0]);
        expect(heard.dialogs).toEqual([]);
        expect((await probeOf(page)).alerts).toEqual([]);
      },
    },
  ],
  [
    "names like the extension's: patched Range, replaced CSS.highlights, our globals and a card-named custom element",
    {
      path: () => 'hostile/lookalike.html',
      budget: 60_000,
      async after({ page }) {
        await hoverCard(page, 'lookalike-text', 'Kiev', 'kiev-regime');
        const ticks = () => page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
        const before = await ticks();
        await expect.poll(ticks, { timeout: 10_000 }).toBeGreaterThan(before + 2);
        const state = await page.evaluate(() => {
          document.getElementById('button')!.click();
          const fakes = [...document.body.querySelectorAll('[data-rhetoric-lens-card]')].map((e) => `${e.localName}:${e.getAttribute('data-state')}:${e.getAttribute('data-entry-id')}`);
          return {
            out: document.getElementById('out')!.textContent,
            pageRegistry: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
            pageCalls: (window as unknown as { __pageCalls: string[] }).__pageCalls,
            fakes,
          };
        });
        // The page still works, its own look-alikes are untouched, and none of the extension's calls went through the page's patched APIs.
        expect(state.out).toMatch(/^clicked at tick \d+$/);
        expect(state.pageRegistry).toBe(0);
        expect(state.fakes).toEqual(['rhetoric-lens-card:open:page-fake', 'div:open:page-fake-div']);
        expect(state.pageCalls).toEqual([]);
      },
    },
  ],
];

describe.each([
  ['chromium', openChromium],
  ['firefox', openFirefox],
] as const)('hostile pages in %s', (browserName, open) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await open();
  });
  afterAll(() => browser?.close());

  const cases = PAGES.filter(([, spec]) => !spec.only || spec.only === browserName);
  for (const [name, spec] of cases) {
    const known = spec.knownFailure?.[browserName];
    // A known bug is expected to fail until it is fixed; RL_SHOW_KNOWN_BUGS=1 runs it as a plain test, to see the failure.
    const run = known && !process.env.RL_SHOW_KNOWN_BUGS ? test.fails : test;
    run(known ? `${name} (known bug: ${known})` : name, { timeout: spec.budget + 120_000, retry: spec.retry ?? 0 }, async ({ task }) => {
      const row: Row = { browser: browserName, page: name, worstLongTaskMs: 'n/a', longestSliceMs: 'n/a', scannedMs: 'n/a', paintedMs: 'n/a', ranges: 0, result: 'running' };
      rows.push(row);
      const url = `${server.url}${spec.path({ main: server.url, other: other.url, site: other.url.replace('127.0.0.1', 'localhost') })}`;
      const page = await browser.newPage();
      const heard = listen(page);
      try {
        await page.goto(url);
        const deadline = Date.now() + spec.budget;
        const remaining = () => Math.max(1000, deadline - Date.now());

        // The page's own work is done (the mutation page churns for ten seconds), and so is the extension's.
        await until(() => page.evaluate(() => (window as unknown as { __expected?: unknown }).__expected !== undefined), Boolean, 'the page to settle', remaining());
        const stats = await until(
          () => statsOf(browser, url),
          (s) => s !== undefined && s.idle && s.scannedAt !== null && (s.paintedAt !== null || s.hits === 0),
          `the extension to scan ${name}`,
          remaining(),
        );

        // Every frame ends with exactly its expected highlights.
        const checked: string[] = [];
        let ranges = 0;
        for (const frame of page.frames() as Frame[]) {
          const expected = (await expectedOf(frame).catch(() => null)) ?? (frame.url().includes('hostile/frame.html') ? ['frame-text: Kiev regime'] : null);
          if (expected === null) continue;
          let last: true | string = 'not read';
          await until(
            async () => (last = compare(await readHighlights(frame), expected)),
            (verdict) => verdict === true,
            `the highlights in ${frame.url()}`,
            remaining(),
          ).catch(() => undefined);
          const verdict = last as true | string; // assigned in the closure above
          expect(verdict, `highlights in ${frame.url()}${verdict === true ? '' : `; ${await frameState(browser, frame, heard)}`}`).toBe(true);
          ranges += (await readHighlights(frame)).filter((h) => HIT_GROUPS.includes(h.group)).length;
          checked.push(frame.url());
        }
        row.ranges = ranges;
        if (name.startsWith('frames')) {
          // The frames page: the top, both sandboxes, srcdoc, about:blank, the nesting frame and its child, another origin and another site.
          expect(checked.length, checked.join('\n')).toBe(9);
        }

        const final = ((await statsOf(browser, url)) ?? stats)!;
        const ms = (at: number | null) => (at === null ? 'n/a' : Math.round(at - final.startedAt));
        row.scannedMs = ms(final.scannedAt);
        row.paintedMs = ms(final.paintedAt);
        row.longestSliceMs = Math.round(final.longestSliceMs);

        // Long tasks after the content script started (Chromium has the Long Tasks API; Firefox does not).
        const probe = await probeOf(page);
        if (probe.longTasksSupported) {
          const after = probe.longTasks.filter((t) => t.start + t.duration >= final.startedAt);
          const worst = Math.max(0, ...after.map((t) => t.duration));
          row.worstLongTaskMs = worst;
          if (worst > LONG_TASK_MS) {
            // Is it the page's own? The same page without the extension, over as long a time.
            const elapsed = await page.evaluate(() => performance.now());
            const baseline = await baselineLongTasks(url, elapsed - final.startedAt);
            row.withoutExtensionMs = baseline;
            // The extension's share of the worst task: what the bare page does not also do. Looser on a busy machine.
            expect(worst - baseline, `a ${worst} ms task with the extension, ${baseline} ms without`).toBeLessThanOrEqual(longTaskBound());
          }
        }
        expect(final.longestSliceMs, 'the extension\'s longest slice').toBeLessThanOrEqual(longTaskBound());

        await spec.after?.({ browser, page, url, heard, row });

        const end = await probeOf(page);
        expect(heard.crashed).toBe(false);
        expect(end.errors, 'errors the page saw').toEqual([]);
        expect(heard.pageErrors, 'pageerror events').toEqual([]);
        expect(end.alerts, 'dialogs the page opened').toEqual([]);
        expect(heard.dialogs).toEqual([]);
        expect(heard.extensionConsole, 'console errors and warnings from the extension').toEqual([]);
        row.result = heard.otherConsole.length ? `ok (page console: ${heard.otherConsole.length})` : 'ok';
        if (heard.otherConsole.length) row.pageConsole = heard.otherConsole;
      } catch (error) {
        const message = String((error as Error).message ?? error).split('\n')[0].slice(0, 160);
        row.result = known ? `known bug, fails as expected: ${message}` : `FAILED: ${message}`;
        const attempt = (task.result?.retryCount ?? 0) + 1;
        if (spec.retry) console.warn(`${browserName}, ${name}: run ${attempt} of at most ${spec.retry + 1} failed:\n${String((error as Error).message ?? error)}`);
        throw error;
      } finally {
        await page.close().catch(() => undefined);
      }
    });
  }
});

/**
 * A page that tries to switch the extension off on itself (issue 15): it
 * listens to every window message and to WXT's event names, replays what it
 * hears, and forges those names with the extension's id and with guesses in
 * a loop; then it clears `CSS.highlights`, once and then every frame, and
 * rewrites itself with document.open(). The highlights must stay or come
 * back, new text must still be read, the tab must still answer the popup,
 * and the page must hear nothing from the extension. Before any of it, the
 * card is used, and the page's whole DOM must be as the page built it.
 */
describe.each([
  ['chromium', openChromium],
  ['firefox', openFirefox],
] as const)('a page that tries to switch the extension off, in %s', (browserName, open) => {
  let browser: TestBrowser;
  let page: TestPage;
  let url: string;
  let heard: Listened;
  const frame = () => page as unknown as Frame;
  /** Waits until the frame's highlights are `expected`; the verdict, for the message. */
  const settle = async (expected: string[], what: string, timeout = 20_000) => {
    let last: true | string = 'not read';
    await until(async () => (last = compare(await readHighlights(frame()), expected)), (v) => v === true, what, timeout).catch(() => undefined);
    return last as true | string;
  };

  beforeAll(async () => {
    browser = await open();
    // The id the page would get from the store listing (or, before, from WXT's own announcement).
    const id = await browser.inExtension(async () => ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.id, null);
    url = `${server.url}hostile/shutdown.html?ids=${encodeURIComponent(id)}`;
    page = await browser.newPage();
    heard = listen(page);
    await page.goto(url);
    expect(await settle(['first-text: Kiev regime', 'second-text: dancing to the tune of others'], 'the first highlights')).toBe(true);
  });
  afterAll(() => browser?.close());

  test('hovers, the keyboard and closing the card leave document.documentElement.outerHTML as the page built it', async () => {
    await hoverCard(page, 'first-text', 'Kiev', 'kiev-regime');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-rhetoric-lens-card]').length), { timeout: 5000 }).toBe(0);
    await hoverCard(page, 'second-text', 'tune', 'dancing-to-the-tune-of-others');
    await page.mouse.move(5, 5, { steps: 3 }); // away from the phrase: the card closes after its grace time
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-rhetoric-lens-card]').length), { timeout: 5000 }).toBe(0);
    expect(await sendToPage(browser, url, { kind: 'highlight:step', direction: 1 })).toMatchObject({ ok: true });
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-rhetoric-lens-card]')?.getAttribute('data-state') ?? null)).toBe('open');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-rhetoric-lens-card]').length), { timeout: 5000 }).toBe(0);
    const [now, atLoad] = await page.evaluate(() => [document.documentElement.outerHTML, (window as unknown as { __htmlAtLoad: string }).__htmlAtLoad]);
    expect(atLoad).toContain('id="first-text"');
    expect(now).toBe(atLoad);
  });

  test("forged WXT events, with the extension's id and with guessed ids, and replayed messages: the highlights stay and the tab still answers", async () => {
    await page.bringToFront();
    await page.evaluate(() => (window as unknown as ShutdownWindow).__shutdown.startForging());
    const rounds = await page.evaluate(() => (window as unknown as ShutdownWindow).__shutdown.forgedCount());
    // At least twenty rounds of every name (a second of forging at most, on a quiet machine).
    await until(() => page.evaluate(() => (window as unknown as ShutdownWindow).__shutdown.forgedCount()), (n) => n >= rounds * 20, 'twenty rounds of forgeries', 60_000);
    expect(await settle(['first-text: Kiev regime', 'second-text: dancing to the tune of others'], 'the highlights after the forgeries', 2000)).toBe(true);
    const report = await reportOf(browser, url);
    expect(report?.state).toBe('on');
    expect(report?.hits.map((h) => h.match).sort()).toEqual(['Kiev regime', 'dancing to the tune of others']);
    await hoverCard(page, 'first-text', 'Kiev', 'kiev-regime');
    await page.keyboard.press('Escape');
  });

  test('text added while the page forges is highlighted', async () => {
    await page.evaluate(() => {
      const item = document.createElement('li');
      item.id = 'late-text';
      item.textContent = 'Later the envoy blamed the collective West.';
      document.getElementById('feed')!.append(item);
    });
    expect(await settle(['first-text: Kiev regime', 'second-text: dancing to the tune of others', 'late-text: the collective West'], 'the added text')).toBe(true);
  });

  test('CSS.highlights.clear(): the highlights are back within a second (looser on a busy machine)', async () => {
    await page.bringToFront();
    const before = await page.evaluate(() => (window as unknown as ShutdownWindow).__shutdown.names());
    expect(before.length).toBeGreaterThan(0);
    const backAfterMs = await page.evaluate(
      (names) =>
        new Promise<number>((resolve) => {
          CSS.highlights.clear();
          const start = performance.now();
          const look = () => {
            const now = [...CSS.highlights.keys()];
            if (names.every((name) => now.includes(name))) resolve(performance.now() - start);
            else if (performance.now() - start > 30_000) resolve(Infinity);
            else setTimeout(look, 10);
          };
          look();
        }),
      before,
    );
    console.log(`${browserName}: highlights back ${Math.round(backAfterMs)} ms after CSS.highlights.clear()`);
    expect(backAfterMs).toBeLessThanOrEqual(busyMachineBound(1000));
    expect(await settle(['first-text: Kiev regime', 'second-text: dancing to the tune of others', 'late-text: the collective West'], 'the same highlights', 2000)).toBe(true);
  });

  test('a page that clears the registry every frame for three seconds: put back a few times, not every frame, and back once it stops', async () => {
    await page.bringToFront();
    const storm = await page.evaluate(
      () =>
        new Promise<{ frames: number; reappeared: number }>((resolve) => {
          const start = performance.now();
          let frames = 0;
          let reappeared = 0;
          const frame = () => {
            frames++;
            if ([...CSS.highlights.keys()].some((name) => name.startsWith('rhetoric-lens-'))) reappeared++;
            CSS.highlights.clear();
            if (performance.now() - start < 3000) requestAnimationFrame(frame);
            else resolve({ frames, reappeared });
          };
          requestAnimationFrame(frame);
        }),
    );
    console.log(`${browserName}: ${storm.frames} frames of clearing, highlights put back in ${storm.reappeared}`);
    expect(storm.frames).toBeGreaterThan(30);
    // The checks back off from half a second: a handful of repairs in three seconds, never one per frame.
    expect(storm.reappeared).toBeLessThanOrEqual(10);
    expect(await settle(['first-text: Kiev regime', 'second-text: dancing to the tune of others', 'late-text: the collective West'], 'the highlights after the storm', busyMachineBound(12_000))).toBe(true);
  });

  test('document.open() while the page forges: the rewritten page is read, and its new text too', async () => {
    await page.evaluate(() => {
      document.open();
      document.write('<!doctype html><title>Rewritten</title><p id="written-text">Rewritten: they hurt the feelings of the Chinese people.</p><ul id="feed"></ul>');
      document.close();
      (window as unknown as ShutdownWindow).__shutdown.listen(); // document.open() erased the page's listeners as well
    });
    expect(await settle(['written-text: hurt the feelings of the Chinese people'], 'the rewritten page')).toBe(true);
    await page.evaluate(() => {
      const item = document.createElement('li');
      item.id = 'after-open';
      item.textContent = 'After the rewrite, the Kiev regime again.';
      document.getElementById('feed')!.append(item);
    });
    expect(await settle(['written-text: hurt the feelings of the Chinese people', 'after-open: Kiev regime'], 'text added after the rewrite')).toBe(true);
    expect((await reportOf(browser, url))?.hits.length).toBe(2);
  });

  test('the page heard nothing from the extension; no page error, no console noise', async () => {
    await page.evaluate(() => (window as unknown as ShutdownWindow).__shutdown.stopForging());
    expect(await page.evaluate(() => (window as unknown as ShutdownWindow).__shutdown.forgedCount())).toBeGreaterThan(100);
    expect(await page.evaluate(() => (window as unknown as ShutdownWindow).__shutdown.heard)).toEqual([]);
    const probe = await probeOf(page);
    expect(probe.errors).toEqual([]);
    expect(heard.pageErrors).toEqual([]);
    expect(heard.extensionConsole).toEqual([]);
  });
});

/** What tests/pages/hostile/shutdown.html offers the test. */
interface ShutdownWindow {
  __shutdown: {
    /** What reached the page that it did not send itself. */
    heard: unknown[];
    forgedCount(): number;
    startForging(): void;
    stopForging(): void;
    /** Attaches the page's listeners again (after document.open()). */
    listen(): void;
    /** The extension's highlight names in the registry now. */
    names(): string[];
  };
}
