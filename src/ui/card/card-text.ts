/**
 * The card's wording: neutral and descriptive. It says what the phrasing is
 * typical of, never what the page or its author is.
 */
import { sourceLabel } from '../../lexicon/families';
import type { Voice } from '../../core/types';
import { techniqueLabel } from '../popup/labels';

/** "Phrasing typical of KCNA", "Phrasing typical of Russian state media and KCNA"; for the user's phrases, their label. */
export function sourcesLine(sources: readonly string[], custom = false): string {
  if (custom) {
    const label = sources.find((s) => s !== 'custom' && s.trim() !== '');
    return label ? `One of your own phrases: ${label}` : 'One of your own phrases';
  }
  const labels = sources.map((s) => sourceLabel(s));
  if (labels.length === 0) return 'Phrasing typical of state media';
  const joined = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
  return `Phrasing typical of ${joined}`;
}

/** "Loaded language, Name-calling". */
export function techniquesLine(techniques: readonly string[]): string {
  return techniques.map((t) => techniqueLabel(t)).join(', ');
}

export function voiceLine(voice: Voice): string {
  return voice === 'quoted' ? 'Quoted: the page reports these words from someone else.' : "In the page's own voice.";
}
