/**
 * The built-in lexicon: every family's files, in a fixed order. The order
 * fixes each entry's index in the compiled data.
 */
import type { LexiconEntry } from '../core/types';
import { kcna as kcnaEntries } from './kcna/entries';
import { kcnaRecall } from './kcna/recall';
import { prc as prcEntries } from './prc/entries';
import { prcRecall } from './prc/recall';
import { rus as rusEntries } from './rus/entries';
import { rusRecall } from './rus/recall';
import { shared } from './shared/entries';

const kcna = [...kcnaEntries, ...kcnaRecall];
const prc = [...prcEntries, ...prcRecall];
const rus = [...rusEntries, ...rusRecall];

export const families = { kcna, prc, rus, shared } as const;

export const lexicon: LexiconEntry[] = [...kcna, ...prc, ...rus, ...shared];
