/** The CLI's and the library's side: a scan result and its text → an ExportDocument. */
import type { JsonHit } from './json-hit';
import { quoteContext, type ExportDocument } from './export-document';

export interface ScanResultLike {
  input: string;
  words: number;
  hits: JsonHit[];
}

export interface DocumentMeta {
  url: string;
  title?: string;
  time?: string;
  lexiconVersion: string;
}

/**
 * Code-point offsets for ascending UTF-16 offsets, in one pass over the text
 * up to the last of them.
 */
function codePointOffsets(text: string, offsets: number[]): Map<number, number> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const result = new Map<number, number>();
  let units = 0;
  let points = 0;
  for (const target of sorted) {
    for (; units < target; units++, points++) {
      const code = text.charCodeAt(units);
      if (code >= 0xd800 && code <= 0xdbff && units + 1 < target) {
        const next = text.charCodeAt(units + 1);
        if (next >= 0xdc00 && next <= 0xdfff) units++;
      }
    }
    result.set(target, points);
  }
  return result;
}

/** `text` is the exact string the result's offsets index (for HTML, its visible text). */
export function fromScanResult(result: ScanResultLike, text: string, meta: DocumentMeta): ExportDocument {
  const points = codePointOffsets(text, result.hits.flatMap((h) => [h.start, h.end]));
  return {
    url: meta.url,
    title: meta.title ?? '',
    time: meta.time ?? new Date().toISOString(),
    lexiconVersion: meta.lexiconVersion,
    words: result.words,
    input: result.input,
    hits: result.hits.map((hit) => ({
      id: hit.id,
      phrase: hit.phrase,
      match: hit.match,
      sources: hit.sources,
      techniques: hit.techniques,
      tier: hit.tier,
      voice: hit.voice,
      sentence: text.slice(hit.sentence.start, hit.sentence.end),
      inSentence: [hit.start - hit.sentence.start, hit.end - hit.sentence.start],
      position: [hit.start, hit.end],
      codePoints: [points.get(hit.start)!, points.get(hit.end)!],
      ...quoteContext(text, hit.start, hit.end),
    })),
  };
}
