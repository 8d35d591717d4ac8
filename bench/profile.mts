/**
 * `npm run bench:profile [page]`: a CPU profile of the content script (through
 * CDP) on one generated benchmark page, summed by function. Prints the top
 * functions by self time, those of the extension's own files first.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lexicon } from '../src/lexicon/index';
import { launchChromium } from '../tests/support/harness';
import { startServer } from '../tests/support/server';
import { articlePage, emptyPage, megabytePage, nestedPage, scriptMegabytePage } from './pages';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const name = process.argv[2] ?? 'megabyte';
const runs = Number(process.env.PROFILE_RUNS ?? 3);
const phrases = lexicon.slice(0, 200).map((e) => e.phrase.replace(/^the /i, ''));
/** The lexicon's plain patterns in one script, as bench/run.mts uses them. */
const scriptPhrases = (script: RegExp) => lexicon.flatMap((e) => e.patterns).filter((p) => script.test(p) && !/[()~,"]/.test(p)).slice(0, 200);
const generators: Record<string, () => string> = {
  article: () => articlePage(phrases),
  megabyte: () => megabytePage(phrases),
  nested: () => nestedPage(phrases),
  chinese: () => scriptMegabytePage('zh', scriptPhrases(/[\u4e00-\u9fff]/)),
  korean: () => scriptMegabytePage('ko', scriptPhrases(/[\uac00-\ud7a3]/)),
  empty: () => emptyPage(),
};
if (!generators[name]) throw new Error(`no page ${name}: one of ${Object.keys(generators).join(', ')}`);

const dir = mkdtempSync(join(tmpdir(), 'rl-profile-'));
writeFileSync(join(dir, `${name}.html`), generators[name]());
const server = await startServer(dir);
const session = await launchChromium();
const self = new Map<string, number>();
let total = 0;
for (let run = 0; run < runs; run++) {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}${name}.html`);
  // Done when the lens reports idle: the page's dataset flag is not visible to us, so wait for quiet.
  await page.waitForTimeout(name === 'empty' ? 1500 : 4000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n);
  for (let i = 0; i < profile.samples.length; i++) {
    // Native work (DOM getters, Range creation, GC) counts for the nearest extension function that called it.
    let node: ProfileNode | undefined = byId.get(profile.samples[i])!;
    while (node && !node.callFrame.url.startsWith('chrome-extension://')) node = parent.get(node.id);
    if (!node) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${lineNumber + 1}:${columnNumber + 1}`;
    const ms = profile.timeDeltas[i] / 1000;
    self.set(key, (self.get(key) ?? 0) + ms);
    total += ms;
  }
  await page.close();
}
console.log(`Extension self time on ${name}, mean of ${runs} runs: ${(total / runs).toFixed(1)} ms`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(ms / runs).toFixed(2).padStart(8)} ms  ${key}`);
await session.close();
await server.close();
