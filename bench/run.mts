/**
 * `npm run bench`: the content script against mark.js and the text-read
 * floor, in real Chromium, on generated pages. Each figure is the median of
 * RUNS cold runs (a fresh page each) after WARMUP warm-ups. Prints a table,
 * writes bench/results.json, and with `--check` exits non-zero when a budget
 * is broken.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { patternPhrases } from '../src/core/compile';
import { compromiseInflector } from '../src/core/inflect';
import { Matcher } from '../src/core/matcher';
import { compileBuiltin } from '../src/lexicon/build';
import { lexicon } from '../src/lexicon/index';
import { CHROME_BUILD, launchChromium } from '../tests/e2e/harness';
import { startServer } from '../tests/e2e/server';
import { articlePage, emptyPage, feedPage, megabytePage, nestedPage } from './pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const WARMUP = 2;
const check = process.argv.includes('--check');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number) => Math.round(x * 100) / 100;

/** Phrases for the pages: our own lexicon examples' phrases, as the lexicon writes them. */
function benchPhrases(): string[] {
  return lexicon.slice(0, 200).map((e) => e.phrase.replace(/^the /i, ''));
}

/** One alternation regex for mark.js, built from every expanded pattern of the same lexicon. */
function markRegExpSource(): string {
  const alternatives = new Set<string>();
  for (const entry of lexicon)
    for (const pattern of entry.patterns)
      for (const words of patternPhrases(pattern, compromiseInflector))
        alternatives.add(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('[\\s\\-–—]+'));
  return `\\b(?:${[...alternatives].sort((a, b) => b.length - a.length).join('|')})\\b`;
}

// Both floors run in the page, as a content script would, timed with performance.now().
const FLOOR_TREEWALKER = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) n += node.data.length;
  window.__floorChars = n;
  return performance.now() - t0;
})()`;

const FLOOR_NORMALIZED = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  const nodes = [];
  const offsets = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    offsets.push(length);
    const text = node.data.toLowerCase().replace(/[\\u2018\\u2019\\u02bc]/g, "'").replace(/[\\u00ad\\u200b-\\u200d]/g, '');
    parts.push(text);
    length += text.length;
  }
  const joined = parts.join('');
  window.__floorLength = joined.length + nodes.length + offsets.length;
  return performance.now() - t0;
})()`;

function markJsRun(source: string) {
  return `(() => new Promise((resolve) => {
    const t0 = performance.now();
    new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(source)}, 'gi'), {
      done: () => {
        document.body.getBoundingClientRect();
        void document.body.offsetHeight; // the layout the wrapped marks cause
        resolve(performance.now() - t0);
      },
    });
  }))()`;
}

interface Ours {
  total: number;
  load: number;
  index: number;
  match: number;
  register: number;
  hits: number;
  longestTask: number;
}

/** The content script's own measures ('rhetoric-lens:*'), taken on bench pages only. */
async function readOurs(page: Page): Promise<Ours> {
  await page.waitForFunction(() => performance.getEntriesByName('rhetoric-lens:total').length > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    const sum = (name: string) => performance.getEntriesByName(`rhetoric-lens:${name}`).reduce((n, e) => n + e.duration, 0);
    const hits = [...(CSS.highlights as unknown as Map<string, Highlight>).values()].reduce((n, h) => n + h.size, 0);
    const tasks = (window as unknown as { __longTasks?: number[] }).__longTasks ?? [];
    return { total: sum('total'), load: sum('load'), index: sum('index'), match: sum('match'), register: sum('register'), hits, longestTask: Math.max(0, ...tasks) };
  });
}

const LONG_TASK_OBSERVER = `window.__longTasks = []; try { new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}`;

async function taskDuration(context: BrowserContext, url: string, settle: (page: Page) => Promise<void>): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await settle(page);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function main() {
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const compiled = await compileBuiltin();
  const phrases = benchPhrases();
  const dir = mkdtempSync(join(tmpdir(), 'rl-bench-'));
  const pages = { article: articlePage(phrases), megabyte: megabytePage(phrases), nested: nestedPage(phrases), empty: emptyPage(), feed: feedPage(phrases, 6) };
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, `${name}.html`), html);
  const server = await startServer(dir);
  const source = markRegExpSource();
  const markJs = readFileSync(join('node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');

  const bare = await launchChromium({ extension: false });
  const withExtension = await launchChromium();
  await withExtension.context.addInitScript(LONG_TASK_OBSERVER);

  const results: Record<string, Record<string, number>> = {};
  for (const name of ['article', 'megabyte', 'nested', 'empty'] as const) {
    const url = `${server.url}${name}.html`;
    const samples: Record<string, number[]> = { treeWalker: [], normalized: [], markRegExp: [], ours: [], load: [], index: [], match: [], register: [], addedTaskMs: [], longestTask: [], hits: [] };
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const keep = run >= WARMUP;
      for (const [key, code] of [['treeWalker', FLOOR_TREEWALKER], ['normalized', FLOOR_NORMALIZED]] as const) {
        const page = await bare.context.newPage();
        await page.goto(url);
        const ms = (await page.evaluate(code)) as number;
        if (keep) samples[key].push(ms);
        await page.close();
      }
      if (name !== 'empty') {
        const page = await bare.context.newPage();
        await page.goto(url);
        await page.addScriptTag({ content: markJs });
        const ms = (await page.evaluate(markJsRun(source))) as number;
        if (keep) samples.markRegExp.push(ms);
        await page.close();
      }
      const page = await withExtension.context.newPage();
      await page.goto(url);
      const ours = await readOurs(page);
      await page.close();
      if (keep) {
        samples.ours.push(ours.total);
        samples.load.push(ours.load);
        samples.index.push(ours.index);
        samples.match.push(ours.match);
        samples.register.push(ours.register);
        samples.longestTask.push(ours.longestTask);
        samples.hits.push(ours.hits);
        const settle = async (p: Page) => {
          if (p.context() === withExtension.context) await readOurs(p);
        };
        const withMs = await taskDuration(withExtension.context, url, settle);
        const withoutMs = await taskDuration(bare.context, url, async () => undefined);
        samples.addedTaskMs.push(Math.max(0, withMs - withoutMs));
      }
    }
    results[name] = Object.fromEntries(Object.entries(samples).filter(([, v]) => v.length > 0).map(([k, v]) => [k, round(k === 'longestTask' ? Math.max(...v) : median(v))]));
  }

  // The feed: per-item rescan cost early and late in the page's life.
  {
    const page = await withExtension.context.newPage();
    await page.goto(`${server.url}feed.html`);
    await page.waitForFunction(() => document.documentElement.dataset.feedDone === '1', undefined, { timeout: 60_000 });
    await page.waitForTimeout(500); // let the last batch land; the watcher works in idle time
    const rescans = await page.evaluate(() => performance.getEntriesByName('rhetoric-lens:rescan').map((e) => ({ d: e.duration, items: Number((e as PerformanceMeasure).detail ?? 1) })));
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks?: number[] }).__longTasks ?? []);
    await page.close();
    const half = Math.floor(rescans.length / 2);
    const perItem = (xs: typeof rescans) => xs.reduce((n, r) => n + r.d, 0) / Math.max(1, xs.reduce((n, r) => n + r.items, 0));
    results.feed = { batches: rescans.length, perItemEarlyMs: round(perItem(rescans.slice(0, half))), perItemLateMs: round(perItem(rescans.slice(half))), longestTask: round(Math.max(0, ...tasks)) };
  }

  // The CLI's engine throughput, in words per second, on the megabyte page's text.
  {
    const matcher = new Matcher(compiled);
    const text = pages.megabyte.replace(/<[^>]+>/g, ' ');
    const t0 = performance.now();
    let words = 0;
    for (let i = 0; i < 5; i++) words += matcher.scan(text).words;
    results.cli = { wordsPerSecond: Math.round(words / ((performance.now() - t0) / 1000)) };
  }

  results.size = {
    contentScriptKB: round(statSync(join(CHROME_BUILD, 'content-scripts', 'content.js')).size / 1024),
    lexiconDataKB: round(statSync(join(CHROME_BUILD, 'lexicon-data.js')).size / 1024),
    entries: compiled.entries.length,
    markRegExpAlternatives: source.split('|').length,
  };

  await bare.close();
  await withExtension.close();
  await server.close();

  printTable(results);
  writeFileSync(join('bench', 'results.json'), `${JSON.stringify({ runs: RUNS, chromium: true, results }, null, 2)}\n`);
  if (check) process.exitCode = checkBudgets(results) ? 0 : 1;
}

function printTable(r: Record<string, Record<string, number>>) {
  const rows = ['treeWalker', 'normalized', 'markRegExp', 'ours', 'load', 'index', 'match', 'register', 'addedTaskMs', 'longestTask', 'hits'];
  const labels: Record<string, string> = {
    treeWalker: 'floor: TreeWalker reading every text node',
    normalized: 'floor + one normalized string with offset map',
    markRegExp: 'mark.js 8.11 markRegExp (one alternation), with layout',
    ours: 'Rhetoric Lens content script, start to highlights registered',
    load: '  of which: compiled-data load',
    index: '  of which: text index',
    match: '  of which: match',
    register: '  of which: highlight registration',
    addedTaskMs: 'main-thread time added (CDP TaskDuration, with − without)',
    longestTask: 'longest task with the extension (ms)',
    hits: 'highlights registered',
  };
  console.log(`\n| measure (median of ${RUNS}, ms) | 5,000-word article | 1 MB of text | 5,000 nested | empty page |`);
  console.log('|---|---:|---:|---:|---:|');
  for (const row of rows) console.log(`| ${labels[row]} | ${['article', 'megabyte', 'nested', 'empty'].map((p) => r[p]?.[row] ?? '–').join(' | ')} |`);
  console.log('\nRatios:');
  for (const p of ['article', 'megabyte', 'nested']) {
    const x = r[p];
    console.log(`  ${p}: ours/mark.js ${round(x.ours / x.markRegExp)}, added main-thread/mark.js ${round(x.addedTaskMs / x.markRegExp)}, ours/normalized floor ${round(x.ours / x.normalized)}, added/normalized floor ${round(x.addedTaskMs / x.normalized)}`);
  }
  console.log(`  feed: ${JSON.stringify(r.feed)}`);
  console.log(`  CLI engine: ${r.cli.wordsPerSecond.toLocaleString('en-US')} words per second`);
  console.log(`  sizes: ${JSON.stringify(r.size)}`);
}

function checkBudgets(r: Record<string, Record<string, number>>): boolean {
  const budgets: [string, boolean][] = [
    ['1 MB page: added main-thread time ≤ 2× the normalized floor', r.megabyte.addedTaskMs <= 2 * r.megabyte.normalized],
    ['1 MB page: added main-thread time ≤ 0.5× mark.js markRegExp', r.megabyte.addedTaskMs <= 0.5 * r.megabyte.markRegExp],
    ['article: ours ≤ 0.15× mark.js markRegExp', r.article.ours <= 0.15 * r.article.markRegExp],
    ['no task over 50 ms on any page', Math.max(r.article.longestTask, r.megabyte.longestTask, r.nested.longestTask, r.empty.longestTask, r.feed.longestTask) <= 50],
    ['feed: per-item cost does not grow with the page', r.feed.perItemLateMs <= Math.max(0.5, r.feed.perItemEarlyMs * 2)],
    ['content script ≤ 60 KB minified', r.size.contentScriptKB <= 60],
    ['compiled lexicon data ≤ 250 KB', r.size.lexiconDataKB <= 250],
    ['empty page: content script < 2 ms', r.empty.ours < 2],
  ];
  console.log('\nBudgets:');
  for (const [name, ok] of budgets) console.log(`  ${ok ? 'pass' : 'FAIL'}  ${name}`);
  return budgets.every(([, ok]) => ok);
}

await main();
