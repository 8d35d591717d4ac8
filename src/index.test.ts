import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildLibrary } from '../scripts/build-lib';
import * as library from './index';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let out: string;

// The library as it is installed: built (JavaScript only; tsc's declarations take seconds) into a folder under
// node_modules/.cache, from where the runtime dependencies resolve as they do from dist/.
beforeAll(async () => {
  const cache = join(root, 'node_modules', '.cache');
  out = mkdtempSync(join(cache, 'rhetoric-lens-dist-'));
  await buildLibrary({ outdir: out, types: false });
  // Under node_modules no package.json says "module" as the project's does for dist/.
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The built file that a path in package.json (dist/…) names. */
const built = (path: string) => join(out, relative('dist', path));

async function node(args: string[], cwd = root): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
}

/** Runs an ES module snippet with Node. */
const snippet = async (source: string) => (await node(['--input-type=module', '-e', source])).stdout;

describe("the built library: import { scan, lexicon } from 'rhetoric-lens'", () => {
  test("package.json's bin and exports name files the build makes, JavaScript that never loads tsx", () => {
    expect(existsSync(built(pkg.exports['.'].default))).toBe(true);
    expect(existsSync(built(pkg.bin['rhetoric-lens']))).toBe(true);
    expect(pkg.exports['.'].default).toMatch(/\.js$/);
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) expect(readFileSync(join(out, file), 'utf8')).not.toMatch(/from\s*["']tsx|import\(["']tsx/);
    // The compiled lexicon ships beside the code that reads it, so an installed copy never compiles it.
    expect(files.some((f) => existsSync(join(out, f, '..', 'lexicon.json')))).toBe(true);
  });

  test('works from plain Node', async () => {
    const parsed = JSON.parse(
      await snippet(`
        import { scan, lexicon, explain } from ${JSON.stringify(pathToFileURL(built(pkg.exports['.'].default)).href)};
        const result = await scan('Officials said the plan was <b>fine</b>.', { html: true });
        const entry = await explain(lexicon[0].phrase);
        console.log(JSON.stringify({ entries: lexicon.length, keys: Object.keys(result), words: result.words, text: result.text, explained: entry?.id === lexicon[0].id }));
      `),
    );
    expect(parsed.entries).toBe(library.lexicon.length);
    expect(parsed.keys).toEqual(['input', 'words', 'hits', 'summary', 'text']);
    expect(parsed).toMatchObject({ words: 6, text: 'Officials said the plan was fine.', explained: true });
  }, 60_000);

  test('exports everything src/index.ts exports', async () => {
    const keys = await snippet(`import * as lib from ${JSON.stringify(pathToFileURL(built(pkg.exports['.'].default)).href)}; console.log(JSON.stringify(Object.keys(lib).sort()));`);
    expect(JSON.parse(keys)).toEqual(Object.keys(library).sort());
  }, 60_000);

  test('the built command scans a file as the sources do', async () => {
    const dir = mkdtempSync(join(out, 'input-'));
    const example = library.lexicon.find((e) => e.tier === 'signature')!.examples.match[0];
    writeFileSync(join(dir, 'article.txt'), example);
    const { stdout, stderr } = await node([built(pkg.bin['rhetoric-lens']), 'scan', '--json', join(dir, 'article.txt')]);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout);
    expect(result.hits.map((h: { id: string }) => h.id)).toEqual((await library.scan(example)).hits.map((h) => h.id));
    expect(result.hits.length).toBeGreaterThan(0);
    // A folder is a batch: scanned by the built worker (dist/cli/scan-worker.js), in input order.
    writeFileSync(join(dir, 'second.txt'), `Plain words. ${example}`);
    const batch = await node([built(pkg.bin['rhetoric-lens']), 'scan', '--json', '--jobs', '2', '--quiet', dir]);
    expect(batch.stderr).toBe('');
    expect(batch.stdout.trim().split('\n').map((line) => JSON.parse(line).input.split('/').pop())).toEqual(['article.txt', 'second.txt']);
  }, 60_000);
});

describe('the library from the sources', () => {
  test('scan finds what the CLI finds, in the same schema', async () => {
    const example = library.lexicon.find((e) => e.tier === 'signature')!.examples.match[0];
    const result = await library.scan(example);
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits) expect(example.slice(hit.start, hit.end)).toBe(hit.match);
    const csv = library.toCsv(library.toExportDocument(result, { url: 'https://example.org/', lexiconVersion: 'v' }));
    expect(csv.split('\r\n')).toHaveLength(result.hits.length + 2);
  });
});
