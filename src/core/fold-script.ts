/**
 * Folding that belongs to one script: the parts of `foldCode` (chars.ts) and
 * of the matcher's word handling that only Han, Hangul, Cyrillic and Greek
 * text reach. Nothing here runs for a word of ASCII letters.
 *
 * - Han: traditional characters fold to the simplified form the lexicon's
 *   patterns use (`HAN_FOLD`, generated, see fold-han.ts).
 * - Hangul: the North's spelling keeps an initial ㄹ or ㄴ where the South
 *   drops or changes it (로동/노동, 리용/이용, 력사/역사, 녀성/여성). Every
 *   syllable folds to the South's form, inside a word too, so that compounds
 *   (조선로동당) meet as well; both the patterns and the page fold, so the few
 *   unrelated words this merges (리/이) merge on both sides alike.
 * - Cyrillic and Greek look-alike letters inside an otherwise Latin word fold
 *   to Latin ("cоllective" with a Cyrillic о, "Кiev"), and Latin look-alikes
 *   inside an otherwise Cyrillic word fold to Cyrillic ("кoллективный").
 *   ё already folds to е with the other diacritics (NFKD).
 */
import { HAN_FOLD } from './fold-han';

/** Whether a code unit is a Han ideograph (CJK unified, extension A, compatibility) or 々 〇. */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3005 || code === 0x3007;
}

/** Whether a code unit is a precomposed Hangul syllable. */
export function isHangul(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/** Cyrillic (with its supplement) or Greek: the scripts whose letters look like Latin ones. */
export function isCyrillicOrGreek(code: number): boolean {
  return code >= 0x370 && code <= 0x52f;
}

/** Vowels after which the South writes an initial ㄹ or ㄴ as ㅇ: ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ. */
const Y_VOWELS = new Set([2, 3, 6, 7, 12, 17, 20]);
const RIEUL = 5;
const NIEUN = 2;
const IEUNG = 11;

/** A Hangul syllable in the South's spelling: 로→노, 리→이, 력→역, 녀→여 (syllable arithmetic on the initial consonant). */
export function foldHangulSyllable(code: number): number {
  const s = code - 0xac00;
  const initial = (s / 588) | 0;
  if (initial !== RIEUL && initial !== NIEUN) return code;
  const vowel = ((s % 588) / 28) | 0;
  const y = Y_VOWELS.has(vowel);
  const folded = initial === RIEUL ? (y ? IEUNG : NIEUN) : y ? IEUNG : NIEUN;
  return folded === initial ? code : 0xac00 + folded * 588 + (s % 588);
}

/** The script-specific last step of folding one character, after case and diacritics. */
export function foldScriptChar(folded: string): string {
  if (folded.length !== 1) return folded;
  const code = folded.charCodeAt(0);
  if (code < 0x3400) return folded;
  if (isHangul(code)) return String.fromCharCode(foldHangulSyllable(code));
  return HAN_FOLD.get(code) ?? folded;
}

/** Folded (lower-case) Cyrillic and Greek letters that look like a Latin one, and that Latin letter. */
const TO_LATIN = new Map<number, number>(
  [
    ['а', 'a'], ['в', 'b'], ['е', 'e'], ['к', 'k'], ['м', 'm'], ['н', 'h'], ['о', 'o'], ['р', 'p'], ['с', 'c'], ['т', 't'],
    ['у', 'y'], ['х', 'x'], ['і', 'i'], ['ј', 'j'], ['ѕ', 's'], ['ԁ', 'd'], ['ԛ', 'q'], ['ԝ', 'w'], ['ӏ', 'l'],
    ['α', 'a'], ['ε', 'e'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'], ['ρ', 'p'], ['τ', 't'], ['υ', 'u'], ['χ', 'x'],
  ].map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);
/** Folded Latin letters that look like a Cyrillic one, and that Cyrillic letter. */
const TO_CYRILLIC = new Map<number, number>(
  [['a', 'а'], ['b', 'в'], ['e', 'е'], ['k', 'к'], ['m', 'м'], ['h', 'н'], ['o', 'о'], ['p', 'р'], ['c', 'с'], ['t', 'т'], ['y', 'у'], ['x', 'х'], ['i', 'і']].map(
    ([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)],
  ),
);

const isLatinLetter = (u: number) => u >= 97 && u <= 122;

/**
 * Folds the look-alike letters of a word that mixes Latin with Cyrillic or
 * Greek, in place, towards the script most of its letters are in (Latin on a
 * tie). Returns whether any unit changed. Only called for a word that holds
 * both, so unmixed words never pay.
 */
export function foldMixedScript(units: Uint16Array | number[], length: number): boolean {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < length; i++) {
    const u = units[i];
    if (isLatinLetter(u)) latin++;
    else if (isCyrillicOrGreek(u)) other++;
  }
  if (latin === 0 || other === 0) return false;
  const table = other > latin ? TO_CYRILLIC : TO_LATIN;
  let changed = false;
  for (let i = 0; i < length; i++) {
    const to = table.get(units[i]);
    if (to !== undefined) {
      units[i] = to;
      changed = true;
    }
  }
  return changed;
}

/** A Latin letter and a Cyrillic or Greek one, in either order. */
const MIXED = /[a-z][^]*[\u0370-\u052f]|[\u0370-\u052f][^]*[a-z]/;

/** `foldMixedScript` for a folded word as a string (the compiler's side). */
export function foldMixedWord(word: string): string {
  if (!MIXED.test(word)) return word;
  const units = Array.from(word, (ch) => ch.charCodeAt(0));
  if (units.length !== word.length) return word; // astral characters: never mixed look-alikes
  return foldMixedScript(units, units.length) ? String.fromCharCode(...units) : word;
}
