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
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { parsePattern } from '../src/core/pattern';
import { compromiseInflector } from '../src/core/inflect';
import { Matcher } from '../src/core/matcher';
import { compileBuiltin } from '../src/lexicon/build';
import { lexicon } from '../src/lexicon/index';
import { CHROME_BUILD, launchChromium } from '../tests/support/harness';
import { startServer } from '../tests/support/server';
import { articlePage, emptyPage, feedPage, megabytePage, nestedPage, scriptMegabytePage } from './pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** A content script on the same stack that does nothing (bench/stack-floor): what any script costs before our code runs. */
const STACK_FLOOR_DIR = join('bench', 'stack-floor');
const STACK_FLOOR_BUILD = join(STACK_FLOOR_DIR, '.output', 'chrome-mv3');
const WARMUP = 2;
const check = process.argv.includes('--check');
/** `--only article,empty`: a quick look at some pages (no budgets checked, no results written). */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');

/** The pages every run measures, in the table's order. */
const PAGES = ['article', 'megabyte', 'chinese', 'korean', 'nested', 'empty'] as const;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number) => Math.round(x * 100) / 100;
/** The nearest-rank percentile `q` (0–1) of the samples. */
const percentile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};

/** Phrases for the pages: our own lexicon examples' phrases, as the lexicon writes them. */
function benchPhrases(): string[] {
  return lexicon.slice(0, 200).map((e) => e.phrase.replace(/^the /i, ''));
}

/** The lexicon's plain patterns (no alternation, inflection or punctuation token) in one script. */
function scriptPhrases(script: RegExp): string[] {
  return lexicon.flatMap((e) => e.patterns).filter((p) => script.test(p) && !/[()~,"]/.test(p)).slice(0, 200);
}

const SEPARATOR = '[\\s\\-–—]+';
const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/-/g, SEPARATOR);

type PatternNode = { kind: 'word'; text: string; inflect?: 'n' | 'v' } | { kind: 'alt'; options: PatternNode[][] };

/**
 * A pattern in regex form, alternations kept as groups rather than expanded,
 * as a hand-written regex would be. `atStart`: no separator before the first word.
 */
function patternRegExp(nodes: PatternNode[], atStart = true): string {
  return nodes
    .map((node, i) => {
      const leading = i === 0 && atStart ? '' : SEPARATOR;
      if (node.kind === 'alt') return `(?:${node.options.map((seq) => (seq.length === 0 ? '' : patternRegExp(seq, i === 0 && atStart))).join('|')})`;
      const forms = node.inflect ? compromiseInflector.forms(node.text, node.inflect) : [node.text];
      return leading + (forms.length > 1 ? `(?:${forms.map(escapeRegExp).join('|')})` : escapeRegExp(forms[0]));
    })
    .join('');
}

/** One alternation regex for mark.js, one alternative per pattern of the same lexicon. */
function markRegExpSource(): string {
  const alternatives = new Set<string>();
  for (const entry of lexicon) for (const pattern of entry.patterns) alternatives.add(patternRegExp(parsePattern(pattern) as PatternNode[]));
  return `\\b(?:${[...alternatives].join('|')})\\b`;
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
  /** The content script's own main-thread time on the page. */
  own: number;
  load: number;
  index: number;
  match: number;
  register: number;
  hits: number;
  /** The longest task the content script itself ran (its injection, its start, a slice of work). */
  longestTask: number;
  /** The longest task the page had while the content script worked, whatever its cause (the page's own layout too). */
  pageLongTask: number;
}

interface ScanStats {
  idle: boolean;
  startedAt: number;
  lexiconAt: number;
  paintedAt: number | null;
  walkMs: number;
  scanMs: number;
  placeMs: number;
  hits: number;
  longestSliceMs: number;
  settingsAt: number;
  decodeMs: number;
  ownMs: number;
  longestOwnTaskMs: number;
  waitingForText: boolean;
}

/** The content script's own timings, asked for as the popup would (`scan:stats`), through the service worker. */
async function scanStats(worker: Worker, url: string): Promise<ScanStats | undefined> {
  const reply = (await worker.evaluate(async (url) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const report = await chrome.tabs.sendMessage(tab.id, { kind: 'report:get' }, { frameId: 0 }).catch(() => undefined);
      if (report?.ok && report.value?.url === url) return chrome.tabs.sendMessage(tab.id, { kind: 'scan:stats' }, { frameId: 0 });
    }
    return undefined;
  }, url)) as { ok: boolean; value: ScanStats } | undefined;
  return reply?.ok ? reply.value : undefined;
}

async function readOurs(worker: Worker, page: Page): Promise<Ours> {
  const url = page.url();
  const deadline = Date.now() + 60_000;
  for (;;) {
    const stats = await scanStats(worker, url);
    if (stats?.idle && (stats.paintedAt !== null || (stats.waitingForText && stats.settingsAt > 0))) {
      const tasks = await page.evaluate(() => (window as unknown as { __longTasks?: number[] }).__longTasks ?? []);
      return {
        // An empty page paints nothing: the script's whole cost is its own time.
        total: stats.paintedAt === null ? stats.ownMs : stats.paintedAt - stats.startedAt,
        own: stats.ownMs,
        load: stats.decodeMs,
        index: stats.walkMs,
        match: stats.scanMs,
        register: stats.placeMs,
        hits: stats.hits,
        longestTask: stats.longestOwnTaskMs,
        pageLongTask: Math.max(0, ...tasks),
      };
    }
    if (Date.now() > deadline) throw new Error(`the content script did not finish on ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
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
  execFileSync('npx', ['wxt', 'build'], { cwd: STACK_FLOOR_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
  const compiled = await compileBuiltin();
  const phrases = benchPhrases();
  const dir = mkdtempSync(join(tmpdir(), 'rl-bench-'));
  const pages = {
    article: articlePage(phrases),
    megabyte: megabytePage(phrases),
    chinese: scriptMegabytePage('zh', scriptPhrases(/[\u4e00-\u9fff]/)),
    korean: scriptMegabytePage('ko', scriptPhrases(/[\uac00-\ud7a3]/)),
    nested: nestedPage(phrases),
    empty: emptyPage(),
    feed: feedPage(phrases, 6),
  };
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, `${name}.html`), html);
  const server = await startServer(dir);
  const source = markRegExpSource();
  const markJs = readFileSync(join('node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');

  const bare = await launchChromium({ extension: false });
  const withExtension = await launchChromium();
  await withExtension.context.addInitScript(LONG_TASK_OBSERVER);
  const stackFloor = await launchChromium({ extensionDir: resolve(STACK_FLOOR_BUILD) });

  const results: Record<string, Record<string, number>> = {};
  for (const name of PAGES) {
    if (only && !only.includes(name)) continue;
    const url = `${server.url}${name}.html`;
    const samples: Record<string, number[]> = { treeWalker: [], normalized: [], markRegExp: [], stackFloor: [], stackFloorAddedMs: [], ours: [], own: [], load: [], index: [], match: [], register: [], addedTaskMs: [], longestTask: [], pageLongTask: [], hits: [] };
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
      {
        // The stack alone: from its first script to the end of its main(), as ours is counted.
        const page = await stackFloor.context.newPage();
        await page.goto(url);
        const handle = await page.waitForFunction(() => document.documentElement.dataset.stackFloorMs);
        if (keep) samples.stackFloor.push(Number(await handle.jsonValue()));
        await page.close();
      }
      const page = await withExtension.context.newPage();
      await page.goto(url);
      const ours = await readOurs(withExtension.worker!, page);
      await page.close();
      if (keep) {
        samples.ours.push(ours.total);
        samples.own.push(ours.own);
        samples.load.push(ours.load);
        samples.index.push(ours.index);
        samples.match.push(ours.match);
        samples.register.push(ours.register);
        samples.longestTask.push(ours.longestTask);
        samples.pageLongTask.push(ours.pageLongTask);
        samples.hits.push(ours.hits);
        const settle = async (p: Page) => {
          if (p.context() === withExtension.context) await readOurs(withExtension.worker!, p);
        };
        const withMs = await taskDuration(withExtension.context, url, settle);
        const withoutMs = await taskDuration(bare.context, url, async () => undefined);
        samples.addedTaskMs.push(Math.max(0, withMs - withoutMs));
        const floorMs = await taskDuration(stackFloor.context, url, async (p) => {
          await p.waitForFunction(() => document.documentElement.dataset.stackFloorMs);
        });
        samples.stackFloorAddedMs.push(Math.max(0, floorMs - withoutMs));
      }
    }
    results[name] = Object.fromEntries(Object.entries(samples).filter(([, v]) => v.length > 0).map(([k, v]) => [k, round(k === 'longestTask' || k === 'pageLongTask' ? Math.max(...v) : median(v))]));
    // The longest task is judged on the 90th percentile of runs; the worst is reported beside it.
    results[name].longestTaskP90 = round(percentile(samples.longestTask, 0.9));
    results[name].ownOverStack = round(median(samples.own) - median(samples.stackFloor));
  }

  // The feed: the content script's work per appended item, early and late in the page's life.
  if (!only || only.includes('feed')) {
    const page = await withExtension.context.newPage();
    await page.goto(`${server.url}feed.html`);
    const url = page.url();
    const work = async () => {
      const stats = await scanStats(withExtension.worker!, url);
      const items = await page.evaluate(() => document.querySelectorAll('#feed p').length);
      return { items, ms: stats ? stats.walkMs + stats.scanMs + stats.placeMs : 0, longest: stats?.longestOwnTaskMs ?? 0 };
    };
    await page.waitForFunction(() => document.querySelectorAll('#feed p').length >= 30);
    const early = await work();
    await page.waitForFunction(() => document.querySelectorAll('#feed p').length >= 150);
    const middle = await work();
    await page.waitForFunction(() => document.documentElement.dataset.feedDone === '1', undefined, { timeout: 60_000 });
    await page.waitForTimeout(500); // the watcher works in idle time: let the last batch land
    const late = await work();
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks?: number[] }).__longTasks ?? []);
    await page.close();
    const perItem = (a: typeof early, b: typeof early) => (b.ms - a.ms) / Math.max(1, b.items - a.items);
    results.feed = {
      items: late.items,
      perItemEarlyMs: round(perItem(early, middle)),
      perItemLateMs: round(perItem(middle, late)),
      longestTask: round(late.longest),
      pageLongTask: round(Math.max(0, ...tasks)),
    };
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
    stackFloorContentScriptKB: round(statSync(join(STACK_FLOOR_BUILD, 'content-scripts', 'content.js')).size / 1024),
    entries: compiled.entries.length,
    markRegExpAlternatives: source.split('|').length,
  };

  await bare.close();
  await withExtension.close();
  await stackFloor.close();
  await server.close();

  if (only) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  printTable(results);
  writeFileSync(join('bench', 'results.json'), `${JSON.stringify({ runs: RUNS, chromium: true, results }, null, 2)}\n`);
  if (check) process.exitCode = checkBudgets(results) ? 0 : 1;
}

function printTable(r: Record<string, Record<string, number>>) {
  const rows = ['treeWalker', 'normalized', 'markRegExp', 'stackFloor', 'stackFloorAddedMs', 'ours', 'own', 'ownOverStack', 'load', 'index', 'match', 'register', 'addedTaskMs', 'longestTaskP90', 'longestTask', 'pageLongTask', 'hits'];
  const labels: Record<string, string> = {
    treeWalker: 'floor: TreeWalker reading every text node',
    normalized: 'floor + one normalized string with offset map',
    markRegExp: 'mark.js 8.11 markRegExp (one alternation), with layout',
    stackFloor: 'the stack alone: a WXT + polyfill content script that does nothing, start to main() done',
    stackFloorAddedMs: 'the stack alone: main-thread time added (CDP TaskDuration)',
    ours: 'Rhetoric Lens content script, start to highlights registered',
    own: 'its own main-thread time (all slices, decoding, start)',
    ownOverStack: 'its own time over the stack alone',
    load: '  of which: compiled-data decode',
    index: '  of which: text index',
    match: '  of which: match',
    register: '  of which: highlight registration',
    addedTaskMs: 'main-thread time added (CDP TaskDuration, with − without)',
    longestTaskP90: 'longest task the content script ran, 90th percentile of runs',
    longestTask: 'longest task the content script ran, worst of all runs',
    pageLongTask: 'longest task on the page meanwhile, any cause, worst of all runs',
    hits: 'highlights registered',
  };
  console.log(`\n| measure (median of ${RUNS}, ms) | 5,000-word article | 1 MB of text | 1 MB of Chinese | 1 MB of Korean | 5,000 nested | empty page |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(`| ${labels[row]} | ${PAGES.map((p) => r[p]?.[row] ?? '–').join(' | ')} |`);
  console.log('\nRatios:');
  for (const p of ['article', 'megabyte', 'chinese', 'korean', 'nested']) {
    const x = r[p];
    console.log(`  ${p}: ours/mark.js ${round(x.ours / x.markRegExp)}, added main-thread/mark.js ${round(x.addedTaskMs / x.markRegExp)}, ours/normalized floor ${round(x.ours / x.normalized)}, added/normalized floor ${round(x.addedTaskMs / x.normalized)}`);
  }
  console.log(`  feed: ${JSON.stringify(r.feed)}`);
  console.log(`  CLI engine: ${r.cli.wordsPerSecond.toLocaleString('en-US')} words per second`);
  console.log(`  sizes: ${JSON.stringify(r.size)}`);
}

function checkBudgets(r: Record<string, Record<string, number>>): boolean {
  const megabyte = (page: string) => [
    [`${page}: ours ≤ 3× the normalized floor (${round(r[page].ours / r[page].normalized)}×)`, r[page].ours <= 3 * r[page].normalized],
    [`${page}: added main-thread time ≤ 0.4× mark.js markRegExp (${round(r[page].addedTaskMs / r[page].markRegExp)}×)`, r[page].addedTaskMs <= 0.4 * r[page].markRegExp],
  ] as [string, boolean][];
  const budgets: [string, boolean][] = [
    [`empty page: our own time over the stack alone ≤ 3 ms (${r.empty.ownOverStack} ms)`, r.empty.ownOverStack <= 3],
    [`article: ours ≤ 0.15× mark.js markRegExp (${round(r.article.ours / r.article.markRegExp)}×)`, r.article.ours <= 0.15 * r.article.markRegExp],
    ...megabyte('megabyte'),
    ...megabyte('chinese'),
    ...megabyte('korean'),
    [`nested: ours ≤ 0.3× mark.js markRegExp (${round(r.nested.ours / r.nested.markRegExp)}×)`, r.nested.ours <= 0.3 * r.nested.markRegExp],
    [
      `longest task of ours ≤ 50 ms at the 90th percentile on every page (${PAGES.map((p) => `${p} ${r[p].longestTaskP90}`).join(', ')}; feed ${r.feed.longestTask})`,
      Math.max(...PAGES.map((p) => r[p].longestTaskP90), r.feed.longestTask) <= 50,
    ],
    ['feed: per-item cost does not grow with the page', r.feed.perItemLateMs <= Math.max(0.5, r.feed.perItemEarlyMs * 2)],
    [`content script ≤ 60 KB minified (${r.size.contentScriptKB} KB; the stack alone ${r.size.stackFloorContentScriptKB} KB)`, r.size.contentScriptKB <= 60],
    [`compiled lexicon data ≤ 250 KB (${r.size.lexiconDataKB} KB)`, r.size.lexiconDataKB <= 250],
  ];
  console.log('\nBudgets:');
  for (const [name, ok] of budgets) console.log(`  ${ok ? 'pass' : 'FAIL'}  ${name}`);
  return budgets.every(([, ok]) => ok);
}

await main();
