/** One text through the built-in lexicon, in the `scan --json` schema. */
import { Matcher, type DocumentContext } from '../core/matcher';
import { summarize, type Summary } from '../core/summary';
import { jsonHit, type JsonHit } from '../export/json-hit';
import { compileBuiltin } from '../lexicon/build';

let matcher: Promise<Matcher> | undefined;
export function getMatcher(): Promise<Matcher> {
  matcher ??= compileBuiltin().then((compiled) => new Matcher(compiled));
  return matcher;
}

export interface DocumentResult {
  input: string;
  /** Set for JSONL records: the record's `id` field, or its line number. */
  id?: string | number;
  words: number;
  hits: JsonHit[];
  summary: Summary;
}

/**
 * Scans one text with the built-in lexicon: the JSON schema of `scan --json`.
 * `context` is the document's address and title, where known (see Matcher.scan).
 */
export async function scanText(name: string, text: string, id?: string | number, context?: DocumentContext): Promise<DocumentResult> {
  const m = await getMatcher();
  const { hits, words } = m.scan(text, context);
  // Key order is the schema's order: input, id, words, hits, summary.
  return {
    input: name,
    ...(id === undefined ? {} : { id }),
    words,
    hits: hits.map((h) => jsonHit(h, m.entries, text)),
    summary: summarize(hits, m.entries, words),
  };
}
