/**
 * Finds the hit under a point. Highlights are not elements, so the pointer
 * position is turned into a caret position (`caretPositionFromPoint`, or
 * `caretRangeFromPoint` where that is missing), looked up in the text index,
 * and confirmed against the hit's own client rectangles, since a caret
 * position is also reported for points beside the text.
 */
import { blockOwnerOf } from './element-kinds';
import { endPoint, offsetOf, startPoint, type LensHit, type TextIndex } from './text-index';

/** Slack around a hit's rectangles, in CSS pixels. */
const SLACK = 1;

export interface Caret {
  node: Node;
  offset: number;
}

type CaretPositionFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
type CaretRangeFromPoint = (x: number, y: number) => Range | null;

/** The caret position at a viewport point, looking into the given open shadow roots. */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | null {
  try {
    const byPosition = (doc as Document & { caretPositionFromPoint?: CaretPositionFromPoint }).caretPositionFromPoint;
    if (typeof byPosition === 'function') {
      const position = shadowRoots.length > 0 ? byPosition.call(doc, x, y, { shadowRoots }) : byPosition.call(doc, x, y);
      return position ? { node: position.offsetNode, offset: position.offset } : null;
    }
    const byRange = (doc as Document & { caretRangeFromPoint?: CaretRangeFromPoint }).caretRangeFromPoint;
    if (typeof byRange === 'function') {
      const range = byRange.call(doc, x, y);
      return range ? { node: range.startContainer, offset: range.startOffset } : null;
    }
  } catch {
    // An engine that rejects the options, or a point outside the document: no hit.
  }
  return null;
}

/** The shown hit whose text covers the caret and whose rectangles contain the point. */
export function hitAtCaret(index: TextIndex, caret: Caret, x: number, y: number): LensHit | null {
  if (caret.node.nodeType !== 3) return null;
  const owner = blockOwnerOf(caret.node);
  const blocks = owner && index.blocksOf(owner);
  if (!blocks) return null;
  for (const block of blocks) {
    if (block.hits.length === 0) continue;
    const at = offsetOf(block, caret.node, caret.offset);
    if (at < 0) continue;
    for (const hit of block.hits) {
      if (hit.group >= 0 && hit.start <= at && at <= hit.end && containsPoint(hit, x, y)) return hit;
    }
  }
  return null;
}

/** A live Range over a hit, for measuring. Short-lived: the caller drops it. */
export function measureRange(hit: LensHit): Range | null {
  try {
    const start = startPoint(hit.block, hit.start);
    const end = endPoint(hit.block, hit.end);
    const range = start.node.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  } catch {
    return null; // the page changed the text since the scan; the rescan will follow
  }
}

export function containsPoint(hit: LensHit, x: number, y: number): boolean {
  const range = measureRange(hit);
  if (!range) return false;
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return true;
  }
  return false;
}

/** The rectangle to place a card by: the hit's first line box. */
export function anchorRect(hit: LensHit): DOMRect | null {
  const range = measureRange(hit);
  if (!range) return null;
  const rects = range.getClientRects();
  return rects.length > 0 ? rects[0] : range.getBoundingClientRect();
}
