/**
 * SLOW (about 30–60 s on a busy machine): the CLI as a child process on a
 * 200 MB single line, as a plain .txt file and as one JSONL record, with the
 * V8 heap capped. It must finish with a clean exit and stay under about
 * 300 MB resident (read from the child's own `process.resourceUsage()` at exit
 * through RL_REPORT_RSS). Before the fix it held the whole text several times
 * over and died with "RangeError: Invalid string length" and a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const CLI = join(__dirname, '../../src/cli/rhetoric-lens.ts');
const SIZE = 200 * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'rl-big-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `prefix`, then `unit` repeated up to SIZE bytes, then `suffix`, in 1 MB blocks: no line break anywhere. */
function writeLine(path: string, prefix: string, unit: string, suffix: string) {
  const fd = openSync(path, 'w');
  writeSync(fd, prefix);
  const block = unit.repeat(Math.ceil((1024 * 1024) / unit.length));
  for (let written = 0; written < SIZE; written += block.length) writeSync(fd, block);
  writeSync(fd, suffix);
  closeSync(fd);
}

// Neutral words with a state-media phrase every few sentences: many hits, all on one line.
const UNIT = 'The council met on Tuesday to discuss the budget for schools and roads. Officials said they would not dance to the tune of others. ';

function runCli(args: string[]) {
  const child = spawnSync(process.execPath, ['--max-old-space-size=256', '--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, RL_REPORT_RSS: '1' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 240_000,
  });
  const rss = Number(/maxRSS=(\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024; // resourceUsage reports kB
  return { code: child.status, stdout: child.stdout, stderr: child.stderr, rssMB: rss };
}

describe('a 200 MB single line', () => {
  test('as a .txt file: scanned in pieces, hits capped with a note, under 300 MB', () => {
    const path = join(dir, 'line.txt');
    writeLine(path, '', UNIT, 'The end.');
    const { code, stdout, stderr, rssMB } = runCli(['scan', '--json', path]);
    expect(stderr.replace(/maxRSS=\d+\n?/, '')).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.truncated.kept).toBe(result.hits.length);
    expect(result.summary.hits).toBeGreaterThan(1_000_000);
    expect(result.words).toBeGreaterThan(30_000_000);
    console.log(`200 MB .txt: ${result.summary.hits} hits, ${rssMB.toFixed(0)} MB peak RSS`);
    expect(rssMB).toBeLessThan(300);
  }, 300_000);

  test('as one JSONL record: skipped with a one-line reason, exit 2, under 300 MB', () => {
    const path = join(dir, 'line.jsonl');
    writeLine(path, '{"id": "huge", "text": "', UNIT, '"}\n');
    const { code, stdout, stderr, rssMB } = runCli(['scan', '--json', path]);
    const lines = stderr.replace(/maxRSS=\d+\n?/, '').trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^rhetoric-lens: .*line\.jsonl:1: a record over \d+ MB .*; skipped$/)]);
    expect(stdout).toBe('');
    expect(code).toBe(2);
    console.log(`200 MB JSONL record: ${rssMB.toFixed(0)} MB peak RSS`);
    expect(rssMB).toBeLessThan(300);
  }, 300_000);
});
