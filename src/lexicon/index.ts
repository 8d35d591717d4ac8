/**
 * The built-in lexicon: every family's files, in the registry's order, then
 * the formulas several families share. The order fixes each entry's index in
 * the compiled data.
 */
import type { LexiconEntry } from '../core/types';
import { FAMILY_IDS, type FamilyId } from './families';
import { kcna as kcnaEntries } from './kcna/entries';
import { kcnaRecall } from './kcna/recall';
import { prc as prcEntries } from './prc/entries';
import { prcRecall } from './prc/recall';
import { rus as rusEntries } from './rus/entries';
import { rusRecall } from './rus/recall';
import { kcnaOriginal } from './kcna/original';
import { withOriginals, type OriginalData } from './original';
import { prcOriginal } from './prc/original';
import { rusOriginal } from './rus/original';
import { shared } from './shared/entries';

/** Each family's entries. Typed by the registry: a family in FAMILIES without its line here fails to compile. */
const byFamily: Record<FamilyId, LexiconEntry[]> = {
  kcna: withOriginals([...kcnaEntries, ...kcnaRecall], kcnaOriginal),
  prc: withOriginals([...prcEntries, ...prcRecall], prcOriginal),
  rus: withOriginals([...rusEntries, ...rusRecall], rusOriginal),
};

/** Every family's original-language data (src/lexicon/original.ts). */
export const originals: OriginalData[] = [kcnaOriginal, prcOriginal, rusOriginal];

/** The shared formulas, with the original-language variants that belong to them. */
const sharedEntries = withOriginals(shared, { variants: originals.flatMap((o) => o.variants), entries: [], underived: originals.flatMap((o) => o.underived) });

export const families: Readonly<Record<FamilyId | 'shared', LexiconEntry[]>> = { ...byFamily, shared: sharedEntries };

export const lexicon: LexiconEntry[] = [...FAMILY_IDS.flatMap((id) => byFamily[id]), ...sharedEntries];
