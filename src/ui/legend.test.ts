// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { FAMILIES } from '../lexicon/families';
import { DEFAULT_STYLE, groupDeclarations } from '../dom/highlight-style';
import { legendItems, legendView } from './legend';

describe('the legend', () => {
  test('names every family by its registry name, then your own phrases, in the style chosen', () => {
    const items = legendItems(DEFAULT_STYLE);
    expect(items.map((i) => i.name)).toEqual([...FAMILIES.map((f) => f.name), 'Your own phrases']);
    for (const item of items) {
      const css = groupDeclarations(item.group, DEFAULT_STYLE);
      expect(css).toContain(`background-color: ${item.tint};`);
      expect(css).toContain(`text-decoration-color: ${item.line};`);
      expect(css).toContain(`text-decoration-style: ${item.lineStyle};`);
    }
    expect(legendItems({ ...DEFAULT_STYLE, palette: 'colour-blind' }).map((i) => i.line)).not.toEqual(items.map((i) => i.line));
  });

  test('the view is a labelled list whose samples are hidden from screen readers', () => {
    const view = legendView(DEFAULT_STYLE);
    expect(view.getAttribute('aria-label')).toBe('What the highlight colours mean');
    expect([...view.querySelectorAll('li')].map((li) => li.textContent)).toEqual([...FAMILIES.map((f) => `Ab ${f.name}`), 'Ab Your own phrases']);
    for (const sample of view.querySelectorAll('.legend-sample')) expect(sample.getAttribute('aria-hidden')).toBe('true');
  });
});
