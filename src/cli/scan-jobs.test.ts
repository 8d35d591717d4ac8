import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { filler, knownSentences } from '../../tests/support/test-archive';
import { runCli } from '../../tests/support/test-run';

// The worker from the sources, loaded through tsx as the bin does when run with tsx.
const scanWorker = new URL('./scan-worker.ts', import.meta.url);
let dir: string;
let archive: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rl-jobs-'));
  const known = await knownSentences(12);
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `d${i}`, url: `https://example.org/${i}`, text: `${filler(30 + (i % 7) * 40, i)} ${known[i % known.length].sentence} ${filler(20, i + 99)}` }));
  lines.splice(17, 0, '{ not json');
  archive = join(dir, 'archive.jsonl');
  writeFileSync(archive, `${lines.join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scan --jobs N: worker threads, output in input order', () => {
  test.each(['json', 'csv', 'markdown'])('--format %s: two workers write what one thread writes', async (format) => {
    const one = await runCli(['scan', '--format', format, '--jobs', '1', archive], '', { scanWorker });
    const two = await runCli(['scan', '--format', format, '--jobs', '2', archive], '', { scanWorker });
    // The run's own time (the summary's line, Markdown's scan date) differs from run to run; nothing else may.
    const untimed = (text: string) => text.replace(/^ *time .*$/m, '').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(untimed(two.out)).toBe(untimed(one.out));
    expect(untimed(two.err)).toBe(untimed(one.err));
    expect(one.err).toMatch(/archive\.jsonl:18: .*skipped/);
  }, 60_000);

  test('every document, in order, with its hits', async () => {
    const { out } = await runCli(['scan', '--json', '--jobs', '3', archive], '', { scanWorker });
    const results = out.trim().split('\n').map((line) => JSON.parse(line));
    expect(results.map((r) => r.id)).toEqual(Array.from({ length: 40 }, (_, i) => `d${i}`));
    expect(results.every((r) => r.hits.length > 0)).toBe(true);
  }, 60_000);

  test.each([['0'], ['many'], ['1.5']])('--jobs %s is a usage error', async (jobs) => {
    const { code, err } = await runCli(['scan', '--jobs', jobs, archive], '', { scanWorker });
    expect(code).toBe(2);
    expect(err).toMatch(/--jobs takes a whole number of at least 1/);
  });
});
