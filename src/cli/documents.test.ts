import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { linesOf, readDocuments, type DocumentEvent, type ReadOptions } from './documents';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const options = (): ReadOptions => ({
  jsonlField: 'text',
  stdinIsJsonl: true,
  readStdin: () => '',
  stdinStream: () => Readable.from([]),
  exclude: new Set(),
  counter: { bytes: 0 },
});

describe('linesOf', () => {
  test.each([
    ['LF', ['a\nb\n'], ['a', 'b']],
    ['CRLF', ['a\r\nb\r\n'], ['a', 'b']],
    ['no final line break', ['a\nb'], ['a', 'b']],
    ['a line across many chunks', ['ab', 'cd', 'ef\ng', 'h'], ['abcdef', 'gh']],
    ['empty lines kept', ['\n\nx\n'], ['', '', 'x']],
  ])('%s', async (_, chunks, lines) => {
    expect(await collect(linesOf(Readable.from(chunks.map((c) => Buffer.from(c)))))).toEqual(lines);
  });

  test('a character split between chunks stays whole; invalid UTF-8 becomes U+FFFD', async () => {
    const bytes = Buffer.from('é€😀\n');
    const chunks = [...bytes].map((b) => Buffer.from([b])).concat([Buffer.from([0xff, 0x0a])]);
    expect(await collect(linesOf(Readable.from(chunks)))).toEqual(['é€😀', '\ufffd']);
  });
});

describe('readDocuments', () => {
  test('a damaged gzip archive keeps the records before the damage, then one skip', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-docs-'));
    const file = join(dir, 'broken.jsonl.gz');
    const records = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: i, text: `Record ${i} ${'filler '.repeat(20)}` })).join('\n');
    const zipped = gzipSync(records);
    writeFileSync(file, zipped.subarray(0, Math.floor(zipped.length / 2)));
    const events: DocumentEvent[] = await collect(readDocuments([file], options()));
    const documents = events.filter((e) => e.kind === 'document');
    const skips = events.filter((e) => e.kind === 'skipped');
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.length).toBeLessThan(2000);
    expect(skips).toHaveLength(1);
    expect(skips[0]).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/the rest of the file is skipped$/) });
  });

  test('standard input as JSONL: ids default to line numbers, urls to the file and id', async () => {
    const stdin = Readable.from([Buffer.from('{"text":"one"}\n{"text":"two","url":"https://e.org/2"}\n')]);
    const events = await collect(readDocuments(['-'], { ...options(), stdinStream: () => stdin }));
    expect(events.map((e) => e.kind === 'document' && [e.doc.id, e.doc.url])).toEqual([
      [1, 'file:///dev/stdin#1'],
      [2, 'https://e.org/2'],
    ]);
  });
});
