/**
 * No network, ever. In Chromium, every request is recorded twice over while
 * the extension is used the way a reader uses it (a page read, the popup
 * opened and driven, an export, the options page changed, the history
 * queried and cleared, the service worker stopped and woken): by Playwright
 * (pages, frames and the extension's service worker) and by Chromium's own
 * net log, which sees every request the browser makes. Nothing may go
 * anywhere but the test server on 127.0.0.1 and the extension's own
 * chrome-extension:// files.
 *
 * The built files are checked too: the manifests keep the browser's strict
 * default content security policy and ask for nothing beyond what
 * tests/unit/manifest.test.ts pins, the HTML loads only the extension's own
 * files, and every http(s) URL and network API in the built code is one of a
 * short list, each with its reason.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserPath } from '../support/browsers';
import { CHROME_BUILD, CHROMIUM_FLAGS, FIREFOX_BUILD } from '../support/harness';
import { startServer, type StaticServer } from '../support/server';

// --- the built files -----------------------------------------------------------

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * Every http(s) URL that may appear in the built code, and why it is not a
 * request. Anything else fails the test until it is understood and listed.
 */
const KNOWN_URLS: Record<string, string> = {
  'https://wxt.dev/guide/go-further/testing.html': 'text of an error WXT throws when its APIs are used outside an extension',
  'https://github.com/wxt-dev/wxt/issues/371': 'text of the same kind of WXT error message',
  'http://${t}': 'new URL(`http://${site}`) parses a site name the user typed into the site lists; nothing is requested',
  'http://www.w3.org/ns/anno.jsonld': 'the W3C Web Annotation JSON-LD @context written into exports; an identifier, never fetched',
};

/**
 * Network APIs that may appear in the built code. `fetch` is Vite's
 * modulepreload polyfill, which fetches the href of <link rel=modulepreload>
 * elements in the extension's own pages; those hrefs are the extension's own
 * files (checked below).
 */
const NETWORK_APIS: [name: string, pattern: RegExp, allowed: RegExp | null][] = [
  ['fetch', /\bfetch\s*\(/g, /\bfetch\((\w+)\.href,\s*\w+\)/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/g, null],
  ['WebSocket', /\bWebSocket\b/g, null],
  ['EventSource', /\bEventSource\b/g, null],
  ['sendBeacon', /\bsendBeacon\b/g, null],
  ['importScripts', /\bimportScripts\b/g, null],
  ['new Worker', /\bnew\s+(Shared)?Worker\s*\(/g, null],
];

describe.each([
  ['chrome-mv3', CHROME_BUILD],
  ['firefox-mv2', FIREFOX_BUILD],
])('the built %s files', (_name, build) => {
  const manifest = () => JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  test('the manifest keeps the strict default content security policy and asks only for storage and contextMenus (and Chrome\'s sidePanel)', () => {
    const m = manifest();
    expect(m.content_security_policy).toBeUndefined();
    // The side panel: Chrome's needs the sidePanel permission (no access to pages); Firefox's sidebar needs none.
    if (build === CHROME_BUILD) {
      expect(m.permissions).toEqual(['storage', 'contextMenus', 'sidePanel']);
      expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    } else {
      expect(m.permissions).toEqual(['storage', 'contextMenus']);
      expect(m.sidebar_action).toEqual({ default_panel: 'sidepanel.html', default_title: 'Rhetoric Lens', open_at_install: false });
    }
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'externally_connectable', 'sandbox', 'update_url'])
      expect(m[key], key).toBeUndefined();
    expect(m.content_scripts).toEqual([
      { matches: ['<all_urls>'], all_frames: true, match_about_blank: true, run_at: 'document_idle', js: ['lexicon-data.js', 'content-scripts/content.js'] },
      // The highlight rules only (see highlights.css): no script, no more access.
      { matches: ['<all_urls>'], css: ['highlights.css'], run_at: 'document_start', all_frames: true, match_about_blank: true },
    ]);
  });

  test('the extension pages load only the extension\'s own files', () => {
    const html = files(build).filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(0);
    for (const file of html) {
      const text = readFileSync(file, 'utf8');
      const references = [...text.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]);
      expect(references.length, relative(build, file)).toBeGreaterThan(0);
      for (const reference of references) expect(reference, `${relative(build, file)}: ${reference}`).toMatch(/^\/(?!\/)[\w./-]+$/);
    }
  });

  test('every http(s) URL in the built code is a known non-request, and dynamic imports are the extension\'s own chunks', () => {
    const found = new Map<string, string[]>();
    for (const file of files(build).filter((f) => /\.(js|html|css|json)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      for (const [url] of text.matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)) found.set(url, [...(found.get(url) ?? []), relative(build, file)]);
      for (const [, target] of text.matchAll(/\bimport\(\s*([^)]*?)\s*\)/g)) expect(target, relative(build, file)).toMatch(/^[`'"]\.\/[\w.-]+\.js[`'"]$/);
      for (const [, target] of text.matchAll(/@import\s+([^;]+);/g)) expect(target).not.toMatch(/https?:|\/\//);
    }
    console.log(`http(s) URLs in ${relative(process.cwd(), build)}:`, Object.fromEntries([...found].map(([url, where]) => [url, `${[...new Set(where)].join(', ')}: ${KNOWN_URLS[url] ?? 'UNKNOWN'}`])));
    for (const url of found.keys()) expect(KNOWN_URLS, `${url} in ${found.get(url)!.join(', ')}`).toHaveProperty([url]);
  });

  test('no network API in the built code but the modulepreload polyfill\'s fetch of the pages\' own <link> hrefs', () => {
    const counts: Record<string, number> = {};
    for (const file of files(build).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(file, 'utf8');
      for (const [name, pattern, allowed] of NETWORK_APIS) {
        for (const match of text.matchAll(pattern)) {
          counts[name] = (counts[name] ?? 0) + 1;
          const around = text.slice(match.index, match.index + 60);
          expect(allowed !== null && allowed.test(around), `${name} in ${relative(build, file)}: …${text.slice(Math.max(0, match.index - 120), match.index + 60)}…`).toBe(true);
        }
      }
    }
    expect(counts).toEqual({ fetch: 1 });
  });
});

// --- a session in Chromium, with every request recorded -------------------------

/** Hosts of Chromium's own services, which the browser itself calls (never the extension). */
const CHROMIUM_SERVICES = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|googleusercontent\.com|gvt1\.com)$/;

interface Recorded {
  url: string;
  from: string;
}

/** Whether a request stays on this machine and in the extension: the test server, the extension's files, and in-memory URLs. */
function isAllowed(url: string, server: StaticServer, extensionId: string): boolean {
  if (url.startsWith(server.url)) return true;
  if (url.startsWith(`chrome-extension://${extensionId}/`)) return true;
  return /^(data|blob|about):/.test(url);
}

describe('a reading session in Chromium sends nothing anywhere', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let worker: Worker;
  let extensionId: string;
  let profile: string;
  let netLog: string;
  const requests: Recorded[] = [];
  const webSockets: string[] = [];

  beforeAll(async () => {
    server = await startServer('tests/pages');
    profile = mkdtempSync(join(tmpdir(), 'rl-network-'));
    netLog = join(profile, '..', `${profile.split('/').pop()}-netlog.json`);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browserPath('chromium'),
      headless: true,
      args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, `--log-net-log=${netLog}`, '--net-log-capture-mode=Default'],
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    context.on('request', (request) => {
      const worker = request.serviceWorker();
      const frame = worker ? null : request.frame();
      requests.push({ url: request.url(), from: worker ? `service worker ${worker.url()}` : `page ${frame?.url() ?? '?'}` });
    });
    context.on('page', (page) => page.on('websocket', (socket) => webSockets.push(socket.url())));
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
    if (!process.env.RL_KEEP_NETLOG) rmSync(netLog, { force: true });
    else console.log(`net log kept at ${netLog}`);
  });

  async function tabIdOf(url: string): Promise<number> {
    let found: number | undefined;
    await expect
      .poll(
        async () =>
          (found = await worker.evaluate(async (u) => {
            for (const tab of await chrome.tabs.query({})) {
              const reply = await chrome.tabs.sendMessage(tab.id, { kind: 'report:get' }, { frameId: 0 }).catch(() => undefined);
              if (reply?.ok && reply.value.url === u && reply.value.hits.length > 0) return tab.id as number;
            }
            return undefined;
          }, url)),
        { timeout: 20_000 },
      )
      .toBeDefined();
    return found!;
  }

  async function extensionPage(path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  }

  test('reading pages, the popup, an export, the options page and the history', async () => {
    // Read two pages: the content fixture (frames, shadow roots, late content) and a second one.
    const reading = await context.newPage();
    const url = `${server.url}fixtures/content.html`;
    await reading.goto(url);
    const tabId = await tabIdOf(url);
    const second = await context.newPage();
    await second.goto(`${server.url}popup/first.html`);
    await tabIdOf(`${server.url}popup/first.html`);

    // The popup for the tab: the summary, going to a hit, an entry's detail with related passages, and an export.
    const popup = await extensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('#app[data-status="report"] .group', { timeout: 20_000 });
    await popup.locator('[data-key^="goto:"]').first().click();
    const download = popup.waitForEvent('download', { timeout: 10_000 });
    await popup.locator('[data-key^="export-"]').first().click();
    expect((await download).url()).toMatch(/^(blob|data):/);
    const detail = await extensionPage(`popup.html?tab=${tabId}&entry=kiev-regime`);
    await detail.waitForSelector('#app[data-view="detail"]', { timeout: 20_000 });

    // The options page: a custom phrase, a site on the deny list, an export of the settings.
    const options = await extensionPage('options.html');
    await options.waitForSelector('#app[data-ready="true"]', { timeout: 20_000 });
    await options.getByLabel('Phrase', { exact: true }).fill('sovereign dignity');
    await options.getByRole('button', { name: 'Add phrase' }).click();
    await options.getByLabel('Add a site').fill('example.org');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    const settingsFile = options.waitForEvent('download', { timeout: 10_000 });
    await options.getByRole('button', { name: 'Export settings…' }).click();
    expect((await settingsFile).url()).toMatch(/^(blob|data):/);

    // The history: asked from the popup as it does, then cleared from the options page.
    const stats = await popup.evaluate(() => chrome.runtime.sendMessage({ kind: 'history:stats' }));
    expect(stats).toMatchObject({ ok: true });
    const related = await popup.evaluate(() => chrome.runtime.sendMessage({ kind: 'history:related', entryId: 'kiev-regime', relatedIds: [], limit: 5 }));
    expect(related).toMatchObject({ ok: true });
    await options.getByRole('button', { name: 'Clear history…' }).click();
    await options.getByRole('button', { name: 'Delete every remembered page' }).click();
    await expect.poll(async () => (await popup.evaluate(() => chrome.runtime.sendMessage({ kind: 'history:stats' })) as { value: { pages: number } }).value.pages).toBe(0);

    // The service worker stopped by the browser, then woken by a page and a message. Playwright may not follow
    // the new worker; the net log (next test) sees everything the browser does.
    const cdp = await context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await reading.reload();
    await expect.poll(() => popup.evaluate(() => chrome.runtime.sendMessage({ kind: 'history:stats' }).then((r: { ok: boolean }) => r.ok)), { timeout: 20_000 }).toBe(true);
    await cdp.detach();

    for (const page of [popup, detail, options, second]) await page.close();

    const seen = [...new Set(requests.map((r) => `${r.url.split('?')[0]}  ← ${r.from.split('?')[0]}`))];
    console.log(`requests seen by Playwright (${requests.length}):\n  ${seen.join('\n  ')}`);
    expect(requests.some((r) => r.url.startsWith(server.url))).toBe(true); // the recording works
    expect(requests.filter((r) => !isAllowed(r.url, server, extensionId))).toEqual([]);
    expect(webSockets).toEqual([]);
  });

  test("Chromium's net log agrees: every request from a page or the extension stayed on 127.0.0.1 or in the extension", async () => {
    await context.close(); // the net log is complete once the browser exits
    interface NetEvent { type: number; source: { id: number; type: number }; params?: Record<string, unknown> }
    const log = JSON.parse(readFileSync(netLog, 'utf8')) as { constants: { logEventTypes: Record<string, number> }; events: NetEvent[] };
    const typeName = new Map(Object.entries(log.constants.logEventTypes).map(([name, id]) => [id, name]));
    // One URL request per source: its URL, and the origin that started it ("not an origin" for the browser's own requests).
    const started = new Map<number, { url: string; initiator: string; annotation?: unknown }>();
    const annotations = new Map<number, unknown>();
    const hosts = new Set<string>();
    for (const event of log.events) {
      const name = typeName.get(event.type) ?? '';
      const params = event.params ?? {};
      if (name === 'REQUEST_ALIVE' && params.traffic_annotation !== undefined) annotations.set(event.source.id, params.traffic_annotation);
      if (name === 'URL_REQUEST_START_JOB' && typeof params.url === 'string') started.set(event.source.id, { url: params.url, initiator: String(params.initiator ?? 'none') });
      if (name.startsWith('HOST_RESOLVER') && typeof params.host === 'string') hosts.add(params.host.replace(/^\w+:\/\//, '').replace(/:\d+$/, ''));
    }
    const requests = [...started].map(([id, r]) => ({ ...r, annotation: annotations.get(id) }));
    // Requests a page, a frame or the extension made carry their origin as initiator.
    const fromContent = requests.filter((r) => r.initiator !== 'not an origin');
    const browserOwn = requests.filter((r) => r.initiator === 'not an origin' && !isAllowed(r.url, server, extensionId));
    console.log(
      `net log: ${requests.length} URL requests, ${fromContent.length} from pages or the extension; hosts resolved: ${[...hosts].join(', ') || 'none'}\n` +
        `Chromium's own requests (no initiating origin; not the extension's): ${[...new Set(browserOwn.map((r) => `${new URL(r.url).origin}${new URL(r.url).pathname} (traffic annotation ${r.annotation})`))].join('; ') || 'none'}`,
    );
    expect(requests.some((r) => r.url.startsWith(server.url))).toBe(true); // the log sees the session
    expect(fromContent.filter((r) => !isAllowed(r.url, server, extensionId))).toEqual([]);
    // What is left is Chromium's own services (sign-in, component updates, autofill), which a headless test
    // browser still calls despite --disable-background-networking. A navigation the extension started (a tab
    // opened on some site) would also have no initiating origin: it would show up here, and fail.
    expect(browserOwn.filter((r) => !CHROMIUM_SERVICES.test(new URL(r.url).hostname))).toEqual([]);
    // Every name resolved is this machine's or one the browser itself asked for.
    const browserHosts = new Set(browserOwn.map((r) => new URL(r.url).hostname));
    expect([...hosts].filter((host) => !/^(127\.0\.0\.1|localhost)$/.test(host) && !browserHosts.has(host))).toEqual([]);
  });
});
