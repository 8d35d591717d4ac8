/**
 * The matcher: a string in, hits with UTF-16 offsets out. One pass over the
 * text folds each word into a reused buffer and looks its id up in the
 * compiled hash table; then the word-level automaton is walked forward from
 * each known word. No string is allocated per word and no regular expression
 * runs per word.
 */
import { APOSTROPHE, BREAK, charClass, foldCode, IGNORABLE, SEPARATOR, WORD } from './chars';
import { OUT_CONTEXT, OUT_ENTRY, OUT_GUARD, OUT_REF_MASK, OUT_SHIFT, type CompiledLexicon, type EntryMeta } from './compiled';
import { FNV_OFFSET, hashStep } from './hash';
import { sentenceAt } from './sentence';
import type { Hit } from './types';
import { voiceOf } from './voice';

/** How far from a `common` hit a context marker may stand, in UTF-16 units, inside one paragraph. */
export const CONTEXT_WINDOW = 320;
/** A word that is in no pattern. */
const UNKNOWN_WORD = -1;
/** Punctuation that ends any phrase. */
const BREAK_TOKEN = -2;

export interface ScanResult {
  hits: Hit[];
  /** Words in the text, as the matcher counts them. */
  words: number;
}

interface Candidate {
  entry: number;
  start: number;
  end: number;
  /** The first and last word tokens it spans: two candidates overlap exactly when these ranges do. */
  first: number;
  last: number;
}

export class Matcher {
  readonly entries: EntryMeta[];
  readonly version: string;
  private readonly t: CompiledLexicon['tables'];
  private readonly vocab: string;
  private readonly slots: number;
  /** Start of each vocabulary word in `vocab`, plus one end offset. */
  private readonly vocabOffsets: Uint32Array;
  private buffer = new Uint16Array(64);
  /** Reused across scans, grown on demand: no allocation per word. */
  private tokenIds = new Int32Array(1024);
  private tokenStarts = new Int32Array(1024);
  private tokenEnds = new Int32Array(1024);

  constructor(lexicon: CompiledLexicon) {
    this.entries = lexicon.entries;
    this.version = lexicon.version;
    this.t = lexicon.tables;
    this.vocab = lexicon.vocab;
    this.slots = lexicon.tables.hashSlots.length;
    const lengths = lexicon.tables.vocabLengths;
    this.vocabOffsets = new Uint32Array(lengths.length + 1);
    for (let i = 0; i < lengths.length; i++) this.vocabOffsets[i + 1] = this.vocabOffsets[i] + lengths[i];
  }

  /** Finds every entry in `text`. Offsets index `text` itself. */
  scan(text: string): ScanResult {
    const count = this.tokenize(text);
    const entryCandidates: Candidate[] = [];
    const guards: Candidate[] = [];
    const contextPositions: number[] = [];
    const contextGroups: number[] = [];
    const { rootNext, edgeStart, edgeWord, edgeTarget, outStart, outputs } = this.t;
    const ids = this.tokenIds;
    const starts = this.tokenStarts;
    const ends = this.tokenEnds;
    let words = 0;

    for (let i = 0; i < count; i++) {
      const first = ids[i];
      if (first === BREAK_TOKEN) continue;
      words++;
      if (first < 0) continue;
      let state = rootNext[first];
      // Walk forward from this word for as long as the automaton follows the text.
      for (let j = i; state >= 0; ) {
        for (let o = outStart[state]; o < outStart[state + 1]; o++) {
          const out = outputs[o];
          const kind = out >>> OUT_SHIFT;
          const ref = out & OUT_REF_MASK;
          if (kind === OUT_ENTRY) entryCandidates.push({ entry: ref, start: starts[i], end: ends[j], first: i, last: j });
          else if (kind === OUT_GUARD) guards.push({ entry: ref, start: starts[i], end: ends[j], first: i, last: j });
          else if (kind === OUT_CONTEXT) {
            contextPositions.push(starts[i]);
            contextGroups.push(ref);
          }
        }
        if (++j >= count) break;
        const id = ids[j];
        if (id < 0) break;
        let next = -1;
        let lo = edgeStart[state];
        let hi = edgeStart[state + 1] - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const w = edgeWord[mid];
          if (w === id) {
            next = edgeTarget[mid];
            break;
          }
          if (w < id) lo = mid + 1;
          else hi = mid - 1;
        }
        state = next;
      }
    }

    return { hits: this.resolve(text, entryCandidates, guards, contextPositions, contextGroups), words };
  }

  /**
   * Splits the text into word tokens (vocabulary id, or UNKNOWN_WORD) and
   * BREAK_TOKENs where punctuation ends any phrase. Fills the reused token
   * arrays and returns the number of tokens.
   */
  private tokenize(text: string): number {
    let count = 0;
    let wordStart = -1;
    let wordEnd = 0;
    let letterEnd = 0;
    let segmentStart = 0;
    let dotted = false;
    let length = 0;
    let hash = FNV_OFFSET;
    let hashBeforeLast = FNV_OFFSET;
    /** A line break with only spaces since: a second one makes a blank line, a paragraph break in plain text. */
    let newlineSeen = false;

    const pushToken = (id: number, start: number, end: number) => {
      if (count >= this.tokenIds.length) this.growTokens();
      this.tokenIds[count] = id;
      this.tokenStarts[count] = start;
      this.tokenEnds[count] = end;
      count++;
    };
    const endWord = () => {
      let id = this.lookup(hash, length);
      // "others’" may be a possessive or a closing quotation mark: try both.
      if (id < 0 && length > 1 && this.buffer[length - 1] === 39) {
        id = this.lookup(hashBeforeLast, length - 1);
        wordEnd = letterEnd;
      }
      pushToken(id < 0 ? UNKNOWN_WORD : id, wordStart, wordEnd);
      wordStart = -1;
      length = 0;
      hash = FNV_OFFSET;
    };

    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // As crossesParagraph reads paragraphs: so no phrase spans one.
      const blankLine = code === 10 && newlineSeen;
      if (code === 10) newlineSeen = true;
      else if (code !== 13 && code !== 32 && code !== 9) newlineSeen = false;
      let cls: number;
      if (code < 128) cls = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? WORD : code === 39 ? APOSTROPHE : code === 32 || code === 10 || code === 9 || code === 13 || code === 45 ? SEPARATOR : BREAK;
      else cls = charClass(code);

      if (cls === WORD) {
        if (wordStart < 0) {
          wordStart = segmentStart = i;
          dotted = false;
        }
        if (code < 128) {
          this.push(code >= 65 && code <= 90 ? code + 32 : code, length++);
          hashBeforeLast = hash;
          hash = hashStep(hash, this.buffer[length - 1]);
        } else {
          const folded = foldCode(code);
          for (let k = 0; k < folded.length; k++) {
            this.push(folded.charCodeAt(k), length++);
            hashBeforeLast = hash;
            hash = hashStep(hash, folded.charCodeAt(k));
          }
        }
        wordEnd = letterEnd = i + 1;
      } else if (cls === APOSTROPHE && wordStart >= 0) {
        this.push(39, length++);
        hashBeforeLast = hash;
        hash = hashStep(hash, 39);
        wordEnd = i + 1;
      } else if (cls === IGNORABLE) {
        // Soft hyphens, zero-width and bidirectional marks vanish inside a word.
      } else if (code === 46 && wordStart >= 0 && i - segmentStart === 1 && isDottedLetter(text, i + 1)) {
        // The inner dots of "U.S." or "U.K.": one word, "us" or "uk".
        segmentStart = i + 1;
        dotted = true;
      } else if (code === 46 && dotted && i - segmentStart === 1) {
        // The last dot of an abbreviation separates words; it does not end the phrase.
        endWord();
      } else {
        if (wordStart >= 0) endWord();
        if ((cls !== SEPARATOR || blankLine) && count > 0 && this.tokenIds[count - 1] !== BREAK_TOKEN) pushToken(BREAK_TOKEN, i, i);
      }
    }
    if (wordStart >= 0) endWord();
    return count;
  }

  private growTokens() {
    const size = this.tokenIds.length * 2;
    const grow = (old: Int32Array) => {
      const bigger = new Int32Array(size);
      bigger.set(old);
      return bigger;
    };
    this.tokenIds = grow(this.tokenIds);
    this.tokenStarts = grow(this.tokenStarts);
    this.tokenEnds = grow(this.tokenEnds);
  }

  private push(code: number, at: number) {
    if (at >= this.buffer.length) {
      const bigger = new Uint16Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[at] = code;
  }

  /** The vocabulary id of the first `length` folded units in the buffer, or -1. */
  private lookup(hash: number, length: number): number {
    const { hashSlots } = this.t;
    const vocabOffsets = this.vocabOffsets;
    const vocab = this.vocab;
    const buffer = this.buffer;
    const slots = this.slots;
    for (let slot = (hash >>> 0) % slots; ; slot = slot + 1 === slots ? 0 : slot + 1) {
      const stored = hashSlots[slot];
      if (stored === 0) return -1;
      const id = stored - 1;
      const from = vocabOffsets[id];
      if (vocabOffsets[id + 1] - from !== length) continue;
      let k = 0;
      while (k < length && vocab.charCodeAt(from + k) === buffer[k]) k++;
      if (k === length) return id;
    }
  }

  private resolve(text: string, candidates: Candidate[], guards: Candidate[], contextPositions: number[], contextGroups: number[]): Hit[] {
    if (candidates.length === 0) return [];
    const { contextStart, contextGroups: groupsOfEntry } = this.t;
    const byStart = (a: Candidate, b: Candidate) => a.start - b.start || b.end - a.end;
    guards.sort(byStart);
    const longestGuard = guards.reduce((max, g) => Math.max(max, g.end - g.start), 0);
    const markers = sortMarkers(contextPositions, contextGroups);

    const kept = candidates.filter((c) => {
      if (guards.length > 0 && isGuarded(c, guards, longestGuard)) return false;
      const from = contextStart[c.entry];
      const to = contextStart[c.entry + 1];
      return from === to || hasContext(text, c, markers, groupsOfEntry.subarray(from, to));
    });
    kept.sort(byStart);

    // Within each cluster of overlapping candidates the longest wins, then the
    // earliest; no two hits overlap. A cluster can span a whole page ("xa xa"
    // repeated, for a phrase "xa xa"), so the words taken are marked in a
    // table: a candidate spans at most MAX_PHRASE_WORDS (63) words, so the choice
    // stays linear in the cluster's size.
    const chosen: Candidate[] = [];
    for (let i = 0; i < kept.length; ) {
      let clusterEnd = kept[i].end;
      let lastToken = kept[i].last;
      let j = i + 1;
      while (j < kept.length && kept[j].start < clusterEnd) {
        clusterEnd = Math.max(clusterEnd, kept[j].end);
        lastToken = Math.max(lastToken, kept[j++].last);
      }
      if (j === i + 1) {
        chosen.push(kept[i++]);
        continue;
      }
      const cluster = kept.slice(i, j).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const firstToken = kept[i].first;
      const taken = new Uint8Array(lastToken - firstToken + 1);
      const picked: Candidate[] = [];
      for (const c of cluster) {
        let free = true;
        for (let t = c.first - firstToken; t <= c.last - firstToken && free; t++) free = taken[t] === 0;
        if (!free) continue;
        taken.fill(1, c.first - firstToken, c.last - firstToken + 1);
        picked.push(c);
      }
      picked.sort(byStart);
      for (const c of picked) chosen.push(c); // not push(...picked): a page-long cluster would overflow the call stack
      i = j;
    }

    return chosen.map((c) => {
      const sentence = sentenceAt(text, c.start, c.end);
      return { entry: c.entry, start: c.start, end: c.end, sentence, voice: voiceOf(text, c.start, c.end, sentence) };
    });
  }
}

/** Index of the first item whose `key` is at least `value`, in an array sorted by it. */
function lowerBound<T>(items: T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isGuarded(c: Candidate, guards: Candidate[], longestGuard: number): boolean {
  for (let i = lowerBound(guards, c.start - longestGuard, (g) => g.start); i < guards.length && guards[i].start < c.end; i++) {
    const g = guards[i];
    if (g.entry === c.entry && g.end > c.start) return true;
  }
  return false;
}

interface Marker {
  position: number;
  group: number;
}

function sortMarkers(positions: number[], groups: number[]): Marker[] {
  return positions.map((position, i) => ({ position, group: groups[i] })).sort((a, b) => a.position - b.position);
}

/** Whether `at` holds an ASCII letter followed by a dot: the next part of "U.S.". */
function isDottedLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at) | 32;
  return code >= 97 && code <= 122 && text.charCodeAt(at + 1) === 46;
}

function hasContext(text: string, hit: Candidate, markers: Marker[], wanted: ArrayLike<number>): boolean {
  const highest = hit.end + CONTEXT_WINDOW;
  for (let i = lowerBound(markers, hit.start - CONTEXT_WINDOW, (m) => m.position); i < markers.length && markers[i].position <= highest; i++) {
    const { position, group } = markers[i];
    if (position >= hit.start && position < hit.end) continue; // the hit itself is no context
    if (!Array.prototype.includes.call(wanted, group)) continue;
    if (!crossesParagraph(text, Math.min(position, hit.start), Math.max(position, hit.end))) return true;
  }
  return false;
}

/** Whether a paragraph boundary (a block separator or a blank line) lies between `from` and `to`. */
function crossesParagraph(text: string, from: number, to: number): boolean {
  let newlineSeen = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2029) return true;
    if (code === 10) {
      if (newlineSeen) return true;
      newlineSeen = true;
    } else if (code !== 13 && code !== 32 && code !== 9) newlineSeen = false;
  }
  return false;
}
