/**
 * Where a scan's data goes: a file (`--out`) or standard output. Writes wait
 * when the destination is slow, so results never pile up in memory.
 */
import { createWriteStream, openSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { UsageError } from './args';
import type { Io } from './io';

export interface Output {
  /** Writes one record; `text` has no final line break, the output adds it. */
  line(text: string): Promise<void>;
  close(): Promise<void>;
}

export function fileOutput(path: string): Output {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const stream = createWriteStream('', { fd });
  let failure: Error | undefined;
  stream.on('error', (error) => (failure ??= error));
  return {
    async line(text) {
      if (failure) throw failure;
      if (!stream.write(`${text}\n`)) await once(stream, 'drain');
    },
    async close() {
      stream.end();
      await finished(stream);
      if (failure) throw failure;
    },
  };
}

export function stdoutOutput(io: Io): Output {
  return {
    async line(text) {
      io.stdout(text);
      await io.drain?.();
    },
    async close() {},
  };
}
