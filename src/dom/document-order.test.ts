// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { compareKeys, DocumentOrder, sortByDocumentOrder } from './document-order';
import { walkAll } from '../../tests/support/test-dom';

type Tree = string | { tag: string; shadow: Tree[] | null; children: Tree[] };

/** Text nodes in the order the page reads: a host's shadow tree first, then its light children. */
function readingOrder(node: Node, out: Text[] = []): Text[] {
  if (node.nodeType === 3) out.push(node as Text);
  const shadow = (node as Element).shadowRoot;
  if (shadow) readingOrder(shadow, out);
  for (const child of node.childNodes) readingOrder(child, out);
  return out;
}

function build(parent: Node, t: Tree) {
  if (typeof t === 'string') {
    parent.appendChild(document.createTextNode(t));
    return;
  }
  const element = document.createElement(t.tag);
  if (t.shadow) {
    const root = element.attachShadow({ mode: 'open' });
    for (const child of t.shadow) build(root, child);
  }
  for (const child of t.children) build(element, child);
  parent.appendChild(element);
}

beforeEach(() => {
  document.body.textContent = '';
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('document order', () => {
  test('an ancestor comes before its descendants, siblings in order', () => {
    expect(compareKeys([0, 1], [0, 1, 0])).toBeLessThan(0);
    expect(compareKeys([0, 2], [0, 1, 5])).toBeGreaterThan(0);
    expect(compareKeys([0, -1, 3], [0, 0])).toBeLessThan(0);
  });

  test('a parent with thousands of children is indexed once, and orders right', () => {
    const nodes: Text[] = [];
    for (let i = 0; i < 5000; i++) {
      const p = document.createElement('p');
      p.textContent = `p${i}`;
      nodes.push(p.firstChild as Text);
      document.body.append(p);
    }
    const shuffled = [...nodes].reverse();
    expect(sortByDocumentOrder(shuffled, (n) => n)).toEqual(nodes);
  });

  test('property: keys sort text nodes in reading order, shadow trees included', () => {
    const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, fc.constantFrom('a', 'b', 'c'), tie('node')),
      node: fc.record({
        tag: fc.constantFrom('div', 'p', 'span', 'x-box'),
        shadow: fc.option(fc.array(tie('tree'), { maxLength: 3 }), { freq: 4 }) as fc.Arbitrary<Tree[] | null>,
        children: fc.array(tie('tree'), { maxLength: 4 }),
      }),
    }));
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), fc.nat(), (trees, seed) => {
        document.body.textContent = '';
        for (const t of trees) build(document.body, t);
        const expected = readingOrder(document.body);
        // Any permutation sorts back to reading order.
        const shuffled = expected.map((n, i) => ({ n, r: (i * 7919 + seed) % 104729 })).sort((a, b) => a.r - b.r).map((x) => x.n);
        expect(sortByDocumentOrder(shuffled, (n) => n, new DocumentOrder())).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('very deep pages', () => {
  test('10,000 nested elements are walked, ordered and mapped without recursion', () => {
    // happy-dom computes a style by walking every ancestor: at this depth its checkVisibility, not ours, would be slow.
    vi.spyOn(Element.prototype, 'checkVisibility').mockReturnValue(true);
    let parent: Element = document.body;
    for (let i = 0; i < 10_000; i++) {
      const child = document.createElement(i % 1000 === 500 ? 'div' : i % 3 === 0 ? 'em' : 'span');
      child.append(i % 1000 === 0 ? 'the collective West ' : `w${i} `);
      parent.append(child);
      parent = child;
    }
    parent.append('the bottom.');
    const result = walkAll(document.body, { pause: true });
    expect(result.text).toContain('the bottom.');
    expect(result.text.split('the collective West').length - 1).toBe(10);
    expect(result.blocks.length).toBe(11); // a run before the first <div>, and one in each
    const order = new DocumentOrder();
    const deepest = result.blocks[result.blocks.length - 1].nodes.at(-1)!;
    expect(order.key(deepest).length).toBeGreaterThan(10_000);
    expect(sortByDocumentOrder([...result.blocks].reverse(), (b) => b.nodes[0], order)).toEqual(result.blocks);
  });
});
