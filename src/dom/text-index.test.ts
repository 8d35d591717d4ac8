// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { BLOCK_SEPARATOR } from '../core/chars';
import { blockOwnerOf } from './element-kinds';
import { referenceBlocks, texts, walkAll } from '../../tests/support/test-dom';
import { blockText, endPoint, offsetOf, startPoint } from './text-index';

function body(html: string): HTMLElement {
  // Test fixtures only: the shipped code never parses HTML.
  document.body.innerHTML = html;
  return document.body;
}

beforeEach(() => {
  document.body.textContent = '';
});

describe('block boundaries', () => {
  test.each([
    ['paragraphs', '<p>One.</p><p>Two.</p>', ['One.', 'Two.']],
    ['a phrase split by <em> stays one block', '<p>the <em>collective</em> West</p>', ['the collective West']],
    ['a phrase split by <a> and <span>', '<p>hurt the <a href="#">feelings <span>of the</span> Chinese</a> people</p>', ['hurt the feelings of the Chinese people']],
    ['list items', '<ul>\n  <li>first</li>\n  <li>second</li>\n</ul>', ['first', 'second']],
    ['headings and cells', '<h2>Title</h2><table><tr><td>a</td><th>b</th></tr></table>', ['Title', 'a', 'b']],
    ['text around a nested block', '<div>intro <p>inner</p> tail</div>', ['intro ', 'inner', ' tail']],
    ['inline around a nested block', '<div>a<span>b<p>c</p>d</span>e</div>', ['ab', 'c', 'de']],
    ['a line break ends a run', '<p>the collective<br>West</p>', ['the collective', 'West']],
    ['custom elements are blocks', '<p>the <x-term>collective</x-term> West</p>', ['the ', 'collective', ' West']],
    ['blank text between blocks makes no block', '<div>\n  <p>a</p>\n  \n</div>', ['a']],
  ])('%s', (_name, html, expected) => {
    expect(texts(walkAll(body(html)))).toEqual(expected);
  });

  test('blocks are joined by the block separator, so no phrase crosses them', () => {
    const result = walkAll(body('<p>the collective</p><p>West</p>'));
    expect(result.text).toBe(`the collective${BLOCK_SEPARATOR}West`);
  });
});

describe('skip rules', () => {
  test.each([
    ['script', '<p>a</p><script>var x = "the collective West";</script>'],
    ['style', '<p>a</p><style>.x { content: "the collective West"; }</style>'],
    ['noscript', '<p>a</p><noscript>the collective West</noscript>'],
    ['template', '<p>a</p><template><p>the collective West</p></template>'],
    ['textarea', '<p>a</p><textarea>the collective West</textarea>'],
    ['select and option', '<p>a</p><select><option>the collective West</option></select>'],
    ['contenteditable and its descendants', '<p>a</p><div contenteditable="true"><p>the <b>collective</b> West</p></div>'],
    ['contenteditable with an empty value', '<p>a</p><div contenteditable>the collective West</div>'],
    ['plaintext-only editors', '<p>a</p><div contenteditable="plaintext-only">the collective West</div>'],
    ['the hidden attribute', '<p>a</p><div hidden><p>the collective West</p></div>'],
    ['display: none', '<p>a</p><p style="display: none">the collective West</p>'],
    ['an inline element with display: none', '<p>a<span style="display:none">the collective West</span></p>'],
    ['svg text', '<p>a</p><svg><text>the collective West</text></svg>'],
  ])('%s', (_name, html) => {
    expect(texts(walkAll(body(html)))).toEqual(['a']);
  });

  test('contenteditable="false" is not an editor', () => {
    expect(texts(walkAll(body('<div contenteditable="false">the collective West</div>')))).toEqual(['the collective West']);
  });

  test("the extension's own UI", () => {
    const root = body('<p>a</p><div id="ui">the collective West</div>');
    const ui = document.getElementById('ui')!;
    expect(texts(walkAll(root, { isOwnUi: (e) => e === ui }))).toEqual(['a']);
  });

  test('input values are not text nodes, and are never read', () => {
    expect(texts(walkAll(body('<p>a</p><input value="the collective West">')))).toEqual(['a']);
  });
});

describe('open shadow roots', () => {
  test('are walked as regions of their own, owned by the shadow root', () => {
    const root = body('<p>light</p><x-box></x-box>');
    const host = root.querySelector('x-box')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.append('the Juche ', document.createElement('em'), 'idea');
    (p.childNodes[1] as HTMLElement).textContent = 'shadow';
    shadow.append('top level ', p);
    const result = walkAll(root);
    expect(result.shadowRoots).toEqual([shadow]);
    expect(texts(result)).toEqual(['light', 'top level ', 'the Juche shadowidea']);
    expect(result.blocks[1].owner).toBe(shadow);
    expect(blockOwnerOf(p.firstChild!)).toBe(p);
    expect(blockOwnerOf(shadow.firstChild!)).toBe(shadow);
  });

  test('closed shadow roots stay closed', () => {
    const root = body('<p>light</p><x-box></x-box>');
    root.querySelector('x-box')!.attachShadow({ mode: 'closed' }).append('secret');
    expect(texts(walkAll(root))).toEqual(['light']);
  });
});

describe('offset map', () => {
  test('maps every character of a split phrase back to its node', () => {
    const result = walkAll(body('<p>x <a href="#">the <em>collective</em></a> West y</p>'));
    const [block] = result.blocks;
    const text = result.text;
    for (let i = block.start; i < block.end; i++) {
      const point = startPoint(block, i);
      expect(point.node.data[point.offset]).toBe(text[i]);
      expect(offsetOf(block, point.node, point.offset)).toBe(i);
    }
    const start = text.indexOf('the');
    const end = text.indexOf(' y');
    const from = startPoint(block, start);
    const to = endPoint(block, end);
    expect([from.node.data, from.offset]).toEqual(['the ', 0]);
    // An end boundary stays in the node holding the last character, not the start of the next node.
    expect([to.node.data, to.offset]).toEqual([' West y', 5]);
  });
});

/** Random trees of blocks, inline elements, skipped elements and text, built with DOM calls. */
const TEXTS = ['the ', 'collective', ' West', '  ', '\n', 'Kiev regime', 'a', '', 'ünïcødé ', '😀'];
const TAGS = ['p', 'div', 'li', 'span', 'em', 'a', 'b', 'br', 'script', 'textarea', 'td', 'x-el'];
type Tree = string | { tag: string; hidden: boolean; editable: boolean; children: Tree[] };
const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constantFrom(...TEXTS), tie('node')),
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    hidden: fc.constantFrom(false, false, false, true),
    editable: fc.constantFrom(false, false, false, true),
    children: fc.array(tie('tree'), { maxLength: 4 }),
  }),
}));

function build(parent: Node, t: Tree) {
  if (typeof t === 'string') {
    parent.appendChild(document.createTextNode(t));
    return;
  }
  const element = document.createElement(t.tag);
  if (t.hidden) element.hidden = true;
  if (t.editable) element.setAttribute('contenteditable', 'true');
  if (t.tag !== 'br') for (const child of t.children) build(element, child);
  parent.appendChild(element);
}

describe('properties over random trees', () => {
  test('the walk finds the blocks the rules describe, paused or not, and every offset maps back', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (trees) => {
        document.body.textContent = '';
        for (const t of trees) build(document.body, t);
        const expected = referenceBlocks(document.body);
        const whole = walkAll(document.body);
        const paused = walkAll(document.body, { pause: true });
        expect(texts(whole)).toEqual(expected);
        expect(texts(paused)).toEqual(expected);
        expect(whole.text).toBe(expected.join(BLOCK_SEPARATOR));
        for (const block of whole.blocks) {
          expect(block.nodes.map((n) => n.data).join('')).toBe(blockText(block));
          for (let i = block.start; i < block.end; i++) {
            const point = startPoint(block, i);
            expect(point.node.data[point.offset]).toBe(whole.text[i]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
