/**
 * The matcher: a string in, hits with UTF-16 offsets out. One pass over the
 * text folds each word into a reused buffer, looks its id up in the compiled
 * hash table and steps the word-level automaton. No string is allocated per
 * word and no regular expression runs per word.
 */
import { APOSTROPHE, BREAK, charClass, foldCode, IGNORABLE, SEPARATOR, WORD } from './chars';
import { OUT_CONTEXT, OUT_ENTRY, OUT_GUARD, OUT_REF_MASK, OUT_SHIFT, type CompiledLexicon, type EntryMeta } from './compiled';
import { FNV_OFFSET, hashStep } from './hash';
import { sentenceAt } from './sentence';
import type { Hit } from './types';
import { voiceOf } from './voice';

/** How far from a `common` hit a context marker may stand, in UTF-16 units, inside one paragraph. */
export const CONTEXT_WINDOW = 320;
const RING = 64;

export interface ScanResult {
  hits: Hit[];
  /** Words in the text, as the matcher counts them. */
  words: number;
}

interface Candidate {
  entry: number;
  start: number;
  end: number;
}

export class Matcher {
  readonly entries: EntryMeta[];
  readonly version: string;
  private readonly t: CompiledLexicon['tables'];
  private readonly vocab: string;
  private readonly mask: number;
  private buffer = new Uint16Array(64);

  constructor(lexicon: CompiledLexicon) {
    this.entries = lexicon.entries;
    this.version = lexicon.version;
    this.t = lexicon.tables;
    this.vocab = lexicon.vocab;
    this.mask = lexicon.tables.hashSlots.length - 1;
  }

  /** Finds every entry in `text`. Offsets index `text` itself. */
  scan(text: string): ScanResult {
    const entryCandidates: Candidate[] = [];
    const guards: Candidate[] = [];
    const contextPositions: number[] = [];
    const contextGroups: number[] = [];
    const starts = new Int32Array(RING);
    const { rootNext, edgeStart, edgeWord, edgeTarget, fail, dictLink, depth, outStart, outputs } = this.t;

    let words = 0;
    let state = 0;
    let wordIndex = 0;
    let wordStart = -1;
    let wordEnd = 0;
    let letterEnd = 0;
    let segmentStart = 0;
    let dotted = false;
    let length = 0;
    let hash = FNV_OFFSET;
    let hashBeforeLast = FNV_OFFSET;

    const endWord = () => {
      words++;
      let id = this.lookup(hash, length);
      // "others’" may be a possessive or a closing quotation mark: try both.
      if (id < 0 && length > 1 && this.buffer[length - 1] === 39) {
        id = this.lookup(hashBeforeLast, length - 1);
        wordEnd = letterEnd;
      }
      starts[wordIndex & (RING - 1)] = wordStart;
      if (id < 0) {
        state = 0;
      } else {
        for (;;) {
          let next = -1;
          if (state === 0) next = rootNext[id];
          else {
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
          }
          if (next >= 0) {
            state = next;
            break;
          }
          if (state === 0) break;
          state = fail[state];
        }
        for (let s = outStart[state] < outStart[state + 1] ? state : dictLink[state]; s !== 0; s = dictLink[s]) {
          const start = starts[(wordIndex - depth[s] + 1) & (RING - 1)];
          for (let o = outStart[s]; o < outStart[s + 1]; o++) {
            const out = outputs[o];
            const kind = out >>> OUT_SHIFT;
            const ref = out & OUT_REF_MASK;
            if (kind === OUT_ENTRY) entryCandidates.push({ entry: ref, start, end: wordEnd });
            else if (kind === OUT_GUARD) guards.push({ entry: ref, start, end: wordEnd });
            else if (kind === OUT_CONTEXT) {
              contextPositions.push(start);
              contextGroups.push(ref);
            }
          }
        }
      }
      wordIndex++;
      wordStart = -1;
      length = 0;
      hash = FNV_OFFSET;
    };

    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
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
        if (cls !== SEPARATOR) state = 0;
      }
    }
    if (wordStart >= 0) endWord();

    return { hits: this.resolve(text, entryCandidates, guards, contextPositions, contextGroups), words };
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
    const { hashSlots, vocabOffsets } = this.t;
    const vocab = this.vocab;
    const buffer = this.buffer;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
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
    // earliest; no two hits overlap. Clusters are small, so this stays linear.
    const chosen: Candidate[] = [];
    for (let i = 0; i < kept.length; ) {
      let clusterEnd = kept[i].end;
      let j = i + 1;
      while (j < kept.length && kept[j].start < clusterEnd) clusterEnd = Math.max(clusterEnd, kept[j++].end);
      const cluster = kept.slice(i, j).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const picked: Candidate[] = [];
      for (const c of cluster) if (picked.every((p) => p.end <= c.start || c.end <= p.start)) picked.push(c);
      chosen.push(...picked.sort(byStart));
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
