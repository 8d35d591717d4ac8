/** `rhetoric-lens diff`'s output for people: plain text, coloured on a terminal; families by name. */
import type { DiffEntry, DiffExample, DiffSide, PhrasingDiff } from '../engine/diff';
import type { Style } from './style';

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
