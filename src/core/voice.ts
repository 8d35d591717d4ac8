/**
 * Whose voice a phrase is in: `quoted` when it stands inside quotation marks,
 * or in a sentence attributed to a state outlet or official ("KCNA said…",
 * "…, the spokesperson said"); otherwise `own`, the text's own voice.
 */
import type { Voice } from './types';

const SPEAKERS =
  /\b(kcna|rodong sinmun|korean central|xinhua|people'?s daily|global times|cgtn|china daily|tass|ria novosti|ria|sputnik|rt|kremlin|pyongyang|beijing|moscow|foreign ministry|ministry|minister|spokes(?:man|woman|person)|officials?|state media|state-run|state television|state news|statement|commentary|editorial|communiqu[eé]|lavrov|zakharova|peskov|putin|medvedev|shoigu|nebenzia|kim jong un|kim yo jong|xi jinping|wang yi|wang wenbin|mao ning|lin jian|zhao lijian|hua chunying|embassy|ambassador|envoy|he|she|they)\b/i;
const SPEECH =
  /\b(said|says|say|saying|stated|states|claimed|claims|called|calls|accused|accuses|told|tells|wrote|writes|declared|declares|reported|reports|quoted|described|describes|alleged|alleges|insisted|insists|warned|warns|urged|urges|denounced|denounces|condemned|condemns|slammed|blasted|branded|brands|labell?ed|termed|dubbed|according to|asserted|asserts|argued|argues|added|noted|vowed)\b/i;

/** Opening and closing quotation marks that pair. Straight quotes toggle. */
const OPENERS = '“«„‘「『';
const CLOSERS = '”»“’」』';

function insideQuotes(text: string, from: number, start: number, end: number, to: number): boolean {
  let depth = 0;
  let straight = false;
  for (let i = from; i < start; i++) {
    const ch = text[i];
    if (ch === '"') straight = !straight;
    else if (OPENERS.includes(ch) && !(ch === '‘' && /\p{L}/u.test(text[i - 1] ?? ''))) depth++;
    else if (CLOSERS.includes(ch) && depth > 0 && !(ch === '’' && /\p{L}/u.test(text[i + 1] ?? ''))) depth--;
  }
  if (depth > 0) return true;
  if (!straight) return false;
  // An odd number of straight quotes before the hit: quoted if one closes after it.
  return text.slice(end, to).includes('"');
}

export function voiceOf(text: string, start: number, end: number, sentence: { start: number; end: number }): Voice {
  if (insideQuotes(text, sentence.start, start, end, sentence.end)) return 'quoted';
  const words = text.slice(sentence.start, sentence.end);
  return SPEECH.test(words) && SPEAKERS.test(words) ? 'quoted' : 'own';
}
