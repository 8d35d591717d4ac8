/**
 * How highlights look, as the user chose it in the options page: a palette,
 * underline only or tinted, and an intensity. `highlightCss(style)` turns the
 * choice into the `::highlight()` rules (and the same look for the fallback's
 * `<mark>`s) that the content script adopts and the options page previews.
 * Each group keeps its own underline style in every palette, so colour is
 * never the only signal.
 */
import { PALETTES, type LineStyle, type Palette, type Swatch } from '../core/family';
import { FAMILIES } from '../lexicon/families';
import { focusCss, GROUPS, type Group } from './highlight-groups';

export { PALETTES, type Palette };

export const INTENSITIES = ['subtle', 'normal', 'strong'] as const;
export type Intensity = (typeof INTENSITIES)[number];

export interface HighlightStyle {
  palette: Palette;
  /** No background tint: an underline alone, for pages where tints get in the way. */
  underlineOnly: boolean;
  intensity: Intensity;
}

export const DEFAULT_STYLE: HighlightStyle = { palette: 'standard', underlineOnly: false, intensity: 'normal' };

/** The highlight groups, as named in CSS: one per source family, plus the user's own phrases. */
export const STYLE_GROUPS = GROUPS;
export type StyleGroup = Group;

const PREFIX = 'rhetoric-lens-';

/** The user's own phrases: a group of every palette that is not a family. */
const CUSTOM_SWATCHES: Record<Palette, Swatch> = {
  // Slate: apart from the three families under deuteranopia and protanopia too (src/dom/palette.test.ts).
  standard: { rgb: [110, 120, 135], alpha: 0.24, line: '#646e7d' },
  'colour-blind': { rgb: [204, 121, 167], alpha: 0.26, line: '#cc79a7' },
  monochrome: { rgb: [128, 128, 128], alpha: 0.22, line: 'currentColor' },
};

/** Each group's swatch in a palette: a family's from its descriptor, the user's own from above. */
function swatchOf(group: StyleGroup, palette: Palette): Swatch {
  const family = FAMILIES.find((f) => f.id === group);
  const swatches: Readonly<Record<Palette, Swatch>> = family?.swatches ?? CUSTOM_SWATCHES;
  return swatches[palette] ?? swatches.standard;
}

/** Underline styles per group, the same in every palette. */
function lineOf(group: StyleGroup): LineStyle {
  return FAMILIES.find((f) => f.id === group)?.line ?? 'dotted';
}

/** The strongest tint: light text on a dark page keeps 4.5:1 over it (src/dom/palette.test.ts). */
const MAX_ALPHA = 0.38;

const INTENSITY: Record<Intensity, { alpha: number; thickness: number }> = {
  subtle: { alpha: 0.55, thickness: 1 },
  normal: { alpha: 1, thickness: 2 },
  strong: { alpha: 1.9, thickness: 3 },
};

/** How a group looks in a palette: its tint at an intensity, its underline colour and style (the legend draws it so). */
export function groupLook(group: StyleGroup, style: HighlightStyle): { tint: string; line: string; lineStyle: LineStyle } {
  const swatch = swatchOf(group, style.palette);
  const level = INTENSITY[style.intensity] ?? INTENSITY.normal;
  const alpha = Math.min(MAX_ALPHA, swatch.alpha * level.alpha).toFixed(2);
  return { tint: style.underlineOnly ? 'transparent' : `rgba(${swatch.rgb.join(', ')}, ${alpha})`, line: swatch.line, lineStyle: lineOf(group) };
}

/** The declarations for one group: what both the `::highlight()` rule and the fallback mark get. */
export function groupDeclarations(group: StyleGroup, style: HighlightStyle): string {
  const look = groupLook(group, style);
  const level = INTENSITY[style.intensity] ?? INTENSITY.normal;
  return [
    `background-color: ${look.tint};`,
    'text-decoration-line: underline;',
    `text-decoration-style: ${look.lineStyle};`,
    `text-decoration-color: ${look.line};`,
    `text-decoration-thickness: ${level.thickness}px;`,
    'text-decoration-skip-ink: none;',
  ].join(' ');
}

/** The CSS for `::highlight(rhetoric-lens-kcna|prc|rus|custom)` and for `mark[data-rhetoric-lens="…"]`, in the chosen style. */
export function highlightCss(style: HighlightStyle): string {
  const rules: string[] = [];
  for (const group of STYLE_GROUPS) {
    const declarations = groupDeclarations(group, style);
    rules.push(`::highlight(${PREFIX}${group}) { ${declarations} }`);
    rules.push(`mark[data-rhetoric-lens="${group}"] { all: unset; display: inline; color: inherit; ${declarations} }`);
  }
  return rules.join('\n');
}

/**
 * The content script's whole style: the groups' rules in `style`, then the
 * current occurrence and the flash. In the default style it is the same text
 * as the manifest's style sheet (PAGE_CSS_FILE), which the browser applies to
 * every page before it is first styled, so that showing highlights never
 * makes the page restyle.
 */
export function pageCss(style: HighlightStyle): string {
  return `${highlightCss(style)}\n${focusCss()}`;
}

/** The style sheet the manifest lists for every page, in the default style. */
export const PAGE_CSS_FILE = 'highlights.css';
