/**
 * The CLI on hostile input: `--` ends the options, files that are not regular
 * files are refused by name instead of read (a FIFO would hang), binary files
 * are skipped with a warning, any failure is exit 2 and one line, and a
 * document with a huge number of hits keeps at most MAX_KEPT_HITS of them,
 * saying so, while its summary counts them all.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { runCli } from '../../tests/support/test-run';
import * as scanText from '../engine/scan-text';
import { MAX_KEPT_HITS } from './scan-pieces';

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'rl-cli-robust-'));
const SAMPLE = 'They dance to the tune of others.';

describe('arguments', () => {
  test('-- ends the options: what follows is a path, even when it looks like an option', async () => {
    expect(await run(['scan', '--', '--json'])).toEqual({ code: 2, out: '', err: 'rhetoric-lens: cannot read --json: no such file\n' });
    expect(await run(['scan', '--json'])).toEqual({ code: 2, out: '', err: 'rhetoric-lens: scan needs at least one FILE or FOLDER, or - for standard input\n' });
    const file = join(dir, 'plain-for-dashes.txt');
    writeFileSync(file, SAMPLE);
    const { code, out, err } = await run(['scan', '--json', '--', file]);
    expect([code, err]).toEqual([0, '']);
    expect(JSON.parse(out).input).toBe(file);
  }, 120_000); // the first scan compiles the lexicon

  test('a FIFO named on the command line is refused with a message, not read', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const { code, out, err } = await run(['scan', fifo]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`rhetoric-lens: ${fifo} is not a regular file (a FIFO); name a file or a folder\n`);
  });

  test('a device is refused the same way', async () => {
    expect(await run(['scan', '/dev/null'])).toMatchObject({ code: 2, err: 'rhetoric-lens: /dev/null is not a regular file (a device); name a file or a folder\n' });
  });
});

describe('binary files', () => {
  test('a file with NUL bytes in its first block is skipped with a warning; the others are scanned', async () => {
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, Buffer.concat([Buffer.from('They dance to the tune of others.'), Buffer.from([0, 1, 2, 0]), Buffer.alloc(100)]));
    const text = join(dir, 'plain.txt');
    writeFileSync(text, SAMPLE);
    const { code, out, err } = await run(['scan', '--json', binary, text]);
    expect(code).toBe(0);
    expect(err).toContain(`rhetoric-lens: ${binary}: a binary file (NUL bytes in its first 8 KB); skipped`);
    expect(out.trim().split('\n').map((line) => JSON.parse(line).input)).toEqual([text]);
  });
});

describe('failures', () => {
  test('an unexpected error is exit 2 and one line, without a stack trace', async () => {
    vi.spyOn(scanText, 'scanText').mockRejectedValueOnce(new RangeError('Invalid string length'));
    const file = join(dir, 'x.txt');
    writeFileSync(file, SAMPLE);
    const { code, err } = await run(['scan', '--json', file]);
    vi.restoreAllMocks();
    expect(code).toBe(2);
    expect(err).toBe('rhetoric-lens: Invalid string length (RangeError)\n');
  });
});

describe('a document with very many hits', () => {
  test.each(['json', 'text', 'csv', 'markdown', 'annotation'])('%s: the hits kept are capped, with a note, and the summary counts them all', async (format) => {
    const copies = MAX_KEPT_HITS + 500;
    const text = `${SAMPLE} `.repeat(copies);
    const file = join(dir, `many-${format}.txt`);
    writeFileSync(file, text);
    const { code, out, err } = await run(['scan', '--format', format, '--quiet', file]);
    expect(code).toBe(0);
    expect(err).toBe('');
    if (format === 'json') {
      const result = JSON.parse(out);
      expect(result.hits).toHaveLength(MAX_KEPT_HITS);
      expect(result.summary.hits).toBe(copies);
      expect(result.truncated).toEqual({ hits: copies, kept: MAX_KEPT_HITS });
      const last = result.hits.at(-1);
      expect(text.slice(last.start, last.end)).toBe(last.match);
    } else if (format === 'csv') {
      expect(out.trim().split('\n')).toHaveLength(MAX_KEPT_HITS + 1);
    } else if (format === 'annotation') {
      expect(JSON.parse(out).items).toHaveLength(MAX_KEPT_HITS);
    } else {
      expect(out).toContain(`${(copies - MAX_KEPT_HITS).toLocaleString('en-US')} more hits are not listed`);
    }
  }, 60_000);
});

describe('scanPieces', () => {
  test('hits, offsets and quoted stretches agree with a scan of the whole text', async () => {
    const { scanPieces, slicesOf, PIECE_CHARS } = await import('./scan-pieces');
    const neutral = 'The council met on Tuesday to discuss the budget for schools, roads and the new library, and the members agreed to meet again next month. ';
    const sentence = `${neutral}${neutral}They dance to the tune of others. `;
    const text = sentence.repeat(Math.ceil((2.5 * PIECE_CHARS) / sentence.length));
    // A quotation in the third piece, by the document's structure: its hit is quoted there, in either scan.
    const at = text.indexOf('They dance', 2 * PIECE_CHARS + 1000);
    const context = { quoted: [{ start: at, end: at + 34 }] };
    const whole = await scanText.scanText('t', text, undefined, context);
    const pieces = await scanPieces('t', slicesOf(text), undefined, context);
    expect(whole.hits.length).toBeLessThan(MAX_KEPT_HITS);
    expect(pieces.result.words).toBe(whole.words);
    expect(pieces.result.summary).toEqual(whole.summary);
    expect(pieces.result.hits.map((h) => [h.start, h.end, h.voice])).toEqual(whole.hits.map((h) => [h.start, h.end, h.voice]));
    expect(pieces.result.hits.filter((h) => h.voice === 'quoted').map((h) => h.start)).toEqual([at + 5]);
    for (const hit of pieces.result.hits.slice(-3)) expect(text.slice(hit.start, hit.end)).toBe(hit.match);
    expect(pieces.exportHits!.at(-1)!.position).toEqual([pieces.result.hits.at(-1)!.start, pieces.result.hits.at(-1)!.end]);
  }, 120_000);
});
