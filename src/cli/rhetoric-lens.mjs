#!/usr/bin/env node
// The `rhetoric-lens` command. The engine is TypeScript; tsx loads it without a build step.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

// `rhetoric-lens scan … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// Anything that escapes main (a failure while loading, an error in a stream callback) is still one line and exit 2.
const fail = (error) => {
  const message = String(error?.message ?? error).split('\n')[0];
  process.stderr.write(`rhetoric-lens: ${message}${error?.name && error.name !== 'Error' ? ` (${error.name})` : ''}\n`);
  process.exit(2);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
// For the memory test (tests/unit/cli-big-input.test.ts): the peak resident size, in kB, on standard error at exit.
if (process.env.RL_REPORT_RSS) process.on('exit', () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));

const { main } = await tsImport('./main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readStdin: () => readFileSync(0, 'utf8'),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  stdinStream: () => process.stdin,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stderrRaw: (text) => process.stderr.write(text),
  drain: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain') : undefined),
});
