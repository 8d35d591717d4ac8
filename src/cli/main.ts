/**
 * The `rhetoric-lens` command line: the extension's engine over files, folders,
 * JSONL archives and standard input. `main` returns the exit code; nothing
 * here calls process.exit, so the tests can run it in-process.
 */
import { findEntries } from '../engine/explain';
import { compileBuiltin } from '../lexicon/build';
import { lexicon } from '../lexicon/index';
import { parseArgs, UsageError } from './args';
import { diffCommand } from './diff-command';
import { entryToMarkdown, entryToText, filterEntries, lexiconToMarkdown, lexiconToText, type EntryFilter } from './lexicon-view';
import { mineCommand, MINE_USAGE } from './mine-command';
import type { Io } from './io';
import { scanCommand, SCAN_FORMATS } from './scan-command';
import { makeStyle, wantsColor } from './style';

export const USAGE = `usage:
  rhetoric-lens scan [--format ${SCAN_FORMATS.join('|')} | --json] [--out FILE]
                     [--jsonl-field FIELD] [--url URL] [--jobs N] [--quiet] PATH... | -
      PATH is a file, a folder (searched for .txt, .html, .htm, .md) or a .jsonl/.ndjson(.gz)
      archive, one JSON document a line with its text in FIELD (default "text"); - is standard
      input (JSONL when --jsonl-field is given). Results are written one document at a time,
      in input order; a batch is scanned by N worker threads (default: one per core).
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
