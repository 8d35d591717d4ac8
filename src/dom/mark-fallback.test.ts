// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { MARK_ATTRIBUTE, MarkFallback } from './mark-fallback';
import { walkAll } from '../../tests/support/test-dom';
import type { Block, LensHit } from './text-index';

function hit(block: Block, start: number, end: number, group = 0): LensHit {
  return { block, entry: 0, start, end, sentence: { start, end }, voice: 'own', group, shown: null, live: true };
}

/** The tree with text node boundaries made visible, which innerHTML would hide. */
function structure(node: Node): string {
  if (node.nodeType === 3) return `"${(node as Text).data}"`;
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const attributes = [...element.attributes].map((a) => ` ${a.name}=${a.value}`).join('');
  return `<${element.localName}${attributes}>${[...element.childNodes].map(structure).join('|')}</${element.localName}>`;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, 4);
  while (walker.nextNode()) out.push(walker.currentNode as Text);
  return out;
}

beforeEach(() => {
  document.body.textContent = '';
});

describe('the mark fallback', () => {
  test('wraps a phrase split by <em> in one mark per text piece, and restores it exactly', () => {
    const p = document.createElement('p');
    p.append('They blame the ', document.createElement('em'), ' West for it.');
    p.querySelector('em')!.textContent = 'collective';
    document.body.append(p);
    const before = document.body.innerHTML;
    const nodes = textNodes(p);
    const { blocks, text } = walkAll(document.body);
    const h = hit(blocks[0], text.indexOf('the collective'), text.indexOf(' for'));
    const fallback = new MarkFallback(document, '');
    expect(fallback.show(h)).toBe(true);
    const marks = [...document.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)];
    expect(marks.map((m) => m.textContent)).toEqual(['the ', 'collective', ' West']);
    expect(marks.every((m) => m.getAttribute(MARK_ATTRIBUTE) === 'kcna')).toBe(true);
    expect(fallback.hitOf(marks[1])).toBe(h);
    fallback.hide(h);
    expect(document.body.innerHTML).toBe(before);
    expect(textNodes(p)).toEqual(nodes); // the very same nodes, merged back
  });

  test('dispose unwraps everything', () => {
    const p = document.createElement('p');
    p.textContent = 'the Kiev regime and the Kiev regime';
    document.body.append(p);
    const before = document.body.innerHTML;
    const { blocks } = walkAll(document.body);
    const fallback = new MarkFallback(document, '');
    fallback.show(hit(blocks[0], 4, 15, 2));
    fallback.show(hit(blocks[0], 24, 35, 2));
    expect(document.querySelectorAll('mark').length).toBe(2);
    fallback.dispose();
    expect(document.body.innerHTML).toBe(before);
    expect(p.childNodes.length).toBe(1);
  });

  test('property: wrapping and unwrapping in any order restores the DOM exactly', () => {
    const PIECES = ['the ', 'collective', ' West', 'Kiev', ' regime ', 'a', 'bc'];
    const TAGS = ['p', 'em', 'a', 'span', 'b', 'div', 'li'];
    type Tree = string | { tag: string; children: Tree[] };
    const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, fc.constantFrom(...PIECES), tie('node')),
      node: fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie('tree'), { maxLength: 4 }) }),
    }));
    const build = (parent: Node, t: Tree) => {
      if (typeof t === 'string') parent.appendChild(document.createTextNode(t));
      else {
        const element = document.createElement(t.tag);
        for (const child of t.children) build(element, child);
        parent.appendChild(element);
      }
    };
    fc.assert(
      fc.property(
        fc.array(tree, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(12)), { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (trees, spans, showOrder, hideOrder) => {
          document.body.textContent = '';
          for (const t of trees) build(document.body, t);
          const before = structure(document.body);
          const html = document.body.innerHTML;
          const nodes = textNodes(document.body);
          const { blocks, text } = walkAll(document.body);
          // Non-overlapping hits inside blocks, as the matcher gives them.
          const hits: LensHit[] = [];
          for (const [at, length] of spans) {
            if (blocks.length === 0) break;
            const block = blocks[at % blocks.length];
            const size = block.end - block.start;
            if (size === 0) continue;
            const start = block.start + (at % size);
            const end = Math.min(block.end, start + 1 + length);
            if (hits.some((h) => h.block === block && h.start < end && start < h.end)) continue;
            hits.push(hit(block, start, end, at % 4));
          }
          const pick = (order: number[], list: LensHit[]) => {
            const rest = [...list];
            const out: LensHit[] = [];
            for (const n of order) if (rest.length > 0) out.push(rest.splice(n % rest.length, 1)[0]);
            return [...out, ...rest];
          };
          const fallback = new MarkFallback(document, '');
          for (const h of pick(showOrder, hits)) expect(fallback.show(h)).toBe(true);
          for (const h of hits) {
            const marked = (h.shown as HTMLElement[]).map((m) => m.textContent).join('');
            expect(marked).toBe(text.slice(h.start, h.end));
          }
          for (const h of pick(hideOrder, hits)) fallback.hide(h);
          expect(document.body.innerHTML).toBe(html);
          expect(structure(document.body)).toBe(before);
          expect(textNodes(document.body)).toEqual(nodes);
        },
      ),
      { numRuns: 300 },
    );
  });
});
