/**
 * The miner's counting and ranking: which word n-grams one set of texts (the
 * target, say state media) uses far more than another (the reference, say
 * neutral news), by Dunning's log-likelihood. Pure: texts and the spans the
 * lexicon already matches in, candidates out. Reading files and running the
 * matcher are the command's job (mine-command.ts).
 *
 * N-grams never cross punctuation or a blank line (the matcher's phrases do
 * not either), and an n-gram that overlaps a span the lexicon matched is not
 * counted, so the list shows only what the lexicon misses.
 */
import { APOSTROPHE, charClass, foldCode, IGNORABLE, SEPARATOR, WORD } from '../core/chars';

export type Side = 'target' | 'reference';

export interface Token {
  /** Folded (lower case, no diacritics), as the matcher compares words. */
  word: string;
  start: number;
  end: number;
  /** Tokens with the same segment number stand in one run of text without punctuation. */
  segment: number;
  /** Tokens with the same sentence number stand in one sentence (ended by . ! ? 。！？ or a blank line). */
  sentence: number;
}

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_ENDS = '.!?。！？';

const isHan = (code: number) => (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/**
 * Splits a text into folded words, by the matcher's character classes. A Han
 * character is a token of its own (Chinese has no spaces, so a "word" would be
 * a whole clause); an apostrophe stays inside a word ("people's"); a blank
 * line ends a segment like punctuation does.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let segment = 0;
  let sentence = 0;
  let word = '';
  let start = -1;
  let newlines = 0;
  const flush = (end: number) => {
    if (word !== '') tokens.push({ word, start, end, segment, sentence });
    word = '';
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === WORD) {
      if (isHan(code)) {
        flush(i);
        tokens.push({ word: foldCode(code), start: i, end: i + 1, segment, sentence });
        newlines = 0;
        continue;
      }
      if (start < 0) start = i;
      word += foldCode(code);
      newlines = 0;
    } else if (cls === IGNORABLE) continue;
    else if (cls === APOSTROPHE && word !== '' && i + 1 < text.length && charClass(text.charCodeAt(i + 1)) === WORD) word += "'";
    else if (cls === SEPARATOR) {
      flush(i);
      if (code === 10 && ++newlines >= 2) {
        segment++;
        sentence++;
      }
    } else {
      // BREAK, or an apostrophe that is not inside a word.
      flush(i);
      segment++;
      // A full stop inside a number or an abbreviation ("3.5", "U.S.") may
      // start a new "sentence" here; that only makes repeats rarer to spot.
      if (SENTENCE_ENDS.includes(text[i]) && (i + 1 >= text.length || charClass(text.charCodeAt(i + 1)) !== WORD)) sentence++;
      newlines = 0;
    }
  }
  flush(text.length);
  return tokens;
}

/** Which tokens overlap one of the spans (the lexicon's hits). Spans may come in any order. */
export function coveredTokens(tokens: Token[], spans: Span[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  if (spans.length === 0) return covered;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let s = 0;
  let reach = -1; // the furthest end among spans that start at or before the current token's end
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (s < sorted.length && sorted[s].start < t.end) reach = Math.max(reach, sorted[s++].end);
    if (reach > t.start) covered[i] = 1;
  }
  return covered;
}

/**
 * English function words. An n-gram that begins or ends with one ("the
 * collective", "regime in") only repeats a shorter candidate, so by default
 * it is left out; inside an n-gram they stay ("master of the destiny").
 */
export const FUNCTION_WORDS = new Set(
  (
    "a an the and or but nor so yet if then than that this these those there here of in on at by for from to into onto " +
    'with within without about above below over under after before between among through during since until upon via ' +
    'as is are was were be been being am do does did done have has had having will would shall should can could may might must ' +
    "it its it's he him his she her hers they them their theirs we us our ours you your yours i me my mine who whom whose " +
    "which what when where why how all any both each few more most other some such no not only own same too very " +
    "also just s t don't isn't aren't wasn't weren't won't can't said says say according mr ms one two"
  ).split(' '),
);

const isNumber = (word: string) => /^\d+$/.test(word);

/** Whether an n-gram's words make a candidate worth showing: no function word or bare number at either edge. */
export function hasContentEdges(words: string[]): boolean {
  const edge = (w: string) => !FUNCTION_WORDS.has(w) && !isNumber(w);
  return edge(words[0]) && edge(words[words.length - 1]);
}

/**
 * The n-gram as a reader would write it: words joined by spaces, except
 * between two Han characters.
 */
export function displayNgram(words: string[]): string {
  let out = words[0] ?? '';
  for (let i = 1; i < words.length; i++) out += isHan(words[i - 1].charCodeAt(0)) && isHan(words[i].charCodeAt(0)) ? words[i] : ` ${words[i]}`;
  return out;
}

/**
 * Dunning's log-likelihood (G²) for a word seen `a` times in `totalA` words of
 * one corpus and `b` times in `totalB` words of another (Rayson and Garside's
 * two-cell form). 0 when both rates are equal; it grows with the difference
 * and with the evidence.
 */
export function logLikelihood(a: number, b: number, totalA: number, totalB: number): number {
  const all = totalA + totalB;
  if (all === 0 || a + b === 0) return 0;
  const expectedA = (totalA * (a + b)) / all;
  const expectedB = (totalB * (a + b)) / all;
  const term = (observed: number, expected: number) => (observed > 0 ? observed * Math.log(observed / expected) : 0);
  return 2 * (term(a, expectedA) + term(b, expectedB));
}

/**
 * log₂ of the ratio of the two relative frequencies, with half a count added
 * to each side so that a phrase absent from the reference gets a finite
 * value: an effect size to read beside the log-likelihood (1 = twice as
 * frequent, 3 = eight times).
 */
export function logRatio(a: number, b: number, totalA: number, totalB: number): number {
  if (totalA === 0 || totalB === 0) return 0;
  return Math.log2(((a + 0.5) / totalA) / ((b + 0.5) / totalB));
}

export interface CounterOptions {
  minN: number;
  maxN: number;
  /** Leave out n-grams with a function word or a number at an edge. */
  contentEdges: boolean;
  /**
   * Count a sentence of at least REPEAT_MIN_WORDS words only the first time
   * it occurs on its side: a boilerplate paragraph or a wire story copied into
   * a hundred documents would otherwise fill the list.
   */
  dedupeSentences: boolean;
  /**
   * Distinct n-grams held at most. Beyond it the rarest are dropped (those
   * seen once, then twice…), so counts below the prune level are approximate.
   */
  tableSize: number;
}

export const DEFAULT_COUNTER_OPTIONS: CounterOptions = { minN: 1, maxN: 6, contentEdges: true, dedupeSentences: true, tableSize: 1_000_000 };

/** Shorter sentences ("He declined to comment.") repeat by chance and are always counted. */
export const REPEAT_MIN_WORDS = 8;
/** Sentence fingerprints remembered per side; past this the memory starts afresh (repeats are then missed, never invented). */
const REPEAT_MEMORY = 4_000_000;

/** A 52-bit fingerprint of a run of words: two 32-bit FNV-1a variants, so that collisions stay negligible at millions of sentences. */
function fingerprint(tokens: Token[], from: number, to: number): number {
  let a = 0x811c9dc5 | 0;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let t = from; t < to; t++) {
    const word = tokens[t].word;
    for (let i = 0; i < word.length; i++) {
      a = Math.imul(a ^ word.charCodeAt(i), 0x01000193);
      b = Math.imul(b ^ word.charCodeAt(i), 0x01000193 + 2);
    }
    a = Math.imul(a ^ 32, 0x01000193);
    b = Math.imul(b ^ 32, 0x01000193 + 2);
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) >>> 12);
}

export interface SideCounts {
  count: number;
  documents: number;
  /** Occurrences per million words of that side. */
  perMillion: number;
}

export interface Candidate {
  /** As a reader would write it (see displayNgram). */
  ngram: string;
  /** The counter's key: the folded words joined by single spaces. */
  key: string;
  n: number;
  keyness: number;
  logRatio: number;
  target: SideCounts;
  reference: SideCounts;
  /** How many overlapping n-grams with similar counts were folded into this one (see `collapse`). */
  merged?: number;
  /** The whole stretch those n-grams cover, when it is longer than this one. */
  passage?: string;
}

export interface RankOptions {
  /** Documents of the target set an n-gram must occur in. */
  minDocuments: number;
  top: number;
  /**
   * Fold an n-gram into a longer or overlapping candidate whose target count
   * is at least this share of its own ("shared future" under "community with
   * a shared future"; the windows of one boilerplate sentence). 1 or more
   * keeps them all.
   */
  subsume: number;
}

export const DEFAULT_RANK_OPTIONS: RankOptions = { minDocuments: 3, top: 100, subsume: 0.8 };

/**
 * N-gram counts for the two sides in one table: a Map from the n-gram to a
 * slot, and per slot its counts, its document frequency and the last
 * document that counted it (so each document adds 1 to the frequency once).
 */
export class NgramCounter {
  readonly options: CounterOptions;
  readonly words = { target: 0, reference: 0 };
  readonly documents = { target: 0, reference: 0 };
  /** Sentences left out because the same side had them already (see dedupeSentences). */
  readonly repeatedSentences = { target: 0, reference: 0 };
  #seen = { target: new Set<number>(), reference: new Set<number>() };
  /** The highest total below which n-grams were dropped to bound memory; 0 when none was. */
  prunedBelow = 0;
  #slots = new Map<string, number>();
  #size = 0;
  #count = { target: new Int32Array(1024), reference: new Int32Array(1024) };
  #df = { target: new Int32Array(1024), reference: new Int32Array(1024) };
  #last = { target: new Int32Array(1024).fill(-1), reference: new Int32Array(1024).fill(-1) };

  constructor(options: Partial<CounterOptions> = {}) {
    this.options = { ...DEFAULT_COUNTER_OPTIONS, ...options };
    if (this.options.minN < 1 || this.options.maxN < this.options.minN) throw new RangeError('n-gram lengths must satisfy 1 ≤ min ≤ max');
  }

  /** Distinct n-grams held now. */
  get size(): number {
    return this.#slots.size;
  }

  /** Counts one document's n-grams. `matched` are the spans the lexicon already finds; n-grams over them are skipped. */
  addDocument(side: Side, text: string, matched: Span[] = []): void {
    const tokens = tokenize(text);
    const covered = coveredTokens(tokens, matched);
    const doc = this.documents[side]++;
    let words = tokens.length;
    if (this.options.dedupeSentences) words -= this.#skipRepeats(side, tokens, covered);
    this.words[side] += words;
    forEachNgram(tokens, covered, this.options, (key) => this.#add(side, key, doc));
    if (this.#slots.size > this.options.tableSize) this.#prune();
  }

  /** Marks the tokens of sentences this side has seen before as covered; returns how many tokens that is. */
  #skipRepeats(side: Side, tokens: Token[], covered: Uint8Array): number {
    const seen = this.#seen[side];
    let skipped = 0;
    for (let from = 0; from < tokens.length; ) {
      let to = from + 1;
      while (to < tokens.length && tokens[to].sentence === tokens[from].sentence) to++;
      if (to - from >= REPEAT_MIN_WORDS) {
        const print = fingerprint(tokens, from, to);
        if (seen.has(print)) {
          covered.fill(1, from, to);
          skipped += to - from;
          this.repeatedSentences[side]++;
        } else {
          if (seen.size >= REPEAT_MEMORY) seen.clear();
          seen.add(print);
        }
      }
      from = to;
    }
    return skipped;
  }

  #add(side: Side, key: string, doc: number) {
    let slot = this.#slots.get(key);
    if (slot === undefined) {
      slot = this.#size++;
      if (slot >= this.#count.target.length) this.#grow(slot * 2);
      this.#slots.set(key, slot);
    }
    this.#count[side][slot]++;
    if (this.#last[side][slot] !== doc) {
      this.#last[side][slot] = doc;
      this.#df[side][slot]++;
    }
  }

  #grow(length: number) {
    const grow = (a: Int32Array, fill = 0) => {
      const b = new Int32Array(length).fill(fill);
      b.set(a.subarray(0, Math.min(a.length, length)));
      return b;
    };
    for (const side of ['target', 'reference'] as const) {
      this.#count[side] = grow(this.#count[side]);
      this.#df[side] = grow(this.#df[side]);
      this.#last[side] = grow(this.#last[side], -1);
    }
  }

  /** Drops the rarest n-grams until the table is at most half its bound, and packs the slots. */
  #prune() {
    const total = (slot: number) => this.#count.target[slot] + this.#count.reference[slot];
    let floor = this.prunedBelow;
    let kept = this.#slots.size;
    while (kept > this.options.tableSize / 2) {
      floor++;
      kept = 0;
      for (const slot of this.#slots.values()) if (total(slot) > floor) kept++;
    }
    this.prunedBelow = floor;
    const old = { count: this.#count, df: this.#df, last: this.#last };
    const slots = new Map<string, number>();
    const length = Math.max(1024, kept * 2);
    this.#count = { target: new Int32Array(length), reference: new Int32Array(length) };
    this.#df = { target: new Int32Array(length), reference: new Int32Array(length) };
    this.#last = { target: new Int32Array(length).fill(-1), reference: new Int32Array(length).fill(-1) };
    let next = 0;
    for (const [key, slot] of this.#slots) {
      if (old.count.target[slot] + old.count.reference[slot] <= floor) continue;
      for (const side of ['target', 'reference'] as const) {
        this.#count[side][next] = old.count[side][slot];
        this.#df[side][next] = old.df[side][slot];
        this.#last[side][next] = old.last[side][slot];
      }
      slots.set(key, next++);
    }
    this.#slots = slots;
    this.#size = next;
  }

  /** Counts of one n-gram (words as `displayNgram` would not join them: separated by single spaces). */
  counts(key: string): { target: number; reference: number; targetDocuments: number; referenceDocuments: number } | undefined {
    const slot = this.#slots.get(key);
    if (slot === undefined) return undefined;
    return { target: this.#count.target[slot], reference: this.#count.reference[slot], targetDocuments: this.#df.target[slot], referenceDocuments: this.#df.reference[slot] };
  }

  /**
   * The n-grams the target uses more than the reference, by log-likelihood,
   * highest first. Only n-grams in at least `minDocuments` target documents.
   */
  rank(options: Partial<RankOptions> = {}): Candidate[] {
    const { minDocuments, top, subsume } = { ...DEFAULT_RANK_OPTIONS, ...options };
    const { target: wordsT, reference: wordsR } = this.words;
    const pool: Candidate[] = [];
    for (const [key, slot] of this.#slots) {
      if (this.#df.target[slot] < minDocuments) continue;
      const a = this.#count.target[slot];
      const b = this.#count.reference[slot];
      if (wordsR > 0 && a * wordsR <= b * wordsT) continue; // not over-used in the target
      const words = key.split(' ');
      pool.push({
        ngram: displayNgram(words),
        key,
        n: words.length,
        keyness: logLikelihood(a, b, wordsT, wordsR),
        logRatio: logRatio(a, b, wordsT, wordsR),
        target: { count: a, documents: this.#df.target[slot], perMillion: perMillion(a, wordsT) },
        reference: { count: b, documents: this.#df.reference[slot], perMillion: perMillion(b, wordsR) },
      });
    }
    pool.sort((x, y) => y.keyness - x.keyness || y.n - x.n || (x.ngram < y.ngram ? -1 : x.ngram > y.ngram ? 1 : 0));
    return subsume < 1 ? collapse(pool, subsume, top) : pool.slice(0, top);
  }
}

const perMillion = (count: number, words: number) => (words > 0 ? Math.round((count / words) * 1e7) / 10 : 0);

/** Calls `visit` with each n-gram's key (folded words joined by single spaces) that no matched span touches. */
export function forEachNgram(tokens: Token[], covered: Uint8Array, options: Pick<CounterOptions, 'minN' | 'maxN' | 'contentEdges'>, visit: (key: string, first: number, last: number) => void): void {
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    if (options.contentEdges && !edgeOk(tokens[i].word)) continue;
    let key = '';
    for (let n = 1; n <= options.maxN; n++) {
      const j = i + n - 1;
      if (j >= tokens.length || covered[j] || tokens[j].segment !== tokens[i].segment) break;
      key = n === 1 ? tokens[i].word : `${key} ${tokens[j].word}`;
      if (n < options.minN) continue;
      if (options.contentEdges && !edgeOk(tokens[j].word)) continue;
      visit(key, i, j);
    }
  }
}

const edgeOk = (word: string) => !FUNCTION_WORDS.has(word) && !isNumber(word);

/** Whether the words of `inner` stand in a row inside those of `outer`. */
function containsWords(outer: string, inner: string): boolean {
  const at = ` ${outer} `.indexOf(` ${inner} `);
  return at >= 0;
}

/** The most words (at least 2) that end `a` and begin `b`; 0 when fewer than 2 do. */
export function overlapWords(a: string[], b: string[]): number {
  for (let k = Math.min(a.length, b.length) - 1; k >= 2; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = a[a.length - k + i] === b[i];
    if (same) return k;
  }
  return 0;
}

/** Grows a passage by a run of words that overlaps one of its ends, or that contains it. */
function extend(passage: string[], words: string[]) {
  if (containsWords(words.join(' '), passage.join(' '))) {
    passage.splice(0, passage.length, ...words);
    return;
  }
  const after = overlapWords(passage, words);
  if (after > 0) passage.push(...words.slice(after));
  else {
    const before = overlapWords(words, passage);
    if (before > 0) passage.unshift(...words.slice(0, words.length - before));
  }
}

/**
 * Folds redundant candidates into the ones a reader should see, keeping the
 * ranking:
 * - an n-gram that a longer candidate contains and explains (the longer one
 *   has at least `share` of its target count) is dropped: "shared future"
 *   under "community with a shared future";
 * - n-grams that overlap a better-ranked one by two words or more, with a
 *   similar count, are windows on the same repeated passage (a boilerplate
 *   paragraph yields dozens of them): they join it, and its `passage` grows
 *   to the whole stretch they cover.
 * Looks at a pool a few times larger than `top`, so that the longer n-grams,
 * which often rank lower, are seen.
 */
function collapse(pool: Candidate[], share: number, top: number): Candidate[] {
  const window = pool.slice(0, Math.max(top * 5, top + 200));
  const keys = window.map((c) => c.key);
  const similar = (a: number, b: number) => Math.min(a, b) >= share * Math.max(a, b);
  const kept: { candidate: Candidate; words: string[]; merged: number }[] = [];
  for (let i = 0; i < window.length; i++) {
    const c = window[i];
    const explained = window.some((o, k) => o.n > c.n && o.target.count >= share * c.target.count && containsWords(keys[k], keys[i]));
    if (explained) continue;
    const words = keys[i].split(' ');
    const root = kept.find((r) => similar(r.candidate.target.count, c.target.count) && (containsWords(r.words.join(' '), keys[i]) || overlapWords(r.words, words) >= 2 || overlapWords(words, r.words) >= 2));
    if (!root) {
      kept.push({ candidate: c, words, merged: 0 });
      continue;
    }
    root.merged++;
    extend(root.words, words);
  }
  // Two roots can be windows on one passage that only a later window joined: merge them, the better ranked first.
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < kept.length && !changed; i++) {
      for (let j = i + 1; j < kept.length; j++) {
        const [a, b] = [kept[i], kept[j]];
        if (!similar(a.candidate.target.count, b.candidate.target.count)) continue;
        const inside = containsWords(a.words.join(' '), b.words.join(' '));
        if (!inside && !containsWords(b.words.join(' '), a.words.join(' ')) && overlapWords(a.words, b.words) < 2 && overlapWords(b.words, a.words) < 2) continue;
        if (!inside) extend(a.words, b.words);
        a.merged += b.merged + 1;
        kept.splice(j, 1);
        changed = true;
        break;
      }
    }
  }
  kept.length = Math.min(kept.length, top);
  const out = kept.map(({ candidate, words, merged }) => {
    if (merged === 0) return candidate;
    const passage = displayNgram(words);
    return passage === candidate.ngram ? { ...candidate, merged } : { ...candidate, merged, passage };
  });
  // If folding left fewer than `top`, the rest of the pool follows in order.
  for (let i = window.length; i < pool.length && out.length < top; i++) out.push(pool[i]);
  return out;
}

export interface Example {
  /** The document it came from (a file, with a JSONL record's id after a colon). */
  document: string;
  sentence: string;
}

/**
 * Finds where the given n-grams occur in one text, for example sentences.
 * `keys` are the candidates' keys (folded words joined by single spaces);
 * `sentenceOf` returns the sentence around a span. Occurrences over a matched
 * span are skipped, as in the counts.
 */
export function findOccurrences(
  text: string,
  matched: Span[],
  keys: Map<string, number>,
  options: Pick<CounterOptions, 'minN' | 'maxN' | 'contentEdges'>,
  visit: (index: number, start: number, end: number) => void,
): void {
  const tokens = tokenize(text);
  const covered = coveredTokens(tokens, matched);
  forEachNgram(tokens, covered, options, (key, first, last) => {
    const index = keys.get(key);
    if (index !== undefined) visit(index, tokens[first].start, tokens[last].end);
  });
}
