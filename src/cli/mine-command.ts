/**
 * `rhetoric-lens mine`: candidate phrases for the lexicon. Counts word
 * n-grams in a target set (say state media) and a reference set (say neutral
 * news), ranks those the target over-uses by log-likelihood, leaves out what
 * the built-in lexicon already matches, and shows each with its counts and
 * example sentences from the target.
 *
 * Two passes over the target: one to count, one to find the examples of the
 * top candidates (so no sentence is held for n-grams that will not be shown).
 * Exit status 0, or 2 on bad usage or when one side has no document.
 */
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { sentenceAt } from '../core/sentence';
import { getMatcher } from '../engine/scan-text';
import { parseArgs, UsageError } from './args';
import { isJsonl, readDocuments, type SourceDocument } from './documents';
import type { Io } from './io';
import { DEFAULT_COUNTER_OPTIONS, DEFAULT_RANK_OPTIONS, findOccurrences, NgramCounter, type Candidate, type CounterOptions, type Side, type Span } from './mine';

export const MINE_USAGE = `  rhetoric-lens mine --target PATH --reference PATH [--where F=V] [--reference-where F=V]
                     [--field FIELD] [--reference-field FIELD] [--top N] [--min-docs N] [--n 1-6]
                     [--examples N] [--keep-edges] [--keep-repeats] [--include-matched] [--json]
      word n-grams the target over-uses against the reference (log-likelihood), without what the
      lexicon already matches; PATH is a folder or a .jsonl(.gz) file; F=V (or F!=V) filters
      records; --target, --reference and both filters may be repeated`;

/** A filter on a JSONL record's field: `family=neutral`, `lang!=zh`. */
export interface Where {
  field: string;
  value: string;
  negate: boolean;
}

export function parseWhere(text: string): Where {
  const match = /^([^=!]+)(!?=)(.*)$/.exec(text);
  if (!match || match[1].trim() === '') throw new UsageError(`a filter is FIELD=VALUE or FIELD!=VALUE, not "${text}"`);
  return { field: match[1].trim(), value: match[3], negate: match[2] === '!=' };
}

/** Whether a record passes every filter. A field's value is compared as text; a missing field equals nothing. */
export function accepts(wheres: Where[], record: Record<string, unknown>): boolean {
  return wheres.every(({ field, value, negate }) => {
    const actual = record[field];
    const equal = actual !== undefined && actual !== null && String(actual) === value;
    return equal !== negate;
  });
}

function integer(flag: string, text: string | true | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new UsageError(`${flag} takes a whole number of at least ${min}, not "${text}"`);
  return value;
}

function lengths(text: string | true | undefined): { minN: number; maxN: number } {
  if (text === undefined) return { minN: DEFAULT_COUNTER_OPTIONS.minN, maxN: DEFAULT_COUNTER_OPTIONS.maxN };
  const match = /^(\d+)(?:-(\d+))?$/.exec(String(text));
  const minN = match ? Number(match[1]) : NaN;
  const maxN = match?.[2] ? Number(match[2]) : minN;
  if (!(minN >= 1 && maxN >= minN && maxN <= 12)) throw new UsageError(`--n takes a length or a range such as 2-4 (1 to 12), not "${text}"`);
  return { minN, maxN };
}

interface SideInput {
  side: Side;
  paths: string[];
  field: string;
  wheres: Where[];
}

function checkPaths(input: SideInput) {
  for (const path of input.paths) {
    if (path === '-') throw new UsageError('mine reads files, folders and JSONL archives, not standard input (it reads the target twice)');
    if (!existsSync(path)) throw new UsageError(`cannot read ${path}: no such file`);
    if (input.wheres.length > 0 && !isJsonl(path)) throw new UsageError(`${input.side === 'target' ? '--where' : '--reference-where'} filters JSONL records, and ${path} is not a .jsonl file`);
  }
}

/** The documents of one side, with skips reported on standard error. */
async function* documentsOf(input: SideInput, io: Io): AsyncGenerator<SourceDocument> {
  const events = readDocuments(input.paths, {
    jsonlField: input.field,
    stdinIsJsonl: false,
    readStdin: () => '',
    stdinStream: () => Readable.from([]),
    exclude: new Set(),
    counter: { bytes: 0 },
    accept: input.wheres.length > 0 ? (record) => accepts(input.wheres, record) : undefined,
  });
  for await (const event of events) {
    if (event.kind === 'skipped') io.stderr(`rhetoric-lens: ${event.input}: ${event.reason}; skipped`);
    else yield event.doc;
  }
}

/** A JSONL record by its id (the file is named once, at the top); a file by its path. */
const documentName = (doc: SourceDocument) => (doc.id === undefined ? doc.input : String(doc.id));

export interface MineResult {
  candidates: (Candidate & { examples: { document: string; sentence: string }[] })[];
  words: { target: number; reference: number };
  documents: { target: number; reference: number };
  prunedBelow: number;
  repeatedSentences: { target: number; reference: number };
  /** The inputs and filters of each side, as the header line shows them. */
  inputs: { target: string; reference: string };
}

const describeSide = (input: SideInput) =>
  [...input.paths, ...input.wheres.map((w) => `${w.field}${w.negate ? '!=' : '='}${w.value}`), ...(input.field === 'text' || !input.paths.some(isJsonl) ? [] : [`field ${input.field}`])].join(' ');

const fmt = (n: number) => n.toLocaleString('en-US');

function formatText(result: MineResult): string {
  const lines = [
    `${fmt(result.candidates.length)} candidate${result.candidates.length === 1 ? '' : 's'}: ${fmt(result.documents.target)} target documents (${fmt(result.words.target)} words) against ${fmt(result.documents.reference)} reference documents (${fmt(result.words.reference)} words)`,
    `target: ${result.inputs.target}; reference: ${result.inputs.reference}`,
    'keyness = log-likelihood (G²; above 10.8 is p < 0.001); ratio = log₂ of target rate over reference rate; counts are occurrences/documents',
  ];
  const repeats = result.repeatedSentences;
  if (repeats.target + repeats.reference > 0) lines.push(`repeated sentences counted once: ${fmt(repeats.target)} left out in the target, ${fmt(repeats.reference)} in the reference (--keep-repeats counts them)`);
  if (result.prunedBelow > 0) lines.push(`(memory bound reached: n-grams seen ${result.prunedBelow} times or fewer were dropped along the way, so low counts may be short)`);
  result.candidates.forEach((c, i) => {
    lines.push('');
    lines.push(`${String(i + 1).padStart(3)}. ${c.ngram}   keyness ${c.keyness.toFixed(1)}, ratio ${c.logRatio.toFixed(1)}, target ${c.target.count}/${c.target.documents}, reference ${c.reference.count}/${c.reference.documents}`);
    if (c.merged) lines.push(`       (${c.merged} overlapping n-gram${c.merged === 1 ? '' : 's'} with similar counts folded in${c.passage ? `; together: "${c.passage}"` : ''})`);
    for (const e of c.examples) lines.push(`       ${e.document}: ${e.sentence}`);
  });
  return lines.join('\n');
}

const oneLine = (text: string, max = 300) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export async function mineCommand(args: string[], io: Io): Promise<number> {
  const { flags, positional, lists: values } = parseArgs(
    args,
    ['--field', '--reference-field', '--top', '--min-docs', '--n', '--examples', '--table-size'],
    ['--json', '--keep-edges', '--include-matched', '--keep-repeats'],
    ['--target', '--reference', '--where', '--reference-where'],
  );
  if (positional.length > 0) throw new UsageError(`mine takes its inputs with --target and --reference, not "${positional[0]}"`);
  if (values['--target'].length === 0 || values['--reference'].length === 0) throw new UsageError('mine needs --target PATH and --reference PATH');
  const field = (flags['--field'] as string | undefined) ?? 'text';
  const target: SideInput = { side: 'target', paths: values['--target'], field, wheres: values['--where'].map(parseWhere) };
  const reference: SideInput = {
    side: 'reference',
    paths: values['--reference'],
    field: (flags['--reference-field'] as string | undefined) ?? field,
    wheres: values['--reference-where'].map(parseWhere),
  };
  checkPaths(target);
  checkPaths(reference);
  const counterOptions: Partial<CounterOptions> = {
    ...lengths(flags['--n']),
    contentEdges: !flags['--keep-edges'],
    dedupeSentences: !flags['--keep-repeats'],
    tableSize: integer('--table-size', flags['--table-size'], DEFAULT_COUNTER_OPTIONS.tableSize, 1000),
  };
  const top = integer('--top', flags['--top'], DEFAULT_RANK_OPTIONS.top, 1);
  const minDocuments = integer('--min-docs', flags['--min-docs'], DEFAULT_RANK_OPTIONS.minDocuments, 1);
  const perCandidate = integer('--examples', flags['--examples'], 2, 0);

  const matcher = await getMatcher();
  const matched = (text: string): Span[] => (flags['--include-matched'] ? [] : matcher.scan(text).hits);
  const counter = new NgramCounter(counterOptions);
  for (const input of [target, reference]) for await (const doc of documentsOf(input, io)) counter.addDocument(input.side, doc.text, matched(doc.text));
  for (const side of ['target', 'reference'] as const) {
    if (counter.documents[side] === 0) {
      io.stderr(`rhetoric-lens: no ${side} document to read${(side === 'target' ? target : reference).wheres.length > 0 ? ' (do the filters match any record?)' : ''}`);
      return 2;
    }
  }
  const candidates = counter.rank({ top, minDocuments });

  // Second pass: example sentences, from different documents where there are enough.
  const examples = candidates.map(() => [] as { document: string; sentence: string }[]);
  if (perCandidate > 0 && candidates.length > 0) {
    const keys = new Map(candidates.map((c, i) => [c.key, i]));
    let missing = candidates.length;
    for await (const doc of documentsOf(target, { ...io, stderr: () => {} })) {
      const seenHere = new Set<number>();
      findOccurrences(doc.text, matched(doc.text), keys, counter.options, (index, start, end) => {
        const list = examples[index];
        if (list.length >= perCandidate || seenHere.has(index)) return;
        seenHere.add(index);
        const s = sentenceAt(doc.text, start, end);
        list.push({ document: documentName(doc), sentence: oneLine(doc.text.slice(s.start, s.end)) });
        if (list.length === perCandidate) missing--;
      });
      if (missing === 0) break;
    }
  }

  const result: MineResult = {
    candidates: candidates.map((c, i) => ({ ...c, examples: examples[i] })),
    words: { ...counter.words },
    documents: { ...counter.documents },
    prunedBelow: counter.prunedBelow,
    repeatedSentences: { ...counter.repeatedSentences },
    inputs: { target: describeSide(target), reference: describeSide(reference) },
  };
  if (flags['--json']) {
    for (const c of result.candidates) {
      const { key: _key, ...shown } = c;
      io.stdout(JSON.stringify({ ...shown, keyness: round(c.keyness), logRatio: round(c.logRatio) }));
      if (io.drain) await io.drain();
    }
  } else io.stdout(formatText(result));
  return 0;
}

const round = (x: number) => Math.round(x * 100) / 100;
