/**
 * The matcher: a string in, hits with UTF-16 offsets out. One pass over the
 * text folds each word into a reused buffer and looks its id up in the
 * compiled hash table, keeping only the words that occur in some pattern;
 * then the word-level automaton is walked forward from each of them. No
 * string is allocated per word and no regular expression runs per word.
 */
import { APOSTROPHE, BREAK, CHAR_CLASSES, charClass, COMMA_MARK, foldCode, IGNORABLE, isSingleQuote, opensQuotation, QUOTE_MARK, SEPARATOR, WORD } from './chars';
import { OUT_CONTEXT, OUT_ENTRY, OUT_GUARD, OUT_REF_MASK, OUT_SHIFT, wordFilter, wordFilterBits, type CompiledLexicon, type DocumentTables, type EntryMeta } from './compiled';
import { foldMixedScript, isHan, isHangul } from './fold-script';
import { FNV_OFFSET, FNV_PRIME, hashWord } from './hash';
import { COMMA_TOKEN, QUOTE_TOKEN } from './pattern';
import { PARTICLES_BY_LAST } from './segment';
import { sentenceAt } from './sentence';
import type { Hit } from './types';
import { namePattern, speakerPattern, voiceOf } from './voice';

/** How far from a `common` hit a context marker may stand, in UTF-16 units, inside one paragraph. */
export const CONTEXT_WINDOW = 320;
/** Between two pattern words: a word in no pattern, punctuation that ends any phrase, or a blank line. */
const GAP = -1;
/** The longest word the matcher looks up; the vocabulary has none longer (vocabLengths are bytes). */
const LONGEST_WORD = 255;

/** Script flags of a word (see segment.ts). */
const SCRIPT_HAN = 1;
const SCRIPT_HANGUL = 2;
const SCRIPT_CYRILLIC = 4;

/** The tokenizer's hash of the first `length` units of a buffer. */
function hashUnits(units: Uint16Array, length: number): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ units[i], FNV_PRIME);
  return hash;
}

/** What the matcher may know of a document besides its text: its address and title. */
export interface DocumentContext {
  url?: string;
  title?: string;
  /**
   * Stretches of the text that are quotations by the document's structure
   * (a `<blockquote>` or `<q>`), as offsets into the scanned text, sorted by
   * start: a hit in one is `quoted`, and is no evidence of the document's source.
   */
  quoted?: readonly { start: number; end: number }[];
}

/**
 * Own-voice signature phrases of a family, in this many distinct sentences,
 * make the whole text that family's: its `common`-tier phrasing then needs no
 * marker nearby. One is enough where the title or the opening lines (dateline,
 * byline) name one of the family's own outlets or officials (its `speakers`),
 * as a state outlet's byline names itself. Markers alone never are: news
 * about Russia names Russia and Kyiv everywhere, and only the state outlet's
 * own text also speaks in its formulas.
 */
export const DOCUMENT_EVIDENCE = 2;
/** The opening of a text that holds its dateline and byline, in UTF-16 units. */
export const OPENING_LINES = 200;

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
  /** The words it spans, punctuation tokens left out: set when it is weighed against overlapping ones. */
  words?: number;
}

export class Matcher {
  readonly entries: EntryMeta[];
  readonly version: string;
  readonly #t: CompiledLexicon['tables'];
  readonly #vocab: string;
  readonly #slots: number;
  /** Start of each vocabulary word in `vocab`, plus one end offset. */
  readonly #vocabOffsets: Uint32Array;
  readonly #buffer = new Uint16Array(LONGEST_WORD);
  /** Reused across scans, grown on demand: no allocation per word. */
  #tokenIds = new Int32Array(1024);
  #tokenStarts = new Int32Array(1024);
  #tokenEnds = new Int32Array(1024);
  /** Words in the text last tokenized. */
  #words = 0;
  /**
   * The vocabulary's hash bits (see Tables.wordFilter): most words on a page
   * are in no pattern, and one bit test turns them away.
   */
  readonly #filter: Int32Array;
  readonly #filterMask: number;
  /**
   * The vocabulary ids of the punctuation tokens `,` and `"`, or -1 where no
   * pattern holds one: the tokenizer then reads commas and quotation marks
   * as gaps, as it reads any other punctuation.
   */
  readonly #commaId: number;
  readonly #quoteId: number;
  readonly #documents: DocumentTables | undefined;
  /** The generic speakers and the families' (voice.ts). */
  readonly #speakers: RegExp;
  /** Each family's own names, for titles and bylines. */
  readonly #bylines: [family: string, names: RegExp][];

  constructor(lexicon: CompiledLexicon) {
    this.entries = lexicon.entries;
    this.version = lexicon.version;
    this.#t = lexicon.tables;
    this.#vocab = lexicon.vocab;
    this.#slots = lexicon.tables.hashSlots.length;
    const lengths = lexicon.tables.vocabLengths;
    this.#vocabOffsets = new Uint32Array(lengths.length + 1);
    for (let i = 0; i < lengths.length; i++) this.#vocabOffsets[i + 1] = this.#vocabOffsets[i] + lengths[i];
    const bits = wordFilterBits(lengths.length);
    const shipped = lexicon.tables.wordFilter;
    // A lexicon compiled before the filter was shipped: build it from the words.
    this.#filter = shipped && shipped.length * 32 === bits ? shipped : wordFilter(Array.from(lengths, (_, i) => this.#vocab.slice(this.#vocabOffsets[i], this.#vocabOffsets[i + 1])));
    this.#filterMask = bits - 1;
    this.#documents = lexicon.documents;
    this.#speakers = speakerPattern(lexicon.documents?.speakers);
    this.#bylines = Object.entries(lexicon.documents?.bylines ?? {})
      .filter(([, names]) => names.length > 0)
      .map(([family, names]) => [family, namePattern(names)]);
    this.#commaId = this.#idOf(COMMA_TOKEN);
    this.#quoteId = this.#idOf(QUOTE_TOKEN);
  }

  /** The vocabulary id of a folded word, or -1. */
  #idOf(word: string): number {
    if (word.length > this.#buffer.length) return -1;
    for (let i = 0; i < word.length; i++) this.#buffer[i] = word.charCodeAt(i);
    return this.#lookup(hashWord(word) | 0, word.length);
  }

  /**
   * Finds every entry in `text`. Offsets index `text` itself. A `common`-tier
   * entry fires where one of its sources' markers is near it in the same
   * paragraph, or anywhere when the document is its source's: the page's
   * host is one of the family's (`context.url`), or the text speaks in the
   * family's signature phrasing (DOCUMENT_EVIDENCE), the title or opening
   * lines naming the family count towards it. Voice is read as always, so a
   * quotation on a neutral page stays `quoted`.
   */
  scan(text: string, context?: DocumentContext): ScanResult {
    const familiesOfPage = context ? this.#pageFamilies(context) : undefined;
    const count = this.#tokenize(text);
    const words = this.#words;
    const entryCandidates: Candidate[] = [];
    const guards: Candidate[] = [];
    const contextPositions: number[] = [];
    const contextGroups: number[] = [];
    const { rootNext, edgeStart, edgeWord, edgeTarget, outStart, outputs } = this.#t;
    const ids = this.#tokenIds;
    const starts = this.#tokenStarts;
    const ends = this.#tokenEnds;

    for (let i = 0; i < count; i++) {
      const first = ids[i];
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

    return { hits: this.#resolve(text, entryCandidates, guards, contextPositions, contextGroups, familiesOfPage, context?.quoted), words };
  }

  /** The families a page belongs to by its host, and those its title names (markers), from its context. */
  #pageFamilies(context: DocumentContext): { host: Set<string>; title: Set<string> } {
    const host = new Set<string>();
    const title = new Set<string>();
    const documents = this.#documents;
    if (!documents) return { host, title };
    const name = context.url ? hostOf(context.url) : '';
    if (name) {
      for (const [family, hosts] of Object.entries(documents.hosts)) {
        if (hosts.some((h) => name === h || name.endsWith(`.${h}`))) host.add(family);
      }
    }
    if (context.title) for (const family of this.#named(context.title.slice(0, 2000))) title.add(family);
    return { host, title };
  }

  /** The families whose own names (outlets, offices, officials) a short text names: a title, a dateline or byline. */
  #named(text: string): string[] {
    return this.#bylines.filter(([, names]) => names.test(text)).map(([family]) => family);
  }

  /**
   * Splits the text into tokens for the automaton: the vocabulary id of each
   * word in some pattern, and a GAP where anything else stands between two
   * such words (a word in no pattern, punctuation that ends any phrase, a
   * blank line). Where some pattern holds the `,` or `"` token, a comma after
   * a pattern word, or a quotation mark, is a token of its own, which the
   * automaton walks only where a pattern has it; `#quotesPair` then keeps a
   * match from leaving a quotation. Most words of a page are in no pattern and cost only their
   * hash. Fills the reused token arrays, counts the words, and returns the
   * number of tokens.
   *
   * One loop with its state in locals and no closures: this is the hottest
   * code of the content script.
   */
  #tokenize(text: string): number {
    const buffer = this.#buffer;
    const limit = buffer.length;
    const filter = this.#filter;
    const mask = this.#filterMask;
    let count = 0;
    let words = 0;
    let wordStart = -1;
    let wordEnd = 0;
    /** Where the word ended before its last apostrophe: the end of "others" in "others’" read as a possessive. */
    let endBeforeApostrophe = 0;
    let segmentStart = 0;
    let dotted = false;
    let length = 0;
    let hash = FNV_OFFSET;
    let hashBeforeLast = FNV_OFFSET;
    /** Whether the last token is a GAP (or there is none yet): gaps never repeat. */
    let gapped = true;
    /** A line break with only spaces since: a second one makes a blank line, a paragraph break in plain text. */
    let newlineSeen = false;
    const commaId = this.#commaId;
    const quoteId = this.#quoteId;
    /** Whether the last token is a punctuation token: two never follow each other. */
    let punct = false;
    /** A single quotation mark (‘ or ') opened, so that a word's final ’ may close it. */
    let singleOpen = false;
    /** Where the word's last apostrophe stands. */
    let apostropheAt = -1;
    /** The scripts of the word being read (SCRIPT_*), set only in the non-ASCII branch: see segment.ts. */
    let script = 0;
    /** A word boundary with no separator (around a Han character): the character is read again after it. */
    let split = false;

    for (let i = 0, n = text.length; i <= n; i++) {
      // One step past the end closes the last word.
      const code = i < n ? text.charCodeAt(i) : 46;
      let cls = i < n ? CHAR_CLASSES[code] : BREAK;
      if (cls === 0) cls = charClass(code);
      if (wordStart >= 0 && cls === WORD && ((script & SCRIPT_HAN) !== 0 || (code >= 0x3400 && isHan(code)))) {
        // A Han character is a word of its own: end the word before it, or the one it makes.
        split = true;
        cls = BREAK;
      }
      if (cls === WORD) {
        if (wordStart < 0) {
          wordStart = segmentStart = i;
          dotted = false;
          script = 0;
        }
        if (code < 128) {
          // A run of ASCII letters and digits, most of any page, in one tight loop.
          let c = code;
          let j = i;
          for (;;) {
            const folded = c >= 65 && c <= 90 ? c + 32 : c;
            if (length < limit) buffer[length] = folded;
            length++;
            hash = Math.imul(hash ^ folded, FNV_PRIME);
            if (++j >= n) break;
            c = text.charCodeAt(j);
            if (c >= 128 || CHAR_CLASSES[c] !== WORD) break;
          }
          i = j - 1;
        } else {
          if (code >= 0x370) script |= code < 0x530 ? SCRIPT_CYRILLIC : isHan(code) ? SCRIPT_HAN : isHangul(code) ? SCRIPT_HANGUL : 0;
          const folded = foldCode(code);
          for (let k = 0; k < folded.length; k++) {
            const unit = folded.charCodeAt(k);
            if (length < limit) buffer[length] = unit;
            length++;
            hash = Math.imul(hash ^ unit, FNV_PRIME);
          }
        }
        wordEnd = i + 1;
        newlineSeen = false;
        continue;
      }
      if (cls === IGNORABLE) {
        // Soft hyphens, zero-width and bidirectional marks vanish inside a word.
        newlineSeen = false;
        continue;
      }
      if (cls === APOSTROPHE && wordStart >= 0) {
        if (length < limit) buffer[length] = 39;
        length++;
        hashBeforeLast = hash; // the possessive reading drops this apostrophe, and only an apostrophe
        hash = Math.imul(hash ^ 39, FNV_PRIME);
        endBeforeApostrophe = wordEnd;
        apostropheAt = i;
        wordEnd = i + 1;
        continue;
      }
      // The inner dots of "U.S." or "U.K." join one word, "us" or "uk"; the last one separates words without ending the phrase.
      const innerDot = code === 46 && wordStart >= 0 && i - segmentStart === 1 && i < n && isDottedLetter(text, i + 1);
      if (innerDot) {
        segmentStart = i + 1;
        dotted = true;
        continue;
      }
      const lastDot = code === 46 && dotted && i - segmentStart === 1 && i < n;
      if (wordStart >= 0) {
        words++;
        // Look-alike letters of another script inside a Latin or Cyrillic word ("Кiev"): fold them, then hash again.
        if ((script & SCRIPT_CYRILLIC) !== 0 && length <= limit && foldMixedScript(buffer, length)) hash = hashUnits(buffer, length);
        // The filter's bit first: it turns away most words without a call.
        let bit = hash & mask;
        // After an opening ‘, a final ’ closes the quotation before it makes a possessive.
        const closesSingle = singleOpen && length > 1 && buffer[length - 1] === 39 && apostropheAt === wordEnd - 1;
        let id = !closesSingle && length <= limit && (filter[bit >>> 5] & (1 << (bit & 31))) !== 0 ? this.#lookup(hash, length) : -1;
        let closing = -1;
        // "others’" may be a possessive or a closing quotation mark: try both.
        if (id < 0 && length > 1 && length <= limit && buffer[length - 1] === 39) {
          bit = hashBeforeLast & mask;
          if ((filter[bit >>> 5] & (1 << (bit & 31))) !== 0) id = this.#lookup(hashBeforeLast, length - 1);
          if (id >= 0) {
            if (closesSingle && quoteId >= 0) closing = apostropheAt;
            wordEnd = endBeforeApostrophe;
          }
        }
        // An 어절 in no pattern: read it without its particle or ending (주체사상을 → 주체사상).
        if (id < 0 && (script & SCRIPT_HANGUL) !== 0 && length <= limit) {
          id = this.#stemId(length);
          if (id >= 0 && wordEnd - wordStart === length) wordEnd = wordStart + this.#stemLength;
        }
        if (id >= 0) {
          if (count + 1 >= this.#tokenIds.length) this.#growTokens();
          this.#tokenIds[count] = id;
          this.#tokenStarts[count] = wordStart;
          this.#tokenEnds[count] = wordEnd;
          count++;
          gapped = false;
          punct = false;
          if (closesSingle) singleOpen = false;
          if (closing >= 0) {
            this.#tokenIds[count] = quoteId;
            this.#tokenStarts[count] = closing;
            this.#tokenEnds[count] = closing + 1;
            count++;
            punct = true;
          }
        } else if (!gapped) {
          count = this.#pushGap(count, wordStart);
          gapped = true;
          punct = false;
        }
        wordStart = -1;
        length = 0;
        hash = FNV_OFFSET;
      }
      if (split) {
        split = false;
        i--; // read the character again, as the start of a word
        continue;
      }
      if (lastDot) continue;
      // As crossesParagraph reads paragraphs: so no phrase spans one.
      if (code === 10) {
        if (newlineSeen && !gapped) {
          count = this.#pushGap(count, i);
          gapped = true;
          punct = false;
        }
        newlineSeen = true;
      } else if (cls === SEPARATOR) {
        if (code !== 13 && code !== 32 && code !== 9) newlineSeen = false;
      } else {
        newlineSeen = false;
        if (cls === BREAK) singleOpen = false; // a quotation left open closes at the end of its sentence
        // A comma after a pattern word, or a quotation mark, where some pattern holds one: a token of its own.
        const id =
          cls === COMMA_MARK ? (gapped ? -1 : commaId) : cls === QUOTE_MARK || (cls === APOSTROPHE && isSingleQuote(code)) ? quoteId : -1;
        if (id >= 0 && !punct) {
          if (count >= this.#tokenIds.length) this.#growTokens();
          this.#tokenIds[count] = id;
          this.#tokenStarts[count] = i;
          this.#tokenEnds[count] = i + 1;
          count++;
          gapped = false;
          punct = true;
          if (cls === APOSTROPHE) singleOpen = opensQuotation(text, i);
        } else if (!gapped) {
          count = this.#pushGap(count, i);
          gapped = true;
          punct = false;
        }
      }
    }
    this.#words = words;
    return count;
  }

  /** The stem length `#stemId` found. */
  #stemLength = 0;

  /** The id of the longest stem of the buffer's 어절 that a particle leaves and a pattern holds, or -1. */
  #stemId(length: number): number {
    const buffer = this.#buffer;
    const filter = this.#filter;
    const mask = this.#filterMask;
    const particles = PARTICLES_BY_LAST.get(buffer[length - 1]);
    if (!particles) return -1;
    for (const particle of particles) {
      const stem = length - particle.length;
      if (stem < 1) continue;
      let k = 0;
      while (k < particle.length && buffer[stem + k] === particle.charCodeAt(k)) k++;
      if (k < particle.length) continue;
      const hash = hashUnits(buffer, stem);
      const bit = hash & mask;
      if ((filter[bit >>> 5] & (1 << (bit & 31))) === 0) continue;
      const id = this.#lookup(hash, stem);
      if (id >= 0) {
        this.#stemLength = stem;
        return id;
      }
    }
    return -1;
  }

  #pushGap(count: number, at: number): number {
    if (count + 1 >= this.#tokenIds.length) this.#growTokens();
    this.#tokenIds[count] = GAP;
    this.#tokenStarts[count] = at;
    this.#tokenEnds[count] = at;
    return count + 1;
  }

  #growTokens() {
    const size = this.#tokenIds.length * 2;
    const grow = (old: Int32Array) => {
      const bigger = new Int32Array(size);
      bigger.set(old);
      return bigger;
    };
    this.#tokenIds = grow(this.#tokenIds);
    this.#tokenStarts = grow(this.#tokenStarts);
    this.#tokenEnds = grow(this.#tokenEnds);
  }

  /** The vocabulary id of the first `length` folded units in the buffer, or -1. The caller tests the word filter first. */
  #lookup(hash: number, length: number): number {
    const { hashSlots } = this.#t;
    const vocabOffsets = this.#vocabOffsets;
    const vocab = this.#vocab;
    const buffer = this.#buffer;
    const slots = this.#slots;
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

  /**
   * Which of two overlapping candidates is the more specific, as a sort
   * comparison (negative: `a`). More words first ("respected Marshal Kim Jong
   * Un" over "Kim Jong Un"); then a `signature` entry over a `common` one;
   * then an entry whose phrase contains the other's; then the longer text.
   */
  #moreSpecific(a: Candidate, b: Candidate): number {
    const words = (b.words ?? this.#wordsIn(b)) - (a.words ?? this.#wordsIn(a));
    if (words !== 0) return words;
    const ea = this.entries[a.entry];
    const eb = this.entries[b.entry];
    if (ea.tier !== eb.tier) return ea.tier === 'signature' ? -1 : 1;
    if (a.entry !== b.entry) {
      const pa = ea.phrase.toLowerCase();
      const pb = eb.phrase.toLowerCase();
      if (pa.length > pb.length && pa.includes(pb)) return -1;
      if (pb.length > pa.length && pb.includes(pa)) return 1;
    }
    return b.end - b.start - (a.end - a.start);
  }

  /** The words a candidate spans (its tokens, punctuation left out). */
  #wordsIn(c: Candidate): number {
    let n = c.last - c.first + 1;
    if (this.#commaId >= 0 || this.#quoteId >= 0) {
      for (let t = c.first; t <= c.last; t++) if (this.#tokenIds[t] === this.#commaId || this.#tokenIds[t] === this.#quoteId) n--;
    }
    return n;
  }

  /**
   * The families whose document this is (see `scan`): by the page's host, or
   * by own-voice signature phrasing in DOCUMENT_EVIDENCE distinct sentences
   * (one where the title or the opening lines name the family's outlet or official).
   */
  #documentFamilies(
    text: string,
    kept: Candidate[],
    markers: Marker[],
    page?: { host: Set<string>; title: Set<string> },
    quoted?: readonly { start: number; end: number }[],
  ): Set<string> {
    const families = new Set(page?.host);
    const opening = new Set(page?.title);
    for (const family of this.#named(text.slice(0, OPENING_LINES))) opening.add(family);
    const sentences = new Map<string, Set<number>>();
    for (const c of kept) {
      const meta = this.entries[c.entry];
      if (meta.tier !== 'signature' || meta.custom) continue;
      if (quoted && inRanges(quoted, c.start)) continue;
      const sentence = sentenceAt(text, c.start, c.end);
      if (voiceOf(text, c.start, c.end, sentence, this.#speakers) !== 'own') continue;
      for (const source of meta.sources) {
        let seen = sentences.get(source);
        if (!seen) sentences.set(source, (seen = new Set()));
        seen.add(sentence.start);
      }
    }
    for (const [family, seen] of sentences) if (seen.size >= (opening.has(family) ? 1 : DOCUMENT_EVIDENCE)) families.add(family);
    return families;
  }

  /**
   * Whether the quotation marks a candidate spans pair up: each closing mark
   * closes an opening one inside the match, and every opening one closes
   * there. A match never runs out of a quotation into the text around it.
   */
  #quotesPair(text: string, c: Candidate): boolean {
    const ids = this.#tokenIds;
    const quoteId = this.#quoteId;
    let depth = 0;
    for (let t = c.first; t <= c.last; t++) {
      if (ids[t] !== quoteId) continue;
      if (opensQuotation(text, this.#tokenStarts[t])) depth++;
      else if (--depth < 0) return false;
    }
    return depth === 0;
  }

  #resolve(
    text: string,
    candidates: Candidate[],
    guards: Candidate[],
    contextPositions: number[],
    contextGroups: number[],
    page?: { host: Set<string>; title: Set<string> },
    quoted?: readonly { start: number; end: number }[],
  ): Hit[] {
    if (candidates.length === 0) return [];
    const { contextStart, contextGroups: groupsOfEntry } = this.#t;
    const byStart = (a: Candidate, b: Candidate) => a.start - b.start || b.end - a.end;
    guards.sort(byStart);
    const longestGuard = guards.reduce((max, g) => Math.max(max, g.end - g.start), 0);
    const markers = sortMarkers(contextPositions, contextGroups);

    const quotes = this.#quoteId >= 0;
    const familyGroups = this.#documents?.groupFamilies.length ?? 0;
    /** Common-tier candidates with no marker nearby, which the document's context may still let through. */
    const pending: Candidate[] = [];
    const kept = candidates.filter((c) => {
      if (quotes && !this.#quotesPair(text, c)) return false;
      if (guards.length > 0 && isGuarded(c, guards, longestGuard)) return false;
      const from = contextStart[c.entry];
      const to = contextStart[c.entry + 1];
      if (from === to || hasContext(text, c, markers, groupsOfEntry.subarray(from, to))) return true;
      if (groupsOfEntry[from] < familyGroups) pending.push(c); // its sources' markers, not a list of its own
      return false;
    });
    if (pending.length > 0) {
      const families = this.#documentFamilies(text, kept, markers, page, quoted);
      if (families.size > 0) for (const c of pending) if (this.entries[c.entry].sources.some((s) => families.has(s))) kept.push(c);
    }
    kept.sort(byStart);

    // Within each cluster of overlapping candidates the most specific wins
    // (#moreSpecific), then the earliest; no two hits overlap. A cluster can span a whole page ("xa xa"
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
      const cluster = kept.slice(i, j);
      for (const c of cluster) c.words = this.#wordsIn(c); // once per candidate, not per comparison
      cluster.sort((a, b) => this.#moreSpecific(a, b) || a.start - b.start);
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
      const voice = quoted && inRanges(quoted, c.start) ? 'quoted' : voiceOf(text, c.start, c.end, sentence, this.#speakers);
      return { entry: c.entry, start: c.start, end: c.end, sentence, voice };
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

/** Whether `at` lies in one of the ranges (sorted by start). */
function inRanges(ranges: readonly { start: number; end: number }[], at: number): boolean {
  const i = lowerBound(ranges as { start: number; end: number }[], at + 1, (r) => r.start) - 1;
  return i >= 0 && at < ranges[i].end;
}

/** The lower-case host of an address ("https://www.rt.com/news/…" → "www.rt.com"), or ''. */
export function hostOf(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(url.trim()) ?? /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[:/?#]|$)/i.exec(url.trim());
  return match ? match[1].toLowerCase().replace(/\.$/, '') : '';
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
