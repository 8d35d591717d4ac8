/**
 * Segmentation, per script run, shared by the compiler and the matcher:
 *
 * - Latin, Cyrillic, Greek and the other alphabets: words between spaces and
 *   punctuation (chars.ts), as always.
 * - Han: one character per token. A Chinese pattern such as 坚持合作共赢 is a
 *   sequence of six tokens, and the automaton walks the page's characters.
 *   The choice against `Intl.Segmenter` and its numbers are in
 *   src/lexicon/README.md.
 * - Hangul: an 어절 (the run between spaces) is one token, read with its
 *   particle or ending stripped when the whole 어절 is in no pattern:
 *   주체사상을, 주체사상의 and 주체사상은 all read 주체사상, while 사상 never
 *   matches inside 주체사상. Because North and South space compounds
 *   differently (김정은동지 / 김정은 동지), the compiler adds every joining of
 *   a Korean pattern's adjacent words (`hangulSpacings`).
 *
 * The matcher does this work only for words that hold such characters: the
 * checks sit in its tokenizer's non-ASCII branch.
 */
import { foldCode } from './chars';
import { isHangul } from './fold-script';

/**
 * Particles and endings that may follow a noun in an 어절, in the pattern
 * spelling (they are folded like any word, so the North's 로/력 forms meet
 * the South's). Compounds of a particle with a topic or additive particle are
 * listed whole.
 */
const PARTICLES_RAW = [
  // plural, with the particles after it
  '들', '들의', '들은', '들을', '들이', '들과', '들에게', '들도', '들에', '들로', '들이다', '들께',
  // case particles
  '이', '가', '은', '는', '을', '를', '의', '에', '에서', '에게', '에게서', '께', '께서', '와', '과', '로', '으로',
  '도', '만', '까지', '부터', '보다', '처럼', '마다', '조차', '이나', '나', '이며', '며', '이고', '이다', '이자',
  '으로서', '로서', '으로써', '로써', '으로부터', '로부터', '에로', '에로의', '에서의', '에의', '과의', '와의', '으로의', '로의',
  '에는', '에서는', '에도', '에서도', '에게는', '과는', '와는', '으로는', '로는', '께서는', '께서도', '께서의',
  '이라는', '라는', '이란', '란', '이라고', '라고', '이였다', '이었다', '였다', '입니다', '이였으며', '이요',
  '이시다', '이시며', '이십니다', '밑에', '밑에서', '속에', '속에서', '앞에', '앞에서', '우에',
  // endings after a verbal noun (일심단결하여, 결사옹위하자)
  '하여', '하자', '하였다', '하였으며', '한다', '하는', '하고', '하며', '했다', '하기', '하면서', '하여야', '하시였다', '하신',
];

/** The folded particles, longest first: the longest that leaves a pattern word wins. */
export const PARTICLES: readonly string[] = [...new Set(PARTICLES_RAW.map((p) => Array.from(p, (ch) => foldCode(ch.charCodeAt(0))).join('')))].sort(
  (a, b) => b.length - a.length,
);

/** The particles by their last unit, each list longest first: a word is tried only against those it can end with. */
export const PARTICLES_BY_LAST: ReadonlyMap<number, readonly string[]> = (() => {
  const byLast = new Map<number, string[]>();
  for (const particle of PARTICLES) {
    const last = particle.charCodeAt(particle.length - 1);
    const list = byLast.get(last);
    if (list) list.push(particle);
    else byLast.set(last, [particle]);
  }
  return byLast;
})();

/** Whether every unit of a folded word is a Hangul syllable. */
export function isHangulWord(word: string): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; i++) if (!isHangul(word.charCodeAt(i))) return false;
  return true;
}

/**
 * The lengths of `units[0..length)` left when one of the particles is cut
 * from its end, longest particle first; never the whole word, never empty.
 * Calls `found` with each stem length until it returns true; returns that
 * length, or -1.
 */
export function stripParticle(units: Uint16Array, length: number, found: (stemLength: number) => boolean): number {
  for (const particle of PARTICLES) {
    const stem = length - particle.length;
    if (stem < 1) continue;
    let k = 0;
    while (k < particle.length && units[stem + k] === particle.charCodeAt(k)) k++;
    if (k === particle.length && found(stem)) return stem;
  }
  return -1;
}

/** The most phrases one Korean pattern's spacings may add. */
const MAX_SPACINGS = 16;

/**
 * Every spacing of a phrase's adjacent Korean words, itself first:
 * [김정은, 동지] gives also [김정은동지]. Runs of up to four Korean words get
 * every joining; a longer run only its fully joined form besides the spaced one.
 */
export function hangulSpacings(words: string[]): string[][] {
  let count = 0;
  for (const word of words) if (isHangulWord(word)) count++;
  if (count < 2) return [words];
  const korean = words.map(isHangulWord);
  let results: string[][] = [[]];
  for (let i = 0; i < words.length; ) {
    if (!korean[i]) {
      for (const r of results) r.push(words[i]);
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && korean[j]) j++;
    const run = words.slice(i, j);
    const variants: string[][] = [];
    if (run.length <= 4) {
      for (let mask = 0; mask < 1 << (run.length - 1); mask++) {
        const joined: string[] = [run[0]];
        for (let k = 1; k < run.length; k++) {
          if (mask & (1 << (k - 1))) joined[joined.length - 1] += run[k];
          else joined.push(run[k]);
        }
        variants.push(joined);
      }
    } else variants.push(run, [run.join('')]);
    const next: string[][] = [];
    for (const r of results) for (const v of variants) if (next.length < MAX_SPACINGS) next.push([...r, ...v]);
    results = next;
    i = j;
  }
  return results;
}
