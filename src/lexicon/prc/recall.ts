import type { LexiconEntry } from '../../core/types';

/**
 * Recall, round 2: formulas found by reading the development corpus and by
 * `rhetoric-lens mine`, written in our own words. Same rules as `entries.ts`.
 */
export const prcRecall: LexiconEntry[] = [];
