/**
 * The `rhetoric-lens` command line: the extension's engine over files, folders,
 * JSONL archives and standard input. `main` returns the exit code; nothing
 * here calls process.exit, so the tests can run it in-process.
 */
import type { Readable } from 'node:stream';
import { lexicon } from '../lexicon/index';
import { compileBuiltin } from '../lexicon/build';
import type { LexiconEntry } from '../core/types';
import { FAMILIES } from '../lexicon/families';
import { parseArgs, UsageError } from './args';
import { diffCommand } from './diff-command';
import { entryToMarkdown, entryToText, filterEntries, lexiconToMarkdown, lexiconToText, type EntryFilter } from './lexicon-view';
import { mineCommand, MINE_USAGE } from './mine-command';
import { scanCommand } from './scan-command';
import { getMatcher } from './scan-text';
import { makeStyle, wantsColor } from './style';

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
  rhetoric-lens lexicon [--format text|markdown|json] [--source S] [--technique T] [--tier signature|common]
  rhetoric-lens explain [--format text|markdown|json] ID|TEXT
      the entries TEXT holds (anything scan would match, e.g. "the Juche idea"), or one entry by ID

  Human output (text) is plain text, coloured on a terminal; --no-color or NO_COLOR=1 turns colour off.
  --json is short for --format json; lexicon also takes --markdown.`;

/** The format of a command that prints entries: --format, or the older --json and --markdown flags; text by default. */
function entryFormat(flags: Record<string, string | true>): 'text' | 'markdown' | 'json' {
  const format = (flags['--format'] ?? (flags['--json'] ? 'json' : flags['--markdown'] ? 'markdown' : 'text')) as string;
  if (format !== 'text' && format !== 'markdown' && format !== 'json') throw new UsageError(`unknown format "${format}"; use text, markdown or json`);
  if ((flags['--json'] && format !== 'json') || (flags['--markdown'] && format !== 'markdown') || (flags['--json'] && flags['--markdown'])) {
    throw new UsageError('--format, --json and --markdown disagree');
  }
  return format;
}

async function lexiconCommand(args: string[], io: Io): Promise<number> {
  const { flags, positional } = parseArgs(args, ['--source', '--technique', '--tier', '--format'], ['--json', '--markdown']);
  if (positional.length > 0) throw new UsageError(`lexicon takes no arguments (got "${positional[0]}"); to look an entry up: rhetoric-lens explain`);
  const format = entryFormat(flags);
  const filter: EntryFilter = {
    source: flags['--source'] as string | undefined,
    technique: flags['--technique'] as string | undefined,
    tier: flags['--tier'] as string | undefined,
  };
  const entries = filterEntries(lexicon, filter);
  if (format === 'json') io.stdout(JSON.stringify(entries, null, 2));
  else if (format === 'markdown') io.stdout(lexiconToMarkdown(entries, (await compileBuiltin()).version));
  else if (entries.length === 0) io.stderr('rhetoric-lens: no entry matches these filters');
  else io.stdout(lexiconToText(entries, makeStyle(Boolean(io.color))));
  return 0;
}

/** Words only, lower case: how a query is compared with an entry's canonical phrase. */
const bareWords = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The entries the matcher finds in `text`, in order of their first hit, each once. */
async function entriesIn(text: string): Promise<LexiconEntry[]> {
  const m = await getMatcher();
  // The text alone first; then as if on each family's own site, where common phrasing needs no marker nearby.
  const contexts = [undefined, ...FAMILIES.map((f) => ({ url: `https://${f.hosts[0]}/` }))];
  for (const context of contexts) {
    const ids = [...new Set(m.scan(text, context).hits.map((h) => m.entries[h.entry].id))];
    if (ids.length > 0) return ids.map((id) => lexicon.find((e) => e.id === id)!).filter(Boolean);
  }
  return [];
}

/**
 * The entries a query names: an entry id; else whatever `scan` would match in
 * it (on its own, or on a state outlet's site); else the same without
 * possessive endings ("the collective West's" → "the collective West"); else
 * an entry whose canonical phrase it is, word for word. Empty when nothing fits.
 */
export async function findEntries(query: string): Promise<LexiconEntry[]> {
  const byId = lexicon.find((e) => e.id === query.trim());
  if (byId) return [byId];
  const found = await entriesIn(query);
  if (found.length > 0) return found;
  const withoutPossessives = query.replace(/(\p{L})['’ʼ]s\b/gu, '$1').replace(/(\p{L}s)['’ʼ](?!\p{L})/gu, '$1');
  if (withoutPossessives !== query) {
    const again = await entriesIn(withoutPossessives);
    if (again.length > 0) return again;
  }
  const words = bareWords(query);
  return words ? lexicon.filter((e) => bareWords(e.phrase) === words) : [];
}

/** The first entry a query names (see findEntries), or undefined. */
export async function findEntry(query: string): Promise<LexiconEntry | undefined> {
  return (await findEntries(query))[0];
}

async function explainCommand(args: string[], io: Io): Promise<number> {
  const { flags, positional } = parseArgs(args, ['--format'], ['--json', '--markdown']);
  const format = entryFormat(flags);
  const query = positional.join(' ').trim();
  if (!query) throw new UsageError('explain needs an entry id or a text, e.g. rhetoric-lens explain "the Juche idea"');
  const entries = await findEntries(query);
  if (entries.length === 0) throw new UsageError(`nothing in the lexicon matches "${query}"; list the entries with: rhetoric-lens lexicon`);
  if (format === 'json') io.stdout(JSON.stringify(entries.length === 1 ? entries[0] : entries, null, 2));
  else if (format === 'markdown') io.stdout(entries.map(entryToMarkdown).join('\n\n'));
  else {
    const style = makeStyle(Boolean(io.color));
    const phraseOf = (id: string) => lexicon.find((e) => e.id === id)?.phrase;
    io.stdout(entries.map((e) => entryToText(e, style, phraseOf)).join('\n\n'));
  }
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
