/**
 * Compares the state-media phrasing of two texts, entry by entry: what one
 * uses and the other does not (a wire story against the state-media release
 * it is based on), and what both use, with counts and an example sentence
 * from each side.
 */
import type { JsonHit } from '../export/json-hit';
import type { DocumentResult } from './scan-text';

export interface DiffSide {
  input: string;
  words: number;
  hits: number;
}

export interface DiffExample {
  /** The sentence, and the match's offsets inside it. */
  sentence: string;
  match: [start: number, end: number];
}

export interface DiffEntry {
  id: string;
  phrase: string;
  sources: string[];
  techniques: string[];
  a: { count: number; example?: DiffExample };
  b: { count: number; example?: DiffExample };
}

export interface PhrasingDiff {
  a: DiffSide;
  b: DiffSide;
  onlyInA: DiffEntry[];
  onlyInB: DiffEntry[];
  inBoth: DiffEntry[];
}

export interface ScannedText {
  result: DocumentResult;
  text: string;
}

/** The hit's sentence on one line, and where the match stands in it. */
function exampleOf(text: string, hit: JsonHit): DiffExample {
  const fold = (s: string) => s.replace(/[\u2029\s]+/g, ' ');
  const before = fold(text.slice(hit.sentence.start, hit.start));
  const match = fold(text.slice(hit.start, hit.end));
  return { sentence: before + match + fold(text.slice(hit.end, hit.sentence.end)), match: [before.length, before.length + match.length] };
}

export function diffPhrasing(a: ScannedText, b: ScannedText): PhrasingDiff {
  const entries = new Map<string, DiffEntry>();
  for (const [side, { result, text }] of [['a', a], ['b', b]] as const) {
    for (const hit of result.hits) {
      let entry = entries.get(hit.id);
      if (!entry) {
        entry = { id: hit.id, phrase: hit.phrase, sources: hit.sources, techniques: hit.techniques, a: { count: 0 }, b: { count: 0 } };
        entries.set(hit.id, entry);
      }
      const count = entry[side];
      count.count++;
      count.example ??= exampleOf(text, hit);
    }
  }
  const byCount = (x: DiffEntry, y: DiffEntry) => y.a.count + y.b.count - (x.a.count + x.b.count) || (x.id < y.id ? -1 : 1);
  const all = [...entries.values()].sort(byCount);
  const side = (r: DocumentResult): DiffSide => ({ input: r.input, words: r.words, hits: r.hits.length });
  return {
    a: side(a.result),
    b: side(b.result),
    onlyInA: all.filter((e) => e.b.count === 0),
    onlyInB: all.filter((e) => e.a.count === 0),
    inBoth: all.filter((e) => e.a.count > 0 && e.b.count > 0),
  };
}
