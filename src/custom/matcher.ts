/**
 * The built-in matcher and the user's phrases as one matcher, for the
 * content script: `entries` lists the built-in entries, then the custom ones,
 * and `scan` returns the hits of both, custom entry indexes shifted past the
 * built-in ones. The custom layer can be swapped when the user's phrases
 * change; the built-in automaton is never rebuilt. Where a custom hit and a
 * built-in hit overlap, the longer wins (then the earlier), as inside one
 * matcher, so no two hits ever overlap.
 */
import type { CompiledLexicon, EntryMeta } from '../core/compiled';
import { Matcher, type DocumentContext, type ScanResult } from '../core/matcher';
import type { Hit } from '../core/types';

export class LayeredMatcher extends Matcher {
  #custom: Matcher | null = null;
  readonly #builtinEntries: EntryMeta[];
  declare entries: EntryMeta[];

  readonly #builtinSpeakers: string[] | undefined;

  constructor(builtin: CompiledLexicon, custom: CompiledLexicon | null = null) {
    super(builtin);
    this.#builtinEntries = builtin.entries;
    this.#builtinSpeakers = builtin.documents?.speakers;
    this.setCustom(custom);
  }

  /** Replaces the user's phrases (null: none). The page must be rescanned for the change to show. */
  setCustom(lexicon: CompiledLexicon | null): void {
    // The user's phrases read voice with the same speakers as the built-in ones.
    const speakers = this.#builtinSpeakers;
    this.#custom = lexicon && lexicon.entries.length > 0 ? new Matcher(speakers ? { ...lexicon, documents: { groupFamilies: [], hosts: {}, speakers } } : lexicon) : null;
    this.entries = this.#custom ? [...this.#builtinEntries, ...this.#custom.entries] : this.#builtinEntries;
  }

  get hasCustom(): boolean {
    return this.#custom !== null;
  }

  override scan(text: string, context?: DocumentContext): ScanResult {
    const base = super.scan(text, context);
    if (!this.#custom) return base;
    const offset = this.#builtinEntries.length;
    const extra = this.#custom.scan(text).hits.map((hit) => ({ ...hit, entry: hit.entry + offset }));
    return extra.length === 0 ? base : { hits: mergeHits(base.hits, extra), words: base.words };
  }
}

/** Two lists of non-overlapping hits, sorted by start, as one such list. */
export function mergeHits(a: Hit[], b: Hit[]): Hit[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Hit[] = [];
  for (let i = 0; i < all.length; ) {
    let clusterEnd = all[i].end;
    let j = i + 1;
    while (j < all.length && all[j].start < clusterEnd) clusterEnd = Math.max(clusterEnd, all[j++].end);
    const cluster = all.slice(i, j).sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
    const picked: Hit[] = [];
    for (const hit of cluster) if (picked.every((p) => p.end <= hit.start || hit.end <= p.start)) picked.push(hit);
    out.push(...picked.sort((x, y) => x.start - y.start));
    i = j;
  }
  return out;
}
