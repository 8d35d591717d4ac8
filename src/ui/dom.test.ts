// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { emphasize, emphasizeInParagraph, h, scriptLanguage } from './dom';

function html(parts: ReturnType<typeof emphasize>): string {
  const holder = h('div', null, ...parts);
  // Serialized only to compare structure in the test; the code never parses HTML.
  return new XMLSerializer().serializeToString(holder).replace(/ xmlns="[^"]*"/g, '');
}

describe('emphasize', () => {
  test.each([
    ['a middle span', 'one two three', [4, 7], '<div>one <mark>two</mark> three</div>'],
    ['the whole text', 'two', [0, 3], '<div><mark>two</mark></div>'],
    ['an empty span adds no element', 'one two', [3, 3], '<div>one two</div>'],
    ['offsets past the end are clamped', 'one two', [4, 99], '<div>one <mark>two</mark></div>'],
    ['markup in the text stays text', '<b>x</b> y', [9, 10], '<div>&lt;b&gt;x&lt;/b&gt; <mark>y</mark></div>'],
  ] as const)('%s', (_name, text, span, expected) => {
    expect(html(emphasize(text, span))).toBe(expected);
  });
});

describe('emphasizeInParagraph', () => {
  test('the sentence in <strong>, the phrase in <mark> inside it', () => {
    expect(html(emphasizeInParagraph('First. The puppet regime fell. Last.', [7, 30], [4, 17]))).toBe(
      '<div>First. <strong>The <mark>puppet regime</mark> fell.</strong> Last.</div>',
    );
  });

  test('a long paragraph is cut around the sentence, with ellipses', () => {
    const before = 'a'.repeat(1000);
    const after = 'b'.repeat(1000);
    const paragraph = `${before}Hit here.${after}`;
    const holder = h('div', null, ...emphasizeInParagraph(paragraph, [1000, 1009], [0, 3], 20));
    expect(holder.textContent).toBe(`…${'a'.repeat(20)}Hit here.${'b'.repeat(20)}…`);
    expect(holder.querySelector('mark')?.textContent).toBe('Hit');
  });
});

test.each([
  ['괴뢰정권', 'ko'],
  ['霸权主义', 'zh'],
  ['киевский режим', 'ru'],
  ['plain', undefined],
])('scriptLanguage(%s)', (text, lang) => {
  expect(scriptLanguage(text)).toBe(lang);
});

test('h sets attributes verbatim and skips absent ones', () => {
  const button = h('button', { class: 'x', attrs: { type: 'button', disabled: false, 'aria-pressed': 'true', hidden: true } }, 'Go', 1, null, [' ', 'now']);
  expect(button.getAttribute('type')).toBe('button');
  expect(button.hasAttribute('disabled')).toBe(false);
  expect(button.getAttribute('hidden')).toBe('');
  expect(button.textContent).toBe('Go1 now');
});
