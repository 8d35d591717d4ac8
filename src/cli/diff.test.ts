import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../tests/support/test-run';
import { filler, knownSentences, type KnownSentence } from '../../tests/support/test-archive';
import type { PhrasingDiff } from '../engine/diff';

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'rl-diff-'));
let known: KnownSentence[];
const release = join(dir, 'release.txt');
const wire = join(dir, 'wire.html');

beforeAll(async () => {
  known = await knownSentences(3);
  // The release uses phrases 0 (twice) and 1; the wire story keeps 1 and adds 2.
  writeFileSync(release, [filler(10, 0), known[0].sentence, filler(10, 1), known[1].sentence, filler(5, 2), known[0].sentence].join(' '));
  writeFileSync(wire, `<p>${filler(12, 3)}</p><p>${known[1].sentence}</p><p>${known[2].sentence}</p>`);
}, 120_000);

describe('rhetoric-lens diff', () => {
  test('--json: entries only in A, only in B and in both, with counts and an example from each side', async () => {
    const { code, out } = await run(['diff', '--json', release, wire]);
    expect(code).toBe(0);
    const diff: PhrasingDiff = JSON.parse(out);
    expect(diff.a).toMatchObject({ input: release, hits: 3 });
    expect(diff.b).toMatchObject({ input: wire, hits: 2 });
    expect(diff.onlyInA.map((e) => [e.id, e.a.count, e.b.count])).toEqual([[known[0].id, 2, 0]]);
    expect(diff.onlyInB.map((e) => [e.id, e.a.count, e.b.count])).toEqual([[known[2].id, 0, 1]]);
    expect(diff.inBoth.map((e) => [e.id, e.a.count, e.b.count])).toEqual([[known[1].id, 1, 1]]);
    const both = diff.inBoth[0];
    for (const side of [both.a, both.b]) {
      expect(side.example!.sentence).toBe(known[1].sentence);
      expect(side.example!.sentence.slice(...side.example!.match).length).toBeGreaterThan(0);
    }
    expect(diff.onlyInA[0].b.example).toBeUndefined();
  });

  test('the default output is for people, and one side may be standard input', async () => {
    const { code, out } = await run(['diff', '-', wire], `${known[2].sentence}`);
    expect(code).toBe(0);
    expect(out).toMatch(/^A: \(standard input\) \(\d+ words, 1 hit\)\nB: .*wire\.html/);
    expect(out).toContain('Only in A: none');
    expect(out).toMatch(/Only in B \(1\)\n {2}[^\n]+ · (KCNA|PRC state media|Russian state media)(, [^·]+)? · B ×1\n {5}B: .*\[.+\]/);
    expect(out).toContain(`  ${known[2].phrase} · `);
    expect(out).not.toMatch(/\*\*|\x1b|\((kcna|prc|rus)\b/);
    expect(out).toMatch(/In both \(1\)\n.*A ×1, B ×1\n {5}A: .*\n {5}B: /);
  });

  test.each([
    [['diff', release], /diff needs two texts/],
    [['diff', '-', '-'], /only one of the two/],
    [['diff', release, '/no/such/file.txt'], /cannot read \/no\/such\/file.txt: no such file/],
  ])('bad usage %j exits 2 with one line', async (args, message) => {
    const { code, out, err } = await run(args as string[]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });
});
