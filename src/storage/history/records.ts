/** What the history stores: one record a page read, one a passage (a hit in its sentence). */
import type { Voice } from '../../core/types';

export interface PageRecord {
  /** The page URL without its fragment: the key. */
  url: string;
  title: string;
  site: string;
  /** When it was read, in ms since the epoch. */
  time: number;
  words: number;
  hits: number;
  /** Hit counts by entry id. */
  byEntry: Record<string, number>;
  lexiconVersion: string;
  /** The page's records in bytes, passages included (`recordBytes`); absent in pages stored before it was counted. */
  bytes?: number;
}

export interface PassageRecord {
  id?: number;
  url: string;
  title: string;
  site: string;
  time: number;
  entryId: string;
  sentence: string;
  /** The hit's offsets inside `sentence`. */
  inSentence: [start: number, end: number];
  voice: Voice;
}
