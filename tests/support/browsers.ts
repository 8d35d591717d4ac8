/**
 * Where the test browsers are. Debian's `chromium` and `firefox-esr` by
 * default; `CHROMIUM_PATH` and `FIREFOX_PATH` point elsewhere. A missing
 * browser stops the run with a message that says how to get one: never a
 * silent skip.
 */
import { existsSync } from 'node:fs';

export const BROWSER_CANDIDATES = {
  chromium: { variable: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], install: 'apt-get install -y chromium, as root' },
  firefox: { variable: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], install: 'apt-get install -y firefox-esr, as root' },
} as const;

export type BrowserName = keyof typeof BROWSER_CANDIDATES;

export class MissingBrowserError extends Error {}

export function browserPath(name: BrowserName): string {
  const { variable, paths, install } = BROWSER_CANDIDATES[name];
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new MissingBrowserError(`${variable} is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = paths.find((p) => existsSync(p));
  if (!found) {
    throw new MissingBrowserError(`${name} was not found at ${paths.join(' or ')}. Install it (${install}) or set ${variable} to another ${name} binary.`);
  }
  return found;
}
