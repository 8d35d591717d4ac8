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
