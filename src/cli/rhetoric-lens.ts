#!/usr/bin/env node
// The `rhetoric-lens` command: built to dist/cli/rhetoric-lens.js (package.json "bin"); `npx tsx src/cli/rhetoric-lens.ts` runs the source.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';

// `rhetoric-lens scan … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// Anything that escapes main (a failure while loading, an error in a stream callback) is still one line and exit 2.
const fail = (error: Error | undefined) => {
  const message = String(error?.message ?? error).split('\n')[0];
  process.stderr.write(`rhetoric-lens: ${message}${error?.name && error.name !== 'Error' ? ` (${error.name})` : ''}\n`);
  process.exit(2);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
// For the memory test (tests/unit/cli-big-input.test.ts): the peak resident size, in kB, on standard error at exit.
if (process.env.RL_REPORT_RSS) process.on('exit', () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));

// Loaded after the handlers above, so that a failure while loading is one line too.
const { main } = await import('./main');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text: string) => process.stdout.write(`${text}\n`),
  stderr: (text: string) => process.stderr.write(`${text}\n`),
  readStdin: () => readFileSync(0, 'utf8'),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  stdinStream: () => process.stdin,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stderrRaw: (text: string) => process.stderr.write(text),
  // Beside this file: dist/cli/scan-worker.js when built, src/cli/scan-worker.ts from the sources.
  scanWorker: new URL(import.meta.url.endsWith('.ts') ? './scan-worker.ts' : './scan-worker.js', import.meta.url),
  drain: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : undefined),
});
