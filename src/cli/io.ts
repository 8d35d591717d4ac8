/** What a command reads and writes: the process's streams in the bin, strings in the tests. */
import type { Readable } from 'node:stream';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  /** Whether standard output is a terminal: human output is coloured only then. */
  isTTY: boolean;
  /** The environment, for NO_COLOR; without it, as if NO_COLOR were unset. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether human output may use colour: set by `main` from isTTY, NO_COLOR and --no-color. */
  color?: boolean;
  /** Standard input as a stream, for JSONL read line by line; without it, readStdin's text is used. */
  stdinStream?: () => Readable;
  /** Whether standard error is a terminal: the progress line is drawn only then. */
  stderrIsTTY?: boolean;
  /** Writes to standard error without a line break (the progress line redraws in place). */
  stderrRaw?: (text: string) => void;
  /** Resolves once standard output can take more (a slow pipe); results then never pile up in memory. */
  drain?: () => Promise<void> | void;
  /** scan-worker's file, for `scan --jobs N`; without it, scans run on this thread alone. */
  scanWorker?: URL;
}
