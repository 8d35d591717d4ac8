/**
 * What the popup knows of an entry: the full lexicon entry when the id is a
 * built-in one, or a minimal stand-in for the user's own phrases (and for ids
 * from a newer lexicon than this build), so that no hit is ever dropped.
 */
import type { EntryMeta } from '../../core/compiled';
import type { LexiconEntry } from '../../core/types';

export interface EntryInfo {
  id: string;
  phrase: string;
  sources: string[];
  techniques: string[];
  tier: string;
  explanation: string;
  origin: string;
  original?: string;
  related: string[];
  examples: string[];
  /** False for ids the built-in lexicon does not know (custom phrases). */
  known: boolean;
}

export type EntryLookup = (id: string, match?: string) => EntryInfo;

/** What the popup needs of the user's own phrases (src/custom/phrases.ts). */
export interface CustomPhraseInfo {
  id: string;
  phrase: string;
  label: string;
  note: string;
}

export function entryLookup(entries: readonly LexiconEntry[], custom: readonly CustomPhraseInfo[] = []): EntryLookup {
  const byId = new Map<string, EntryInfo>();
  for (const c of custom) {
    byId.set(c.id, {
      id: c.id,
      phrase: c.phrase,
      sources: ['custom'],
      techniques: [],
      tier: 'signature',
      explanation: c.note.trim() || 'A phrase you added yourself.',
      origin: c.label.trim() ? `Your label: ${c.label.trim()}` : '',
      related: [],
      examples: [],
      known: true,
    });
  }
  for (const e of entries) {
    byId.set(e.id, {
      id: e.id,
      phrase: e.phrase,
      sources: [...e.sources],
      techniques: [...e.techniques],
      tier: e.tier,
      explanation: e.explanation,
      origin: e.origin,
      original: e.original,
      related: e.related,
      examples: e.examples.match,
      known: true,
    });
  }
  const unknown = new Map<string, EntryInfo>();
  return (id, match) => {
    const found = byId.get(id) ?? unknown.get(id);
    if (found) return found;
    const stand: EntryInfo = {
      id,
      phrase: match ?? id.replace(/^custom[-:]/, '').replace(/-/g, ' '),
      sources: ['custom'],
      techniques: [],
      tier: 'signature',
      explanation: 'A phrase you added yourself. The lexicon has no explanation for it.',
      origin: '',
      related: [],
      examples: [],
      known: false,
    };
    unknown.set(id, stand);
    return stand;
  };
}

/** The shape `summarize` in src/core/summary.ts counts with. */
export function entryMeta(info: EntryInfo): EntryMeta {
  return {
    id: info.id,
    phrase: info.phrase,
    sources: info.sources,
    techniques: info.techniques as EntryMeta['techniques'],
    tier: info.tier as EntryMeta['tier'],
    summary: info.explanation,
    custom: info.sources.includes('custom') || undefined,
  };
}
