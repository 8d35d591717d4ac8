/**
 * Worker threads for `scan --jobs N`: each has its own matcher and scans the
 * documents it is sent; `scan` resolves with the result. The caller keeps
 * the results in input order and bounds how many are in flight, so memory
 * stays flat. Workers start on first use and end with `close`.
 */
import { Worker } from 'node:worker_threads';
import type { DocumentContext } from '../core/matcher';
import type { ScanResultOut } from './scan-pieces';
import type { ScanJob } from './scan-worker';

interface Waiting {
  resolve: (result: ScanResultOut) => void;
  reject: (error: Error) => void;
}

export class ScanPool {
  #workers: { worker: Worker; busy: number }[] = [];
  #waiting = new Map<number, Waiting>();
  #next = 0;

  /** `script` is scan-worker's file: .js when built; .ts from the sources, loaded through tsx. */
  constructor(
    private readonly script: URL,
    private readonly size: number,
  ) {}

  /** A worker on the built script; on the sources (tests, `tsx src/cli/…`), a worker that loads them through tsx's API. */
  #spawn(): Worker {
    if (!this.script.pathname.endsWith('.ts')) return new Worker(this.script);
    const api = import.meta.resolve('tsx/esm/api');
    const script = JSON.stringify(this.script.href);
    return new Worker(`import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${script}, ${script}));`, { eval: true });
  }

  #start(): void {
    for (let i = 0; i < this.size; i++) {
      const entry = { worker: this.#spawn(), busy: 0 };
      entry.worker.on('message', ({ job, result, error }: { job: number; result?: ScanResultOut; error?: string }) => {
        entry.busy--;
        const waiting = this.#waiting.get(job)!;
        this.#waiting.delete(job);
        if (error !== undefined) waiting.reject(new Error(error));
        else waiting.resolve(result!);
      });
      entry.worker.on('error', (error) => {
        for (const waiting of this.#waiting.values()) waiting.reject(error);
        this.#waiting.clear();
      });
      this.#workers.push(entry);
    }
  }

  /** Scans one document on the least busy worker. */
  scan(input: string, text: string, id?: string | number, context?: DocumentContext): Promise<ScanResultOut> {
    if (this.#workers.length === 0) this.#start();
    const entry = this.#workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const job = this.#next++;
    entry.busy++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(job, { resolve, reject });
      entry.worker.postMessage({ job, input, text, id, context } satisfies ScanJob);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
    this.#workers = [];
  }
}
