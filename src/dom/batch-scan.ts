/**
 * Scans one sealed batch with the matcher, a window at a time so that a huge
 * batch (a 10 MB text node) never blocks the page. Windows end at block
 * separators where there are any, so nothing is cut; inside one huge block a
 * window reads a margin on each side and keeps only the hits that start in it.
 */
import { BLOCK_SEPARATOR } from '../core/chars';
import type { DocumentContext, Matcher } from '../core/matcher';
import { MAX_SENTENCE_REACH } from '../core/sentence';
import type { Hit } from '../core/types';
import type { BatchText, Block } from './text-index';

/** Characters per matcher call: a few milliseconds of scanning. */
export const WINDOW_CHARS = 16 * 1024;
/** Read before and after a window cut inside a block: context markers, guards, sentence bounds and quotation marks lie within this. */
const MARGIN = 2 * MAX_SENTENCE_REACH;

const SEPARATOR_CODE = BLOCK_SEPARATOR.charCodeAt(0);

/** The first block separator at or after `low` and at or before `high`, or -1. */
function firstSeparator(text: string, low: number, high: number): number {
  for (let i = low; i <= high; i++) if (text.charCodeAt(i) === SEPARATOR_CODE) return i;
  return -1;
}

/** The last block separator at or after `low` and at or before `high`, or -1. */
function lastSeparator(text: string, low: number, high: number): number {
  for (let i = high; i >= low; i--) if (text.charCodeAt(i) === SEPARATOR_CODE) return i;
  return -1;
}

export class BatchScan {
  readonly hits: Hit[] = [];
  #words = 0;
  #pos = 0;

  /** The stretches of the batch's text inside a <blockquote> or <q>: quoted, and no evidence of the page's source. */
  readonly #quoted: { start: number; end: number }[];

  constructor(
    readonly batch: BatchText,
    readonly blocks: Block[],
  ) {
    this.#quoted = quotedRanges(blocks);
  }

  /** The context for a window read from `from` to `to`: the page's, with the quoted stretches in the window's offsets. */
  #contextFor(context: DocumentContext | undefined, from: number, to: number): DocumentContext | undefined {
    if (this.#quoted.length === 0) return context;
    const quoted: { start: number; end: number }[] = [];
    for (const r of this.#quoted) if (r.end > from && r.start < to) quoted.push({ start: Math.max(0, r.start - from), end: Math.min(to, r.end) - from });
    return quoted.length === 0 ? context : { ...context, quoted };
  }

  get done(): boolean {
    return this.#pos >= this.batch.text.length;
  }

  /** Scans the next window, with the page's context (see Matcher.scan). Returns true when the whole batch is scanned. */
  step(matcher: Matcher, context?: DocumentContext): boolean {
    const text = this.batch.text;
    const length = text.length;
    if (this.#pos === 0 && length <= WINDOW_CHARS * 1.5) {
      const result = matcher.scan(text, this.#contextFor(context, 0, length));
      for (const hit of result.hits) this.hits.push(hit);
      this.#words = result.words;
      this.#pos = length;
      return this.#finish();
    }
    const from = this.#pos;
    let to = Math.min(length, from + WINDOW_CHARS);
    // Every search below is bounded by the window or the margin: in one huge block (a 10 MB text node)
    // an unbounded one would read the whole text again for every window.
    if (to < length) {
      const separator = lastSeparator(text, from + 1, to);
      if (separator > from) to = separator;
    }
    // Where the window edge is not a block edge, read a margin beyond it, within the block.
    let readFrom = from;
    if (from > 0 && text.charCodeAt(from - 1) !== SEPARATOR_CODE) {
      const separator = lastSeparator(text, Math.max(0, from - MARGIN), from - 1);
      readFrom = separator >= 0 ? separator + 1 : Math.max(0, from - MARGIN);
    }
    let readTo = to;
    if (to < length && text.charCodeAt(to) !== SEPARATOR_CODE) {
      const separator = firstSeparator(text, to, Math.min(length, to + MARGIN) - 1);
      readTo = separator >= 0 ? separator : Math.min(length, to + MARGIN);
    }
    const result = matcher.scan(readFrom === 0 && readTo === length ? text : text.slice(readFrom, readTo), this.#contextFor(context, readFrom, readTo));
    for (const hit of result.hits) {
      const start = hit.start + readFrom;
      if (start < from || start >= to) continue;
      this.hits.push({
        entry: hit.entry,
        start,
        end: hit.end + readFrom,
        sentence: { start: hit.sentence.start + readFrom, end: hit.sentence.end + readFrom },
        voice: hit.voice,
      });
    }
    // Words in the margins are counted by their own window; count this window's share.
    this.#words += Math.round((result.words * (to - from)) / Math.max(1, readTo - readFrom));
    this.#pos = to < length && text.charCodeAt(to) === SEPARATOR_CODE ? to + 1 : to;
    return this.#finish();
  }

  #finish(): boolean {
    if (this.#pos < this.batch.text.length) return false;
    // Words per block, in proportion to length: words never cross a block separator, so the total is exact.
    let chars = 0;
    for (const block of this.blocks) chars += block.end - block.start;
    let given = 0;
    for (let i = 0; i < this.blocks.length; i++) {
      const block = this.blocks[i];
      const share = i === this.blocks.length - 1 ? this.#words - given : Math.round((this.#words * (block.end - block.start)) / Math.max(1, chars));
      block.words = Math.max(0, share);
      given += block.words;
    }
    return true;
  }
}

/**
 * Whether an element is, or stands inside, a <blockquote> or <q> (within its
 * tree, as `closest` reads it). Every element passed on the way up is
 * remembered, so a batch costs one step per element, not one per element and
 * level: `closest` from each text node made a page nested 10,000 deep take
 * half a second in one slice.
 */
function insideQuotation(element: Element, known: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let inside = false;
  for (let e: Element | null = element; e; e = e.parentElement) {
    const remembered = known.get(e);
    if (remembered !== undefined) {
      inside = remembered;
      break;
    }
    path.push(e);
    if (e.localName === 'blockquote' || e.localName === 'q') {
      inside = true;
      break;
    }
  }
  for (const e of path) known.set(e, inside);
  return inside;
}

/**
 * The stretches of a batch's text inside a <blockquote> or <q>, sorted and
 * merged: text the page's structure marks as a quotation.
 */
export function quotedRanges(blocks: readonly Block[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const known = new Map<Element, boolean>();
  for (const block of blocks) {
    for (let i = 0; i < block.nodes.length; i++) {
      const parent = block.nodes[i].parentElement;
      if (!parent) continue;
      if (!insideQuotation(parent, known)) continue;
      const start = block.starts[i];
      const end = i + 1 < block.starts.length ? block.starts[i + 1] : block.end;
      const last = out[out.length - 1];
      if (last && last.end >= start) last.end = Math.max(last.end, end);
      else out.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
