import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { Io } from './io';
import { main } from './main';
import { filler, knownSentences, type KnownSentence } from '../../tests/support/test-archive';

interface Run {
  code: number;
  out: string;
  err: string;
  raw: string;
}

async function run(args: string[], extra: Partial<Io> = {}): Promise<Run> {
  const result = { code: 0, out: '', err: '', raw: '' };
  const io: Io = {
    stdout: (t) => (result.out += `${t}\n`),
    stderr: (t) => (result.err += `${t}\n`),
    readStdin: () => '',
    isTTY: false,
    stderrRaw: (t) => (result.raw += t),
    ...extra,
  };
  result.code = await main(args, io);
  return result;
}

const jsonLines = (text: string) => text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));

const dir = mkdtempSync(join(tmpdir(), 'rl-batch-'));
let known: KnownSentence[];

beforeAll(async () => {
  known = await knownSentences(3);
}, 120_000);

describe('scan over folders', () => {
  test('walks a folder in name order for .txt, .html, .htm and .md, and nothing else', async () => {
    const root = join(dir, 'folder');
    mkdirSync(join(root, 'b', 'deeper'), { recursive: true });
    mkdirSync(join(root, '.hidden'));
    writeFileSync(join(root, 'a.txt'), `${filler(10, 0)} ${known[0].sentence}`);
    writeFileSync(join(root, 'b', 'c.html'), `<html><head><title>C</title></head><body><p>${known[1].sentence}</p></body></html>`);
    writeFileSync(join(root, 'b', 'deeper', 'd.md'), `# Notes\n\n${known[2].sentence}\n`);
    writeFileSync(join(root, 'b', 'e.HTM'), `<p>${filler(5, 1)}</p>`);
    writeFileSync(join(root, 'skip.json'), JSON.stringify({ text: known[0].sentence }));
    writeFileSync(join(root, '.hidden', 'x.txt'), known[0].sentence);
    const { code, out, err } = await run(['scan', '--json', root]);
    expect(code).toBe(0);
    const results = jsonLines(out);
    expect(results.map((r) => r.input.slice(root.length + 1))).toEqual(['a.txt', 'b/c.html', 'b/deeper/d.md', 'b/e.HTM']);
    expect(results.map((r) => r.hits.map((h: { id: string }) => h.id))).toEqual([[known[0].id], [known[1].id], [known[2].id], []]);
    // Several documents and stdout is the data: the summary goes to stderr.
    expect(err).toMatch(/documents scanned +4 \(from 4 files\)/);
  });

  test('an empty folder is nothing to scan: exit 2 and one line', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const { code, out, err } = await run(['scan', empty]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toEqual([expect.stringMatching(/nothing to scan/)]);
  });
});

describe('scan over JSONL', () => {
  const lines = () => [
    JSON.stringify({ id: 'first', text: known[0].sentence, url: 'https://example.org/1', title: 'One' }),
    'this is not JSON',
    JSON.stringify({ id: 7, body: known[1].sentence }),
    '',
    JSON.stringify({ text: `${known[1].sentence} ${filler(8, 2)} ${known[1].sentence}` }),
    JSON.stringify(['an', 'array']),
    JSON.stringify({ text: 42 }),
  ];

  test('one result per good line; bad lines are reported in one line each and skipped; exit 0', async () => {
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, `\ufeff${lines().join('\n')}\n`);
    const { code, out, err } = await run(['scan', '--json', file]);
    expect(code).toBe(0);
    const results = jsonLines(out);
    expect(results.map((r) => [r.input, r.id, r.hits.length])).toEqual([
      [file, 'first', 1],
      [file, 5, 2],
    ]);
    expect(Object.keys(results[0])).toEqual(['input', 'id', 'words', 'hits', 'summary']);
    const problems = err.split('\n').filter((l) => l.startsWith('rhetoric-lens:'));
    expect(problems).toEqual([
      `rhetoric-lens: ${file}:2: not valid JSON; skipped`,
      `rhetoric-lens: ${file}:3: no "text" field; skipped`,
      `rhetoric-lens: ${file}:6: not a JSON object; skipped`,
      `rhetoric-lens: ${file}:7: the "text" field is not a string; skipped`,
    ]);
    expect(err).toMatch(/skipped +4/);
  });

  test('--jsonl-field names the text field; gzip archives are read too', async () => {
    const file = join(dir, 'body.jsonl.gz');
    writeFileSync(file, gzipSync(`${lines().join('\n')}\n`));
    const { code, out } = await run(['scan', '--json', '--jsonl-field', 'body', file]);
    expect(code).toBe(0);
    expect(jsonLines(out).map((r) => [r.id, r.hits.map((h: { id: string }) => h.id)])).toEqual([[7, [known[1].id]]]);
  });

  test('nothing readable: exit 2', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, 'nope\n{"title": "no text"}\n');
    const { code, out, err } = await run(['scan', file]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(2);
  });

  test('invalid UTF-8 is decoded lossily, not fatal', async () => {
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0xff]), Buffer.from(` ${known[0].sentence}`)]));
    const [result] = jsonLines((await run(['scan', '--json', file])).out);
    expect(result.hits.map((h: { id: string }) => h.id)).toEqual([known[0].id]);
    expect(result.hits[0].match.length).toBeGreaterThan(0);
  });
});

describe('--out, the summary and the exports', () => {
  test('--out writes one JSON line per document; the summary goes to stdout', async () => {
    const archive = join(dir, 'out-archive.jsonl');
    writeFileSync(archive, [0, 1, 2].map((i) => JSON.stringify({ id: i, text: `${filler(6, i)} ${known[i].sentence}` })).join('\n'));
    const out = join(dir, 'results.jsonl');
    const result = await run(['scan', '--out', out, archive]);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(jsonLines(readFileSync(out, 'utf8')).map((r) => r.hits[0].id)).toEqual(known.map((k) => k.id));
    expect(result.out).toMatch(/^Rhetoric Lens scan summary\n/);
    expect(result.out).toMatch(/documents scanned +3 \(from 1 file\)/);
    expect(result.out).toMatch(/hits per 1,000 words +\d+\.\d\d/);
    expect(result.out).toMatch(/by family\n {4}(KCNA|PRC state media|Russian state media) +\d+\n/);
    // Top entries by their phrase, never their id.
    for (const k of known) expect(result.out.split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^ {4}${k.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +1 +1$`)));
    for (const k of known) if (k.id !== k.phrase) expect(result.out).not.toContain(k.id);
  });

  test('--format csv writes one header and a row per hit, with the document and id', async () => {
    const archive = join(dir, 'csv.jsonl');
    writeFileSync(archive, [JSON.stringify({ id: 'a', text: known[0].sentence }), JSON.stringify({ id: 'b', text: 'Nothing.' }), JSON.stringify({ id: 'c', text: known[1].sentence })].join('\n'));
    const { out } = await run(['scan', '--format', 'csv', archive]);
    const rows = out.split('\r\n');
    expect(rows[0]).toBe('input,id,entry,phrase,match,sources,techniques,voice,sentence');
    expect(rows.slice(1, -1).map((r) => r.split(',').slice(0, 3))).toEqual([
      [archive, 'a', known[0].id],
      [archive, 'c', known[1].id],
    ]);
    expect(rows.at(-1)).toBe('');
  });

  test('--format annotation writes one AnnotationPage per document, one per line', async () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, `<html><head><title>A page</title></head><body><p>${filler(4, 0)}</p><p>${known[0].sentence}</p></body></html>`);
    const { code, out } = await run(['scan', '--format', 'annotation', file]);
    expect(code).toBe(0);
    const [page] = jsonLines(out);
    expect(page).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', partOf: { label: 'A page', total: 1 } });
    expect(page.items[0].target.source).toBe(`file://${file}`);
    expect(page.items[0].target.selector[0].exact.length).toBeGreaterThan(0);
    expect(page.items[0].body[1].value).toBe(known[0].id);
  });

  test('--format markdown writes one report per document', async () => {
    const file = join(dir, 'report.txt');
    writeFileSync(file, known[2].sentence);
    const { out } = await run(['scan', '--format', 'markdown', file]);
    expect(out).toMatch(/^# Rhetoric Lens report: report\.txt/);
    expect(out).toContain(`\`${known[2].id}\``);
  });

  test.each([
    [['scan', '--format', 'pdf', '-'], /unknown format "pdf"/],
    [['scan', '--json', '--format', 'csv', '-'], /disagree/],
    [['scan', '-', '-'], /only once/],
    [['scan', '--out', '/no/such/dir/out.jsonl', '-'], /cannot write \/no\/such\/dir\/out.jsonl: ENOENT/],
    [['scan', '--jsonl-field'], /--jsonl-field needs a value/],
  ])('bad usage %j exits 2 with one line', async (args, message) => {
    const { code, out, err } = await run(args as string[]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });
});

describe('progress and streaming', () => {
  test('a progress line on a terminal’s stderr only, cleared at the end', async () => {
    const archive = join(dir, 'progress.jsonl');
    writeFileSync(archive, Array.from({ length: 50 }, (_, i) => JSON.stringify({ text: filler(30, i) })).join('\n'));
    let clock = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 300));
    try {
      const tty = await run(['scan', '--out', join(dir, 'p.jsonl'), archive], { stderrIsTTY: true });
      expect(tty.raw).toMatch(/\r\x1b\[K\[#*-*\] \d+% [\d,]+ docs · /);
      expect(tty.raw.endsWith('\r\x1b[K')).toBe(true);
      const piped = await run(['scan', '--out', join(dir, 'p.jsonl'), archive], { stderrIsTTY: false });
      expect(piped.raw).toBe('');
      const quiet = await run(['scan', '--quiet', '--out', join(dir, 'p.jsonl'), archive], { stderrIsTTY: true });
      expect(quiet.raw).toBe('');
      expect(quiet.out).toBe('');
    } finally {
      vi.restoreAllMocks();
    }
  });

  test('results are written as documents arrive, before the input ends', async () => {
    const stdin = new PassThrough();
    const written: string[] = [];
    const io: Io = { stdout: (t) => written.push(t), stderr: () => {}, readStdin: () => '', isTTY: false, stdinStream: () => stdin };
    const done = main(['scan', '--json', '--jsonl-field', 'text', '-'], io);
    for (let i = 0; i < 3; i++) {
      stdin.write(`${JSON.stringify({ id: i, text: known[i].sentence })}\n`);
      await vi.waitFor(() => expect(written).toHaveLength(i + 1));
      expect(JSON.parse(written[i]).hits[0].id).toBe(known[i].id);
    }
    stdin.end();
    expect(await done).toBe(0);
  });
});

describe('a generated archive of 10,000 documents', () => {
  test('counts every known phrase, with memory that stays flat', async () => {
    const DOCUMENTS = 10_000;
    const archive = join(dir, 'archive.jsonl');
    const expected = new Map<string, number>();
    let expectedHits = 0;
    const stream = createWriteStream(archive);
    for (let i = 0; i < DOCUMENTS; i++) {
      const k = known[i % known.length];
      const repeats = i % 3; // 0, 1 or 2 known phrases a document
      const parts = [filler(60, i)];
      for (let r = 0; r < repeats; r++) parts.push(k.sentence, filler(40, i + r));
      expected.set(k.id, (expected.get(k.id) ?? 0) + repeats);
      expectedHits += repeats;
      if (!stream.write(`${JSON.stringify({ id: `doc-${i}`, text: parts.join(' ') })}\n`)) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'finish');

    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    const out = join(dir, 'archive-results.jsonl');
    const result = await run(['scan', '--out', out, archive]);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    gc?.();
    const after = process.memoryUsage().heapUsed;

    expect(result.code).toBe(0);
    expect(result.out).toMatch(/documents scanned +10,000 \(from 1 file\)/);
    expect(result.out).toContain(`hits                  ${expectedHits.toLocaleString('en-US')} in `);

    const counts = new Map<string, number>();
    let documents = 0;
    for (const line of readFileSync(out, 'utf8').split('\n')) {
      if (!line) continue;
      documents++;
      for (const hit of JSON.parse(line).hits) counts.set(hit.id, (counts.get(hit.id) ?? 0) + 1);
    }
    expect(documents).toBe(DOCUMENTS);
    expect(counts).toEqual(new Map([...expected].filter(([, n]) => n > 0)));

    // The bound the issue sets. Measured: the peak grows by about 10 MB over the
    // run (7 MB archive, 5 MB of results). That results leave before the input
    // ends is the streaming test's job; memory on GB-sized dumps is measured by hand.
    const MB = 1024 * 1024;
    expect((peak - before) / MB).toBeLessThan(100);
    expect((after - before) / MB).toBeLessThan(100);
  }, 120_000);
});
