/** Argument parsing shared by the commands. A UsageError ends the run with exit 2 and one line. */
import { parseArgs as parseOptions } from 'node:util';

export class UsageError extends Error {}

/** Node's own wording, in ours: "unknown option --x", "--x needs a value". */
function usageError(error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`unknown option ${option}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing/.test(message)) return new UsageError(`${option} needs a value`);
      if (/ambiguous/.test(message)) return new UsageError(`${option} needs a value; one that starts with - is written ${option}=VALUE`);
      if (/does not take an argument/.test(message)) return new UsageError(`${option} takes no value`);
  }
  return new UsageError(message.split('\n')[0]);
}

/**
 * Splits arguments into flags (with their values) and positionals, with
 * `node:util`'s parseArgs: `--out=FILE` works as `--out FILE` does, `-` is a
 * positional (standard input), and `--` ends the options: what follows is
 * positional, even `--json`. A `repeated` option collects every value.
 */
export function parseArgs(args: string[], valued: string[], boolean: string[], repeated: string[] = []) {
  const options = Object.fromEntries([
    ...valued.map((name) => [name.slice(2), { type: 'string' as const }]),
    ...boolean.map((name) => [name.slice(2), { type: 'boolean' as const }]),
    ...repeated.map((name) => [name.slice(2), { type: 'string' as const, multiple: true }]),
  ]);
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageError(error);
  }
  const flags: Record<string, string | true> = {};
  const lists: Record<string, string[]> = Object.fromEntries(repeated.map((name) => [name, []]));
  for (const [name, value] of Object.entries(parsed.values)) {
    if (Array.isArray(value)) lists[`--${name}`] = value.filter((v): v is string => typeof v === 'string');
    else if (value !== undefined && value !== false) flags[`--${name}`] = value;
  }
  return { flags, positional: parsed.positionals, lists };
}
