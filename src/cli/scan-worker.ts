/**
 * A worker thread of `scan --jobs N`: scans the documents the pool sends,
 * one at a time, with its own matcher, and answers with the result (hits
 * capped as on the main thread). Built to dist/cli/scan-worker.js beside the bin.
 */
import { parentPort } from 'node:worker_threads';
import type { DocumentContext } from '../core/matcher';
import { scanText } from '../engine/scan-text';
import { capHits } from './scan-pieces';

export interface ScanJob {
  job: number;
  input: string;
  text: string;
  id?: string | number;
  context?: DocumentContext;
}

parentPort?.on('message', async ({ job, input, text, id, context }: ScanJob) => {
  try {
    parentPort!.postMessage({ job, result: capHits(await scanText(input, text, id, context)) });
  } catch (error) {
    parentPort!.postMessage({ job, error: error instanceof Error ? `${error.message} (${error.name})` : String(error) });
  }
});
