/**
 * The built-in lexicon: every family file, in a fixed order. The order fixes
 * each entry's index in the compiled data.
 */
import type { LexiconEntry } from '../core/types';
import { kcna } from './kcna';
import { prc } from './prc';
import { rus } from './rus';
import { shared } from './shared';

export const families = { kcna, prc, rus, shared } as const;

export const lexicon: LexiconEntry[] = [...kcna, ...prc, ...rus, ...shared];
