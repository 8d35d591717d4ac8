/**
 * The highlight groups: one per source family plus one for the user's own
 * phrases. A group's id names its CSS highlight (`rhetoric-lens-kcna`) and
 * its fallback marks (`<mark data-rhetoric-lens="kcna">`).
 */
import type { EntryMeta } from '../core/compiled';
import { FAMILY_IDS, type FamilyId } from '../lexicon/families';

export type Group = FamilyId | 'custom';
/** One group per family of the registry, then the user's own phrases. */
export const GROUPS: readonly Group[] = [...FAMILY_IDS, 'custom'];
export const CUSTOM_GROUP = GROUPS.indexOf('custom');

export const HIGHLIGHT_PREFIX = 'rhetoric-lens-';
/** The occurrence the card or a keyboard step is on. */
export const CURRENT_HIGHLIGHT = `${HIGHLIGHT_PREFIX}current`;
/** A brief flash after "go to". */
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}flash`;

export function highlightName(group: number): string {
  return HIGHLIGHT_PREFIX + GROUPS[group];
}

export interface HitFilter {
  /** Families whose phrases the user hid. */
  hiddenSources: readonly string[];
  sensitivity: 'all' | 'signature';
  /** An entry is hidden when every one of its techniques is (the same rule as `techniquesShown` in settings.ts). */
  hiddenTechniques?: readonly string[];
  /** Built-in entries the user hid ("Hide this phrase"). */
  hiddenEntries?: readonly string[];
}

/** The group an entry is shown in under the settings, or -1 when it is hidden. The first enabled source wins. */
export function groupOf(entry: EntryMeta, filter: HitFilter): number {
  if (entry.custom) return CUSTOM_GROUP;
  if (filter.sensitivity === 'signature' && entry.tier !== 'signature') return -1;
  if (filter.hiddenEntries?.includes(entry.id)) return -1;
  const hidden = filter.hiddenTechniques;
  if (hidden && hidden.length > 0 && entry.techniques.length > 0 && entry.techniques.every((t) => hidden.includes(t))) return -1;
  for (const source of entry.sources) {
    if (filter.hiddenSources.includes(source)) continue;
    const group = GROUPS.indexOf(source as Group);
    if (group >= 0) return group;
  }
  return -1;
}

/** Rules for the current occurrence and the flash, added after the groups' rules (src/dom/highlight-style.ts). */
export function focusCss(): string {
  return [
    `::highlight(${CURRENT_HIGHLIGHT}) { background-color: rgba(255, 214, 0, 0.6); color: #111; }`,
    `::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(255, 145, 0, 0.9); color: #000; }`,
    `mark[data-rhetoric-lens][data-rhetoric-lens-current] { background-color: rgba(255, 214, 0, 0.6); color: #111; }`,
  ].join('\n');
}
