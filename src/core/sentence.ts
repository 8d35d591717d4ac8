/**
 * Sentence bounds around a hit, found locally: only the text near the hit is
 * read, so a 10 MB paragraph costs no more than a short one.
 */

/** A sentence longer than this is cut at this distance from the hit. */
export const MAX_SENTENCE_REACH = 600;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'prof', 'rev', 'gov', 'sen', 'rep',
  'jr', 'sr', 'vs', 'etc', 'no', 'nos', 'vol', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est', 'fig', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n',
]);
const CLOSERS = '"\'”’»)]」』）';
/** Longer than any abbreviation above, so a longer word before a dot ends a sentence. */
const ABBREVIATION_REACH = 8;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x3000;
}

/** 。！？: they end a sentence whatever follows. */
function isFullStop(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

/** Whether the terminator at `at` ends a sentence (it is not the dot of "Mr." or "U.S."). */
function endsSentence(text: string, at: number): boolean {
  const ch = text[at];
  if (ch === '!' || ch === '?' || ch === '。' || ch === '！' || ch === '？') return true;
  if (ch !== '.') return false;
  // Read back no further than the longest abbreviation needs: a run of letters
  // and dots can be a whole page ("juche.juche.…"), and this runs per hit.
  const lowest = Math.max(0, at - ABBREVIATION_REACH);
  let from = at;
  while (from > lowest && /[\p{L}.]/u.test(text[from - 1])) from--;
  if (from === lowest && from > 0 && /[\p{L}.]/u.test(text[from - 1])) return true; // longer than any abbreviation
  const word = text.slice(from, at).toLowerCase();
  if (word.length === 1) return false; // an initial, as in "J. Smith"
  return !ABBREVIATIONS.has(word);
}

export function sentenceAt(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  const lowest = Math.max(0, start - MAX_SENTENCE_REACH);
  for (let i = start - 1; i >= lowest; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x2029 || (code === 10 && i > 0 && text.charCodeAt(i - 1) === 10)) break;
    // 。！？ end a sentence with no space after them (Chinese, Japanese).
    if (isFullStop(code)) break;
    if (isSpace(code)) {
      let t = i - 1;
      while (t >= lowest && CLOSERS.includes(text[t])) t--;
      if (t >= lowest && endsSentence(text, t)) break;
    }
    from = i;
  }
  while (from < start && isSpace(text.charCodeAt(from))) from++;

  let to = end;
  const highest = Math.min(text.length, end + MAX_SENTENCE_REACH);
  for (let i = end; i < highest; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2029 || (code === 10 && text.charCodeAt(i + 1) === 10)) break;
    to = i + 1;
    if (isFullStop(code)) {
      while (to < highest && CLOSERS.includes(text[to])) to++;
      break;
    }
    if (text[i] === '.' || text[i] === '!' || text[i] === '?') {
      let after = to;
      while (after < highest && CLOSERS.includes(text[after])) after++;
      // Look for the space first: a run like "juche.juche.…" has a dot every few letters.
      if ((after >= text.length || isSpace(text.charCodeAt(after)) || text.charCodeAt(after) === 0x2029) && endsSentence(text, i)) {
        to = after;
        break;
      }
    }
  }
  while (to > end && isSpace(text.charCodeAt(to - 1))) to--;
  return { start: from, end: to };
}
