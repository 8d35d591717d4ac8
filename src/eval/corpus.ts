/**
 * Where the evaluation corpus is, and its records. The corpus stays outside
 * the project (../shared/corpus, or $RL_SHARED/corpus) and is read at run
 * time only.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(process.env.RL_SHARED ?? join(import.meta.dirname ?? '.', '..', '..', '..', 'shared'));
export const CORPUS = join(SHARED, 'corpus');
export const REALPAGES = join(SHARED, 'realpages');
export const SEED = join(SHARED, 'seed');

/** A record of any corpus file; the older files have no `family`, the newer ones no `section`. */
export interface CorpusRecord {
  id: string;
  outlet: string;
  title: string;
  text: string;
  family?: string;
  lang?: string;
  url?: string;
  section?: string;
  text_masked?: string;
}

export function readJsonl(file: string): CorpusRecord[] {
  return readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusRecord);
}
