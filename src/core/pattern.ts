/**
 * The pattern syntax (documented in src/lexicon/README.md): words, `word~n`
 * and `word~v` inflection marks, and `(a|b c|)` alternation. Parsing and
 * expansion are pure; inflection is delegated to an `Inflector` so that the
 * compiler can plug in compromise while tests stay deterministic.
 */

/** `n` noun, `v` verb, `a` adjective (Russian only: every case, number and gender; see inflect-ru.ts). */
export type Inflection = 'n' | 'v' | 'a';

export interface Inflector {
  /** Every form of a noun (plural, possessives) or verb (conjugations), the base form included. */
  forms(word: string, kind: Inflection): string[];
}

type Node = { kind: 'word'; text: string; inflect?: Inflection } | { kind: 'alt'; options: Node[][] };

export class PatternError extends Error {
  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(`pattern "${pattern}": ${reason}`);
  }
}

const WORD_RE = /^[\p{L}\p{N}'’\-]+$/u;
/** Expansions beyond this mean a pattern is a combinatorial accident, not a phrase. */
const MAX_EXPANSIONS = 512;

export function parsePattern(pattern: string): Node[] {
  let pos = 0;
  const fail = (reason: string): never => {
    throw new PatternError(pattern, reason);
  };

  function sequence(inGroup: boolean): Node[] {
    const nodes: Node[] = [];
    while (pos < pattern.length) {
      const ch = pattern[pos];
      if (ch === ' ') {
        pos++;
      } else if (ch === '(') {
        if (pos > 0 && /[\p{L}\p{N}']/u.test(pattern[pos - 1])) fail(`"(" at ${pos} joins a word: groups hold whole words`);
        pos++;
        const options: Node[][] = [sequence(true)];
        while (pattern[pos] === '|') {
          pos++;
          options.push(sequence(true));
        }
        if (pattern[pos] !== ')') fail(`unclosed "(" at ${pos}`);
        pos++;
        if (/[\p{L}\p{N}']/u.test(pattern[pos - 2]) && /[\p{L}\p{N}']/u.test(pattern[pos] ?? '')) fail(`")" at ${pos - 1} joins a word: groups hold whole words`);
        nodes.push({ kind: 'alt', options });
      } else if (ch === '|' || ch === ')') {
        if (!inGroup) fail(`unexpected "${ch}" at ${pos}`);
        return nodes;
      } else {
        let end = pos;
        while (end < pattern.length && !' ()|'.includes(pattern[end])) end++;
        const raw = pattern.slice(pos, end);
        pos = end;
        const mark = /~([nva])$/.exec(raw);
        const text = mark ? raw.slice(0, -2) : raw;
        if (!WORD_RE.test(text)) fail(`"${raw}" is not a word (letters, digits, hyphens and apostrophes only)`);
        if (text !== text.toLowerCase()) fail(`"${raw}" must be lower case`);
        nodes.push(mark ? { kind: 'word', text, inflect: mark[1] as Inflection } : { kind: 'word', text });
      }
    }
    if (inGroup) fail('unclosed "("');
    return nodes;
  }

  const nodes = sequence(false);
  if (nodes.length === 0) fail('empty pattern');
  return nodes;
}

/** Every literal phrase a pattern stands for, as space-joined strings, inflections expanded. */
export function expandPattern(pattern: string, inflector: Inflector): string[] {
  const nodes = parsePattern(pattern);

  function expand(seq: Node[]): string[][] {
    let results: string[][] = [[]];
    for (const node of seq) {
      const choices: string[][] =
        node.kind === 'word'
          ? (node.inflect ? inflector.forms(node.text, node.inflect) : [node.text]).map((w) => [w])
          : node.options.flatMap(expand);
      const next: string[][] = [];
      for (const prefix of results) for (const choice of choices) next.push([...prefix, ...choice]);
      if (next.length > MAX_EXPANSIONS) throw new PatternError(pattern, `expands to more than ${MAX_EXPANSIONS} phrases`);
      results = next;
    }
    return results;
  }

  const phrases = new Set<string>();
  for (const words of expand(nodes)) {
    if (words.length === 0) throw new PatternError(pattern, 'an alternative leaves the pattern empty');
    phrases.add(words.join(' '));
  }
  return [...phrases];
}
