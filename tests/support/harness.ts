/**
 * Launches the built extension in real browsers: Chromium through
 * playwright-core, Firefox ESR through puppeteer-core over WebDriver BiDi.
 * Both use Debian's browsers; nothing is downloaded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import { browserPath } from './browsers';

export const CHROME_BUILD = resolve('.output/chrome-mv3');
export const FIREFOX_BUILD = resolve('.output/firefox-mv2');

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumSession {
  context: BrowserContext;
  /** The extension's service worker (absent when launched without the extension). */
  worker?: Worker;
  extensionId?: string;
  close(): Promise<void>;
}

export async function launchChromium(options: { extension?: boolean; headless?: boolean; extensionDir?: string; profileDir?: string } = {}): Promise<ChromiumSession> {
  const withExtension = options.extension ?? true;
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'rl-chromium-'));
  const args = [...CHROMIUM_FLAGS];
  if (options.headless === false) args.splice(args.indexOf('--headless=new'), 1);
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: options.headless ?? true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  let worker: Worker | undefined;
  if (withExtension) worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return {
    context,
    worker,
    extensionId: worker ? new URL(worker.url()).host : undefined,
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface FirefoxSession {
  browser: Browser;
  extensionId?: string;
  close(): Promise<void>;
}

export async function launchFirefox(
  options: { extension?: boolean; extensionDir?: string; headless?: boolean; args?: string[]; prefs?: Record<string, unknown>; profileDir?: string } = {},
): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: options.headless ?? true,
    // Without one, puppeteer makes a temporary profile and removes it on close.
    userDataDir: options.profileDir,
    args: options.args,
    extraPrefsFirefox: {
      // Keep Firefox off the network: no updates, telemetry, captive-portal or remote settings.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      ...options.prefs,
    },
  });
  const extensionId = options.extension === false ? undefined : await browser.installExtension(options.extensionDir ?? FIREFOX_BUILD);
  return { browser, extensionId, close: () => browser.close() };
}
