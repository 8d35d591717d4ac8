/**
 * The one typed protocol between the extension's contexts. Every message is a
 * member of `Message`, handled by an exhaustive switch; replies are values
 * (`Result`), never exceptions thrown across contexts.
 */
import type { Voice } from '../core/types';

/** One hit as the page reports it: offsets into the block text, plus the text a reader needs. */
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
   * TextPositionSelectors in the exports. [-1, -1] in the reports the
   * content script sends the background on its own (report:changed), which
   * keep sentences, not places; their `index` counts in the order found.
   */
  position: [start: number, end: number];
}

export type PageState = 'on' | 'off' | 'off-for-site' | 'paused';

export interface PageReport {
  url: string;
  title: string;
  words: number;
  state: PageState;
  lexiconVersion: string;
  hits: PageHit[];
}

export type Message =
  /** popup → content: the page's report. */
  | { kind: 'report:get' }
  /** content → background: the hit count changed (badge, history). */
  | { kind: 'report:changed'; count: number; report?: PageReport }
  /** popup or background → content: scroll to an occurrence and show its card. */
  | { kind: 'highlight:goto'; index: number }
  /** background (keyboard command) → content. */
  | { kind: 'highlight:step'; direction: 1 | -1 }
  | { kind: 'highlight:toggle' }
  /** content (the card's "More") → background: open the popup's detail for an entry. */
  | { kind: 'detail:open'; entryId: string }
  /**
   * tests and diagnostics → content: how long the page's scan took (ScanStats
   * in src/dom/page-lens.ts, performance.now() times). The top frame answers;
   * with `allFrames`, every frame may (the first reply wins).
   */
  | { kind: 'scan:stats'; allFrames?: boolean }
  /**
   * content (the hover card) → background: an entry's summary (the first
   * sentence of its explanation), which the page's copy of the lexicon leaves
   * out. Replies `Result<string>`.
   */
  | { kind: 'entry:summary'; entryId: string }
  /**
   * popup → background: passages from the user's own history for an entry
   * (same entry first, then related ones), never from `excludeUrl`.
   * Replies `Result<RelatedPassage[]>` (src/storage/history/related-passages.ts).
   */
  | { kind: 'history:related'; entryId: string; relatedIds: string[]; excludeUrl?: string; limit?: number }
  /** popup → background: how much history is stored. Replies `Result<{ pages: number; passages: number }>`. */
  | { kind: 'history:stats' }
  /** popup (or options) → background: delete the whole history. Replies `Result<{ pages: number }>`, the pages deleted. */
  | { kind: 'history:clear' };

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}
