/**
 * The compiler: lexicon entries in, a word-level Aho-Corasick automaton out.
 * Runs at build time (and in the options page for the user's own phrases),
 * never in the content script.
 */
import { foldWords } from './chars';
import { SOURCE_CONTEXT } from './context';
import {
  COMPILED_FORMAT,
  OUT_CONTEXT,
  OUT_ENTRY,
  OUT_GUARD,
  OUT_SHIFT,
  type CompiledLexicon,
  type EntryMeta,
  type Tables,
} from './compiled';
import { hashWord } from './hash';
import { expandPattern, type Inflector } from './pattern';
import type { LexiconEntry } from './types';

/** The matcher keeps a ring of this many word starts, so no phrase may be longer. */
export const MAX_PHRASE_WORDS = 63;

export interface CompileOptions {
  inflector: Inflector;
  /** Stamped into the output; the caller adds a content hash with `lexiconVersion`. */
  version: string;
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

/** Every folded word sequence a pattern stands for. */
export function patternPhrases(pattern: string, inflector: Inflector): string[][] {
  return expandPattern(pattern, inflector).map((phrase) => foldWords(phrase));
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
  for (const [source, patterns] of Object.entries(SOURCE_CONTEXT)) {
    groupOfSource.set(source, groupPatterns.length);
    groupPatterns.push(patterns);
  }

  const contextOfEntry: number[][] = [];
  const seenIds = new Set<string>();
  entries.forEach((entry, index) => {
    if (seenIds.has(entry.id)) throw new CompileError(entry.id, 'duplicate id');
    seenIds.add(entry.id);
    if (entry.patterns.length === 0) throw new CompileError(entry.id, 'no patterns');
    addPatterns(entry.id, entry.patterns, (OUT_ENTRY << OUT_SHIFT) | index);
    addPatterns(entry.id, entry.guards, (OUT_GUARD << OUT_SHIFT) | index);
    if (entry.context && entry.context.length > 0) {
      contextOfEntry.push([groupPatterns.length]);
      groupPatterns.push(entry.context);
    } else if (entry.tier === 'common') {
      contextOfEntry.push(entry.sources.map((s) => groupOfSource.get(s)).filter((g): g is number => g !== undefined));
    } else {
      contextOfEntry.push([]);
    }
  });
  groupPatterns.forEach((patterns, group) => addPatterns(`context group ${group}`, patterns, (OUT_CONTEXT << OUT_SHIFT) | group));

  // Failure links and dictionary links, breadth first.
  const fail = new Array<number>(nodes.length).fill(0);
  const dictLink = new Array<number>(nodes.length).fill(0);
  const queue: number[] = [];
  for (const child of nodes[0].next.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    for (const [word, child] of nodes[state].next) {
      let f = fail[state];
      while (f !== 0 && !nodes[f].next.has(word)) f = fail[f];
      const target = nodes[f].next.get(word);
      fail[child] = target !== undefined && target !== child ? target : 0;
      dictLink[child] = nodes[fail[child]].outputs.length > 0 ? fail[child] : dictLink[fail[child]];
      queue.push(child);
    }
  }

  return {
    format: COMPILED_FORMAT,
    version: options.version,
    entries: entries.map(toMeta),
    vocab: vocabWords.join(''),
    tables: packTables(nodes, fail, dictLink, vocabWords, contextOfEntry),
  };
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

/** The smallest unsigned array that holds every value below `limit`. */
function uintArray(limit: number, length: number): Uint16Array | Uint32Array {
  return limit <= 0xffff ? new Uint16Array(length) : new Uint32Array(length);
}

function packTables(nodes: TrieNode[], fail: number[], dictLink: number[], vocabWords: string[], contextOfEntry: number[][]): Tables {
  const stateCount = nodes.length;
  const vocabSize = vocabWords.length;

  let slotCount = 16;
  while (slotCount < vocabSize * 2) slotCount *= 2;
  const hashSlots = uintArray(vocabSize + 1, slotCount);
  const vocabOffsets = new Uint32Array(vocabSize + 1);
  let offset = 0;
  vocabWords.forEach((word, id) => {
    vocabOffsets[id] = offset;
    offset += word.length;
    let slot = hashWord(word) & (slotCount - 1);
    while (hashSlots[slot] !== 0) slot = (slot + 1) & (slotCount - 1);
    hashSlots[slot] = id + 1;
  });
  vocabOffsets[vocabSize] = offset;

  const rootNext = new Int32Array(vocabSize).fill(-1);
  for (const [word, child] of nodes[0].next) rootNext[word] = child;

  let edgeCount = 0;
  for (let s = 1; s < stateCount; s++) edgeCount += nodes[s].next.size;
  const edgeStart = new Uint32Array(stateCount + 1);
  const edgeWord = uintArray(vocabSize, edgeCount);
  const edgeTarget = uintArray(stateCount, edgeCount);
  let e = 0;
  for (let s = 0; s < stateCount; s++) {
    edgeStart[s] = e;
    if (s === 0) continue; // the root uses rootNext
    for (const [word, child] of [...nodes[s].next].sort((a, b) => a[0] - b[0])) {
      edgeWord[e] = word;
      edgeTarget[e] = child;
      e++;
    }
  }
  edgeStart[stateCount] = e;

  const failArray = uintArray(stateCount, stateCount);
  const dictArray = uintArray(stateCount, stateCount);
  const depth = new Uint8Array(stateCount);
  const outStart = new Uint32Array(stateCount + 1);
  const allOutputs: number[] = [];
  for (let s = 0; s < stateCount; s++) {
    failArray[s] = fail[s];
    dictArray[s] = dictLink[s];
    depth[s] = nodes[s].depth;
    outStart[s] = allOutputs.length;
    allOutputs.push(...nodes[s].outputs);
  }
  outStart[stateCount] = allOutputs.length;

  const contextStart = new Uint32Array(contextOfEntry.length + 1);
  const groups: number[] = [];
  contextOfEntry.forEach((list, i) => {
    contextStart[i] = groups.length;
    groups.push(...list);
  });
  contextStart[contextOfEntry.length] = groups.length;

  return {
    hashSlots,
    vocabOffsets,
    rootNext,
    edgeStart,
    edgeWord,
    edgeTarget,
    fail: failArray,
    dictLink: dictArray,
    depth,
    outStart,
    outputs: Uint32Array.from(allOutputs),
    contextStart,
    contextGroups: Uint16Array.from(groups),
  };
}
