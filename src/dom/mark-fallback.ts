/**
 * The fallback for engines without the CSS Custom Highlight API: each hit's
 * text is wrapped in `<mark data-rhetoric-lens="group">`. Every change is
 * undone exactly: text nodes split for a mark are merged back into the
 * original node, so turning highlights off leaves the same nodes, the same
 * text and the same markup as before.
 */
import { GROUPS } from './highlight-groups';
import type { HitPainter } from './hit-painter';
import { adoptSheet, createSheet, dropSheet } from './style-sheets';
import type { LensHit } from './text-index';

export const MARK_ATTRIBUTE = 'data-rhetoric-lens';
const CURRENT_ATTRIBUTE = 'data-rhetoric-lens-current';
const FLASH_MS = 1200;

/** A piece of an original text node: the node and where its text starts in the original. */
interface Piece {
  node: Text;
  at: number;
}

/** Runs DOM writes so that the extension's own mutation watcher ignores them. */
export type Mutate = (write: () => void) => void;

export class MarkFallback implements HitPainter {
  readonly kind = 'marks';
  styleChanged = false;
  /** For each original text node we split, its pieces in order. */
  readonly #pieces = new Map<Text, Piece[]>();
  /** For each piece, its original node. */
  readonly #originals = new WeakMap<Text, Text>();
  readonly #hitOfMark = new WeakMap<Element, LensHit>();
  readonly #shownHits = new Set<LensHit>();
  readonly #sheet: CSSStyleSheet | null;
  readonly #roots = new Set<Document | ShadowRoot>();
  #current: LensHit | null = null;
  #flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    css: string,
    private readonly mutate: Mutate = (write) => write(),
  ) {
    this.#sheet = createSheet(doc, css);
  }

  /** The hit a mark belongs to, for hit-testing by event target. */
  hitOf(element: Element | null): LensHit | null {
    const mark = element?.closest(`mark[${MARK_ATTRIBUTE}]`);
    return (mark && this.#hitOfMark.get(mark)) ?? null;
  }

  show(hit: LensHit): boolean {
    if (hit.group < 0) return false;
    if (hit.shown) return true;
    const marks: HTMLElement[] = [];
    try {
      this.mutate(() => this.#wrapHit(hit, marks));
    } catch {
      // The page changed the nodes under us: undo what was done, leave the hit unpainted.
      if (marks.length > 0) this.mutate(() => marks.forEach((m) => this.#unwrapMark(m)));
      return false;
    }
    hit.shown = marks;
    this.#shownHits.add(hit);
    if (this.#shownHits.size === 1) this.repair(); // the style sheet goes in with the first mark
    const root = marks[0]?.getRootNode();
    if (root && root !== this.doc && (root as ShadowRoot).host && !this.#roots.has(root as ShadowRoot)) {
      this.#roots.add(root as ShadowRoot);
      if (this.#sheet) adoptSheet(root as ShadowRoot, this.#sheet);
    }
    return true;
  }

  hide(hit: LensHit): void {
    const marks = hit.shown as HTMLElement[] | null;
    if (!marks) return;
    hit.shown = null;
    this.#shownHits.delete(hit);
    if (this.#current === hit) this.#current = null;
    this.mutate(() => {
      for (let i = marks.length - 1; i >= 0; i--) this.#unwrapMark(marks[i]);
    });
  }

  setCurrent(hit: LensHit | null): void {
    this.mutate(() => {
      if (this.#current) for (const mark of (this.#current.shown as HTMLElement[] | null) ?? []) mark.removeAttribute(CURRENT_ATTRIBUTE);
      this.#current = hit;
      if (hit) for (const mark of (hit.shown as HTMLElement[] | null) ?? []) mark.setAttribute(CURRENT_ATTRIBUTE, '');
    });
  }

  flash(hit: LensHit): void {
    const previous = this.#current;
    this.setCurrent(hit);
    clearTimeout(this.#flashTimer);
    this.#flashTimer = setTimeout(() => {
      if (this.#current === hit) this.setCurrent(previous === hit ? hit : null);
    }, FLASH_MS);
  }

  setCss(css: string): void {
    try {
      this.#sheet?.replaceSync(css);
    } catch {
      // Keeps the previous look.
    }
  }

  repair(): void {
    if (!this.#sheet || this.#shownHits.size === 0) return;
    for (const root of [this.doc, ...this.#roots]) {
      if (!root.adoptedStyleSheets.includes(this.#sheet) && adoptSheet(root, this.#sheet)) this.styleChanged = true;
    }
  }

  /** Unwraps every mark; the page is as it was. */
  dispose(): void {
    clearTimeout(this.#flashTimer);
    this.setCurrent(null);
    for (const hit of [...this.#shownHits]) this.hide(hit);
    if (this.#sheet) {
      dropSheet(this.doc, this.#sheet);
      for (const root of this.#roots) dropSheet(root, this.#sheet);
    }
    this.#roots.clear();
  }

  #wrapHit(hit: LensHit, marks: HTMLElement[]) {
    const { block } = hit;
    for (let k = 0; k < block.nodes.length; k++) {
      const nodeStart = block.starts[k];
      const nodeEnd = k + 1 < block.nodes.length ? block.starts[k + 1] : block.end;
      const from = Math.max(hit.start, nodeStart);
      const to = Math.min(hit.end, nodeEnd);
      if (from >= to) continue;
      marks.push(this.#wrapSegment(block.nodes[k], from - nodeStart, to - nodeStart, hit));
    }
  }

  /** Wraps characters [from, to) of an original text node, splitting whichever piece holds them. */
  #wrapSegment(original: Text, from: number, to: number, hit: LensHit): HTMLElement {
    let pieces = this.#pieces.get(original);
    if (!pieces) {
      pieces = [{ node: original, at: 0 }];
      this.#pieces.set(original, pieces);
    }
    let i = pieces.length - 1;
    while (i > 0 && pieces[i].at > from) i--;
    let piece = pieces[i];
    if (piece.at + piece.node.length < to) throw new Error('the text node changed since it was indexed');
    if (to - piece.at < piece.node.length) this.#split(pieces, i, to - piece.at, original);
    if (from > piece.at) {
      this.#split(pieces, i, from - piece.at, original);
      piece = pieces[++i];
    }
    const mark = this.doc.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, GROUPS[hit.group]);
    const parent = piece.node.parentNode as Node;
    parent.insertBefore(mark, piece.node);
    mark.appendChild(piece.node);
    this.#hitOfMark.set(mark, hit);
    return mark;
  }

  #split(pieces: Piece[], i: number, offset: number, original: Text) {
    const piece = pieces[i];
    const rest = piece.node.splitText(offset);
    this.#originals.set(rest, original);
    pieces.splice(i + 1, 0, { node: rest, at: piece.at + offset });
  }

  /** Puts a mark's text back in place and merges it with its neighbouring pieces of the same original node. */
  #unwrapMark(mark: HTMLElement) {
    const node = mark.firstChild;
    const parent = mark.parentNode;
    if (parent) {
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    if (node && node.nodeType === 3) {
      const text = node as Text;
      this.#mergeWithNeighbours(text);
    }
  }

  #mergeWithNeighbours(text: Text) {
    const original = this.#originals.get(text) ?? text;
    const pieces = this.#pieces.get(original);
    if (!pieces) return;
    let i = pieces.findIndex((p) => p.node === text);
    if (i < 0) return;
    // Merge the next piece into this one, then this one into the previous: always right into left, so the original node survives.
    if (i + 1 < pieces.length && this.#adjacent(pieces[i], pieces[i + 1])) this.#merge(pieces, i);
    if (i > 0 && this.#adjacent(pieces[i - 1], pieces[i])) this.#merge(pieces, --i);
    if (pieces.length === 1) this.#pieces.delete(original);
  }

  /** Whether two consecutive pieces sit side by side, unwrapped, with their text unchanged. */
  #adjacent(left: Piece, right: Piece): boolean {
    return left.node.nextSibling === right.node && left.at + left.node.length === right.at;
  }

  #merge(pieces: Piece[], i: number) {
    const left = pieces[i].node;
    const right = pieces[i + 1].node;
    left.appendData(right.data);
    right.parentNode?.removeChild(right);
    this.#originals.delete(right);
    pieces.splice(i + 1, 1);
  }
}
