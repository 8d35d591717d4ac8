/** The icons the manifest lists: every size there, each PNG in assets/ at its own size (`npm run icons` renders them from assets/icon.svg). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import config from '../../wxt.config';

const ROOT = join(import.meta.dirname, '..', '..');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.each(['chrome', 'firefox'])('the %s manifest lists the icon at 16, 32, 48 and 128 px, each PNG at its size', async (browser) => {
  const make = config.manifest as unknown as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => { icons?: Record<string, string> };
  const manifest = await make({ browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build' });
  expect(Object.keys(manifest.icons ?? {})).toEqual(['16', '32', '48', '128']);
  for (const size of [16, 32, 48, 128]) expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
  expect(readFileSync(join(ROOT, 'assets', 'icon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 128 128"/);
});
