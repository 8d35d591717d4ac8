/**
 * Stopping `npm start` cleanly: Ctrl+C (SIGINT), a `kill` or a container
 * stop (SIGTERM), the browser closing or the headless check ending all run
 * the same clean-up once (the browser closed, its temporary profile removed,
 * the server stopped), and then exit.
 */

import { rmSync } from 'node:fs';

export const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export interface SignalSource {
  once(signal: (typeof STOP_SIGNALS)[number], listener: () => void): unknown;
}

/**
 * Returns `stop`: runs `cleanUp` (once, however often it is called, a failure
 * ignored), then `exit`. Each of STOP_SIGNALS on `signals` calls it.
 */
export function stopper(cleanUp: () => Promise<void>, exit: () => void, signals?: SignalSource): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= cleanUp()
      .catch(() => undefined)
      .then(exit));
  for (const signal of STOP_SIGNALS) signals?.once(signal, () => void stop());
  return stop;
}

/**
 * Removes a folder when the process exits, however it exits: our own stop,
 * or a library's signal handler calling process.exit (playwright's SIGINT
 * handler exits with 130 once it has closed the browser).
 */
export function removeOnExit(path: string, target: { once(event: 'exit', listener: () => void): unknown }): void {
  target.once('exit', () => rmSync(path, { recursive: true, force: true }));
}
