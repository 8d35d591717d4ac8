/**
 * One pass over a region of the page (the whole document, a shadow root, or
 * a part that changed), feeding text nodes into a BatchBuilder as runs that
 * end at block edges. The walk follows the nodes' own links (first child,
 * next sibling, parent), which costs less per node than a TreeWalker's
 * filtered steps. It stops when its slice of time is over and resumes where
 * it was.
 */
import { isBlockTag, isEditable, isSkippedName } from './element-kinds';
import type { BatchBuilder } from './text-index';
import type { Visibility } from './visibility';

const TEXT = 3;
const ELEMENT = 1;
/** How many nodes to visit between looks at the clock. */
const CLOCK_EVERY = 32;

export interface WalkHooks {
  /** The walk is about to emit fresh blocks for this owner: its old ones are stale. */
  claim(owner: Node): void;
  /** An open shadow root inside the region; it is walked as a region of its own. */
  shadowRoot(root: ShadowRoot): void;
  /** The extension's own elements (the card host). */
  isOwnUi(element: Element): boolean;
  /** The walk lost its place because the page removed it; this still-attached ancestor must be walked again. */
  lost(node: Node): void;
}

export interface WalkOptions {
  /** The owner of text directly in the root, or null to leave that text out (another walk covers it). */
  rootOwner: Node | null;
  /** Whether to walk into nested blocks. A shallow walk only refreshes the root owner's own runs. */
  deep: boolean;
}

export class RegionWalker {
  /** Owners entered, innermost last. */
  readonly #owners: (Node | null)[];
  #next: Node | null;
  #started = false;

  constructor(
    readonly root: Node,
    private readonly options: WalkOptions,
    private readonly hooks: WalkHooks,
    private readonly visibility: Visibility,
  ) {
    this.#owners = [options.rootOwner];
    this.#next = root.firstChild ? root : null;
  }

  /**
   * Walks until done (true), until `deadline` (performance.now() time), or
   * until the builder holds `batchChars` at a block edge (false: call again).
   */
  step(builder: BatchBuilder, deadline: number, batchChars: number): boolean {
    if (!this.#started) {
      this.#started = true;
      if (this.options.rootOwner) this.hooks.claim(this.options.rootOwner);
      this.#next = this.#next ? this.#advance(this.root, true, builder) : null;
    } else if (this.#next && !this.#resumable(this.#next)) {
      this.#next = this.#recover(builder);
    }
    let n = this.#next;
    let count = 0;
    while (n) {
      if (++count % CLOCK_EVERY === 0 && (performance.now() >= deadline || (builder.size >= batchChars && !builder.inRun))) {
        this.#next = n;
        return false;
      }
      let descend = false;
      const type = n.nodeType;
      if (type === TEXT) {
        builder.addText(this.#owners[this.#owners.length - 1], n as Text);
      } else if (type === ELEMENT) {
        descend = this.#enter(n as Element, builder);
      } // comments and processing instructions: passed over
      n = this.#advance(n, descend, builder);
    }
    builder.endRun();
    this.#next = null;
    return true;
  }

  /** Visits an element; returns whether to walk its children. */
  #enter(element: Element, builder: BatchBuilder): boolean {
    // Each DOM read once: this runs for every element of the page.
    const name = element.localName;
    if (name === 'br') {
      builder.endRun(); // a line break ends the run without being a block of its own
      return false;
    }
    if (isSkippedName(name)) return false;
    const shadow = element.shadowRoot;
    const block = shadow !== null || isBlockTag(name);
    if (element.hasAttributes()) {
      if (isEditable(element) || this.hooks.isOwnUi(element) || this.visibility.isHidden(element)) return false;
    } else if (block && (name === 'details' || name === 'dialog') && this.visibility.isHidden(element)) {
      return false;
    }
    // An element without attributes (a bare <p>, <li>, <span>, <em>) is taken as shown: no class,
    // style or hidden attribute can hide it, an ancestor that hides it was checked and skipped
    // already, and checking every one costs more than it finds. The browser's own styles hide a
    // closed <details> (but its summary) and a <dialog> that is not open, so those are checked.
    // The rare rest (a rule on the bare tag, a box the engine never laid out past some depth)
    // is caught where it matters: the page lens checks a bare block before showing its hits.
    if (block) {
      builder.endRun();
      if (!this.options.deep) return false;
      this.hooks.claim(element);
      this.#owners.push(element);
    }
    if (shadow) this.hooks.shadowRoot(shadow);
    return true;
  }

  /** The next node to visit after `n`: its first child if `descend`, else its next sibling or an ancestor's. */
  #advance(n: Node, descend: boolean, builder: BatchBuilder): Node | null {
    if (descend) {
      const child = n.firstChild;
      if (child) return child;
    }
    this.#leave(n, builder);
    for (let node = n; ; ) {
      if (node === this.root) return null;
      const sibling = node.nextSibling;
      if (sibling) return sibling;
      const parent = node.parentNode;
      if (!parent || parent === this.root) return null;
      this.#leave(parent, builder);
      node = parent;
    }
  }

  #leave(n: Node, builder: BatchBuilder) {
    if (this.#owners.length > 1 && this.#owners[this.#owners.length - 1] === n) {
      builder.endRun();
      this.#owners.pop();
    }
  }

  /** Whether the walk can go on from `n`: the page has not taken it out of the region while we yielded. */
  #resumable(n: Node): boolean {
    return n.isConnected && this.root.contains(n);
  }

  /**
   * The page removed the node the walk was to visit next. Go on after the
   * innermost owner that is still in place, and have it walked again later,
   * since what was left of it is unknown.
   */
  #recover(builder: BatchBuilder): Node | null {
    builder.endRun();
    while (this.#owners.length > 1) {
      const owner = this.#owners.pop() as Node;
      if (owner.isConnected && this.root.contains(owner)) {
        this.hooks.lost(owner);
        return this.#advance(owner, false, builder);
      }
    }
    if (this.root.isConnected) this.hooks.lost(this.root);
    return null;
  }
}
