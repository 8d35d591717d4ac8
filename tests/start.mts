/**
 * `npm start`: builds the extension, serves the demo news page on 127.0.0.1
 * and opens it in Chromium (or Firefox with `npm start -- --firefox`) with
 * the extension loaded. A missing browser (or, for a window on a machine with
 * no display, xvfb) is installed first when run as root with apt-get, else
 * named with the command that installs it (scripts/preflight.ts). Stops when
 * the browser closes, on Ctrl+C or on SIGTERM, removing its temporary profile.
 * `-- --headless` only checks that the demo page loads with the extension.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasDisplay, preflight, PreflightError, realSystem, type Requirement } from '../scripts/preflight';
import { removeOnExit, stopper } from '../scripts/stop';
import { launchChromium, launchFirefox } from './support/harness';
import { startServer } from './support/server';

async function main() {
  const firefox = process.argv.includes('--firefox');
  const headless = process.argv.includes('--headless');
  const needsVirtualDisplay = !headless && !hasDisplay(process.env);
  const requirements: Requirement[] = [firefox ? 'firefox' : 'chromium', ...(needsVirtualDisplay ? (['xvfb'] as const) : [])];
  try {
    preflight(requirements, realSystem(), 'npm start');
  } catch (error) {
    if (!(error instanceof PreflightError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  if (needsVirtualDisplay) {
    console.error('npm start: no display to open a browser window on. Run it in a desktop session, under `xvfb-run npm start`, or add `-- --headless` to check the build only.');
    process.exit(1);
  }

  console.log(`Building the ${firefox ? 'Firefox' : 'Chrome'} extension…`);
  execFileSync('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox'] : [])], { stdio: 'inherit' });

  const server = await startServer('tests/pages');
  const demo = `${server.url}demo/index.html`;
  console.log(`Serving the demo page at ${demo}`);

  // Whatever ends the run (Ctrl+C, SIGTERM, the browser closing, the headless check), the browser is closed and its profile removed once.
  const profileDir = mkdtempSync(join(tmpdir(), `rl-start-${firefox ? 'firefox' : 'chromium'}-`));
  removeOnExit(profileDir, process);
  let closeBrowser = async () => {};
  const stop = stopper(
    async () => {
      await closeBrowser().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
      await server.close();
    },
    () => process.exit(0),
    process,
  );

  if (firefox) {
    const session = await launchFirefox({ headless, profileDir });
    closeBrowser = session.close;
    const page = await session.browser.newPage();
    await page.goto(demo);
    console.log('Firefox is open with Rhetoric Lens loaded. Close it, or press Ctrl+C, to stop.');
    session.browser.on('disconnected', () => void stop());
  } else {
    const session = await launchChromium({ headless, profileDir });
    closeBrowser = session.close;
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    await page.goto(demo);
    console.log('Chromium is open with Rhetoric Lens loaded. Close it, or press Ctrl+C, to stop.');
    session.context.on('close', () => void stop());
  }
  if (headless) {
    console.log('Headless check done: the demo page loaded with the extension.');
    await stop();
  }
}

await main();
