/** Turns placed hits into the `PageReport` the popup and the background read. */
import type { EntryMeta } from '../core/compiled';
import type { PageHit } from '../core/types';
import type { LensHit } from './text-index';

/** How much of a long block to keep around the sentence, on each side. */
export const PARAGRAPH_REACH = 600;

/**
 * `blockPosition`: where the hit's block starts in the page's whole text
 * (blocks in document order, joined by BLOCK_SEPARATOR), or null where no one
 * needs places (the background's copy, PageLens.brief): then `position` is
 * [-1, -1] and `index` counts in the order the hits were found.
 */
export function toPageHit(hit: LensHit, entries: EntryMeta[], index: number, blockPosition: number | null): PageHit {
  const { block } = hit;
  const text = block.batch.text;
  const sentence = hit.sentence;
  let from = block.start;
  let to = block.end;
  if (to - from > sentence.end - sentence.start + 2 * PARAGRAPH_REACH) {
    from = Math.max(from, sentence.start - PARAGRAPH_REACH);
    to = Math.min(to, sentence.end + PARAGRAPH_REACH);
  }
  return {
    entryId: entries[hit.entry].id,
    match: text.slice(hit.start, hit.end),
    voice: hit.voice,
    sentence: text.slice(sentence.start, sentence.end),
    inSentence: [hit.start - sentence.start, hit.end - sentence.start],
    paragraph: text.slice(from, to),
    sentenceInParagraph: [sentence.start - from, sentence.end - from],
    index,
    position: blockPosition === null ? [-1, -1] : [blockPosition + hit.start - block.start, blockPosition + hit.end - block.start],
  };
}
