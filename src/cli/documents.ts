/**
 * The documents of a scan, read one at a time: files, folders (walked lazily,
 * in name order, for .txt, .html, .htm and .md files), JSONL files (one
 * document per line, pulled from a stream one chunk at a time) and standard
 * input. Only the current document and one chunk are held in memory, so a
 * 1 GB dump costs no more than its longest record.
 *
 * Whatever cannot be read (a file, a JSON line, a record without its text
 * field) becomes a `skipped` event with a one-line reason; the caller reports
 * it and goes on.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';
import { readHtml } from '../engine/html-text';

/** File types a folder walk picks up. Others (including .jsonl) are scanned only when named. */
export const FOLDER_EXTENSIONS = ['.txt', '.html', '.htm', '.md'];

export interface SourceDocument {
  /** The file it came from, or `-` for standard input. */
  input: string;
  /** For JSONL records: the record's `id` (a string or number), or else its line number. */
  id?: string | number;
  /** What the text is a copy of: a record's `url`, else a file: URL (see `documentUrl`). */
  url: string;
  title: string;
  /** The text to scan: the file as it is, or an HTML file's visible text. '' when `pieces` is set. */
  text: string;
  /**
   * A plain-text file too large to hold whole (over LARGE_FILE_BYTES): its
   * text in pieces, read as the scan goes (see scanPieces), so memory stays
   * flat however long the file or its lines.
   */
  pieces?: () => AsyncIterable<string>;
}

/** Plain-text files larger than this are scanned in pieces, never held whole. */
export const LARGE_FILE_BYTES = 16 * 1024 * 1024;
/** An HTML file must be parsed whole, so one larger than this is skipped. */
export const MAX_HTML_BYTES = 64 * 1024 * 1024;
/** A JSONL record (one line) longer than this, in characters, is skipped without being held: parsing it would hold it several times over. */
export const MAX_JSONL_LINE = 64 * 1024 * 1024;
/** The first block of a file, searched for NUL bytes: text files have none, binary files nearly always do. */
export const BINARY_PROBE_BYTES = 8 * 1024;

export type DocumentEvent = { kind: 'document'; doc: SourceDocument } | { kind: 'skipped'; input: string; reason: string };

export interface ReadOptions {
  /** The JSONL field that holds the text. */
  jsonlField: string;
  /** Whether standard input is JSONL (else one text document). */
  stdinIsJsonl: boolean;
  readStdin: () => string;
  stdinStream: () => Readable;
  /** Paths (resolved) never to read: the run's own output file. */
  exclude: Set<string>;
  /** Bytes read so far, for the progress bar. */
  counter: { bytes: number };
  /** Which JSONL records to read (the miner's --where); a record it refuses is passed over silently. */
  accept?: (record: Record<string, unknown>) => boolean;
}

export function isJsonl(path: string): boolean {
  return /\.(jsonl|ndjson)(\.gz)?$/i.test(path);
}

function isHtml(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.html' || ext === '.htm';
}

function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a directory';
  return (e.message ?? String(error)).split('\n')[0];
}

const fileUrl = (path: string) => (path === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(path)).href);


/** Whether a file's first block has a NUL byte: a binary file, not text. */
async function looksBinary(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const probe = Buffer.alloc(BINARY_PROBE_BYTES);
    const { bytesRead } = await handle.read(probe, 0, probe.length, 0);
    return probe.subarray(0, bytesRead).includes(0);
  } finally {
    await handle.close();
  }
}

/** A file's text in pieces of about 1 MB, decoded as UTF-8 (a character split across pieces stays whole). */
async function* piecesOf(path: string, counter?: { bytes: number }): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    if (counter) counter.bytes += (chunk as Buffer).length;
    const text = decoder.write(chunk as Buffer);
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

/** One file as one document. Invalid UTF-8 decodes to U+FFFD rather than failing. A binary file is skipped, a large text file read in pieces. */
export async function readTextDocument(path: string, counter?: { bytes: number }): Promise<DocumentEvent> {
  let raw: string;
  try {
    if (await looksBinary(path)) return { kind: 'skipped', input: path, reason: `a binary file (NUL bytes in its first ${BINARY_PROBE_BYTES / 1024} KB)` };
    const size = (await stat(path)).size;
    if (isHtml(path) && size > MAX_HTML_BYTES) return { kind: 'skipped', input: path, reason: `an HTML file over ${MAX_HTML_BYTES / 1024 / 1024} MB` };
    if (!isHtml(path) && size > LARGE_FILE_BYTES) {
      return { kind: 'document', doc: { input: path, url: fileUrl(path), title: basename(path), text: '', pieces: () => piecesOf(path, counter) } };
    }
    const bytes = await readFile(path);
    if (counter) counter.bytes += bytes.length;
    raw = bytes.toString('utf8');
  } catch (error) {
    return { kind: 'skipped', input: path, reason: reasonOf(error) };
  }
  const page = isHtml(path) ? readHtml(raw) : undefined;
  return {
    kind: 'document',
    doc: { input: path, url: fileUrl(path), title: page ? page.title : basename(path), text: page ? page.text : raw },
  };
}

/** Files under a folder, depth first in name order. Hidden entries are left out; symbolic links to folders are not followed (no cycles). */
async function* walk(dir: string, exclude: Set<string>): AsyncGenerator<{ kind: 'file'; path: string } | DocumentEvent> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'skipped', input: dir, reason: reasonOf(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path, exclude);
    else if (!FOLDER_EXTENSIONS.includes(extname(entry.name).toLowerCase()) || exclude.has(resolve(path))) continue;
    else if (entry.isFile()) yield { kind: 'file', path };
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      if (target?.isFile()) yield { kind: 'file', path };
    }
  }
}

/**
 * The lines of a stream, pulled one chunk at a time. (readline's async
 * iterator reads up to 1,024 lines ahead, which for long articles is
 * hundreds of megabytes.) A long line is collected in parts and joined once.
 */
export async function* linesOf(stream: Readable, maxLine = Infinity): AsyncGenerator<string | typeof TOO_LONG> {
  const decoder = new StringDecoder('utf8'); // invalid UTF-8 becomes U+FFFD, and a character split across chunks stays whole
  let parts: string[] = [];
  let length = 0;
  // A line past maxLine is dropped as it streams by, and stands as TOO_LONG: memory stays flat whatever its length.
  let tooLong = false;
  const add = (part: string) => {
    if (tooLong) return;
    length += part.length;
    if (length > maxLine) {
      tooLong = true;
      parts = [];
    } else parts.push(part);
  };
  const take = () => {
    const line = tooLong ? TOO_LONG : parts.length === 1 ? parts[0] : parts.join('');
    parts = [];
    length = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let start = 0;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
      add(text.slice(start, newline));
      const line = take();
      yield typeof line === 'string' && line.endsWith('\r') ? line.slice(0, -1) : line;
      start = newline + 1;
    }
    if (start < text.length) add(text.slice(start));
  }
  add(decoder.end());
  const last = take();
  if (last !== '') yield last;
}

/** What linesOf yields for a line longer than its maxLine. */
export const TOO_LONG = Symbol('line too long');

/** The records of a JSONL stream, line by line. A bad line is skipped; a stream error ends the file with one skip. */
async function* readJsonl(input: string, stream: Readable, options: ReadOptions, raw?: ReadStream): AsyncGenerator<DocumentEvent> {
  let lineNumber = 0;
  let counted = 0;
  const field = options.jsonlField;
  const lines = linesOf(stream, MAX_JSONL_LINE);
  for (;;) {
    let next: IteratorResult<string | typeof TOO_LONG>;
    try {
      next = await lines.next();
    } catch (error) {
      yield { kind: 'skipped', input: lineNumber > 0 ? `${input}:${lineNumber}` : input, reason: `${reasonOf(error)}; the rest of the file is skipped` };
      return;
    }
    if (next.done) return;
    let line = next.value;
    lineNumber++;
    if (raw) {
      options.counter.bytes += raw.bytesRead - counted;
      counted = raw.bytesRead;
    } else options.counter.bytes += typeof line === 'string' ? line.length + 1 : MAX_JSONL_LINE;
    if (line === TOO_LONG) {
      yield { kind: 'skipped', input: `${input}:${lineNumber}`, reason: `a record over ${MAX_JSONL_LINE / 1024 / 1024} MB (split it, or scan its text as a .txt file, which is read in pieces)` };
      continue;
    }
    if (lineNumber === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.trim() === '') continue;
    const where = `${input}:${lineNumber}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      yield { kind: 'skipped', input: where, reason: 'not valid JSON' };
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      yield { kind: 'skipped', input: where, reason: 'not a JSON object' };
      continue;
    }
    const fields = record as Record<string, unknown>;
    if (options.accept && !options.accept(fields)) continue;
    const text = fields[field];
    if (typeof text !== 'string') {
      yield { kind: 'skipped', input: where, reason: text === undefined ? `no "${field}" field` : `the "${field}" field is not a string` };
      continue;
    }
    const id = typeof fields.id === 'string' || typeof fields.id === 'number' ? fields.id : lineNumber;
    const url = typeof fields.url === 'string' && fields.url ? fields.url : `${fileUrl(input)}#${encodeURIComponent(String(id))}`;
    const title = typeof fields.title === 'string' ? fields.title : String(id);
    yield { kind: 'document', doc: { input, id, url, title, text } };
  }
}

function openJsonl(path: string, options: ReadOptions): AsyncGenerator<DocumentEvent> {
  const raw = createReadStream(path);
  if (!path.toLowerCase().endsWith('.gz')) return readJsonl(path, raw, options, raw);
  const gunzip = createGunzip();
  raw.on('error', (error) => gunzip.destroy(error)); // pipe() does not pass errors on: without this a read error would hang the run
  return readJsonl(path, raw.pipe(gunzip), options, raw);
}

export async function* readDocuments(paths: string[], options: ReadOptions): AsyncGenerator<DocumentEvent> {
  for (const path of paths) {
    if (path === '-') {
      if (options.stdinIsJsonl) yield* readJsonl('-', options.stdinStream(), options);
      else yield { kind: 'document', doc: { input: '-', url: fileUrl('-'), title: '', text: options.readStdin() } };
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { kind: 'skipped', input: path, reason: reasonOf(error) };
      continue;
    }
    if (info.isDirectory()) {
      for await (const event of walk(path, options.exclude)) {
        if (event.kind === 'file') yield await readTextDocument(event.path, options.counter);
        else yield event;
      }
    } else if (isJsonl(path)) yield* openJsonl(path, options);
    else yield await readTextDocument(path, options.counter);
  }
}
