/**
 * `npm start`: builds the extension, serves the demo news page on 127.0.0.1
 * and opens it in Chromium (or Firefox with `npm start -- --firefox`) with
 * the extension loaded. Stops when the browser closes or on Ctrl+C.
 */
import { execFileSync } from 'node:child_process';
import { browserPath, MissingBrowserError } from './e2e/browsers';
import { launchChromium, launchFirefox } from './e2e/harness';
import { startServer } from './e2e/server';

async function main() {
  const firefox = process.argv.includes('--firefox');
  const headless = process.argv.includes('--headless');
  try {
    browserPath(firefox ? 'firefox' : 'chromium');
  } catch (error) {
    if (error instanceof MissingBrowserError) {
      console.error(`npm start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('npm start: no display to open a browser window on. Run it in a desktop session, under `xvfb-run npm start`, or add `-- --headless` to check the build only.');
    process.exit(1);
  }

  console.log(`Building the ${firefox ? 'Firefox' : 'Chrome'} extension…`);
  execFileSync('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox'] : [])], { stdio: 'inherit' });

  const server = await startServer('tests/pages');
  const demo = `${server.url}demo/index.html`;
  console.log(`Serving the demo page at ${demo}`);

  const stop = async (close: () => Promise<void>) => {
    await close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };

  if (firefox) {
    const session = await launchFirefox({ headless });
    const page = await session.browser.newPage();
    await page.goto(demo);
    console.log('Firefox is open with Rhetoric Lens loaded. Close it, or press Ctrl+C, to stop.');
    session.browser.on('disconnected', () => void stop(async () => undefined));
    process.on('SIGINT', () => void stop(session.close));
  } else {
    const session = await launchChromium({ headless });
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    await page.goto(demo);
    console.log('Chromium is open with Rhetoric Lens loaded. Close it, or press Ctrl+C, to stop.');
    session.context.on('close', () => void stop(async () => undefined));
    process.on('SIGINT', () => void stop(session.close));
  }
  if (headless) {
    console.log('Headless check done: the demo page loaded with the extension.');
    process.exit(0);
  }
}

await main();
