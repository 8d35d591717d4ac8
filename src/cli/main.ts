/**
 * The `rhetoric-lens` command line: the extension's engine over files, folders,
 * JSONL archives and standard input. `main` returns the exit code; nothing
 * here calls process.exit, so the tests can run it in-process.
 */
import type { Readable } from 'node:stream';
import { lexicon } from '../lexicon/index';
import { compileBuiltin } from '../lexicon/build';
import type { LexiconEntry } from '../core/types';
import { parseArgs, UsageError } from './args';
import { diffCommand } from './diff-command';
import { entryToMarkdown, filterEntries, lexiconToMarkdown, type EntryFilter } from './lexicon-view';
import { mineCommand, MINE_USAGE } from './mine-command';
import { scanCommand } from './scan-command';
import { getMatcher } from './scan-text';
import { wantsColor } from './style';

export { UsageError } from './args';
export { getMatcher, scanText, type DocumentResult } from './scan-text';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  /** Whether standard output is a terminal: human output is coloured only then. */
  isTTY: boolean;
  /** The environment, for NO_COLOR; without it, as if NO_COLOR were unset. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether human output may use colour: set by `main` from isTTY, NO_COLOR and --no-color. */
  color?: boolean;
  /** Standard input as a stream, for JSONL read line by line; without it, readStdin's text is used. */
  stdinStream?: () => Readable;
  /** Whether standard error is a terminal: the progress line is drawn only then. */
  stderrIsTTY?: boolean;
  /** Writes to standard error without a line break (the progress line redraws in place). */
  stderrRaw?: (text: string) => void;
  /** Resolves once standard output can take more (a slow pipe); results then never pile up in memory. */
  drain?: () => Promise<void> | void;
}

export const USAGE = `usage:
  rhetoric-lens scan [--format text|markdown|json|csv|annotation | --json] [--out FILE]
                     [--jsonl-field FIELD] [--url URL] [--quiet] PATH... | -
      PATH is a file, a folder (searched for .txt, .html, .htm, .md) or a .jsonl/.ndjson(.gz)
      archive, one JSON document a line with its text in FIELD (default "text"); - is standard
      input (JSONL when --jsonl-field is given). Results are written one document at a time.
      A record's "url" and "title" fields (or --url, for files) are the document's context:
      on a state outlet's site its common phrasing needs no marker nearby.
  rhetoric-lens diff [--json] A B                which state-media phrasing is in one text and not the other
${MINE_USAGE}
  rhetoric-lens lexicon [--json|--markdown] [--source S] [--technique T] [--tier signature|common]
  rhetoric-lens explain ID|PHRASE               print one entry

  Human output (text) is plain text, coloured on a terminal; --no-color or NO_COLOR=1 turns colour off.`;

async function lexiconCommand(args: string[], io: Io): Promise<number> {
  const { flags } = parseArgs(args, ['--source', '--technique', '--tier'], ['--json', '--markdown']);
  const filter: EntryFilter = {
    source: flags['--source'] as string | undefined,
    technique: flags['--technique'] as string | undefined,
    tier: flags['--tier'] as string | undefined,
  };
  const entries = filterEntries(lexicon, filter);
  if (flags['--json']) io.stdout(JSON.stringify(entries, null, 2));
  else if (flags['--markdown']) io.stdout(lexiconToMarkdown(entries, (await compileBuiltin()).version));
  else for (const entry of entries) io.stdout(`${entry.id}\t${entry.sources.join(',')}\t${entry.tier}\t${entry.phrase}`);
  return 0;
}

export async function findEntry(query: string): Promise<LexiconEntry | undefined> {
  const byId = lexicon.find((e) => e.id === query);
  if (byId) return byId;
  const m = await getMatcher();
  const hit = m.scan(query).hits.find((h) => h.start === 0 || query.slice(0, h.start).trim() === '');
  return hit ? lexicon.find((e) => e.id === m.entries[hit.entry].id) : undefined;
}

async function explainCommand(args: string[], io: Io): Promise<number> {
  const { flags, positional } = parseArgs(args, [], ['--json']);
  const query = positional.join(' ').trim();
  if (!query) throw new UsageError('explain needs an entry id or a phrase');
  const entry = await findEntry(query);
  if (!entry) throw new UsageError(`no entry matches "${query}"; try: rhetoric-lens lexicon`);
  io.stdout(flags['--json'] ? JSON.stringify(entry, null, 2) : entryToMarkdown(entry));
  return 0;
}

/** Takes the global --no-color out of the arguments (anywhere before `--`). */
function withoutNoColor(argv: string[]): { args: string[]; noColor: boolean } {
  const end = argv.indexOf('--');
  const head = end < 0 ? argv : argv.slice(0, end);
  const tail = end < 0 ? [] : argv.slice(end);
  const args = [...head.filter((a) => a !== '--no-color'), ...tail];
  return { args, noColor: args.length !== argv.length };
}

export async function main(argv: string[], given: Io): Promise<number> {
  const { args, noColor } = withoutNoColor(argv);
  const io: Io = { ...given, color: wantsColor(given.isTTY, given.env ?? {}, noColor) };
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(rest, io);
      case 'lexicon':
        return await lexiconCommand(rest, io);
      case 'explain':
        return await explainCommand(rest, io);
      case 'diff':
        return await diffCommand(rest, io);
      case 'mine':
        return await mineCommand(rest, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        (command === undefined ? io.stderr : io.stdout)(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    // Every failure, expected or not, is one line and exit 2: the README promises it, and a stack trace helps no reader.
    io.stderr(`rhetoric-lens: ${failureLine(error)}`);
    return 2;
  }
}

/** One line for any thrown value: a usage error's message as it is; anything else its first line and its kind. */
export function failureLine(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0].trim() || 'unexpected failure';
  const kind = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.name) : '';
  return kind && kind !== 'Error' ? `${message} (${kind})` : message;
}
