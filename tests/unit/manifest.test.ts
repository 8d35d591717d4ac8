/**
 * Least privilege, pinned without a build: the manifest that wxt.config.ts
 * writes for each browser, the content script's registration, and the entry
 * points that WXT turns into manifest keys. Any added permission, host
 * access, manifest key that widens access, or new entry point fails here and
 * has to be justified in the README's permissions table. The built manifests
 * are pinned again, byte for byte where it matters, in tests/e2e/network.e2e.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import config, { GECKO_ID, quietContentScriptContext, WXT_PAGE_EVENTS } from '../../wxt.config';
import content from '../../entrypoints/content/index';

const ROOT = join(import.meta.dirname, '..', '..');

/** The permissions the extension has, each with the reason in the README. */
const PERMISSIONS = ['storage', 'contextMenus'];

/** Manifest keys that grant or widen access; none may appear in the config (host access comes only from the content script's matches). */
const WIDENING_KEYS = [
  'host_permissions',
  'optional_permissions',
  'optional_host_permissions',
  'content_security_policy',
  'web_accessible_resources',
  'externally_connectable',
  'content_scripts',
  'sandbox',
  'declarative_net_request',
  'chrome_url_overrides',
  'devtools_page',
  'incognito',
  'key',
  'update_url',
  'oauth2',
  'storage',
  'background',
  'side_panel',
  'user_scripts',
];

type Manifest = Record<string, unknown> & { permissions?: string[] };

async function manifestFor(browser: 'chrome' | 'firefox', manifestVersion: 2 | 3): Promise<Manifest> {
  const make = config.manifest as unknown as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest | Promise<Manifest>;
  expect(typeof make).toBe('function');
  return make({ browser, manifestVersion, mode: 'production', command: 'build' });
}

describe.each([
  ['chrome', 3],
  ['firefox', 2],
  ['firefox', 3],
] as const)('the %s MV%i manifest from wxt.config.ts', (browser, version) => {
  test('asks for exactly storage and contextMenus', async () => {
    const manifest = await manifestFor(browser, version);
    expect(manifest.permissions).toEqual(PERMISSIONS);
  });

  test('has no key that grants or widens access', async () => {
    const manifest = await manifestFor(browser, version);
    expect(Object.keys(manifest).filter((key) => WIDENING_KEYS.includes(key))).toEqual([]);
  });
});

test('the Firefox manifest declares that no data is collected', async () => {
  const manifest = await manifestFor('firefox', 2);
  expect(manifest.browser_specific_settings).toMatchObject({ gecko: { data_collection_permissions: { required: ['none'] } } });
});

// The add-on id is the extension's identity on addons.mozilla.org and in users' profiles: changing it makes a new
// add-on, which loses every user's settings and history. It was rhetoric-lens@example.org, a domain nobody may own;
// now a GUID made for this extension. Change it only on purpose.
test.each([2, 3] as const)('the Firefox MV%i manifest carries our own, stable add-on id', async (version) => {
  const manifest = await manifestFor('firefox', version);
  expect(GECKO_ID).toBe('{b53a5344-b4c3-416c-8951-ec56ac675919}');
  expect(manifest.browser_specific_settings).toMatchObject({ gecko: { id: GECKO_ID } });
  expect(GECKO_ID).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\}$/);
});

describe("WXT's content-script context, replaced in the build", () => {
  type Hook = (...args: unknown[]) => unknown;
  const plugin = quietContentScriptContext() as unknown as { resolveId: Hook; load: Hook; generateBundle: Hook };
  const WXT_ENTRY = '\0virtual:wxt-content-script-isolated-world-entrypoint?/project/entrypoints/content/index.ts';

  test('the content-script wrapper gets an empty stand-in that sends the page nothing and listens to nothing', () => {
    const id = plugin.resolveId('wxt/utils/content-script-context', WXT_ENTRY);
    expect(id).toEqual(expect.any(String));
    const code = String(plugin.load(id));
    expect(code).toMatch(/export class ContentScriptContext/);
    expect(code).not.toMatch(/postMessage|dispatchEvent|addEventListener|CustomEvent/);
  });

  test('other importers keep the real module', () => {
    expect(plugin.resolveId('wxt/utils/content-script-context', '/project/src/anything.ts')).toBeUndefined();
    expect(plugin.resolveId('wxt/browser', WXT_ENTRY)).toBeUndefined();
  });

  test.each(WXT_PAGE_EVENTS)('a content script that still carries "%s" fails the build', (name) => {
    const errors: string[] = [];
    const context = { error: (message: string) => errors.push(message) };
    const chunk = (code: string) => ({ 'content-scripts/content.js': { type: 'chunk', fileName: 'content-scripts/content.js', code } });
    plugin.generateBundle.call(context, {}, chunk('const ok = 1;'));
    expect(errors).toEqual([]);
    plugin.generateBundle.call(context, {}, chunk(`dispatch(\`\${id}:content:${name}\`)`));
    expect(errors).toHaveLength(1);
  });
});

test('the content script runs on every page and frame, in its isolated world, after the page has loaded', () => {
  const { matches, allFrames, matchAboutBlank, runAt, world, registration, excludeMatches, includeGlobs, cssInjectionMode } = content as unknown as Record<string, unknown>;
  expect({ matches, allFrames, matchAboutBlank, runAt }).toEqual({ matches: ['<all_urls>'], allFrames: true, matchAboutBlank: true, runAt: 'document_idle' });
  // The MAIN world would share the page's globals (and its tampering); runtime registration would need "scripting".
  expect(world ?? 'ISOLATED').toBe('ISOLATED');
  expect(registration ?? 'manifest').toBe('manifest');
  expect({ excludeMatches, includeGlobs, cssInjectionMode }).toEqual({ excludeMatches: undefined, includeGlobs: undefined, cssInjectionMode: undefined });
});

test('the entry points are the background, one content script, the popup, the options page and the side panel', () => {
  // A new entry point (sandbox, devtools, new tab…) adds manifest keys: review it here. The side panel adds
  // `side_panel` and the `sidePanel` permission in Chrome, `sidebar_action` in Firefox (pinned in network.e2e.ts).
  expect(readdirSync(join(ROOT, 'entrypoints')).filter((name) => !name.startsWith('.')).sort()).toEqual(['background', 'content', 'options', 'popup', 'sidepanel']);
});

/** Source files that run in the extension, without tests. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts)$/.test(name) && !/\.test\.ts$|^test-/.test(name) ? [path] : [];
  });
}

test('each permission is used, and no API is used that needs a permission the manifest lacks', () => {
  const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))];
  const used = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, api] of text.matchAll(/\bbrowser\.([a-zA-Z]+)\b/g)) used.set(api, relative(ROOT, file));
    if (/from 'wxt\/utils\/storage'/.test(text)) used.set('storage', relative(ROOT, file));
  }
  // APIs open to every extension, without a permission.
  const free = ['runtime', 'tabs', 'windows', 'action', 'browserAction', 'commands', 'i18n', 'extension'];
  const needing = [...used.keys()].filter((api) => !free.includes(api)).sort();
  expect(needing, 'APIs in use that need a permission').toEqual([...PERMISSIONS].sort());
});
