/**
 * The keyboard commands in real Chromium and Firefox ESR: every command has
 * a key the browser accepted (Chromium silently drops a suggested key that
 * clashes with one of its own), and the toggle turns highlighting off and on
 * in every frame of the tab, a same-origin iframe included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMMANDS } from '../../wxt.config';
import { openChromium, openFirefox, waitForHits, type TestBrowser, type TestPage } from './content-browsers';
import { FIREFOX_BUILD } from '../support/harness';
import { startServer, type StaticServer } from '../support/server';

let server: StaticServer;
beforeAll(async () => {
  server = await startServer('tests/pages');
});
afterAll(() => server?.close());

const NAMES = Object.keys(COMMANDS).sort();

/** Each frame's highlighted ranges in the extension's groups, top frame first. */
function frameHighlights(page: TestPage): Promise<number[]> {
  return Promise.all(
    page.frames().map((frame) =>
      frame.evaluate(() => {
        let n = 0;
        for (const [name, highlight] of CSS.highlights) if (/^rhetoric-lens-(kcna|prc|rus|custom)$/.test(name)) n += highlight.size;
        return n;
      }),
    ),
  );
}

describe.each([
  ['chromium', openChromium],
  ['firefox', openFirefox],
] as const)('in %s', (name, open) => {
  let browser: TestBrowser;
  let page: TestPage;
  let url: string;

  beforeAll(async () => {
    browser = await open();
    page = await browser.newPage();
    url = `${server.url}fixtures/content.html`;
    await page.goto(url);
    await waitForHits(browser, url, 3);
  });
  afterAll(() => browser?.close());

  test('every command has a key', async () => {
    const commands: { name: string; shortcut: string }[] = await browser.inExtension(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return (await api.commands.getAll()).map((c: { name?: string; shortcut?: string }) => ({ name: c.name ?? '', shortcut: c.shortcut ?? '' }));
    }, null);
    const ours = commands.filter((c) => !c.name.startsWith('_execute_')).sort((a, b) => a.name.localeCompare(b.name));
    expect(ours.map((c) => c.name)).toEqual(NAMES);
    for (const command of ours) expect(command.shortcut, command.name).toMatch(/^Alt\+Shift\+\w/);
    if (name === 'firefox') {
      // And the manifest's own suggestions, as Firefox's add-on store and about:addons read them.
      const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as { commands: Record<string, { suggested_key?: { default?: string } }> };
      expect(Object.keys(manifest.commands).sort()).toEqual(NAMES);
      for (const [command, value] of Object.entries(manifest.commands)) expect(value.suggested_key?.default, command).toMatch(/^Alt\+Shift\+\w/);
    }
  });

  test('the toggle turns highlighting off and on in every frame, the iframe included', async () => {
    await expect.poll(async () => (await frameHighlights(page)).length).toBe(2);
    await expect.poll(async () => (await frameHighlights(page)).every((n) => n > 0), { timeout: 15_000 }).toBe(true);
    const before = await frameHighlights(page);

    const toggle = () =>
      browser.inExtension(
        async ({ url, viaCommand }) => {
          const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
          // Without the tabs permission a tab's URL is its page's to tell: the tab whose report has it.
          let tab: { id?: number } | undefined;
          for (const each of await api.tabs.query({})) {
            const report = (await api.tabs.sendMessage(each.id!, { kind: 'report:get' }, { frameId: 0 }).catch(() => undefined)) as { ok: boolean; value?: { url: string } } | undefined;
            if (report?.value?.url === url) tab = each;
          }
          if (tab?.id === undefined) throw new Error(`no tab with ${url}`);
          if (viaCommand) {
            // The background's own listener, as the key would reach it (a key press does not, headless).
            (api.commands.onCommand as unknown as { dispatch(command: string, tab: { id?: number }): void }).dispatch('toggle-highlights', tab);
            return;
          }
          // Firefox offers no way to dispatch a command from a test: the two messages toggleEveryFrame sends.
          const top = (await api.tabs.sendMessage(tab.id, { kind: 'highlight:toggle' }, { frameId: 0 })) as { ok: boolean; value: string };
          await api.tabs.sendMessage(tab.id, { kind: 'highlight:toggle', to: top.value === 'on' ? 'on' : 'paused' });
        },
        { url, viaCommand: name === 'chromium' },
      );

    await toggle();
    await expect.poll(() => frameHighlights(page), { timeout: 10_000 }).toEqual([0, 0]);
    await toggle();
    await expect.poll(() => frameHighlights(page), { timeout: 15_000 }).toEqual(before);
  });

  test.runIf(name === 'chromium')('"open the list" opens the popup on the page\'s list', async () => {
    await page.bringToFront();
    const popups = () =>
      browser.inExtension(async () => ((await chrome.runtime.getContexts({ contextTypes: ['POPUP'] })) as { documentUrl?: string }[]).map((c) => new URL(c.documentUrl ?? '').pathname), null);
    expect(await popups()).toEqual([]);
    await browser.inExtension(
      async ({ url }) => {
        for (const tab of (await chrome.tabs.query({})) as { id: number }[]) {
          const report = await chrome.tabs.sendMessage(tab.id, { kind: 'report:get' }, { frameId: 0 }).catch(() => undefined);
          if (report?.value?.url === url) chrome.commands.onCommand.dispatch('open-panel', tab);
        }
      },
      { url },
    );
    await expect.poll(popups, { timeout: 10_000 }).toEqual(['/popup.html']);
  });
});

