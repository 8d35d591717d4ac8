/**
 * The compiled lexicon: what the build writes and the matcher loads. The
 * automaton runs over word ids and is minimized (equal suffixes shared), so
 * its tables stay small; a scan walks it forward from each word, at most
 * MAX_PHRASE_WORDS steps, so it is linear in the text whatever the lexicon's size.
 */
import { hashWord } from './hash';
import type { Source, Technique, Tier } from './types';

export const COMPILED_FORMAT = 1;

/** What the page needs to know of an entry: enough for the hover card, no more. */
export interface EntryMeta {
  id: string;
  phrase: string;
  sources: Source[] | string[];
  techniques: Technique[];
  tier: Tier;
  /** The first sentence of the explanation; left out of the content script's copy to keep it small. */
  summary?: string;
  /** Set for the user's own phrases. */
  custom?: boolean;
}

/** Output kinds stored in the automaton; an output is `kind << OUT_SHIFT | ref`. */
export const OUT_ENTRY = 0;
export const OUT_GUARD = 1;
export const OUT_CONTEXT = 2;
export const OUT_SHIFT = 24;
export const OUT_REF_MASK = (1 << OUT_SHIFT) - 1;

/** The tables, in the order they are packed. */
export interface Tables {
  /** Open-addressing hash table of vocabulary word ids + 1 (0 = empty slot). */
  hashSlots: Uint16Array | Uint32Array;
  /** Length of each vocabulary word in `vocab` (the matcher sums them into offsets). */
  vocabLengths: Uint8Array;
  /**
   * One bit per value of a word's hash, modulo the filter's size in bits
   * (wordFilterBits), set for every vocabulary word. Most words on a page are
   * in no pattern; one bit test turns almost all of them away before the hash
   * table's probes. Missing in lexicons compiled before it existed: the
   * matcher then builds it.
   */
  wordFilter?: Int32Array;
  /** Dense transitions from the root, indexed by word id; -1 = none. */
  rootNext: Int16Array | Int32Array;
  /** For each state, the start of its sorted edges in `edgeWord`/`edgeTarget`, plus one end offset. */
  edgeStart: Uint16Array | Uint32Array;
  edgeWord: Uint16Array | Uint32Array;
  edgeTarget: Uint16Array | Uint32Array;
  /** For each state, the start of its outputs in `outputs`, plus one end offset. */
  outStart: Uint16Array | Uint32Array;
  outputs: Uint32Array;
  /** For each entry, the start of its context groups in `contextGroups`, plus one end; an empty range needs no context. */
  contextStart: Uint32Array;
  contextGroups: Uint16Array;
}

/**
 * The word filter's size in bits for a vocabulary: a power of two, 8 to 16
 * bits per word, so that under one word in ten of those in no pattern gets
 * past it.
 */
export function wordFilterBits(vocabSize: number): number {
  return Math.max(1024, 2 ** Math.ceil(Math.log2(vocabSize * 8)));
}

/** The vocabulary's hashes as a bit set (see Tables.wordFilter). */
export function wordFilter(vocabWords: readonly string[]): Int32Array {
  const bits = wordFilterBits(vocabWords.length);
  const filter = new Int32Array(bits >>> 5);
  for (const word of vocabWords) {
    const bit = hashWord(word) & (bits - 1);
    filter[bit >>> 5] |= 1 << (bit & 31);
  }
  return filter;
}

export interface CompiledLexicon {
  format: typeof COMPILED_FORMAT;
  /** Lexicon version: package version plus a hash of the source entries. */
  version: string;
  entries: EntryMeta[];
  /** Vocabulary words, folded, concatenated without separators (see `vocabOffsets`). */
  vocab: string;
  tables: Tables;
  /** What the matcher needs to read a document's context; absent in lexicons without families (the user's phrases). */
  documents?: DocumentTables;
}

/**
 * The source families as document context (see Matcher.scan): which context
 * group holds which family's markers, and each family's hosts. Data from the
 * family registry, handed to the compiler; core never lists families.
 */
export interface DocumentTables {
  /** The family id of context group `i`, for the first groups (one per family). */
  groupFamilies: string[];
  /** Hosts by family id (`rt.com` also covers its subdomains). */
  hosts: Record<string, string[]>;
  /** Who speaks for the families (their `speakers`, lower case): a sentence naming one with a speech verb is quoted. */
  speakers?: string[];
  /**
   * Each family's own names (outlets, offices, officials: its `speakers`), by
   * family id: a title or opening lines (dateline, byline) that name one count
   * towards the document being the family's.
   */
  bylines?: Record<string, string[]>;
}

/** The serialized form: JSON-safe, typed arrays as base64, ready to run after decoding. */
/** An entry's metadata as a row: id, phrase, sources and techniques comma-joined, tier (1 = common), summary, custom. */
export type CompactMeta = [id: string, phrase: string, sources: string, techniques: string, tier: 0 | 1, summary?: string, custom?: 1];

export interface SerializedLexicon {
  format: typeof COMPILED_FORMAT;
  version: string;
  entries: EntryMeta[] | CompactMeta[];
  vocab: string;
  tables: Partial<Record<keyof Tables, [type: ArrayKind, base64: string]>>;
  documents?: DocumentTables;
}

type ArrayKind = 'u8' | 'u16' | 'u32' | 'i16' | 'i32';
const CONSTRUCTORS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i16: Int16Array, i32: Int32Array } as const;

function kindOf(array: ArrayLike<number>): ArrayKind {
  if (array instanceof Uint8Array) return 'u8';
  if (array instanceof Uint16Array) return 'u16';
  if (array instanceof Int16Array) return 'i16';
  if (array instanceof Int32Array) return 'i32';
  return 'u32';
}

export function compactMeta(entry: EntryMeta, withSummary: boolean): CompactMeta {
  const row: CompactMeta = [entry.id, entry.phrase, entry.sources.join(','), entry.techniques.join(','), entry.tier === 'common' ? 1 : 0];
  if (withSummary && entry.summary !== undefined) row[5] = entry.summary;
  if (entry.custom) row[6] = 1;
  return row;
}

export function expandMeta(row: EntryMeta | CompactMeta): EntryMeta {
  if (!Array.isArray(row)) return row;
  const [id, phrase, sources, techniques, tier, summary, custom] = row;
  const meta: EntryMeta = { id, phrase, sources: sources.split(','), techniques: techniques.split(',') as EntryMeta['techniques'], tier: tier === 1 ? 'common' : 'signature' };
  if (summary !== undefined && summary !== null) meta.summary = summary;
  if (custom === 1) meta.custom = true;
  return meta;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Uint8Array(128);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Base64 without Buffer or atob, so it runs the same in Node, pages and workers. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += B64[n >> 18] + B64[(n >> 12) & 63] + '==';
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + '=';
  }
  return out;
}

/** The engine's own decoder where it has one (Chrome 140, Firefox 133): several times faster than the loop below. */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

export function base64ToBytes(text: string): Uint8Array {
  if (typeof nativeFromBase64 === 'function') {
    try {
      return nativeFromBase64.call(Uint8Array, text);
    } catch {
      // It rejects what the lenient loop below reads: fall back to the loop.
    }
  }
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      (B64_INDEX[text.charCodeAt(i)] << 18) |
      (B64_INDEX[text.charCodeAt(i + 1)] << 12) |
      (B64_INDEX[text.charCodeAt(i + 2)] << 6) |
      B64_INDEX[text.charCodeAt(i + 3)];
    if (o < bytes.length) bytes[o++] = n >> 16;
    if (o < bytes.length) bytes[o++] = (n >> 8) & 255;
    if (o < bytes.length) bytes[o++] = n & 255;
  }
  return bytes;
}

export function serializeLexicon(lexicon: CompiledLexicon): SerializedLexicon {
  const tables = {} as SerializedLexicon['tables'];
  for (const [name, array] of Object.entries(lexicon.tables) as [keyof Tables, Tables[keyof Tables]][]) {
    if (array) tables[name] = [kindOf(array), bytesToBase64(new Uint8Array(array.buffer, array.byteOffset, array.byteLength))];
  }
  const out: SerializedLexicon = { format: lexicon.format, version: lexicon.version, entries: lexicon.entries, vocab: lexicon.vocab, tables };
  if (lexicon.documents) out.documents = lexicon.documents;
  return out;
}

/** Every table but the optional word filter. */
export const REQUIRED_TABLES: readonly (keyof Tables)[] = ['hashSlots', 'vocabLengths', 'rootNext', 'edgeStart', 'edgeWord', 'edgeTarget', 'outStart', 'outputs', 'contextStart', 'contextGroups'];

export function deserializeLexicon(data: SerializedLexicon): CompiledLexicon {
  if (!data || data.format !== COMPILED_FORMAT) {
    throw new Error(`compiled lexicon has format ${String(data?.format)}, expected ${COMPILED_FORMAT}`);
  }
  for (const name of REQUIRED_TABLES) {
    if (!data.tables?.[name]) throw new Error(`compiled lexicon has no ${name} table`);
  }
  const tables = {} as Record<string, ArrayLike<number>>;
  for (const [name, [kind, base64]] of Object.entries(data.tables)) {
    const bytes = base64ToBytes(base64);
    const Ctor = CONSTRUCTORS[kind];
    tables[name] = new Ctor(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength / Ctor.BYTES_PER_ELEMENT);
  }
  const lexicon: CompiledLexicon = { format: data.format, version: data.version, entries: data.entries.map(expandMeta), vocab: data.vocab, tables: tables as unknown as Tables };
  if (data.documents) lexicon.documents = data.documents;
  return lexicon;
}
