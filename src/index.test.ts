import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import * as library from './index';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs an ES module snippet with Node from the project root, where `rhetoric-lens` resolves to this package. */
async function node(source: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', source], { cwd: root, env: process.env });
  return stdout;
}

describe("the library: import { scan, lexicon } from 'rhetoric-lens'", () => {
  test('works from plain Node through the package name', async () => {
    const out = await node(`
      import { scan, lexicon, explain } from 'rhetoric-lens';
      const result = await scan('Officials said the plan was <b>fine</b>.', { html: true });
      const entry = await explain(lexicon[0].phrase);
      console.log(JSON.stringify({ entries: lexicon.length, keys: Object.keys(result), words: result.words, text: result.text, explained: entry?.id === lexicon[0].id }));
    `);
    const parsed = JSON.parse(out);
    expect(parsed.entries).toBe(library.lexicon.length);
    expect(parsed.keys).toEqual(['input', 'words', 'hits', 'summary', 'text']);
    expect(parsed).toMatchObject({ words: 6, text: 'Officials said the plan was fine.', explained: true });
  }, 60_000);

  test('the .mjs entry exports everything src/index.ts exports', async () => {
    const out = await node(`import * as lib from 'rhetoric-lens'; console.log(JSON.stringify(Object.keys(lib).sort()));`);
    expect(JSON.parse(out)).toEqual(Object.keys(library).sort());
  }, 60_000);

  test('scan finds what the CLI finds, in the same schema', async () => {
    const example = library.lexicon.find((e) => e.tier === 'signature')!.examples.match[0];
    const result = await library.scan(example);
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits) expect(example.slice(hit.start, hit.end)).toBe(hit.match);
    const csv = library.toCsv(library.toExportDocument(result, { url: 'https://example.org/', lexiconVersion: 'v' }));
    expect(csv.split('\r\n')).toHaveLength(result.hits.length + 2);
  });
});
