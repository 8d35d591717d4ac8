/** Runs the CLI in-process for tests: its exit code and what it printed, with `stdin` as standard input. */
import { main, type Io } from './main';

export async function runCli(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`), readStdin: () => stdin, isTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}
