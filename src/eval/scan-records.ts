/**
 * Scanning corpus records for the evaluation: the matcher over each record's
 * text, with or without the record's address as document context
 * (Matcher.scan's second argument), and each record's size in the unit its
 * language is measured in.
 */
import type { Matcher } from '../core/matcher';
import type { Hit } from '../core/types';
import type { CorpusRecord } from './corpus';
import type { DocScore } from './scoring';

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || code === 0x2029;

/** Characters that are not white space: the size of a Chinese text. */
export function visibleCharacters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // the second half of a surrogate pair
    if (!isSpace(code)) n++;
  }
  return n;
}

export interface ScoredRecord {
  record: CorpusRecord;
  /** The text that was scanned (text_masked where asked for and present). */
  text: string;
  hits: Hit[];
  score: DocScore;
}

export interface ScanOptions {
  /** Scan `text_masked` where the record has it. */
  masked: boolean;
  /** Pass the record's `url` as document context. */
  withUrl: boolean;
  /** Measure the size in characters (Chinese) rather than words. */
  characters: boolean;
}

export function scoreRecord(matcher: Matcher, record: CorpusRecord, options: ScanOptions): ScoredRecord {
  const text = options.masked && typeof record.text_masked === 'string' ? record.text_masked : record.text;
  // The address only: a title is not masked and may name the outlet.
  const context = options.withUrl ? { url: record.url || undefined } : undefined;
  const { hits, words } = matcher.scan(text, context);
  let own = 0;
  for (const h of hits) if (h.voice === 'own') own++;
  return { record, text, hits, score: { own, quoted: hits.length - own, size: options.characters ? visibleCharacters(text) : words } };
}

/** The sentence of a hit on one line, cut to `max` characters. */
export function sentenceOf(text: string, hit: Hit, max = 300): string {
  const flat = text.slice(hit.sentence.start, hit.sentence.end).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
