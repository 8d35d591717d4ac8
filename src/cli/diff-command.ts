/** `rhetoric-lens diff [--json] A B`: compares two texts' state-media phrasing. Exit 0 whatever the difference; 2 on bad usage. */
import { parseArgs, UsageError } from './args';
import { diffPhrasing } from '../engine/diff';
import { scanText } from '../engine/scan-text';
import { formatDiff } from './format-diff';
import { readTextDocument } from './documents';
import type { Io } from './io';
import { makeStyle } from './style';

async function read(path: string, io: Io) {
  if (path === '-') return { input: '-', text: io.readStdin() };
  const event = await readTextDocument(path);
  if (event.kind === 'skipped') throw new UsageError(`cannot read ${path}: ${event.reason}`);
  return { input: path, text: event.doc.text };
}

export async function diffCommand(args: string[], io: Io): Promise<number> {
  const { flags, positional } = parseArgs(args, [], ['--json']);
  if (positional.length !== 2) throw new UsageError('diff needs two texts: A B (one of them may be - for standard input)');
  if (positional[0] === '-' && positional[1] === '-') throw new UsageError('standard input (-) can be only one of the two texts');
  const [a, b] = [await read(positional[0], io), await read(positional[1], io)];
  const diff = diffPhrasing({ result: await scanText(a.input, a.text), text: a.text }, { result: await scanText(b.input, b.text), text: b.text });
  io.stdout(flags['--json'] ? JSON.stringify(diff, null, 2) : formatDiff(diff, makeStyle(Boolean(io.color))));
  return 0;
}
