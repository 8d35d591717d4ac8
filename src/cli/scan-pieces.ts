/**
 * Scanning a document too large to treat whole: a plain-text file read in
 * pieces, or a long text cut into pieces. Each piece is scanned on its own
 * (cut where a sentence or paragraph ends, so no phrase spans two pieces),
 * its hits shifted to the document's offsets, and only the first
 * MAX_KEPT_HITS hits are kept; the summary and word count cover them all.
 * Memory is a piece and the kept hits, whatever the document's size.
 */
import type { DocumentContext } from '../core/matcher';
import type { Summary } from '../core/summary';
import type { ExportHit } from '../export/export-document';
import { fromScanResult } from '../export/from-scan-result';
import type { JsonHit } from '../export/json-hit';
import { scanText, type DocumentResult } from '../engine/scan-text';

/** Hits listed for one document at most; beyond it they are counted, not listed (`truncated` says so). */
export const MAX_KEPT_HITS = 10_000;
/** About how long a piece is, in UTF-16 code units. */
export const PIECE_CHARS = 1024 * 1024;
/** Texts longer than this are scanned in pieces even when they are held whole (a long JSONL record). */
export const LARGE_TEXT_CHARS = 8 * 1024 * 1024;

/** A result whose hits were capped: `hits` hits in all, the first `kept` listed. */
export type ScanResultOut = DocumentResult & { truncated?: { hits: number; kept: number } };

export interface ScannedDocument {
  result: ScanResultOut;
  /** What the result's offsets index, for the text format: the text itself, or the kept hits' sentences. */
  text: TextWindow;
  /** The kept hits as exports read them, when the text was not held whole. */
  exportHits?: ExportHit[];
}

/** The one thing the text format reads of the text: slices inside a hit's sentence. */
export interface TextWindow {
  slice(start: number, end: number): string;
}

/** The kept hits' sentences at their offsets in a document that is not held whole. */
class SentenceWindow implements TextWindow {
  private readonly starts: number[] = [];
  private readonly texts: string[] = [];
  add(start: number, text: string) {
    if (this.starts.at(-1) === start) return;
    this.starts.push(start);
    this.texts.push(text);
  }
  slice(start: number, end: number): string {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= start) lo = mid;
      else hi = mid - 1;
    }
    const from = this.starts[lo] ?? 0;
    return (this.texts[lo] ?? '').slice(start - from, end - from);
  }
}

/** Caps a whole-text result's hits at MAX_KEPT_HITS, saying so. */
export function capHits(result: DocumentResult): ScanResultOut {
  if (result.hits.length <= MAX_KEPT_HITS) return result;
  return { ...result, hits: result.hits.slice(0, MAX_KEPT_HITS), truncated: { hits: result.hits.length, kept: MAX_KEPT_HITS } };
}

/** Where to end a piece of `text`: after the last paragraph or sentence end in its second half, else the last space, else all of it. */
function cutPoint(text: string): number {
  const half = text.length >> 1;
  for (const mark of ['\u2029', '\n\n', '. ', '! ', '? ', '。', '\n']) {
    const at = text.lastIndexOf(mark);
    if (at >= half) return at + mark.length;
  }
  const space = text.search(/\s\S*$/);
  return space >= half ? space + 1 : text.length;
}

/** Pieces of about PIECE_CHARS, cut at sentence ends, from any stream of text. */
async function* piecesAtSentences(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  let pending = '';
  for await (const chunk of chunks) {
    pending += chunk;
    while (pending.length >= PIECE_CHARS) {
      const cut = cutPoint(pending.slice(0, PIECE_CHARS * 2));
      yield pending.slice(0, cut);
      pending = pending.slice(cut);
    }
  }
  if (pending !== '') yield pending;
}

/** A long text held whole, in slices, for `scanPieces`. */
export function* slicesOf(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += PIECE_CHARS) yield text.slice(at, at + PIECE_CHARS);
}

function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function addCounts(into: Record<string, number>, from: Record<string, number>) {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
}

/** Scans a document piece by piece. `meta` names it for the exports' hits. */
export async function scanPieces(input: string, chunks: AsyncIterable<string> | Iterable<string>, id?: string | number, context?: DocumentContext): Promise<ScannedDocument> {
  const summary: Summary = { hits: 0, words: 0, perThousandWords: 0, bySource: {}, byTechnique: {}, byVoice: { own: 0, quoted: 0 }, byEntry: {} };
  const hits: JsonHit[] = [];
  const exportHits: ExportHit[] = [];
  const sentences = new SentenceWindow();
  let offset = 0;
  let points = 0;
  for await (const piece of piecesAtSentences(chunks)) {
    // Quoted stretches are document offsets: each piece sees its own, shifted to its start.
    const end = offset + piece.length;
    const quoted = context?.quoted?.filter((r) => r.end > offset && r.start < end).map((r) => ({ start: Math.max(0, r.start - offset), end: Math.min(piece.length, r.end - offset) }));
    const part = await scanText(input, piece, id, context && { ...context, quoted });
    summary.hits += part.summary.hits;
    summary.words += part.words;
    addCounts(summary.bySource, part.summary.bySource);
    addCounts(summary.byTechnique, part.summary.byTechnique);
    addCounts(summary.byEntry, part.summary.byEntry);
    summary.byVoice.own += part.summary.byVoice.own;
    summary.byVoice.quoted += part.summary.byVoice.quoted;
    const room = MAX_KEPT_HITS - hits.length;
    if (room > 0 && part.hits.length > 0) {
      const kept = part.hits.slice(0, room);
      const exported = fromScanResult({ input, words: part.words, hits: kept }, piece, { url: '', lexiconVersion: '' }).hits;
      kept.forEach((hit, i) => {
        sentences.add(offset + hit.sentence.start, piece.slice(hit.sentence.start, hit.sentence.end));
        hits.push({ ...hit, start: hit.start + offset, end: hit.end + offset, sentence: { start: hit.sentence.start + offset, end: hit.sentence.end + offset } });
        const e = exported[i];
        exportHits.push({ ...e, position: [e.position[0] + offset, e.position[1] + offset], codePoints: e.codePoints && [e.codePoints[0] + points, e.codePoints[1] + points] });
      });
    }
    offset += piece.length;
    points += codePoints(piece);
  }
  summary.perThousandWords = summary.words > 0 ? Math.round((summary.hits / summary.words) * 100_000) / 100 : 0;
  const result: ScanResultOut = { input, ...(id === undefined ? {} : { id }), words: summary.words, hits, summary };
  if (summary.hits > hits.length) result.truncated = { hits: summary.hits, kept: hits.length };
  return { result, text: sentences, exportHits };
}
