/**
 * The `rhetoric-lens` command line: the extension's engine over files and
 * standard input. `main` returns the exit code; nothing here calls
 * process.exit, so the tests can run it in-process.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Matcher } from '../core/matcher';
import { htmlToText } from '../core/html-text';
import { describeSummary, sourceLabel, summarize } from '../core/summary';
import type { LexiconEntry } from '../core/types';
import { compileBuiltin } from '../lexicon/build';
import { lexicon } from '../lexicon/index';
import { entryToMarkdown, filterEntries, lexiconToMarkdown, type EntryFilter } from './lexicon-view';
import { jsonHit, type JsonHit } from './json';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  isTTY: boolean;
}

export class UsageError extends Error {}

const USAGE = `usage:
  rhetoric-lens scan [--json] FILE... | -      scan .txt or .html files, or - for standard input
  rhetoric-lens lexicon [--json|--markdown] [--source S] [--technique T] [--tier signature|common]
  rhetoric-lens explain ID|PHRASE               print one entry`;

let matcher: Promise<Matcher> | undefined;
export function getMatcher(): Promise<Matcher> {
  matcher ??= compileBuiltin().then((compiled) => new Matcher(compiled));
  return matcher;
}

/** Splits arguments into flags (with their values) and positionals. */
function parseArgs(args: string[], valued: string[], boolean: string[]) {
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-' || !arg.startsWith('-')) positional.push(arg);
    else if (boolean.includes(arg)) flags[arg] = true;
    else if (valued.includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      flags[arg] = value;
    } else throw new UsageError(`unknown option ${arg}`);
  }
  return { flags, positional };
}

interface Input {
  name: string;
  text: string;
}

function readInput(name: string, io: Io): Input {
  if (name === '-') return { name: '-', text: io.readStdin() };
  let raw: string;
  try {
    raw = readFileSync(name, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${name}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message}`);
  }
  const ext = extname(name).toLowerCase();
  return { name, text: ext === '.html' || ext === '.htm' ? htmlToText(raw) : raw };
}

export interface DocumentResult {
  input: string;
  words: number;
  hits: JsonHit[];
  summary: ReturnType<typeof summarize>;
}

/** Scans one text with the built-in lexicon: the JSON schema of `scan --json`. */
export async function scanText(name: string, text: string): Promise<DocumentResult> {
  const m = await getMatcher();
  const { hits, words } = m.scan(text);
  return { input: name, words, hits: hits.map((h) => jsonHit(h, m.entries, text)), summary: summarize(hits, m.entries, words) };
}

function formatHuman(result: DocumentResult, text: string, io: Io): string {
  const bold = (s: string) => (io.isTTY ? `\x1b[1;4m${s}\x1b[0m` : `**${s}**`);
  const lines = [result.input === '-' ? '(standard input)' : result.input];
  result.hits.forEach((hit, i) => {
    const sentence = text.slice(hit.sentence.start, hit.start) + bold(text.slice(hit.start, hit.end)) + text.slice(hit.end, hit.sentence.end);
    const voice = hit.voice === 'own' ? "text's own voice" : 'quoted';
    lines.push(`  ${i + 1}. "${hit.phrase}" (${hit.id}) · typical of ${hit.sources.map(sourceLabel).join(', ')} · ${hit.techniques.join(', ')} · ${voice}`);
    lines.push(`     ${sentence.replace(/[\u2029\s]+/g, ' ').trim()}`);
  });
  const s = result.summary;
  lines.push(`  ${describeSummary(s, "the text's")}.`);
  if (s.hits > 0) {
    lines.push(`  ${s.perThousandWords} per 1,000 words (${s.words} words)`);
    lines.push(`  by source: ${Object.entries(s.bySource).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    lines.push(`  by technique: ${Object.entries(s.byTechnique).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  return lines.join('\n');
}

async function scanCommand(args: string[], io: Io): Promise<number> {
  const { flags, positional } = parseArgs(args, [], ['--json']);
  if (positional.length === 0) throw new UsageError('scan needs at least one FILE, or - for standard input');
  const inputs = positional.map((name) => readInput(name, io)); // read all first: a bad path fails before any output
  for (const input of inputs) {
    const result = await scanText(input.name, input.text);
    io.stdout(flags['--json'] ? JSON.stringify(result) : formatHuman(result, input.text, io));
  }
  return 0;
}

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

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(rest, io);
      case 'lexicon':
        return await lexiconCommand(rest, io);
      case 'explain':
        return await explainCommand(rest, io);
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
    if (error instanceof UsageError) {
      io.stderr(`rhetoric-lens: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
