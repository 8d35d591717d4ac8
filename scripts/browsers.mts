/**
 * `npm test`'s preflight (and anyone's): `tsx scripts/browsers.mts chromium firefox [xvfb]`
 * installs what is missing when run as root with apt-get, else stops with
 * the command that installs it. See preflight.ts.
 */
import { PACKAGES, preflight, PreflightError, realSystem, type Requirement } from './preflight';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !Object.hasOwn(PACKAGES, name));
if (wanted.length === 0 || unknown.length > 0) {
  console.error(`usage: tsx scripts/browsers.mts ${Object.keys(PACKAGES).join('|')}...${unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''}`);
  process.exit(2);
}
const event = process.env.npm_lifecycle_event;
const who = event === 'test' || event === 'start' ? `npm ${event}` : event && event !== 'npx' ? `npm run ${event}` : 'preflight';
try {
  preflight(wanted as Requirement[], realSystem(), who);
} catch (error) {
  if (!(error instanceof PreflightError)) throw error;
  console.error(error.message);
  process.exit(1);
}
