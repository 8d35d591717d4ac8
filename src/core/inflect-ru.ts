/**
 * Russian inflection for the compiler: every case and number of a noun
 * (`запад~n`) and every case, number and gender of an adjective
 * (`коллективный~a`), generated from the nominative singular by paradigm
 * tables keyed on the word's ending. Build time only (the choice against a
 * morphology package, and its coverage, are in src/lexicon/README.md).
 *
 * Stress decides a few endings (-ом/-ем after ж ш щ ч ц); both are generated,
 * since a form that never occurs costs one vocabulary word and matches
 * nothing. Fleeting vowels (рынок → рынка) come from `FLEETING`.
 */

const VELARS = 'гкх';
const SIBILANTS = 'жшщч';
const VOWELS = 'аеёиоуыэюя';

/** Nouns whose vowel drops before an ending: the nominative and the stem the other forms use. */
const FLEETING: Record<string, string> = {
  рынок: 'рынк', конец: 'конц', отец: 'отц', день: 'дн', угол: 'угл', посол: 'посл', заем: 'займ', заём: 'займ',
  потолок: 'потолк', ветер: 'ветр', кусок: 'куск', порядок: 'порядк', подарок: 'подарк', урок: 'урок', оплот: 'оплот',
  переворот: 'переворот', обломок: 'обломк', осколок: 'осколк', выпад: 'выпад', упадок: 'упадк', пережиток: 'пережитк',
};

/** Words whose plural is irregular: nominative singular → plural stem and its endings. */
const PLURALS: Record<string, string[]> = {
  брат: ['братья', 'братьев', 'братьям', 'братьями', 'братьях'],
  друг: ['друзья', 'друзей', 'друзьям', 'друзьями', 'друзьях'],
  человек: ['люди', 'людей', 'людям', 'людьми', 'людях'],
  ребенок: ['дети', 'детей', 'детям', 'детьми', 'детях'],
  хозяин: ['хозяева', 'хозяев', 'хозяевам', 'хозяевами', 'хозяевах'],
  господин: ['господа', 'господ', 'господам', 'господами', 'господах'],
};

const withEndings = (stem: string, endings: string[]) => endings.map((e) => stem + e);

function nounForms(word: string): string[] {
  const last = word.slice(-1);
  const before = word.slice(-2, -1);
  const irregular = PLURALS[word] ?? [];
  if (word.endsWith('ия') || word.endsWith('ие') || word.endsWith('ий')) {
    const stem = word.slice(0, -2);
    const ending = word.slice(-2);
    const singular = ending === 'ия' ? ['ия', 'ии', 'ию', 'ией', 'иею'] : ending === 'ие' ? ['ие', 'ия', 'ию', 'ием', 'ии'] : ['ий', 'ия', 'ию', 'ием', 'ии'];
    const plural = ending === 'ий' ? ['ии', 'иев', 'иям', 'иями', 'иях'] : ending === 'ия' ? ['ии', 'ий', 'иям', 'иями', 'иях'] : ['ия', 'ий', 'иям', 'иями', 'иях'];
    return withEndings(stem, [...singular, ...plural]);
  }
  if (last === 'а' || last === 'я') {
    const stem = word.slice(0, -1);
    const soft = last === 'я' || VELARS.includes(before) || SIBILANTS.includes(before);
    const sg = last === 'я' ? ['я', 'и', 'ю', 'ей', 'ею', 'е'] : [`а`, soft ? 'и' : 'ы', 'у', SIBILANTS.includes(before) || before === 'ц' ? 'ей' : 'ой', 'ою', 'е', 'ой'];
    const genPlural = last === 'я' ? [stem + 'ь', stem + 'ей'] : [stem, ...(VOWELS.includes(before) ? [] : [stem.slice(0, -1) + 'о' + before, stem.slice(0, -1) + 'е' + before])];
    const pl = last === 'я' ? ['и', 'ям', 'ями', 'ях'] : [soft ? 'и' : 'ы', 'ам', 'ами', 'ах'];
    return [...withEndings(stem, sg), ...withEndings(stem, pl), ...genPlural, ...irregular];
  }
  if (last === 'о' || last === 'е') {
    const stem = word.slice(0, -1);
    const hard = last === 'о';
    const sg = hard ? ['о', 'а', 'у', 'ом', 'е'] : ['е', 'я', 'ю', 'ем', 'и'];
    const pl = hard ? ['а', 'ам', 'ами', 'ах'] : ['я', 'ей', 'ям', 'ями', 'ях'];
    const genPlural = hard ? [stem, ...(VOWELS.includes(before) ? [] : [stem.slice(0, -1) + 'о' + before, stem.slice(0, -1) + 'е' + before])] : [];
    return [...withEndings(stem, sg), ...withEndings(stem, pl), ...genPlural, ...irregular];
  }
  if (last === 'ь') {
    // Masculine or feminine: both paradigms (a form that never occurs matches nothing).
    const stem = FLEETING[word] ?? word.slice(0, -1);
    return [word, ...withEndings(stem, ['я', 'ю', 'ем', 'е', 'и', 'ью', 'ей', 'ям', 'ями', 'ях', 'ьми']), ...irregular];
  }
  if (last === 'й') {
    const stem = word.slice(0, -1);
    return [...withEndings(stem, ['й', 'я', 'ю', 'ем', 'е', 'и', 'ев', 'ям', 'ями', 'ях']), ...irregular];
  }
  if (VOWELS.includes(last)) return [word]; // indeclinable: пальто, НАТО, Кузбасс-и
  // A masculine noun on a consonant.
  const stem = FLEETING[word] ?? word;
  const soft = VELARS.includes(last) || SIBILANTS.includes(last);
  const sibilant = SIBILANTS.includes(last);
  const instr = sibilant || last === 'ц' ? ['ом', 'ем'] : ['ом'];
  const plural = [soft ? 'и' : 'ы', sibilant ? 'ей' : last === 'ц' ? 'ев' : 'ов', 'ам', 'ами', 'ах'];
  return [word, ...withEndings(stem, ['а', 'у', ...instr, 'е']), ...withEndings(stem, plural), ...irregular];
}

function adjectiveForms(word: string): string[] {
  const ending = word.slice(-2);
  const stem = word.slice(0, -2);
  const last = stem.slice(-1);
  if (!['ый', 'ой', 'ий'].includes(ending)) return [word];
  const stressed = ending === 'ой';
  if (VELARS.includes(last)) {
    return withEndings(stem, [ending, 'ого', 'ому', 'им', 'ом', 'ая', 'ой', 'ую', 'ою', 'ое', 'ие', 'их', 'ими']);
  }
  if (SIBILANTS.includes(last)) {
    const o = stressed ? 'о' : 'е';
    return withEndings(stem, [ending, `${o}го`, `${o}му`, 'им', `${o}м`, 'ая', `${o}й`, 'ую', `${o}ю`, `${o}е`, 'ие', 'их', 'ими']);
  }
  if (ending === 'ий') {
    // Soft: синий, последний, древний.
    return withEndings(stem, ['ий', 'его', 'ему', 'им', 'ем', 'яя', 'ей', 'юю', 'ею', 'ее', 'ие', 'их', 'ими']);
  }
  return withEndings(stem, [ending, 'ого', 'ому', 'ым', 'ом', 'ая', 'ой', 'ую', 'ою', 'ое', 'ые', 'ых', 'ыми']);
}

/** Whether a word is written in Cyrillic (then `russianForms` inflects it). */
export function isCyrillicWord(word: string): boolean {
  return /^[\u0400-\u04ff-]+$/.test(word);
}

/** Every form of a Russian noun (`n`) or adjective (`a`); a verb (`v`) is left as written. */
export function russianForms(word: string, kind: 'n' | 'v' | 'a'): string[] {
  const forms = kind === 'n' ? nounForms(word) : kind === 'a' ? adjectiveForms(word) : [word];
  return [...new Set([word, ...forms])];
}

export type Gender = 'm' | 'f' | 'n';

/** The twelve forms of a noun: nominative, genitive, dative, accusative, instrumental, prepositional; singular then plural. */
export function nounSlots(word: string, gender: Gender): string[] {
  const last = word.slice(-1);
  const before = word.slice(-2, -1);
  const sibilant = SIBILANTS.includes(before) || before === 'ц';
  const i = VELARS.includes(before) || SIBILANTS.includes(before) ? 'и' : 'ы';
  if (word.endsWith('ия') || word.endsWith('ие') || word.endsWith('ий')) {
    const s = word.slice(0, -2);
    if (word.endsWith('ия')) return [word, s + 'ии', s + 'ии', s + 'ию', s + 'ией', s + 'ии', s + 'ии', s + 'ий', s + 'иям', s + 'ии', s + 'иями', s + 'иях'];
    if (word.endsWith('ие')) return [word, s + 'ия', s + 'ию', word, s + 'ием', s + 'ии', s + 'ия', s + 'ий', s + 'иям', s + 'ия', s + 'иями', s + 'иях'];
    return [word, s + 'ия', s + 'ию', word, s + 'ием', s + 'ии', s + 'ии', s + 'иев', s + 'иям', s + 'ии', s + 'иями', s + 'иях'];
  }
  const s = word.slice(0, -1);
  if (last === 'а') {
    const genPl = VOWELS.includes(before) || !/[кнлр]/.test(before) ? s : s;
    return [word, s + i, s + 'е', s + 'у', s + (sibilant ? 'ей' : 'ой'), s + 'е', s + i, genPl, s + 'ам', s + i, s + 'ами', s + 'ах'];
  }
  if (last === 'я') return [word, s + 'и', s + 'е', s + 'ю', s + 'ей', s + 'е', s + 'и', s + 'ь', s + 'ям', s + 'и', s + 'ями', s + 'ях'];
  if (last === 'о') return [word, s + 'а', s + 'у', word, s + 'ом', s + 'е', s + 'а', s, s + 'ам', s + 'а', s + 'ами', s + 'ах'];
  if (last === 'е') return [word, s + 'я', s + 'ю', word, s + 'ем', s + 'е', s + 'я', s + 'ей', s + 'ям', s + 'я', s + 'ями', s + 'ях'];
  if (last === 'ь') {
    const st = FLEETING[word] ?? s;
    if (gender === 'f') return [word, st + 'и', st + 'и', word, word + 'ю', st + 'и', st + 'и', st + 'ей', st + 'ям', st + 'и', st + 'ями', st + 'ях'];
    return [word, st + 'я', st + 'ю', word, st + 'ем', st + 'е', st + 'и', st + 'ей', st + 'ям', st + 'и', st + 'ями', st + 'ях'];
  }
  if (last === 'й') return [word, s + 'я', s + 'ю', word, s + 'ем', s + 'е', s + 'и', s + 'ев', s + 'ям', s + 'и', s + 'ями', s + 'ях'];
  if (VOWELS.includes(last)) return Array(12).fill(word);
  const st = FLEETING[word] ?? word;
  const pl = VELARS.includes(last) || SIBILANTS.includes(last) ? 'и' : 'ы';
  const genPl = SIBILANTS.includes(last) ? 'ей' : last === 'ц' ? 'ев' : 'ов';
  const ins = SIBILANTS.includes(last) || last === 'ц' ? 'ем' : 'ом';
  return [word, st + 'а', st + 'у', word, st + ins, st + 'е', st + pl, st + genPl, st + 'ам', st + pl, st + 'ами', st + 'ах'];
}

/** The twelve forms of an adjective (given in the masculine nominative) agreeing with a noun of `gender`, in `nounSlots`' order. */
export function adjectiveSlots(masculine: string, gender: Gender): string[] {
  const ending = masculine.slice(-2);
  const s = masculine.slice(0, -2);
  const last = s.slice(-1);
  if (!['ый', 'ой', 'ий'].includes(ending)) return Array(12).fill(masculine);
  const velar = VELARS.includes(last);
  const sibilant = SIBILANTS.includes(last);
  const soft = ending === 'ий' && !velar && !sibilant;
  const y = velar || sibilant || soft ? 'и' : 'ы';
  const o = soft || (sibilant && ending !== 'ой') ? 'е' : 'о';
  const plural = [s + y + 'е', s + y + 'х', s + y + 'м', s + y + 'е', s + y + 'ми', s + y + 'х'];
  const single =
    gender === 'f'
      ? soft
        ? [s + 'яя', s + 'ей', s + 'ей', s + 'юю', s + 'ей', s + 'ей']
        : [s + 'ая', s + o + 'й', s + o + 'й', s + 'ую', s + o + 'й', s + o + 'й']
      : gender === 'n'
        ? [s + o + 'е', s + o + 'го', s + o + 'му', s + o + 'е', s + y + 'м', s + o + 'м']
        : [masculine, s + o + 'го', s + o + 'му', masculine, s + y + 'м', s + o + 'м'];
  return [...single, ...plural];
}

/** Every form of "adjectives noun", the words agreeing in case and number: коллективный запад → коллективного запада, коллективному западу… */
export function agreeingPhrases(adjectives: string[], noun: string, gender: Gender): string[] {
  const nouns = nounSlots(noun, gender);
  const adjs = adjectives.map((a) => adjectiveSlots(a, gender));
  return [...new Set(nouns.map((n, slot) => [...adjs.map((a) => a[slot]), n].join(' ')))];
}
