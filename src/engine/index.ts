/**
 * The engine: scan, explain and diff over the built-in lexicon, for the
 * library (src/index.ts) and the command line (src/cli/). Node only (the
 * lexicon is compiled, or read from its cache or from the built library, on
 * first use), so every function that needs it is async.
 */
import type { LexiconEntry } from '../core/types';
import { diffPhrasing, type PhrasingDiff } from './diff';
import { findEntry } from './explain';
import { htmlToText } from './html-text';
import { scanText, type DocumentResult } from './scan-text';

export interface ScanOptions {
  /** Treat the text as an HTML document and scan its visible text (offsets then index that text). */
  html?: boolean;
  /** The result's `input`; default `-`. */
  name?: string;
  /**
   * The page's address: on a state outlet's site (rt.com, kcna.kp…) its
   * `common`-tier phrasing needs no marker nearby. Quotations stay `quoted`.
   */
  url?: string;
  /** The page's title, read for its source's markers. */
  title?: string;
}

export interface ScanResult extends DocumentResult {
  /** The string the offsets index: the text itself, or an HTML document's visible text. */
  text: string;
}

/**
 * Finds the state-media phrasing in a text. Resolves to the `scan --json`
 * schema (`input`, `words`, `hits`, `summary`) plus the scanned `text`.
 */
export async function scan(text: string, options: ScanOptions = {}): Promise<ScanResult> {
  const scanned = options.html ? htmlToText(text) : text;
  const context = options.url !== undefined || options.title !== undefined ? { url: options.url, title: options.title } : undefined;
  return { ...(await scanText(options.name ?? '-', scanned, undefined, context)), text: scanned };
}

/** The entry for an id or a phrase ("the collective West"), or undefined. */
export function explain(query: string): Promise<LexiconEntry | undefined> {
  return findEntry(query);
}

/** Which phrasing is in `a` and not `b`, in `b` and not `a`, and in both. */
export async function diff(a: string, b: string, options: { html?: boolean } = {}): Promise<PhrasingDiff> {
  const [left, right] = await Promise.all([scan(a, { ...options, name: 'A' }), scan(b, { ...options, name: 'B' })]);
  return diffPhrasing({ result: left, text: left.text }, { result: right, text: right.text });
}

export type { DocumentResult } from './scan-text';
export type { PhrasingDiff, DiffEntry } from './diff';
