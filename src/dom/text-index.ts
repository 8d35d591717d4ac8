/**
 * The text index: the page's visible text as blocks (paragraphs, list items,
 * headings, cells…), each a stretch of one shared string, with an offset map
 * back to the text nodes it came from. Many blocks share one string, joined
 * by BLOCK_SEPARATOR, so the matcher runs once per batch and no phrase
 * crosses a block edge.
 */
import { BLOCK_SEPARATOR } from '../core/chars';
import type { Voice } from '../core/types';

/** The string that a batch of blocks was scanned as. Filled when the batch is sealed. */
export interface BatchText {
  text: string;
}

export interface Block {
  /** The block element (or shadow root) whose text this is. One owner may have several blocks, split by nested blocks or `<br>`. */
  owner: Node;
  batch: BatchText;
  /** The block's stretch of `batch.text`, end exclusive. */
  start: number;
  end: number;
  /** The text nodes in order, and where each starts in `batch.text`. Emptied for blocks without hits: nothing needs them. */
  nodes: Text[];
  starts: number[];
  /** Words in the block, as the matcher counted them. */
  words: number;
  hits: LensHit[];
  /** When the block was made, on the index's claim clock: a block older than its owner's last claim is stale. */
  stamp: number;
}

/** A hit placed on the page. Offsets index `block.batch.text`. */
export interface LensHit {
  block: Block;
  /** Index into the matcher's entries. */
  entry: number;
  start: number;
  end: number;
  sentence: { start: number; end: number };
  voice: Voice;
  /** The highlight group it is shown in (see highlight-groups.ts), or -1 when the settings hide it. */
  group: number;
  /** Its registered range (or marks, in the fallback), null while deferred or hidden. */
  shown: unknown;
  /** False once its block has been dropped (rescanned or removed from the page). */
  live: boolean;
}

/** A text position: a node and an offset in it. */
export interface Point {
  node: Text;
  offset: number;
}

/** Whether a string is only white space (the indentation between tags). Stops at the first other character. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/**
 * Collects runs of text nodes into blocks of one string. The nodes' strings
 * are kept as parts and joined once, when the batch is sealed: no string is
 * built per node.
 */
export class BatchBuilder {
  blocks: Block[] = [];
  /** Stamp given to blocks made from now on. */
  stamp = 0;
  #batch: BatchText = { text: '' };
  #owner: Node | null = null;
  #nodes: Text[] = [];
  #starts: number[] = [];
  #runStart = 0;
  #parts: string[] = [];
  #length = 0;

  get inRun(): boolean {
    return this.#owner !== null;
  }

  /** Characters in the batch so far. */
  get size(): number {
    return this.#length;
  }

  /** Appends a text node to the current run of `owner`. Leading blank nodes start no run; `owner` null means text to leave out. */
  addText(owner: Node | null, node: Text): void {
    if (owner === null) return;
    const data = node.data;
    if (this.#owner !== owner) {
      this.endRun();
      if (isBlank(data)) return;
      if (this.#length > 0) this.#append(BLOCK_SEPARATOR);
      this.#owner = owner;
      this.#runStart = this.#length;
      this.#nodes = [node];
      this.#starts = [this.#length];
      this.#append(data);
      return;
    }
    this.#nodes.push(node);
    this.#starts.push(this.#length);
    this.#append(data);
  }

  #append(text: string): void {
    this.#parts.push(text);
    this.#length += text.length;
  }

  /** Ends the current run: a block edge. */
  endRun(): void {
    if (this.#owner === null) return;
    this.blocks.push({ owner: this.#owner, batch: this.#batch, start: this.#runStart, end: this.#length, nodes: this.#nodes, starts: this.#starts, words: 0, hits: [], stamp: this.stamp });
    this.#owner = null;
  }

  /** Closes the batch (at a run edge) and starts the next. */
  seal(): { batch: BatchText; blocks: Block[] } {
    this.endRun();
    // One part (a single huge text node) is the batch's text as it is: joining would copy it.
    this.#batch.text = this.#parts.length === 1 ? this.#parts[0] : this.#parts.join('');
    const sealed = { batch: this.#batch, blocks: this.blocks };
    this.#batch = { text: '' };
    this.#parts = [];
    this.#length = 0;
    this.blocks = [];
    return sealed;
  }
}

/** Blocks by owner, so a changed block element can be dropped and rescanned alone. */
export class TextIndex {
  readonly #byOwner = new Map<Node, Block[]>();

  add(block: Block): void {
    const list = this.#byOwner.get(block.owner);
    if (list) list.push(block);
    else this.#byOwner.set(block.owner, [block]);
  }

  /** Removes and returns the blocks of an owner. */
  take(owner: Node): Block[] {
    const list = this.#byOwner.get(owner);
    if (!list) return [];
    this.#byOwner.delete(owner);
    return list;
  }

  blocksOf(owner: Node): Block[] | undefined {
    return this.#byOwner.get(owner);
  }

  /** Removes and returns the blocks whose owner has left the document. */
  sweep(): Block[] {
    const removed: Block[] = [];
    for (const [owner, list] of this.#byOwner) {
      if (!owner.isConnected) {
        this.#byOwner.delete(owner);
        for (const block of list) removed.push(block);
      }
    }
    return removed;
  }

  clear(): void {
    this.#byOwner.clear();
  }

  *blocks(): IterableIterator<Block> {
    for (const list of this.#byOwner.values()) yield* list;
  }

  get owners(): number {
    return this.#byOwner.size;
  }
}

/** Index of the last entry of a sorted array that is at most `value` (0 when none is). */
function lastAtMost(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The DOM position of the character at `offset` (a start boundary). */
export function startPoint(block: Block, offset: number): Point {
  const k = lastAtMost(block.starts, offset);
  return { node: block.nodes[k], offset: offset - block.starts[k] };
}

/** The DOM position just after the character before `offset` (an end boundary): it stays in the node holding that character. */
export function endPoint(block: Block, offset: number): Point {
  const k = lastAtMost(block.starts, offset - 1);
  return { node: block.nodes[k], offset: offset - block.starts[k] };
}

/** The offset in `block.batch.text` of a DOM position, or -1 when the node is not in the block. */
export function offsetOf(block: Block, node: Node, offset: number): number {
  const k = block.nodes.indexOf(node as Text);
  return k < 0 ? -1 : block.starts[k] + offset;
}

/** The block's own text. */
export function blockText(block: Block): string {
  return block.batch.text.slice(block.start, block.end);
}
