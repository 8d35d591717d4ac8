/**
 * The highlight palettes, checked by numbers: the three source families stay
 * apart for readers with deuteranopia and protanopia (Machado, Oliveira and
 * Fernandes 2009, severity 1, applied in linear RGB; distances as CIE76 ΔE in
 * Lab), the default palette has no red underline (a spelling or grammar mark
 * by convention), and text keeps WCAG AA contrast over every tint, on a light
 * page with dark text and on a dark page with light text.
 */
import { describe, expect, test } from 'vitest';
import { FAMILY_IDS } from '../lexicon/families';
import { DEFAULT_STYLE, groupLook, INTENSITIES, PALETTES, STYLE_GROUPS, type HighlightStyle } from './highlight-style';

type Rgb = [number, number, number];

const SIMULATIONS: Record<string, number[][]> = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  'normal vision': [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};

const toLinear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

function simulate(rgb: Rgb, matrix: number[][]): Rgb {
  const l = rgb.map(toLinear);
  return matrix.map((row) => Math.min(255, Math.max(0, fromLinear(Math.max(0, row[0] * l[0] + row[1] * l[1] + row[2] * l[2]))))) as Rgb;
}

function lab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(toLinear);
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const deltaE = (a: Rgb, b: Rgb) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));

/** WCAG 2 relative luminance and contrast ratio. */
const luminance = (rgb: Rgb) => 0.2126 * toLinear(rgb[0]) + 0.7152 * toLinear(rgb[1]) + 0.0722 * toLinear(rgb[2]);
function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function hex(color: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) throw new Error(`not a #rrggbb colour: ${color}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

/** The tint as it shows over a page background. */
function tintOver(tint: string, background: Rgb): Rgb {
  const m = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(tint);
  if (!m) throw new Error(`not an rgba tint: ${tint}`);
  const alpha = Number(m[4]);
  return [1, 2, 3].map((i, k) => Number(m[i]) * alpha + background[k] * (1 - alpha)) as Rgb;
}

/** Hue in degrees and saturation (HSL) of a colour. */
function hueSaturation([r, g, b]: Rgb): { hue: number; saturation: number } {
  const [max, min] = [Math.max(r, g, b) / 255, Math.min(r, g, b) / 255];
  const d = max - min;
  if (d === 0) return { hue: 0, saturation: 0 };
  const l = (max + min) / 2;
  const saturation = d / (1 - Math.abs(2 * l - 1));
  const [rr, gg, bb] = [r / 255, g / 255, b / 255];
  const h = max === rr ? ((gg - bb) / d) % 6 : max === gg ? (bb - rr) / d + 2 : (rr - gg) / d + 4;
  return { hue: (h * 60 + 360) % 360, saturation };
}

const LIGHT_PAGE: Rgb = [255, 255, 255];
const LIGHT_TEXT: Rgb = [0x1d, 0x21, 0x26];
const DARK_PAGE: Rgb = [0x20, 0x21, 0x24];
const DARK_TEXT: Rgb = [0xe8, 0xea, 0xed];

const pairs = FAMILY_IDS.flatMap((a, i) => FAMILY_IDS.slice(i + 1).map((b) => [a, b] as const));

describe.each(['standard', 'colour-blind'] as const)('the %s palette', (palette) => {
  const style: HighlightStyle = { ...DEFAULT_STYLE, palette };
  test.each(Object.keys(SIMULATIONS).flatMap((vision) => pairs.map(([a, b]) => [vision, a, b] as const)))('under %s, %s and %s stay apart', (vision, a, b) => {
    const matrix = SIMULATIONS[vision];
    const [lookA, lookB] = [groupLook(a, style), groupLook(b, style)];
    // Underlines: clearly different colours (ΔE ≥ 15), besides their different line styles.
    expect(deltaE(simulate(hex(lookA.line), matrix), simulate(hex(lookB.line), matrix))).toBeGreaterThanOrEqual(15);
    // Tints, as they show over a light and a dark page.
    for (const page of [LIGHT_PAGE, DARK_PAGE]) {
      expect(deltaE(simulate(tintOver(lookA.tint, page), matrix), simulate(tintOver(lookB.tint, page), matrix))).toBeGreaterThanOrEqual(15);
    }
  });
});

test('the default palette has no red underline', () => {
  for (const group of STYLE_GROUPS) {
    const { hue, saturation } = hueSaturation(hex(groupLook(group, DEFAULT_STYLE).line));
    const red = saturation > 0.35 && (hue < 20 || hue > 340);
    expect(red, `${group}: hue ${hue.toFixed(0)}°`).toBe(false);
  }
});

describe('text over the highlights keeps WCAG AA contrast (4.5:1)', () => {
  const styles = PALETTES.flatMap((palette) => INTENSITIES.map((intensity) => ({ ...DEFAULT_STYLE, palette, intensity })));
  test.each(styles.flatMap((style) => STYLE_GROUPS.map((group) => [style.palette, style.intensity, group, style] as const)))('%s, %s: %s', (_p, _i, group, style) => {
    const { tint } = groupLook(group, style);
    expect(contrast(LIGHT_TEXT, tintOver(tint, LIGHT_PAGE))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(DARK_TEXT, tintOver(tint, DARK_PAGE))).toBeGreaterThanOrEqual(4.5);
  });
});
