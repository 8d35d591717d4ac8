/**
 * The compiled lexicon as one binary block, for the content script's copy:
 * a small JSON head (entries as compact rows, vocabulary, document tables,
 * the tables' layout) and then each table's raw bytes. Tables that grow
 * steadily (offsets, targets numbered in build order) are stored as
 * differences from the previous value, which the build's compressor then
 * shrinks to a fraction. Compression itself is not done here: core stays
 * pure; the build deflates the block and the page inflates it
 * (src/util/inflate.ts).
 */
import { COMPILED_FORMAT, compactMeta, expandMeta, REQUIRED_TABLES, type CompactMeta, type CompiledLexicon, type DocumentTables, type EntryMeta, type Tables } from './compiled';

const MAGIC = 0x314b4c52; // "RLK1", little-endian

type Kind = 'u8' | 'u16' | 'u32' | 'i16' | 'i32';
const CONSTRUCTORS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i16: Int16Array, i32: Int32Array } as const;
type AnyArray = InstanceType<(typeof CONSTRUCTORS)[Kind]>;

/** Tables whose values mostly rise by small steps: stored as differences (modulo the element size, so any values round-trip). */
const DELTA_TABLES: ReadonlySet<string> = new Set(['edgeStart', 'outStart', 'edgeTarget', 'rootNext', 'outputs', 'contextStart']);

interface Head {
  format: typeof COMPILED_FORMAT;
  version: string;
  entries: CompactMeta[];
  vocab: string;
  documents?: DocumentTables;
  /** Name, element kind, element count, stored as differences. */
  tables: [name: string, kind: Kind, length: number, delta: 0 | 1][];
}

function kindOf(array: ArrayLike<number>): Kind {
  if (array instanceof Uint8Array) return 'u8';
  if (array instanceof Uint16Array) return 'u16';
  if (array instanceof Int16Array) return 'i16';
  if (array instanceof Int32Array) return 'i32';
  if (array instanceof Uint32Array) return 'u32';
  throw new Error('a compiled table must be a typed array');
}

/** Differences from the previous element, wrapping in the array's own type. */
function differences(array: AnyArray): AnyArray {
  const out = array.slice();
  for (let i = out.length - 1; i > 0; i--) out[i] = array[i] - array[i - 1];
  return out;
}

/** The running sum of stored differences, wrapping in the array's own type: the table as compiled. */
function runningSum(array: AnyArray): void {
  for (let i = 1; i < array.length; i++) array[i] = array[i] + array[i - 1];
}

/**
 * The lexicon as one block. `withSummaries`: keep each entry's summary (the
 * content script's copy leaves them out; the card asks the background).
 */
export function packLexicon(lexicon: CompiledLexicon, withSummaries = false): Uint8Array {
  const names = Object.keys(lexicon.tables) as (keyof Tables)[];
  const arrays = names.map((name) => lexicon.tables[name]!).map((a) => a as AnyArray);
  const head: Head = {
    format: lexicon.format,
    version: lexicon.version,
    entries: lexicon.entries.map((e: EntryMeta) => compactMeta(e, withSummaries)),
    vocab: lexicon.vocab,
    tables: names.map((name, i) => [name, kindOf(arrays[i]), arrays[i].length, DELTA_TABLES.has(name) ? 1 : 0]),
  };
  if (lexicon.documents) head.documents = lexicon.documents;
  const headBytes = new TextEncoder().encode(JSON.stringify(head));
  const bodies = arrays.map((array, i) => {
    const stored = head.tables[i][3] ? differences(array) : array;
    return new Uint8Array(stored.buffer, stored.byteOffset, stored.byteLength);
  });
  const size = 8 + headBytes.length + bodies.reduce((n, b) => n + b.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headBytes.length, true);
  out.set(headBytes, 8);
  let at = 8 + headBytes.length;
  for (const body of bodies) {
    out.set(body, at);
    at += body.length;
  }
  return out;
}

/** The lexicon from a block `packLexicon` wrote; throws on anything else, so a damaged copy is never half used. */
export function unpackLexicon(block: Uint8Array): CompiledLexicon {
  if (block.length < 8) throw new Error('compiled lexicon block is too short');
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('compiled lexicon block has the wrong signature');
  const headLength = view.getUint32(4, true);
  if (8 + headLength > block.length) throw new Error('compiled lexicon block is cut short');
  const head = JSON.parse(new TextDecoder().decode(block.subarray(8, 8 + headLength))) as Head;
  if (head.format !== COMPILED_FORMAT) throw new Error(`compiled lexicon has format ${String(head.format)}, expected ${COMPILED_FORMAT}`);
  const tables = {} as Record<string, AnyArray>;
  let at = 8 + headLength;
  for (const [name, kind, length, delta] of head.tables) {
    const Ctor = CONSTRUCTORS[kind];
    const bytes = length * Ctor.BYTES_PER_ELEMENT;
    if (!Ctor || at + bytes > block.length) throw new Error(`compiled lexicon block is cut short in ${name}`);
    // A copy: the block's offsets need not be aligned for the element size.
    const array = new Ctor(length);
    new Uint8Array(array.buffer).set(block.subarray(at, at + bytes));
    if (delta) runningSum(array);
    tables[name] = array;
    at += bytes;
  }
  if (at !== block.length) throw new Error('compiled lexicon block has trailing bytes');
  for (const name of REQUIRED_TABLES) if (!tables[name]) throw new Error(`compiled lexicon has no ${name} table`);
  const lexicon: CompiledLexicon = { format: head.format, version: head.version, entries: head.entries.map(expandMeta), vocab: head.vocab, tables: tables as unknown as Tables };
  if (head.documents) lexicon.documents = head.documents;
  return lexicon;
}
