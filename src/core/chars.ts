/**
 * Character classes and folding, shared by the compiler (which folds pattern
 * words) and the matcher (which folds page text on the fly). Both must agree
 * exactly, so both call `charClass` and `foldCode`.
 */

import { foldMixedWord, foldScriptChar, isHan } from './fold-script';

/** Part of a word: letters, digits, marks. */
export const WORD = 1;
/** Separates words inside a phrase: white space, line breaks, hyphens and dashes. */
export const SEPARATOR = 2;
/** Ends any phrase: full stops, commas, quotation marks, brackets, paragraph breaks, emoji. */
export const BREAK = 3;
/** Invisible inside a word: soft hyphens, zero-width characters, bidirectional marks. */
export const IGNORABLE = 4;
/** An apostrophe: inside a word after a letter ("people's", "others’"), otherwise a break (or a single quotation mark). */
export const APOSTROPHE = 5;
/**
 * A quotation mark other than the apostrophes: ends a phrase like BREAK,
 * except where a pattern holds the `"` token (the matcher then reads it as one).
 */
export const QUOTE_MARK = 6;
/** An enumeration comma: ends a phrase like BREAK, except where a pattern holds the `,` token. */
export const COMMA_MARK = 7;

/** A paragraph separator. The DOM layer joins blocks with it so no phrase crosses blocks. */
export const BLOCK_SEPARATOR = '\u2029';

/** The class of each UTF-16 code unit; 0 = not yet known (charClass fills it). The matcher reads it directly. */
export const CHAR_CLASSES = new Uint8Array(65536);
const classes = CHAR_CLASSES;
/** Folded form of each code unit, filled on first use for non-ASCII. `undefined` = not yet computed. */
const folds: (string | undefined)[] = [];

const SEPARATORS = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u202f\u205f\u3000-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d';
const IGNORABLES = '\u00ad\u034f\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff';
const APOSTROPHES = "'\u2019\u2018\u02bc\u2032\uff07";
const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;

for (let c = 0; c < 128; c++) {
  const isAlnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  classes[c] = isAlnum ? WORD : BREAK;
  folds[c] = c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : String.fromCharCode(c);
}
for (const ch of SEPARATORS) classes[ch.charCodeAt(0)] = SEPARATOR;
for (const ch of IGNORABLES) classes[ch.charCodeAt(0)] = IGNORABLE;
for (const ch of APOSTROPHES) {
  classes[ch.charCodeAt(0)] = APOSTROPHE;
  folds[ch.charCodeAt(0)] = "'";
}
classes[BLOCK_SEPARATOR.charCodeAt(0)] = BREAK;
/** Quotation marks besides the single ones, which are apostrophes (APOSTROPHE) and read as quotes only outside a word. */
export const QUOTE_MARKS = '"\u201c\u201d\u00ab\u00bb\u201e\u201f\u2039\u203a\u300c\u300d\u300e\u300f\uff02';
for (const ch of QUOTE_MARKS) classes[ch.charCodeAt(0)] = QUOTE_MARK;
/** The comma, the full-width comma and the ideographic enumeration comma. */
for (const ch of ',\uff0c\u3001') classes[ch.charCodeAt(0)] = COMMA_MARK;

/** Whether an apostrophe-class code unit can also be a single quotation mark: ' ‘ ’. */
export function isSingleQuote(code: number): boolean {
  return code === 39 || code === 0x2018 || code === 0x2019;
}

/** Opening-only and closing-only quotation marks; the others (" “ ” ‘ ’ ') open after a space and close after a word. */
const ALWAYS_OPENS = '\u00ab\u201e\u2039\u300c\u300e';
const ALWAYS_CLOSES = '\u00bb\u203a\u300d\u300f';

/** Whether the quotation mark at `at` opens a quotation (true) or closes one (false), read from its shape and the character before it. */
export function opensQuotation(text: string, at: number): boolean {
  const ch = text[at];
  if (ALWAYS_OPENS.includes(ch)) return true;
  if (ALWAYS_CLOSES.includes(ch)) return false;
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  const cls = charClass(before);
  return cls === SEPARATOR || before === 0x2029 || before === 40 || before === 91 || before === 123 || ALWAYS_OPENS.includes(text[at - 1]);
}


/** The class of a UTF-16 code unit. Surrogates (emoji, rare scripts) break phrases. */
export function charClass(code: number): number {
  const known = classes[code];
  if (known !== 0) return known;
  const cls = code >= 0xd800 && code <= 0xdfff ? BREAK : LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? WORD : BREAK;
  classes[code] = cls;
  return cls;
}

/**
 * The folded form of a word character: lower case, compatibility forms
 * unified (NFKC), diacritics and combining marks removed. May be '' (a lone
 * combining mark) or longer than one unit (a ligature such as "ﬁ").
 */
export function foldCode(code: number): string {
  const known = folds[code];
  if (known !== undefined) return known;
  const folded = String.fromCharCode(code)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase();
  const result = code < 0x3400 ? folded : foldScriptChar(folded);
  folds[code] = result;
  return result;
}

/** Splits a phrase into folded words, with the matcher's rules. Used at build time and for tests. */
export function foldWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  const flush = () => {
    if (word !== '') words.push(foldMixedWord(word));
    word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === WORD && isHan(code)) {
      // A Han character is a word of its own (see segment.ts).
      flush();
      words.push(foldCode(code));
    } else if (cls === WORD) word += foldCode(code);
    else if (cls === APOSTROPHE && word !== '') word += "'";
    else if (cls !== IGNORABLE) flush();
  }
  flush();
  return words;
}
