// @vitest-environment happy-dom
/** Text inside <blockquote> or <q> is quoted, whatever its sentence says. */
import { expect, test } from 'vitest';
import { testMatcher } from '../../tests/support/test-lexicon';
import { BatchScan, quotedRanges } from './batch-scan';
import { inQuotationElement } from './page-lens';
import type { Block } from './text-index';

function blockOf(html: string): Block {
  document.body.innerHTML = `<p>${html}</p>`;
  const owner = document.body.firstElementChild as Element;
  const walker = document.createTreeWalker(owner, 4);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(at);
    at += (n as Text).data.length;
  }
  return { owner, batch: { text: owner.textContent ?? '' } as Block['batch'], start: 0, end: at, nodes, starts, words: 0, hits: [], stamp: 0 };
}

test('a position inside <q> or <blockquote> is quoted; the text around it is not', () => {
  const block = blockOf('They spoke of <q>the collective West</q> at length.');
  const text = block.batch.text;
  expect(inQuotationElement(block, text.indexOf('collective'))).toBe(true);
  expect(inQuotationElement(block, text.indexOf('They'))).toBe(false);
  expect(inQuotationElement(block, text.indexOf('length'))).toBe(false);

  document.body.innerHTML = '<blockquote><p>The collective <em>West</em> met.</p></blockquote>';
  const p = document.querySelector('p') as Element;
  const nodes = [p.firstChild as Text, (p.querySelector('em') as Element).firstChild as Text, p.lastChild as Text];
  const quoted: Block = { owner: p, batch: { text: p.textContent ?? '' } as Block['batch'], start: 0, end: 0, nodes, starts: [0, 15, 19], words: 0, hits: [], stamp: 0 };
  expect(inQuotationElement(quoted, 16)).toBe(true);
  expect(inQuotationElement(quoted, 2)).toBe(true);
});

test('a batch tells the matcher which stretches are quotations: hits there are quoted', () => {
  const block = blockOf('The collective West met. <q>The collective West</q> is finished.');
  const text = block.batch.text;
  expect(quotedRanges([block])).toEqual([{ start: text.indexOf('The collective West is'), end: text.indexOf(' is finished') }]);
  const scan = new BatchScan(block.batch, [block]);
  scan.step(testMatcher());
  expect(scan.hits.map((h) => [text.slice(h.start, h.end), h.voice])).toEqual([
    ['The collective West', 'own'],
    ['The collective West', 'quoted'],
  ]);
});
