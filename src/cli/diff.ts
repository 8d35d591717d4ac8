/**
 * Compares the state-media phrasing of two texts, entry by entry: what one
 * uses and the other does not (a wire story against the state-media release
 * it is based on), and what both use, with counts and an example sentence
 * from each side.
 */
import type { JsonHit } from '../export/json-hit';
import type { DocumentResult } from './scan-text';
import type { Style } from './style';

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

function example(label: string, e: DiffExample | undefined, mark: (s: string) => string): string[] {
  if (!e) return [];
  const s = e.sentence;
  return [`     ${label}: ${(s.slice(0, e.match[0]).trimStart() + mark(s.slice(e.match[0], e.match[1])) + s.slice(e.match[1]).trimEnd())}`];
}

/** The human-readable comparison: plain text, coloured on a terminal; families by name. */
export function formatDiff(diff: PhrasingDiff, style: Style): string {
  const name = (input: string) => (input === '-' ? '(standard input)' : input);
  const describe = (s: DiffSide) => `${name(s.input)} (${s.words.toLocaleString('en-US')} words, ${s.hits} ${s.hits === 1 ? 'hit' : 'hits'})`;
  const lines = [`A: ${describe(diff.a)}`, `B: ${describe(diff.b)}`];
  const section = (title: string, entries: DiffEntry[]) => {
    lines.push('', `${title}${entries.length === 0 ? ': none' : ` (${entries.length})`}`);
    for (const e of entries) {
      const counts = [e.a.count > 0 ? `A ×${e.a.count}` : '', e.b.count > 0 ? `B ×${e.b.count}` : ''].filter(Boolean).join(', ');
      const mark = (s: string) => style.match(s, e.sources);
      lines.push(`  ${style.strong(e.phrase)} · ${style.families(e.sources)} · ${counts}`);
      lines.push(...example('A', e.a.example, mark), ...example('B', e.b.example, mark));
    }
  };
  section('Only in A', diff.onlyInA);
  section('Only in B', diff.onlyInB);
  section('In both', diff.inBoth);
  return lines.join('\n');
}
