/**
 * `rhetoric-lens scan`: files, folders, JSONL archives or standard input, one
 * document at a time, each result written as soon as it is ready.
 *
 * Without --format (or --json), the format follows the --out file's extension
 * (.jsonl/.ndjson/.json → json, .csv, .md → markdown, .jsonld → annotation),
 * and is `text` otherwise: plain text for people, coloured on a terminal
 * (never Markdown; that is --format markdown).
 *
 * Exit status: 0 when at least one document was scanned, even if others were
 * skipped (each skip is one line on standard error); 2 on bad usage, when a
 * path named on the command line does not exist, or when nothing at all
 * could be scanned.
 */
import { existsSync, statSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { getMatcher, scanText } from '../engine/scan-text';
import type { ExportDocument } from '../export/export-document';
import { fromScanResult } from '../export/from-scan-result';
import { EXPORT_FORMATS, isExportFormat } from '../export/index';
import { csvFields, csvRecord, CSV_COLUMNS } from '../export/to-csv';
import { toAnnotationPage } from '../export/to-annotations';
import { toMarkdown } from '../export/to-markdown';
import { lexicon } from '../lexicon/index';
import { parseArgs, UsageError } from './args';
import { BatchTotals } from './batch-totals';
import { FOLDER_EXTENSIONS, isJsonl, readDocuments, type SourceDocument } from './documents';
import { formatHuman } from './format-human';
import type { Io } from './io';
import { fileOutput, stdoutOutput } from './output';
import { Progress } from './progress';
import { capHits, LARGE_TEXT_CHARS, MAX_KEPT_HITS, PIECE_CHARS, scanPieces, slicesOf, type ScannedDocument, type ScanResultOut } from './scan-pieces';
import { ScanPool } from './scan-pool';
import { makeStyle, type Style } from './style';

/** Text for people, then every export format (src/export/index.ts); the renderer below must handle each. */
export type ScanFormat = 'text' | keyof typeof EXPORT_FORMATS;
export const SCAN_FORMATS: readonly ScanFormat[] = ['text', ...(Object.keys(EXPORT_FORMATS) as (keyof typeof EXPORT_FORMATS)[])];

/** CLI CSV: the export's columns after the document's file and JSONL id, so that one file holds a whole run. */
export const BATCH_CSV_COLUMNS = ['input', 'id', ...CSV_COLUMNS];

/** The lines to write for one document, without their final line break; undefined writes nothing. */
type Render = (scanned: ScannedDocument, doc: SourceDocument) => string | undefined;

/** The line that says a document's hits were capped, or ''. */
function truncationNote(result: ScanResultOut): string {
  const t = result.truncated;
  return t ? `${(t.hits - t.kept).toLocaleString('en-US')} more hits are not listed (at most ${MAX_KEPT_HITS.toLocaleString('en-US')} a document); the summary counts all ${t.hits.toLocaleString('en-US')}.` : '';
}

function renderer(format: ScanFormat, style: Style, lexiconVersion: string): Render {
  const exported = ({ result, exportHits }: ScannedDocument, doc: SourceDocument): ExportDocument => {
    const meta = { url: doc.url, title: doc.title, time: new Date().toISOString(), lexiconVersion };
    // A document read in pieces was never held whole: its hits were made ready for export piece by piece.
    return exportHits ? { ...meta, words: result.words, input: result.input, hits: exportHits } : fromScanResult(result, doc.text, meta);
  };
  switch (format) {
    case 'text':
      return (scanned) => {
        const note = truncationNote(scanned.result);
        return formatHuman(scanned.result, scanned.text, style) + (note ? `\n  ${note}` : '');
      };
    case 'json':
      return ({ result }) => JSON.stringify(result);
    case 'csv': {
      let header = csvRecord(BATCH_CSV_COLUMNS);
      return (result, doc) => {
        const rows = exported(result, doc).hits.map((hit) => csvRecord([doc.input, doc.id === undefined ? '' : String(doc.id), ...csvFields(hit)]));
        const text = header + rows.join('');
        header = '';
        return text === '' ? undefined : text.slice(0, -1); // the output adds the last \n of the CRLF
      };
    }
    case 'markdown': {
      let first = true;
      return (scanned, doc) => {
        const note = truncationNote(scanned.result);
        const report = toMarkdown(exported(scanned, doc), lexicon).trimEnd() + (note ? `\n\n_${note}_` : '');
        const text = first ? report : `\n${report}`;
        first = false;
        return text;
      };
    }
    case 'annotation':
      return (result, doc) => JSON.stringify(toAnnotationPage(exported(result, doc), lexicon));
  }
}

/** The format an output file's name asks for, when --format does not say: results.jsonl is JSON, report.md Markdown… */
export function formatOfFile(path: string): ScanFormat | undefined {
  const extension = extname(path).toLowerCase().slice(1);
  // JSON results are written one document a line, as JSON Lines.
  if (extension === 'jsonl' || extension === 'ndjson') return 'json';
  return Object.keys(EXPORT_FORMATS).filter(isExportFormat).find((name) => EXPORT_FORMATS[name].extension === extension);
}

/** What a path named on the command line is when it is neither a file nor a folder, or undefined. */
function specialKind(info: Stats): string | undefined {
  if (info.isFile() || info.isDirectory()) return undefined;
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

/** Bytes to read in all, when every input is a file named on the command line; else undefined. */
function totalBytes(paths: string[]): number | undefined {
  let total = 0;
  for (const path of paths) {
    if (path === '-') return undefined;
    const info = statSync(path);
    if (info.isDirectory()) return undefined;
    total += info.size;
  }
  return total;
}

/** --jobs: how many worker threads scan a batch; one per core by default, where the command has its worker. */
function jobsOf(flag: string | true | undefined, io: Io): number {
  if (flag === undefined) return io.scanWorker ? availableParallelism() : 1;
  const jobs = Number(flag);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number of at least 1, not "${flag}"`);
  return io.scanWorker ? jobs : 1;
}

/** One input's outcome, in input order: a skip to report, or a document scanned. */
type Step = { kind: 'skipped'; input: string; reason: string } | { kind: 'scanned'; scanned: ScannedDocument; doc: SourceDocument };

export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { flags, positional } = parseArgs(args, ['--format', '--out', '--jsonl-field', '--url', '--jobs'], ['--json', '--quiet']);
  const jobs = jobsOf(flags['--jobs'], io);
  const givenUrl = flags['--url'] as string | undefined;
  const outPath = flags['--out'] as string | undefined;
  const format = (flags['--json'] ? 'json' : (flags['--format'] ?? (outPath && formatOfFile(outPath)) ?? 'text')) as ScanFormat;
  if (!SCAN_FORMATS.includes(format)) throw new UsageError(`unknown format "${format}"; use ${SCAN_FORMATS.join(', ')}`);
  if (flags['--json'] && flags['--format'] && flags['--format'] !== 'json') throw new UsageError('--json and --format disagree');
  if (positional.length === 0) throw new UsageError('scan needs at least one FILE or FOLDER, or - for standard input');
  if (positional.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be named only once');
  // A path that does not exist is a typo: fail before any output, as a usage error.
  for (const path of positional) if (path !== '-' && !existsSync(path)) throw new UsageError(`cannot read ${path}: no such file`);
  // Reading a FIFO or a device would wait for a writer, or never end: name it instead.
  for (const path of positional) {
    const kind = path === '-' ? undefined : specialKind(statSync(path));
    if (kind) throw new UsageError(`${path} is not a regular file (${kind}); name a file or a folder`);
  }

  const output = outPath ? fileOutput(outPath) : stdoutOutput(io);
  const quiet = Boolean(flags['--quiet']);
  const lexiconVersion = (await getMatcher()).version;
  const render = renderer(format, makeStyle(!outPath && Boolean(io.color)), lexiconVersion);
  const counter = { bytes: 0 };
  const progress = new Progress(io.stderrIsTTY && !quiet ? io.stderrRaw : undefined, totalBytes(positional));
  const totals = new BatchTotals();
  const jsonlField = (flags['--jsonl-field'] as string | undefined) ?? 'text';

  const documents = readDocuments(positional, {
    jsonlField,
    stdinIsJsonl: flags['--jsonl-field'] !== undefined,
    readStdin: io.readStdin,
    stdinStream: io.stdinStream ?? (() => Readable.from([io.readStdin()])),
    exclude: new Set(outPath ? [resolve(outPath)] : []),
    counter,
  });
  // A batch (a folder, an archive, several files) is scanned by worker threads; results are still written in input order.
  const batchInput = positional.length > 1 || flags['--jsonl-field'] !== undefined || positional.some((p) => p !== '-' && (isJsonl(p) || statSync(p).isDirectory()));
  const pool = jobs > 1 && batchInput && io.scanWorker ? new ScanPool(io.scanWorker, jobs) : undefined;
  /** Documents in flight at most: enough to keep every worker busy, few enough that memory stays flat. */
  const inFlight = pool ? jobs * 4 : 0;

  const start = (doc: SourceDocument): Promise<ScannedDocument> => {
    // The page's address as context: a JSONL record's own `url`, else --url, never the file: URL of a local copy.
    const url = doc.id !== undefined && !doc.url.startsWith('file:') ? doc.url : (givenUrl ?? (doc.url.startsWith('file:') ? undefined : doc.url));
    const context = { url, title: doc.title || undefined };
    // A long document is scanned in pieces and its hits capped, so memory stays flat however large it is.
    if (doc.pieces) return scanPieces(doc.input, doc.pieces(), doc.id, context);
    if (doc.text.length > LARGE_TEXT_CHARS) return scanPieces(doc.input, slicesOf(doc.text), doc.id, context);
    // A worker takes a document of up to a piece; a longer one stays here rather than be copied.
    if (pool && doc.text.length <= PIECE_CHARS) return pool.scan(doc.input, doc.text, doc.id, context).then((result) => ({ result, text: doc.text }));
    return scanText(doc.input, doc.text, doc.id, context).then((result) => ({ result: capHits(result), text: doc.text }));
  };
  const finish = async (step: Step) => {
    if (step.kind === 'skipped') {
      progress.clear();
      io.stderr(`rhetoric-lens: ${step.input}: ${step.reason}; skipped`);
      totals.skipped++;
      return;
    }
    const text = render(step.scanned, step.doc);
    if (text !== undefined) await output.line(text);
    totals.add(step.scanned.result);
    progress.update(totals, counter.bytes);
  };
  const window: Promise<Step>[] = [];
  try {
    for await (const event of documents) {
      const step: Promise<Step> =
        event.kind === 'skipped'
          ? Promise.resolve({ kind: 'skipped', input: event.input, reason: event.reason })
          : start(event.doc).then((scanned) => ({ kind: 'scanned', scanned, doc: event.doc }));
      step.catch(() => {}); // its failure is thrown where it is awaited, in order
      window.push(step);
      while (window.length > inFlight) await finish(await window.shift()!);
    }
    while (window.length > 0) await finish(await window.shift()!);
  } finally {
    progress.clear();
    await Promise.all([output.close(), pool?.close()]);
  }

  if (totals.documents === 0) {
    if (totals.skipped === 0) io.stderr(`rhetoric-lens: nothing to scan (folders are searched for ${FOLDER_EXTENSIONS.join(', ')} files; JSONL files must be named)`);
    return 2;
  }
  const batch = outPath !== undefined || totals.documents > 1 || positional.some((p) => p !== '-' && (isJsonl(p) || statSync(p).isDirectory()));
  if (batch && !quiet) (outPath ? io.stdout : io.stderr)(totals.format());
  return 0;
}
