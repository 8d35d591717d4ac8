/**
 * How highlights look, as the user chose it in the options page: a palette,
 * underline only or tinted, and an intensity. `highlightCss(style)` turns the
 * choice into the `::highlight()` rules (and the same look for the fallback's
 * `<mark>`s) that the content script adopts and the options page previews.
 * Each group keeps its own underline style in every palette, so colour is
 * never the only signal.
 */
import { SOURCES } from '../core/types';
import { focusCss } from './highlight-groups';

export const PALETTES = ['standard', 'colour-blind', 'monochrome'] as const;
export type Palette = (typeof PALETTES)[number];

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
export const STYLE_GROUPS = [...SOURCES, 'custom'] as const;
export type StyleGroup = (typeof STYLE_GROUPS)[number];

const PREFIX = 'rhetoric-lens-';

interface Swatch {
  /** Tint colour as r, g, b. */
  rgb: [number, number, number];
  /** Base opacity of the tint at normal intensity. */
  alpha: number;
  /** Underline colour. */
  line: string;
}

/** Underline styles per group, the same in every palette. */
const LINE_STYLES: Record<StyleGroup, string> = { kcna: 'solid', prc: 'dashed', rus: 'wavy', custom: 'dotted' };

const SWATCHES: Record<Palette, Record<StyleGroup, Swatch>> = {
  standard: {
    kcna: { rgb: [229, 57, 53], alpha: 0.2, line: '#e53935' },
    prc: { rgb: [255, 170, 0], alpha: 0.26, line: '#e69500' },
    rus: { rgb: [66, 133, 244], alpha: 0.22, line: '#4285f4' },
    custom: { rgb: [52, 168, 83], alpha: 0.22, line: '#34a853' },
  },
  // Okabe and Ito's palette, chosen to stay distinct under the common forms of colour blindness.
  'colour-blind': {
    kcna: { rgb: [213, 94, 0], alpha: 0.22, line: '#d55e00' },
    prc: { rgb: [0, 158, 115], alpha: 0.22, line: '#009e73' },
    rus: { rgb: [0, 114, 178], alpha: 0.22, line: '#0072b2' },
    custom: { rgb: [204, 121, 167], alpha: 0.26, line: '#cc79a7' },
  },
  // One neutral tint; the groups differ by underline style alone.
  monochrome: {
    kcna: { rgb: [128, 128, 128], alpha: 0.22, line: 'currentColor' },
    prc: { rgb: [128, 128, 128], alpha: 0.22, line: 'currentColor' },
    rus: { rgb: [128, 128, 128], alpha: 0.22, line: 'currentColor' },
    custom: { rgb: [128, 128, 128], alpha: 0.22, line: 'currentColor' },
  },
};

const INTENSITY: Record<Intensity, { alpha: number; thickness: number }> = {
  subtle: { alpha: 0.55, thickness: 1 },
  normal: { alpha: 1, thickness: 2 },
  strong: { alpha: 1.9, thickness: 3 },
};

/** The declarations for one group: what both the `::highlight()` rule and the fallback mark get. */
export function groupDeclarations(group: StyleGroup, style: HighlightStyle): string {
  const swatch = (SWATCHES[style.palette] ?? SWATCHES.standard)[group];
  const level = INTENSITY[style.intensity] ?? INTENSITY.normal;
  const alpha = Math.min(0.85, swatch.alpha * level.alpha).toFixed(2);
  const background = style.underlineOnly ? 'transparent' : `rgba(${swatch.rgb.join(', ')}, ${alpha})`;
  return [
    `background-color: ${background};`,
    'text-decoration-line: underline;',
    `text-decoration-style: ${LINE_STYLES[group]};`,
    `text-decoration-color: ${swatch.line};`,
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
