import { describe, expect, test } from 'vitest';
import { DEFAULT_STYLE, highlightCss, INTENSITIES, PALETTES, STYLE_GROUPS, type HighlightStyle } from './highlight-style';

const every: HighlightStyle[] = PALETTES.flatMap((palette) => INTENSITIES.flatMap((intensity) => [false, true].map((underlineOnly) => ({ palette, intensity, underlineOnly }))));

describe('highlightCss', () => {
  test.each(every.map((style) => [JSON.stringify(style), style] as const))('%s has a rule per group for highlights and marks', (_, style) => {
    const css = highlightCss(style);
    for (const group of STYLE_GROUPS) {
      expect(css).toContain(`::highlight(rhetoric-lens-${group}) {`);
      expect(css).toContain(`mark[data-rhetoric-lens="${group}"] {`);
    }
    expect(css).not.toMatch(/undefined|NaN/);
  });

  test('every group keeps its own underline style, so colour is never the only signal', () => {
    const styles = STYLE_GROUPS.map((group) => new RegExp(`::highlight\\(rhetoric-lens-${group}\\) \\{[^}]*text-decoration-style: (\\w+)`).exec(highlightCss({ ...DEFAULT_STYLE, palette: 'monochrome' }))![1]);
    expect(new Set(styles).size).toBe(STYLE_GROUPS.length);
  });

  test('underline only drops the tint; intensity changes tint and line', () => {
    expect(highlightCss({ ...DEFAULT_STYLE, underlineOnly: true })).not.toMatch(/rgba/);
    const subtle = highlightCss({ ...DEFAULT_STYLE, intensity: 'subtle' });
    const strong = highlightCss({ ...DEFAULT_STYLE, intensity: 'strong' });
    expect(subtle).toContain('text-decoration-thickness: 1px');
    expect(strong).toContain('text-decoration-thickness: 3px');
    expect(subtle).not.toEqual(strong);
  });

  test('palettes differ', () => {
    expect(new Set(PALETTES.map((palette) => highlightCss({ ...DEFAULT_STYLE, palette }))).size).toBe(PALETTES.length);
  });
});
