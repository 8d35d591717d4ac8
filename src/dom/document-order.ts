/**
 * Document order across shadow roots, without `compareDocumentPosition`:
 * browsers answer that by walking a parent's children from the first, so
 * sorting thousands of blocks under one parent would cost time quadratic in
 * their number. Here each node gets a key, the path of child indexes from the
 * root, and every parent's children are indexed once per ordering. A shadow
 * root sorts right after its host, before the host's light children (index
 * -1), like the page reads where the shadow tree replaces those children.
 */
import { isShadowRoot } from './element-kinds';

export type OrderKey = number[];

/** Siblings counted one by one before a parent's children are indexed all at once. */
const COUNT_LIMIT = 32;

/** One ordering pass over a DOM that does not change meanwhile. Make a new one after changes. */
export class DocumentOrder {
  readonly #indexes = new Map<Node, number>();
  readonly #indexed = new Set<Node>();

  /** The node's path of child indexes, outermost first. */
  key(node: Node): OrderKey {
    const path: number[] = [];
    let n: Node = node;
    for (;;) {
      const parent = n.parentNode;
      if (!parent) break;
      path.push(this.#indexOf(n, parent));
      if (isShadowRoot(parent)) {
        path.push(-1);
        n = parent.host;
      } else {
        n = parent;
      }
    }
    return path.reverse();
  }

  /**
   * A child's index: counted back through its previous siblings when there
   * are few (most parents), else looked up in an index of the parent's
   * children made once (a feed or a body with thousands of children).
   */
  #indexOf(node: Node, parent: Node): number {
    if (!this.#indexed.has(parent)) {
      let count = 0;
      for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
        if (++count > COUNT_LIMIT) break;
      }
      if (count <= COUNT_LIMIT) return count;
      this.#indexed.add(parent);
      let i = 0;
      for (let child = parent.firstChild; child; child = child.nextSibling) this.#indexes.set(child, i++);
    }
    return this.#indexes.get(node) ?? 0;
  }
}

/** Orders two keys: negative when `a` comes first. An ancestor comes before its descendants. */
export function compareKeys(a: OrderKey, b: OrderKey): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** Sorts items by the document order of a node of each, computing every key once. */
export function sortByDocumentOrder<T>(items: T[], nodeOf: (item: T) => Node, order = new DocumentOrder()): T[] {
  const keyed = items.map((item) => ({ item, key: order.key(nodeOf(item)) }));
  keyed.sort((x, y) => compareKeys(x.key, y.key));
  return keyed.map((k) => k.item);
}
