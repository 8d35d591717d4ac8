/**
 * What every export format reads: one scanned document (a page in the popup,
 * a file or JSONL record in the CLI) with its hits, each carrying what a
 * reader needs without the page. Built by `fromPageReport` or `fromScanResult`.
 */
import type { Technique, Tier, Voice } from '../core/types';

/** Characters of context kept on each side of a match, as Hypothesis keeps for its TextQuoteSelectors. */
export const QUOTE_CONTEXT = 32;

export interface ExportHit {
  id: string;
  phrase: string;
  /** The matched words as they stand in the text. */
  match: string;
  sources: readonly string[];
  techniques: readonly (Technique | string)[];
  tier: Tier | string;
  voice: Voice;
  /** The sentence around the hit, and the match's offsets inside it. */
  sentence: string;
  inSentence: [start: number, end: number];
  /** Offsets of the match in the document's whole text, in UTF-16 code units (JavaScript string offsets). */
  position: [start: number, end: number];
  /**
   * The same offsets in Unicode code points, which the W3C model asks of a
   * TextPositionSelector. Set when the whole text was at hand (the CLI); the
   * annotation export falls back to `position`, equal unless an emoji or other
   * astral character precedes the hit.
   */
  codePoints?: [start: number, end: number];
  /** Up to QUOTE_CONTEXT characters before and after the match, never crossing a block boundary. */
  prefix: string;
  suffix: string;
}

export interface ExportDocument {
  /** The page's URL, or a file: URL in the CLI; the annotations' target source. */
  url: string;
  title: string;
  /** When the document was scanned, ISO 8601. */
  time: string;
  lexiconVersion: string;
  words: number;
  hits: ExportHit[];
  /** The JSON export's `input`: a file path in the CLI; defaults to `url`. */
  input?: string;
}

/**
 * An entry as the exports read it. The compiled `EntryMeta` (with its one-line
 * `summary`) and the full `LexiconEntry` (with its `explanation`) both fit, so
 * the popup and the CLI pass what they have.
 */
export interface ExportEntry {
  id: string;
  phrase: string;
  sources?: readonly string[];
  techniques?: readonly string[];
  explanation?: string;
  summary?: string;
}

/** The explanation for an entry id: the full text when known, else the one-line summary, else ''. */
export function explanationOf(lexicon: readonly ExportEntry[] | undefined, id: string): string {
  if (!lexicon) return '';
  let byId = indexes.get(lexicon);
  if (!byId) indexes.set(lexicon, (byId = new Map(lexicon.map((e) => [e.id, e]))));
  const entry = byId.get(id);
  return entry?.explanation ?? entry?.summary ?? '';
}

/** Lookups by id, built once per lexicon array: a batch export asks for millions of explanations. */
const indexes = new WeakMap<readonly ExportEntry[], Map<string, ExportEntry>>();

/** Whether a UTF-16 offset falls between the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * The context around `[start, end)` in `block`: at most QUOTE_CONTEXT code
 * units a side, never cutting a surrogate pair and never crossing a block
 * separator (U+2029), which exists in our text index but not in the page.
 */
export function quoteContext(block: string, start: number, end: number): { prefix: string; suffix: string } {
  // Only the window is searched, so a hit in a 10 MB text costs no more than one in a paragraph.
  let from = Math.max(0, start - QUOTE_CONTEXT);
  const separatorBefore = block.slice(from, start).lastIndexOf('\u2029');
  if (separatorBefore >= 0) from += separatorBefore + 1;
  if (splitsPair(block, from)) from++;
  let to = Math.min(block.length, end + QUOTE_CONTEXT);
  const separatorAfter = block.slice(end, to).indexOf('\u2029');
  if (separatorAfter >= 0) to = end + separatorAfter;
  if (splitsPair(block, to)) to--;
  return { prefix: block.slice(from, start), suffix: block.slice(end, to) };
}
