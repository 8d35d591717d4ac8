/**
 * The source-family registry. Every list of families in the project (the
 * compiler's context markers, voice, highlight groups and colours, labels,
 * settings, the CLI's and the docs' headings) is derived from `FAMILIES`.
 * Adding a family takes its folder and one line here (see README.md).
 *
 * This module imports descriptors only, never entries: the content script
 * and the extension pages load it without the lexicon.
 */
import type { FamilyDescriptor } from '../core/family';
import { kcnaFamily } from './kcna/family';
import { prcFamily } from './prc/family';
import { rusFamily } from './rus/family';

export const FAMILIES = [kcnaFamily, prcFamily, rusFamily] as const satisfies readonly FamilyDescriptor[];

export type FamilyId = (typeof FAMILIES)[number]['id'];
export const FAMILY_IDS: readonly FamilyId[] = FAMILIES.map((f) => f.id);

const byId = new Map<string, FamilyDescriptor>(FAMILIES.map((f) => [f.id, f]));

/** The descriptor of a family id, or undefined (a custom phrase's label, an id from a newer version). */
export function familyOf(id: string): FamilyDescriptor | undefined {
  return byId.get(id);
}

export function isFamilyId(id: string): id is FamilyId {
  return byId.has(id);
}

/** The words for a source everywhere it is named: a family's name, "your own phrases", or a custom label as written. */
export function sourceLabel(source: string): string {
  return byId.get(source)?.name ?? (source === 'custom' ? 'your own phrases' : source);
}

/** Context markers by family id, for the compiler. */
export function contextMarkersByFamily(): Record<string, readonly string[]> {
  return Object.fromEntries(FAMILIES.map((f) => [f.id, f.contextMarkers]));
}
