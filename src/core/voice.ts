/**
 * Whose voice a phrase is in: `quoted` when it stands inside quotation marks,
 * or in a sentence attributed to a state outlet or official ("KCNA said…",
 * "…, the spokesperson said"); otherwise `own`, the text's own voice.
 */
import type { Voice } from './types';

/**
 * Who speaks for no family in particular: offices, roles, genres of statement
 * and pronouns. The families' own outlets and officials (KCNA, Lavrov…) are
 * data, in each family's `speakers`, and reach `speakerPattern` as an argument.
 */
export const GENERIC_SPEAKERS: readonly string[] = [
  'foreign ministry', 'ministry', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials',
  'state media', 'state-run', 'state television', 'state news', 'statement', 'commentary', 'editorial', 'communique',
  'communiqué', 'embassy', 'ambassador', 'envoy', 'he', 'she', 'they',
];

/** A pattern for the generic speakers and the given ones (lower case, as in a family's `speakers`). */
export function speakerPattern(speakers: readonly string[] = []): RegExp {
  const names = [...new Set([...GENERIC_SPEAKERS, ...speakers.map((s) => s.toLowerCase())])].sort((a, b) => b.length - a.length);
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]?").replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** A pattern for the given names only (lower case), as whole words. */
export function namePattern(names: readonly string[]): RegExp {
  const sorted = [...new Set(names.map((s) => s.toLowerCase()))].sort((a, b) => b.length - a.length);
  const escaped = sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]?").replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

const SPEAKERS = speakerPattern();
const SPEECH =
  /\b(said|says|say|saying|stated|states|claimed|claims|called|calls|accused|accuses|told|tells|wrote|writes|declared|declares|reported|reports|quoted|described|describes|alleged|alleges|insisted|insists|warned|warns|urged|urges|denounced|denounces|condemned|condemns|slammed|blasted|branded|brands|labell?ed|termed|dubbed|according to|asserted|asserts|argued|argues|added|noted|vowed)\b/i;

/** Opening and closing quotation marks that pair. Straight quotes toggle. */
const OPENERS = '“«„‘「『《';
const CLOSERS = '”»“’」』》';

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
  if (!straight) return closedLater(text, end);
  // An odd number of straight quotes before the hit: quoted if one closes after it.
  return text.slice(end, to).includes('"');
}

/** Marks that only ever close a quotation: ” » 」 』 》 (“ opens in English and closes in German, so it is neither). */
const isOnlyCloser = (c: number) => c === 0x201d || c === 0xbb || c === 0x300d || c === 0x300f || c === 0x300b;
/** Marks that open one, and the ends of a paragraph: the search for a closing mark stops at them. */
const stopsCloseSearch = (c: number) =>
  c === 10 || c === 0x2029 || c === 0x201c || c === 34 || c === 0xab || c === 0x201e || c === 0x300c || c === 0x300e || c === 0x300a;
/** How far to look for the mark that closes a quotation opened in an earlier sentence. */
const CLOSE_REACH = 1000;

/**
 * Whether the text after `end` closes a quotation before it opens one, within
 * the paragraph: a quotation opened in an earlier sentence ("…,” he said. “We
 * want to return to our native harbour.”) holds the phrase although its
 * sentence has no opening mark.
 */
function closedLater(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + CLOSE_REACH);
  let i = end;
  // Hits come in text order: what the last search read need not be read again, so a scan stays linear.
  if (text === seen.text && end >= seen.from && end <= seen.to) {
    if (seen.mark >= 0) return seen.mark < limit && isOnlyCloser(text.charCodeAt(seen.mark));
    i = seen.to;
  } else {
    seen.text = text;
    seen.from = end;
  }
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 34 ? c === 10 : isOnlyCloser(c) || stopsCloseSearch(c)) {
      seen.to = i;
      seen.mark = i;
      return isOnlyCloser(c);
    }
  }
  seen.to = limit;
  seen.mark = -1;
  return false;
}

/**
 * What the last search for a closing mark read: from `from` to `to` there is
 * no mark that decides, and `mark` is the one at `to` (or -1 where the search
 * stopped at its reach). Only a cache: the answer is the same without it.
 */
const seen = { text: undefined as string | undefined, from: 0, to: 0, mark: -1 };

/**
 * Attribution in the languages the state media write in: a speech verb and a
 * state speaker in the same sentence (据新华社报道, 외무성 대변인은 …
 * 밝혔다, как заявил Песков). \b does not work between Han or Hangul
 * characters, so these match anywhere in the sentence.
 */
const ZH_SPEECH = /表示|指出|强调|号召|声称|宣称|称|说|认为|报道|宣布|警告|敦促|回应|谴责|批评|透露|指责|指控/;
const ZH_SPEAKERS = /外交部|发言人|新华社|人民日报|环球时报|央视|官员|官方|官媒|大使|王毅|汪文斌|毛宁|林剑|赵立坚|华春莹|耿爽|郭嘉昆|国台办|北京|中国政府|中方|习近平|李强|部长|主席|总理|她|(?<!其)他(?!国|人|乡|者)/;
/** Cues that a Chinese sentence borrows official wording, whoever writes it: 套用官方的表达, 用官方的话说, 按官方口径. */
const ZH_QUOTING = /官方的?表达|官方的?说法|官方的?话说|官方口径|官方用语|官方话语|官方术语/;
const KO_SPEECH = /말했다|말하였다|밝혔다|밝히였다|강조했다|강조하였다|주장했다|주장하였다|보도했다|보도하였다|전했다|지적했다|지적하였다|비난했다|발표했다|언급했다|썼다/;
const KO_SPEAKERS = /조선중앙통신|중앙통신|로동신문|노동신문|북한|북측|대변인|김정은|김여정|담화|외무성|국방성|당국/;
const RU_SPEECH = /заяви|сказал|подчеркну|отмети|сообщи|по словам|говорится|назвал|обвини|считает|убежден|уверен|пишет|написал/i;
const RU_SPEAKERS = /пескова?|захаров|лавров|путин|кремл|мид|минобороны|риа|тасс|пресс-секретар|представител|посол|официальн|медведев|небензя|шойгу|белоусов|спикер|депутат|министр|президент/i;

/** Whether a sentence attributes its words to a speaker, in the language it is written in. */
function attributed(words: string, speakers: RegExp): boolean {
  if (SPEECH.test(words) && speakers.test(words)) return true;
  if (/[\u4e00-\u9fff]/.test(words)) return ZH_QUOTING.test(words) || (ZH_SPEECH.test(words) && ZH_SPEAKERS.test(words));
  if (/[\uac00-\ud7a3]/.test(words)) return KO_SPEECH.test(words) && KO_SPEAKERS.test(words);
  if (/[\u0400-\u04ff]/.test(words)) return RU_SPEECH.test(words) && RU_SPEAKERS.test(words);
  return false;
}

/**
 * Verbs that report speech. A phrase after one of them in its sentence ("X
 * said it was a win-win", "scientists in Beijing said … a win-win"), or
 * before ", X said", is someone's reported words, whoever X is: one rule for
 * every speaker.
 */
const REPORTING = /\b(said|says|told|tells|stated|added|noted|according to|declared|insisted|argued|asserted|claimed|alleged|wrote|writes)\b/gi;

/** Whether the phrase at `start`–`end` stands in reported speech in its sentence. */
function reported(text: string, start: number, end: number, sentence: { start: number; end: number }): boolean {
  const words = text.slice(sentence.start, sentence.end);
  REPORTING.lastIndex = 0;
  for (let m = REPORTING.exec(words); m; m = REPORTING.exec(words)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= start) return true; // "X said … phrase"
    if (at >= end && text.slice(end, at).includes(',')) return true; // "phrase …, X said"
  }
  return false;
}

/**
 * `quoted` inside quotation marks, in reported speech, or in a sentence that
 * names a speaker (`speakers`: speakerPattern of the families' speakers) with
 * a speech verb; otherwise `own`.
 */
export function voiceOf(text: string, start: number, end: number, sentence: { start: number; end: number }, speakers: RegExp = SPEAKERS): Voice {
  if (insideQuotes(text, sentence.start, start, end, sentence.end)) return 'quoted';
  if (reported(text, start, end, sentence)) return 'quoted';
  // The sentence around the phrase, not the phrase: a phrase that holds a speaker or a verb ("officials claimed") attributes nothing to anyone.
  return attributed(`${text.slice(sentence.start, start)} … ${text.slice(end, sentence.end)}`, speakers) ? 'quoted' : 'own';
}
