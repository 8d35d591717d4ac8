/** Argument parsing shared by the commands. A UsageError ends the run with exit 2 and one line. */
export class UsageError extends Error {}

/** Splits arguments into flags (with their values) and positionals. `--` ends the options: what follows is positional, even `--json`. */
export function parseArgs(args: string[], valued: string[], boolean: string[]) {
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
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
