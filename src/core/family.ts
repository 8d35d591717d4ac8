/**
 * What the engine and every view know about a source family, as one
 * descriptor. The descriptors themselves are data in `src/lexicon/<family>/family.ts`,
 * joined in `src/lexicon/families.ts`; core only defines their shape, and the
 * functions that need them (the compiler, voice) take them as arguments.
 */

/** Highlight palettes the user can choose between. */
export const PALETTES = ['standard', 'colour-blind', 'monochrome'] as const;
export type Palette = (typeof PALETTES)[number];

/** Underline styles: each group keeps its own in every palette, so colour is never the only signal. */
export type LineStyle = 'solid' | 'dashed' | 'wavy' | 'dotted' | 'double';

export interface Swatch {
  /** Tint colour as r, g, b. */
  rgb: readonly [number, number, number];
  /** Base opacity of the tint at normal intensity. */
  alpha: number;
  /** Underline colour. */
  line: string;
}

export interface FamilyDescriptor {
  /** Stable kebab-case id: in entries' `sources`, storage, CSS highlight names and messages. */
  id: string;
  /** The name used everywhere a source is named: "phrasing typical of KCNA". */
  name: string;
  /** The country or region, for grouping ("North Korea"). */
  region: string;
  /** The outlets and offices, as a reader would list them. */
  outlets: string;
  /**
   * Hosts whose pages speak in this family's voice (`rt.com` also covers
   * `www.rt.com` and `de.rt.com`). Document context for the matcher.
   */
  hosts: readonly string[];
  /**
   * Context markers, in the lexicon's pattern syntax: words that show a
   * passage is about this source's government. A `common`-tier entry fires
   * only near one of them.
   */
  contextMarkers: readonly string[];
  /**
   * Who speaks for this source, in lower case: outlets and officials whose
   * attribution ("KCNA said…", "…, Lavrov told reporters") makes a sentence quoted.
   */
  speakers: readonly string[];
  /** A phrase of this family for previews (the options page's style sample). */
  sample: string;
  /** Highlight colours, one per palette. */
  swatches: Readonly<Record<Palette, Swatch>>;
  line: LineStyle;
}
