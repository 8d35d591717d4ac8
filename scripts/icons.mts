/**
 * Renders assets/icon.svg to the PNGs the manifest lists (assets/icon-16.png
 * … icon-128.png) with the Chromium on this machine: `npm run icons`.
 * Nothing is downloaded; run it again after editing the SVG.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { browserPath } from '../tests/e2e/browsers';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const svg = readFileSync('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: browserPath('chromium'), args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: `assets/icon-${size}.png`, omitBackground: true });
    await page.close();
    console.log(`assets/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
