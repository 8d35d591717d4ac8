/**
 * The content script on large pages, in Chromium: every phrase found, and
 * the work cut into slices so that it causes no long task. Prints the
 * timings (script start → highlights registered) and writes them to
 * /tmp/rl-content-perf.json.
 *
 * The slices are wall-clock times: on a busy machine a slice preempted by
 * another process looks long, so the assertion is the generous issue-7 bound
 * (it still catches a forced restyle or an unsliced scan, hundreds of ms),
 * and the printed numbers are the measurement.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ScanStats } from '../../src/dom/page-lens';
import { openChromium, sendToPage, type TestBrowser, until } from './content-browsers';
import { startServer, type StaticServer } from '../support/server';

type Stats = ScanStats & { idle: boolean; lexiconAt: number; settingsAt: number };

let server: StaticServer;
let browser: TestBrowser;
const results: Record<string, unknown> = {};

/**
 * The end-to-end bound is issue 7's: no task over 200 ms attributable to the
 * extension. The tighter 50 ms budget is checked by `npm run bench -- --check`,
 * on a quiet machine: timings belong in the benchmark, not in the tests.
 */
const SLICE_LIMIT_MS = 200;

beforeAll(async () => {
  server = await startServer('tests/pages');
  browser = await openChromium();
});
afterAll(async () => {
  writeFileSync('/tmp/rl-content-perf.json', JSON.stringify(results, null, 2));
  await browser?.close();
  await server?.close();
});

async function measure(path: string) {
  const page = await browser.newPage();
  const url = `${server.url}${path}`;
  await page.goto(url);
  const reply = await until(
    () => sendToPage<Stats>(browser, url, { kind: 'scan:stats' }),
    (r) => r?.ok === true && r.value.idle && r.value.paintedAt !== null,
    `the scan of ${path}`,
    120_000,
  );
  const stats = (reply as { value: Stats }).value;
  const page$ = await page.evaluate((since) => {
    // Set by the hostile pages (see tests/pages/hostile/probe.js and big.html); the demo page has neither.
    const w = window as unknown as { __expected?: { count: number }; __probe?: { longTasks: { start: number; duration: number }[] } };
    return {
      phrases: w.__expected?.count ?? 0,
      longTasks: (w.__probe?.longTasks ?? []).filter((t) => t.start >= since).map((t) => Math.round(t.duration)),
    };
  }, stats.startedAt);
  await page.close();
  const ms = (to: number | null) => (to === null ? null : Math.round(to - stats.startedAt));
  const row = {
    scanned: ms(stats.scannedAt),
    firstPaint: ms(stats.firstPaintAt),
    allPainted: ms(stats.paintedAt),
    settingsRead: ms(stats.settingsAt),
    lexiconDecoded: ms(stats.lexiconAt),
    walkMs: Math.round(stats.walkMs),
    matchMs: Math.round(stats.scanMs),
    placeMs: Math.round(stats.placeMs),
    slices: stats.slices,
    longestSliceMs: Math.round(stats.longestSliceMs),
    characters: stats.characters,
    blocks: stats.blocks,
    hits: stats.hits,
    phrasesOnPage: page$.phrases,
    longTasksAfterStart: page$.longTasks,
  };
  results[path] = { ...row, loadAverage: loadavg()[0], cores: cpus().length };
  console.log(path, JSON.stringify(row));
  return row;
}

describe('large pages in Chromium', () => {
  test('the demo page', async () => {
    const row = await measure('demo/index.html');
    expect(row.hits).toBeGreaterThanOrEqual(6);
    expect(row.longestSliceMs).toBeLessThan(SLICE_LIMIT_MS);
  });

  test.each([
    ['1 MB of text in 3,300 paragraphs', 'hostile/big.html?kind=text1mb'],
    ['200,000 text nodes', 'hostile/big.html?kind=nodes200k'],
    ['one 10 MB text node', 'hostile/big.html?kind=node10mb'],
    ['1,000-deep nesting (Chromium crashes rendering much deeper trees)', 'hostile/big.html?kind=deep&depth=1000'],
  ])('%s', async (_name, path) => {
    const row = await measure(path);
    expect(row.hits).toBe(row.phrasesOnPage);
    expect(row.longestSliceMs).toBeLessThan(SLICE_LIMIT_MS);
  });
});
