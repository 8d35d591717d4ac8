/**
 * The compiler: lexicon entries in, a minimal word-level automaton (a DAG of
 * word transitions with outputs) out.
 * Runs at build time (and in the options page for the user's own phrases),
 * never in the content script.
 */
import { foldWords } from './chars';
import {
  COMPILED_FORMAT,
  OUT_CONTEXT,
  OUT_ENTRY,
  OUT_GUARD,
  OUT_SHIFT,
  type CompiledLexicon,
  type EntryMeta,
  type Tables,
  wordFilter,
} from './compiled';
import { hashWord } from './hash';
import { expandPattern, isPunctToken, type Inflector } from './pattern';
import { hangulSpacings } from './segment';
import type { LexiconEntry } from './types';

/** The matcher keeps a ring of this many word starts, so no phrase may be longer. */
export const MAX_PHRASE_WORDS = 63;

export interface CompileOptions {
  inflector: Inflector;
  /** Stamped into the output; the caller adds a content hash with `lexiconVersion`. */
  version: string;
  /**
   * Each source family's context markers (pattern syntax), by family id: a
   * `common`-tier entry without its own `context` needs one of its sources'
   * markers nearby. The built-in lexicon passes the registry's
   * (src/lexicon/families.ts). A source without markers (a custom phrase's label) puts no condition on its entries.
   */
  contextMarkers?: Readonly<Record<string, readonly string[]>>;
  /**
   * Each source family's hosts, by family id (the registry's `hosts`): a
   * page on one of them is in that family's voice, so its `common`-tier
   * entries need no marker nearby (Matcher.scan's document context).
   */
  hosts?: Readonly<Record<string, readonly string[]>>;
  /** Who speaks for the families (the registry's `speakers`, joined): attribution to one of them makes a sentence quoted (voice.ts). */
  speakers?: readonly string[];
  /** Each family's own names by family id (the registry's `speakers`): in a title or byline they point to the family (Matcher.scan). */
  bylines?: Readonly<Record<string, readonly string[]>>;
}

/** What `compileLexicon` needs of an entry: the built-in `LexiconEntry`, or a user's phrase mapped onto it. */
export type CompilableEntry = Pick<LexiconEntry, 'id' | 'phrase' | 'patterns' | 'sources' | 'techniques' | 'tier' | 'explanation' | 'guards' | 'context'> & {
  custom?: boolean;
};

export class CompileError extends Error {
  constructor(
    readonly entryId: string,
    message: string,
  ) {
    super(`${entryId}: ${message}`);
  }
}

/** The first sentence of an explanation, for the hover card. */
export function firstSentence(text: string): string {
  const match = /^.+?[.!?](?=\s+[A-Z"“‘(]|$)/s.exec(text.trim());
  return match ? match[0] : text.trim();
}

/**
 * Every folded word sequence a pattern stands for. The punctuation tokens
 * `,` and `"` stay in it as words of their own, which the matcher's
 * tokenizer produces for a comma or a quotation mark. A Han character is
 * a word of its own, and Korean words come in every spacing (segment.ts).
 */
export function patternPhrases(pattern: string, inflector: Inflector): string[][] {
  return expandPattern(pattern, inflector).flatMap((phrase) =>
    hangulSpacings(phrase.split(' ').flatMap((word) => (isPunctToken(word) ? [word] : foldWords(word)))),
  );
}

interface TrieNode {
  next: Map<number, number>;
  outputs: number[];
  depth: number;
}

export function compileLexicon(entries: CompilableEntry[], options: CompileOptions): CompiledLexicon {
  const vocabIds = new Map<string, number>();
  const vocabWords: string[] = [];
  const nodes: TrieNode[] = [{ next: new Map(), outputs: [], depth: 0 }];

  const wordId = (word: string) => {
    let id = vocabIds.get(word);
    if (id === undefined) {
      id = vocabWords.length;
      vocabIds.set(word, id);
      vocabWords.push(word);
    }
    return id;
  };

  const insert = (words: string[], output: number) => {
    if (words.length === 0) throw new Error('a pattern folds to no words');
    if (words.length > MAX_PHRASE_WORDS) throw new Error(`a phrase has more than ${MAX_PHRASE_WORDS} words`);
    let state = 0;
    for (const word of words) {
      const id = wordId(word);
      let target = nodes[state].next.get(id);
      if (target === undefined) {
        target = nodes.length;
        nodes.push({ next: new Map(), outputs: [], depth: nodes[state].depth + 1 });
        nodes[state].next.set(id, target);
      }
      state = target;
    }
    if (!nodes[state].outputs.includes(output)) nodes[state].outputs.push(output);
  };

  const addPatterns = (entryId: string, patterns: string[], output: number) => {
    for (const pattern of patterns) {
      try {
        for (const words of patternPhrases(pattern, options.inflector)) insert(words, output);
      } catch (error) {
        throw new CompileError(entryId, (error as Error).message);
      }
    }
  };

  // Context groups: one per source family, then one per entry with its own `context`.
  const groupOfSource = new Map<string, number>();
  const groupPatterns: string[][] = [];
  for (const [source, patterns] of Object.entries(options.contextMarkers ?? {})) {
    groupOfSource.set(source, groupPatterns.length);
    groupPatterns.push([...patterns]);
  }

  const groupOfContext = new Map<string, number>();
  const contextOfEntry: number[][] = [];
  const seenIds = new Set<string>();
  entries.forEach((entry, index) => {
    if (seenIds.has(entry.id)) throw new CompileError(entry.id, 'duplicate id');
    seenIds.add(entry.id);
    if (entry.patterns.length === 0) throw new CompileError(entry.id, 'no patterns');
    addPatterns(entry.id, entry.patterns, (OUT_ENTRY << OUT_SHIFT) | index);
    addPatterns(entry.id, entry.guards, (OUT_GUARD << OUT_SHIFT) | index);
    if (entry.context && entry.context.length > 0) {
      // Entries that share a context list share one group.
      const key = JSON.stringify([...entry.context].sort());
      let group = groupOfContext.get(key);
      if (group === undefined) {
        group = groupPatterns.length;
        groupOfContext.set(key, group);
        groupPatterns.push(entry.context);
      }
      contextOfEntry.push([group]);
    } else if (entry.tier === 'common') {
      contextOfEntry.push(entry.sources.map((s) => groupOfSource.get(s)).filter((g): g is number => g !== undefined));
    } else {
      contextOfEntry.push([]);
    }
  });
  groupPatterns.forEach((patterns, group) => addPatterns(`context group ${group}`, patterns, (OUT_CONTEXT << OUT_SHIFT) | group));

  const minimal = minimize(nodes);

  const compiled: CompiledLexicon = {
    format: COMPILED_FORMAT,
    version: options.version,
    entries: entries.map(toMeta),
    vocab: vocabWords.join(''),
    tables: packTables(minimal, vocabWords, contextOfEntry),
  };
  if (groupOfSource.size > 0 || options.hosts || options.speakers) {
    compiled.documents = {
      groupFamilies: [...groupOfSource.keys()],
      hosts: Object.fromEntries(Object.entries(options.hosts ?? {}).map(([family, hosts]) => [family, hosts.map((h) => h.toLowerCase())])),
    };
    if (options.speakers) compiled.documents.speakers = [...new Set(options.speakers.map((s) => s.toLowerCase()))];
    if (options.bylines) compiled.documents.bylines = Object.fromEntries(Object.entries(options.bylines).map(([family, names]) => [family, names.map((n) => n.toLowerCase())]));
  }
  return compiled;
}

function toMeta(entry: CompilableEntry): EntryMeta {
  const meta: EntryMeta = {
    id: entry.id,
    phrase: entry.phrase,
    sources: entry.sources,
    techniques: entry.techniques,
    tier: entry.tier,
    summary: firstSentence(entry.explanation),
  };
  if (entry.custom) meta.custom = true;
  return meta;
}


/**
 * Merges states with the same outputs and the same transitions into the same
 * states, turning the trie into a minimal word DAG: patterns such as
 * `(condemn~v|denounce~v) the (so-called|) (regime~n|junta~n)` share their
 * suffixes instead of multiplying them. States are renumbered with the root at 0.
 */
function minimize(nodes: TrieNode[]): TrieNode[] {
  const canonical = new Int32Array(nodes.length).fill(-1);
  const bySignature = new Map<string, number>();
  const minimal: TrieNode[] = [{ next: new Map(), outputs: [], depth: 0 }];

  const visit = (state: number): number => {
    if (canonical[state] >= 0) return canonical[state];
    const node = nodes[state];
    const edges = [...node.next].map(([word, child]) => [word, visit(child)] as const).sort((a, b) => a[0] - b[0]);
    const outputs = [...node.outputs].sort((a, b) => a - b);
    let id: number;
    if (state === 0) id = 0;
    else {
      const signature = `${outputs.join(',')}|${edges.map(([w, c]) => `${w}:${c}`).join(',')}`;
      const known = bySignature.get(signature);
      if (known !== undefined) id = known;
      else {
        id = minimal.length;
        minimal.push({ next: new Map(), outputs: [], depth: 0 });
        bySignature.set(signature, id);
      }
    }
    minimal[id].next = new Map(edges);
    minimal[id].outputs = outputs;
    canonical[state] = id;
    return id;
  };
  visit(0);
  return minimal;
}

/** The smallest unsigned array that holds every value below `limit`. */
function uintArray(limit: number, length: number): Uint16Array | Uint32Array {
  return limit <= 0xffff ? new Uint16Array(length) : new Uint32Array(length);
}

function packTables(nodes: TrieNode[], vocabWords: string[], contextOfEntry: number[][]): Tables {
  const stateCount = nodes.length;
  const vocabSize = vocabWords.length;

  // Open addressing at a load of about 0.75: short probes, and a third smaller than a power of two.
  const slotCount = Math.max(16, Math.ceil(vocabSize * 1.34));
  const hashSlots = uintArray(vocabSize + 1, slotCount);
  const vocabLengths = new Uint8Array(vocabSize);
  vocabWords.forEach((word, id) => {
    if (word.length > 255) throw new Error(`the word "${word.slice(0, 20)}…" is longer than 255 characters`);
    vocabLengths[id] = word.length;
    let slot = hashWord(word) % slotCount;
    while (hashSlots[slot] !== 0) slot = (slot + 1) % slotCount;
    hashSlots[slot] = id + 1;
  });

  const rootNext = (stateCount < 0x8000 ? new Int16Array(vocabSize) : new Int32Array(vocabSize)).fill(-1);
  for (const [word, child] of nodes[0].next) rootNext[word] = child;

  let edgeCount = 0;
  for (let s = 1; s < stateCount; s++) edgeCount += nodes[s].next.size;
  let outputCount = 0;
  for (const node of nodes) outputCount += node.outputs.length;
  const edgeStart = uintArray(edgeCount, stateCount + 1);
  const edgeWord = uintArray(vocabSize, edgeCount);
  const edgeTarget = uintArray(stateCount, edgeCount);
  const outStart = uintArray(outputCount, stateCount + 1);
  const outputs = new Uint32Array(outputCount);
  let e = 0;
  let o = 0;
  for (let s = 0; s < stateCount; s++) {
    edgeStart[s] = e;
    outStart[s] = o;
    for (const out of nodes[s].outputs) outputs[o++] = out;
    if (s === 0) continue; // the root uses rootNext
    for (const [word, child] of nodes[s].next) {
      edgeWord[e] = word;
      edgeTarget[e] = child;
      e++;
    }
  }
  edgeStart[stateCount] = e;
  outStart[stateCount] = o;

  const contextStart = new Uint32Array(contextOfEntry.length + 1);
  const groups: number[] = [];
  contextOfEntry.forEach((list, i) => {
    contextStart[i] = groups.length;
    groups.push(...list);
  });
  contextStart[contextOfEntry.length] = groups.length;

  return {
    hashSlots,
    vocabLengths,
    wordFilter: wordFilter(vocabWords),
    rootNext,
    edgeStart,
    edgeWord,
    edgeTarget,
    outStart,
    outputs,
    contextStart,
    contextGroups: Uint16Array.from(groups),
  };
}
