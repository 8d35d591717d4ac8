/**
 * The content script's end-to-end tests drive Chromium (playwright-core) and
 * Firefox (puppeteer-core) alike through this small common surface: open a
 * page, evaluate in it, and talk to the extension as its background or
 * popup would (messages to the tab, settings in storage).
 */
import { cpus, loadavg } from 'node:os';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { Result } from '../../src/messaging/messages';
import type { PageReport } from '../../src/core/types';
import { GECKO_ID } from '../../wxt.config';
import { launchChromium, launchFirefox } from '../support/harness';

/** What both Playwright's and Puppeteer's pages offer, as the tests use it. */
export interface TestPage {
  goto(url: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  frames(): { url(): string; evaluate<R>(fn: () => R | Promise<R>): Promise<R> }[];
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void> };
  keyboard: { press(key: string): Promise<void> };
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  on(event: 'console', handler: (message: { type(): string; text(): string }) => void): unknown;
}

/**
 * A screenshot that leaves the page as it was: Playwright's default hides the
 * caret by writing inline styles into editable elements (leaving `style=""`
 * behind), which would break the page-DOM checks.
 */
export function screenshot(page: TestPage, path: string, fullPage = false): Promise<unknown> {
  return page.screenshot({ path, fullPage, caret: 'initial' } as { path: string; fullPage?: boolean });
}

export interface TestBrowser {
  name: 'chromium' | 'firefox';
  newPage(): Promise<TestPage>;
  /** Runs `fn` in an extension context (the service worker, or an extension page in Firefox), where `chrome`/`browser` is the extension API. */
  inExtension<R, A>(fn: (arg: A) => Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** A fixed moz-extension UUID, so the tests can open an extension page in Firefox. */
const FIREFOX_UUID = '6f0c3e44-1c7b-4e39-9a51-5d0c2a7e9b11';
const FIREFOX_ADDON_ID = GECKO_ID;

export async function openChromium(): Promise<TestBrowser> {
  const session = await launchChromium();
  const worker = session.worker!;
  return {
    name: 'chromium',
    newPage: async () => (await session.context.newPage()) as unknown as TestPage,
    inExtension: (fn, arg) => worker.evaluate(fn as never, arg) as never,
    close: () => session.close(),
  };
}

/**
 * Firefox with the built extension, through the harness's `launchFirefox`,
 * plus a preference that fixes the extension's UUID and the flag that lets
 * WebDriver BiDi open an extension page; that page (the popup's, opened as a
 * tab) stands in for the background.
 */
export async function openFirefox(): Promise<TestBrowser> {
  const { browser } = await launchFirefox({
    // Lets the test open the extension's own page (WebDriver BiDi refuses moz-extension: URLs otherwise).
    args: ['--remote-allow-system-access'],
    prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }) },
  });
  let extensionPage: PuppeteerPage | undefined;
  return {
    name: 'firefox',
    newPage: async () => (await browser.newPage()) as unknown as TestPage,
    async inExtension(fn, arg) {
      if (!extensionPage) {
        extensionPage = await browser.newPage();
        // The load event of an extension page does not reach WebDriver BiDi: wait for the API instead.
        void extensionPage.goto(`moz-extension://${FIREFOX_UUID}/popup.html`, { timeout: 0 }).catch(() => undefined);
        const page = extensionPage;
        await until(
          () => page.evaluate(() => location.protocol === 'moz-extension:' && typeof (globalThis as { browser?: unknown }).browser === 'object').catch((): boolean => false),
          (ready) => ready,
          'the extension page',
        );
      }
      return extensionPage.evaluate(fn as never, arg) as never;
    },
    close: () => browser.close(),
  };
}

/** Sends a message to the top frame of every tab and returns the reply of the tab whose report has `url`. */
export async function sendToPage<T>(browser: TestBrowser, url: string, message: unknown): Promise<Result<T> | undefined> {
  return browser.inExtension(
    async ({ url, message }) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        const report = (await api.tabs.sendMessage(tab.id, { kind: 'report:get' }, { frameId: 0 }).catch(() => undefined)) as
          | { ok: boolean; value?: { url: string } }
          | undefined;
        if (report?.ok && report.value?.url === url) return api.tabs.sendMessage(tab.id, message, { frameId: 0 });
      }
      return undefined;
    },
    { url, message },
  ) as Promise<Result<T> | undefined>;
}

export async function reportOf(browser: TestBrowser, url: string): Promise<PageReport | undefined> {
  const reply = await sendToPage<PageReport>(browser, url, { kind: 'report:get' });
  return reply?.ok ? reply.value : undefined;
}

/** Starts keeping every runtime message that reaches the extension context the tests drive (the service worker, or the extension page). */
export async function recordMessages(browser: TestBrowser): Promise<void> {
  await browser.inExtension(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const store = globalThis as unknown as { __recorded?: unknown[] };
    if (store.__recorded) return;
    store.__recorded = [];
    api.runtime.onMessage.addListener((message: unknown) => {
      store.__recorded!.push(message);
      return undefined; // only listening: the extension's own listener answers
    });
  }, null);
}

export function recordedMessages(browser: TestBrowser): Promise<{ kind: string; entryId?: string }[]> {
  return browser.inExtension(async () => ((globalThis as unknown as { __recorded?: { kind: string }[] }).__recorded ?? []), null);
}

/** Changes the stored settings as the popup or options page would; the content script sees it at once. */
export async function changeSettings(browser: TestBrowser, change: Record<string, unknown>): Promise<void> {
  await browser.inExtension(async (change) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const { settings } = await api.storage.local.get('settings');
    await api.storage.local.set({ settings: { ...(settings ?? {}), ...change } });
  }, change);
}

/** Highlight groups that are hits (the others, current and flash, repeat a hit's range). */
export const HIT_GROUPS = ['kcna', 'prc', 'rus', 'custom'];

/**
 * A bound on a wall-clock time, four times looser on a machine busy with
 * other work (load average over three quarters of the cores), where a slice
 * preempted by another process looks long.
 */
export function busyMachineBound(ms: number): number {
  return loadavg()[0] > cpus().length * 0.75 ? ms * 4 : ms;
}

export interface Highlighted {
  /** The highlight group (kcna, prc, rus, custom, current, flash). */
  group: string;
  text: string;
  /** The id of the nearest element with one, or of the shadow host. */
  id: string;
}

/** What the page itself can read from `CSS.highlights`: every range of ours, its text and where it is. */
export function listHighlights(page: { evaluate<R>(fn: () => R | Promise<R>): Promise<R> }): Promise<Highlighted[]> {
  return page.evaluate(() => {
    const out: { group: string; text: string; id: string }[] = [];
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('rhetoric-lens-')) continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const withId = r.startContainer.parentElement?.closest('[id]');
        const root = r.startContainer.getRootNode() as ShadowRoot;
        out.push({ group: name.slice('rhetoric-lens-'.length), text: range.toString(), id: withId?.id ?? root.host?.id ?? '' });
      }
    }
    return out;
  });
}

/** Asks `probe` until it returns a value `ready` accepts (usable in hooks, where expect.poll is not). */
export async function until<T>(probe: () => Promise<T>, ready: (value: T) => boolean, what: string, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (ready(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)?.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the interval between two probes, not a wait for work
  }
}

/** Waits for the content script to be done with the page: its report counts at least `minHits`. */
export async function waitForHits(browser: TestBrowser, url: string, minHits: number): Promise<PageReport> {
  const report = await until(() => reportOf(browser, url), (r) => (r?.hits.length ?? -1) >= minHits, `${minHits} hits on ${url}`);
  return report!;
}

/** The viewport centre of the first occurrence of `words` in the element with `id` (light DOM or an open shadow root's host). */
export function pointAt(page: TestPage, id: string, words: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ id, words }) => {
      const host = document.getElementById(id);
      const scope: ParentNode = host?.shadowRoot ?? host ?? document;
      const walker = document.createTreeWalker(scope as Node, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode as Text;
        const at = text.data.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + words.length);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      throw new Error(`"${words}" not found in #${id}`);
    },
    { id, words },
  );
}

/**
 * The card host's public attributes: its state and the entry it shows.
 * Nothing else of the card is reachable from the page. The host is in the
 * page only while the card is open: no host is a closed card.
 */
export function cardState(page: TestPage): Promise<{ state: string | null; entryId: string | null; focused: boolean; inBody: boolean }> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-rhetoric-lens-card]');
    return {
      state: host?.getAttribute('data-state') ?? 'closed',
      entryId: host?.getAttribute('data-entry-id') ?? null,
      focused: host !== null && document.activeElement === host,
      inBody: host !== null && document.body.contains(host),
    };
  });
}

/** What a page showed while a test ran: its errors, the extension's console lines and the page's own, dialogs, a crash. */
export interface Listened {
  pageErrors: string[];
  extensionConsole: string[];
  otherConsole: string[];
  dialogs: string[];
  crashed: boolean;
}

/** The events both Playwright's and Puppeteer's pages emit, as used here. */
interface EventfulPage {
  on(event: 'pageerror', handler: (error: Error) => void): unknown;
  on(event: 'console', handler: (message: { type(): string; text(): string; location(): { url?: string } | undefined }) => void): unknown;
  on(event: 'dialog', handler: (dialog: { message(): string; dismiss(): Promise<void> }) => void): unknown;
  on(event: 'crash' | 'error', handler: () => void): unknown;
}

/**
 * Firefox reports, as errors of the page, its own notices about the page's
 * resources: what a content security policy blocked (fonts included), and
 * links to local files or to blobs of another site (in saved pages). None is
 * an exception thrown by a script.
 */
const FIREFOX_RESOURCE_NOTICE = /^(Content-Security-Policy: |Security Error: Content at \S+ may not load |downloadable font: )/;

/**
 * Starts listening to a page. A console line is the extension's when it comes
 * from `origin` (any extension's, by default; a saved page may itself ask for
 * another extension's files) or names the extension.
 */
export function listen(page: TestPage, origin: RegExp | string = /^(chrome|moz)-extension:/): Listened {
  const heard: Listened = { pageErrors: [], extensionConsole: [], otherConsole: [], dialogs: [], crashed: false };
  const ours = (url: string) => (typeof origin === 'string' ? url.startsWith(origin) : origin.test(url));
  const events = page as unknown as EventfulPage;
  events.on('pageerror', (error) => {
    const text = String(error?.message ?? error);
    if (!FIREFOX_RESOURCE_NOTICE.test(text)) heard.pageErrors.push(text);
  });
  events.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning' && type !== 'warn' && type !== 'assert') return;
    const url = message.location()?.url ?? '';
    const line = `${type}: ${message.text()}${url ? ` (${url})` : ''}`;
    if (ours(url) || /rhetoric.?lens/i.test(message.text())) heard.extensionConsole.push(line);
    else heard.otherConsole.push(line);
  });
  events.on('dialog', (dialog) => {
    heard.dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => undefined);
  });
  events.on('crash', () => (heard.crashed = true));
  events.on('error', () => (heard.crashed = true)); // Puppeteer's name for a crashed page
  return heard;
}
