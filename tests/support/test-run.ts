/** Runs the CLI in-process for tests: its exit code and what it printed, with `stdin` as standard input. */
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';

/** `io` overrides the defaults: not a terminal, an empty environment. */
export async function runCli(args: string[], stdin = '', io: Partial<Io> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`), readStdin: () => stdin, isTTY: false, env: {}, ...io });
  return { code, out, err };
}
