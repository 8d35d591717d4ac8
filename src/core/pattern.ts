/**
 * The pattern syntax (documented in src/lexicon/README.md): words, `word~n`
 * and `word~v` inflection marks, `(a|b c|)` alternation, and two punctuation
 * tokens that stand for an optional mark inside a formula: `,` (an
 * enumeration comma) and `"` (any quotation mark). Parsing and
 * expansion are pure; inflection is delegated to an `Inflector` so that the
 * compiler can plug in compromise while tests stay deterministic.
 */

/** `n` noun, `v` verb, `a` adjective (Russian only: every case, number and gender; see inflect-ru.ts). */
export type Inflection = 'n' | 'v' | 'a';

export interface Inflector {
  /** Every form of a noun (plural, possessives) or verb (conjugations), the base form included. */
  forms(word: string, kind: Inflection): string[];
}

type Node = { kind: 'word'; text: string; inflect?: Inflection } | { kind: 'alt'; options: Node[][] } | { kind: 'punct'; text: PunctToken };

/** The punctuation tokens a pattern may hold; each matches an optional mark at that point. */
export const COMMA_TOKEN = ',';
export const QUOTE_TOKEN = '"';
export type PunctToken = typeof COMMA_TOKEN | typeof QUOTE_TOKEN;

export function isPunctToken(word: string): word is PunctToken {
  return word === COMMA_TOKEN || word === QUOTE_TOKEN;
}

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
        if (isPunctToken(raw)) {
          nodes.push({ kind: 'punct', text: raw });
          continue;
        }
        if (/[,"“”«»„]/.test(raw)) fail(`"${raw}": a comma or quotation mark stands alone, with spaces around it ("one country , two systems")`);
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
          : node.kind === 'punct'
            ? [[node.text], []] // the mark is optional: with it, and without
            : node.options.flatMap(expand);
      const next: string[][] = [];
      for (const prefix of results) for (const choice of choices) next.push([...prefix, ...choice]);
      if (next.length > MAX_EXPANSIONS) throw new PatternError(pattern, `expands to more than ${MAX_EXPANSIONS} phrases`);
      results = next;
    }
    return results;
  }

  const quoteCount = (seq: Node[]): number =>
    seq.reduce((n, node) => n + (node.kind === 'punct' ? (node.text === QUOTE_TOKEN ? 1 : 0) : node.kind === 'alt' ? Math.max(...node.options.map(quoteCount)) : 0), 0);
  if (quoteCount(nodes) % 2 !== 0) throw new PatternError(pattern, 'quotation marks ("\"") come in pairs: an opening and a closing one');

  const phrases = new Set<string>();
  for (const words of expand(nodes)) {
    if (words.length === 0) throw new PatternError(pattern, 'an alternative leaves the pattern empty');
    // One mark of a pair without the other can never match: a quotation must close inside the match.
    if (words.filter((w) => w === QUOTE_TOKEN).length % 2 !== 0) continue;
    const problem = punctuationProblem(words);
    if (problem) throw new PatternError(pattern, problem);
    phrases.add(words.join(' '));
  }
  return [...phrases];
}

/**
 * What is wrong with where the punctuation tokens stand in one expansion, or
 * undefined. The matcher reads at most one mark between two words, and a
 * quotation must close inside the match.
 */
function punctuationProblem(words: string[]): string | undefined {
  if (words.every(isPunctToken)) return 'a pattern needs a word besides punctuation';
  if (words[0] === COMMA_TOKEN || words[words.length - 1] === COMMA_TOKEN) return 'a "," stands between two words';
  for (let i = 1; i < words.length; i++) {
    if (isPunctToken(words[i]) && isPunctToken(words[i - 1])) return 'two punctuation tokens in a row';
  }
  return undefined;
}
