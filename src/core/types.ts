/**
 * The lexicon's data model and the matcher's output. Pure types: shared by the
 * compiler (build time), the matcher (content script) and every UI.
 */

/**
 * A source family's id (`kcna`, `prc`, `rus`…). The families are data, in the
 * registry `src/lexicon/families.ts`; core takes their descriptors as
 * arguments and never lists them.
 */
export type Source = string;

/**
 * Persuasion techniques: the SemEval-2023 Task 3 taxonomy in kebab-case, plus
 * `euphemism` and `set-formula` for honorifics and fixed formulas.
 */
export const TECHNIQUES = [
  'loaded-language',
  'name-calling',
  'slogans',
  'flag-waving',
  'whataboutism',
  'appeal-to-fear',
  'exaggeration-minimisation',
  'doubt',
  'conversation-killer',
  'appeal-to-values',
  'false-dilemma',
  'appeal-to-hypocrisy',
  'guilt-by-association',
  'questioning-reputation',
  'appeal-to-authority',
  'appeal-to-popularity',
  'causal-oversimplification',
  'consequential-oversimplification',
  'straw-man',
  'red-herring',
  'repetition',
  'obfuscation',
  'euphemism',
  'set-formula',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

export const TIERS = ['signature', 'common'] as const;
/** `signature`: phrasing almost only state media use. `common`: also found in ordinary prose, so it needs context. */
export type Tier = (typeof TIERS)[number];

export interface LexiconEntry {
  /** Stable kebab-case id, used alike in storage, CSS names and messages. */
  id: string;
  /** The canonical form, as a reader would quote it. */
  phrase: string;
  /** Variants in the pattern syntax (see src/lexicon/README.md). */
  patterns: string[];
  sources: Source[];
  techniques: Technique[];
  tier: Tier;
  /** Two to five sentences in our own words: meaning, rhetorical work, who uses it when. */
  explanation: string;
  /** When and where it emerged, where known; '' when not known for sure. */
  origin: string;
  /** The phrase in its original language (Korean, Chinese or Russian), where one exists. */
  original?: string;
  /** Ids of related entries. */
  related: string[];
  /** Patterns for contexts where the words are not state-media phrasing; a hit they overlap is dropped. */
  guards: string[];
  /**
   * Patterns that must occur near a hit (same block, within a few sentences)
   * for it to count. `common`-tier entries default to their sources' context
   * markers (the `contextMarkers` of their families' descriptors) when this is absent.
   */
  context?: string[];
  examples: {
    /** Sentences we wrote that must produce a hit for this entry. */
    match: string[];
    /** Sentences we wrote that must not produce a hit for this entry. */
    noMatch: string[];
  };
}

export type Voice = 'own' | 'quoted';

/** One recognized phrase. Offsets are UTF-16 code units into the scanned string, end exclusive. */
export interface Hit {
  /** Index of the entry in the compiled lexicon. */
  entry: number;
  start: number;
  end: number;
  sentence: { start: number; end: number };
  voice: Voice;
}

/** One hit as a page reports it: offsets into the block text, plus the text a reader needs. */
export interface PageHit {
  entryId: string;
  /** The matched words as they stand on the page. */
  match: string;
  voice: Voice;
  /** The sentence around the hit, and the hit's offsets inside it. */
  sentence: string;
  inSentence: [start: number, end: number];
  /** The block (paragraph, list item, cell) around the hit, and the sentence's offsets inside it. */
  paragraph: string;
  sentenceInParagraph: [start: number, end: number];
  /** Position in document order, used to go to this occurrence. */
  index: number;
  /**
   * Offsets of the match in the page's whole text (the text index's blocks
   * joined in document order by BLOCK_SEPARATOR), for W3C Web Annotation
   * TextPositionSelectors in the exports. [-1, -1] in the brief reports the
   * content script sends the background on its own, which keep sentences,
   * not places; their `index` counts in the order found.
   */
  position: [start: number, end: number];
}

/** Whether highlighting runs on a page, and if not, why. */
export type PageState = 'on' | 'off' | 'off-for-site' | 'paused';

/** What a page found: the domain fact behind the popup, the history and the exports. */
export interface PageReport {
  url: string;
  title: string;
  words: number;
  state: PageState;
  lexiconVersion: string;
  hits: PageHit[];
}
