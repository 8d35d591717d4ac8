/**
 * How the CLI's human output looks: on a terminal, bold and the families'
 * colours (from the registry's swatches); otherwise, or with NO_COLOR or
 * --no-color, plain text with no escape codes at all. Markdown is a format
 * of its own (--format markdown), never what this prints.
 */
import { familyOf, sourceLabel } from '../lexicon/families';
import { techniqueLabel } from '../ui/popup/labels';

/** Whether to colour: standard output is a terminal, NO_COLOR is unset or empty (https://no-color.org) and --no-color was not given. */
export function wantsColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>, noColorFlag: boolean): boolean {
  return isTTY && !env.NO_COLOR && !noColorFlag;
}

/** The xterm 256-colour index nearest an RGB colour, in the 6×6×6 cube. */
export function ansi256([r, g, b]: readonly [number, number, number]): number {
  const step = (v: number) => Math.round((v / 255) * 5);
  return 16 + 36 * step(r) + 6 * step(g) + step(b);
}

export interface Style {
  color: boolean;
  /** A heading or a phrase's name. */
  strong(text: string): string;
  /** Secondary text: counts, the voice. */
  dim(text: string): string;
  /** The matched words inside their sentence, in the colour of their family when they have one; [brackets] without colour. */
  match(text: string, sources: readonly string[]): string;
  /** A family's name, in its colour. */
  family(source: string): string;
  /** Families' names, joined with commas. */
  families(sources: readonly string[]): string;
  /** Techniques' names, joined with commas. */
  techniques(techniques: readonly string[]): string;
}

export function makeStyle(color: boolean): Style {
  const sgr = (codes: string, text: string) => (color ? `\x1b[${codes}m${text}\x1b[0m` : text);
  const colourOf = (source: string) => {
    const rgb = familyOf(source)?.swatches.standard.rgb;
    return rgb ? `38;5;${ansi256(rgb)}` : '';
  };
  const family = (source: string) => {
    const code = colourOf(source);
    return code ? sgr(code, sourceLabel(source)) : sourceLabel(source);
  };
  return {
    color,
    strong: (text) => sgr('1', text),
    dim: (text) => sgr('2', text),
    match: (text, sources) => (color ? sgr(['1;4', sources.length === 1 ? colourOf(sources[0]) : ''].filter(Boolean).join(';'), text) : `[${text}]`),
    family,
    families: (sources) => sources.map(family).join(', '),
    techniques: (techniques) => techniques.map(techniqueLabel).join(', '),
  };
}
