/**
 * The targets of the recognition issue (English, by family) and of the
 * original-script issue (by language), each with the figure measured now.
 * All on the text alone, with no address.
 */
import type { FamilyRun } from './family-report';
import { allState, type LanguageFigures } from './language-report';
import type { Target } from './scoring';

export function familyTargets(run: FamilyRun): Target[] {
  const f = (family: string) => run.figures.get(family);
  return [
    { name: 'KCNA own-voice AUC', value: f('north_korean_state')?.auc, bound: 0.97, kind: 'min', format: 'auc' },
    { name: 'RT/TASS own-voice AUC', value: f('russian_state')?.auc, bound: 0.9, kind: 'min', format: 'auc' },
    { name: 'Chinese state (English) own-voice AUC', value: f('chinese_state')?.auc, bound: 0.9, kind: 'min', format: 'auc' },
    { name: 'KCNA articles with an own-voice hit', value: f('north_korean_state')?.withOwn, bound: 0.9, kind: 'min', format: 'percent' },
    { name: 'RT/TASS articles with an own-voice hit', value: f('russian_state')?.withOwn, bound: 0.7, kind: 'min', format: 'percent' },
    { name: 'Chinese state (English) articles with an own-voice hit', value: f('chinese_state')?.withOwn, bound: 0.7, kind: 'min', format: 'percent' },
    { name: 'Neutral English own-voice hits per 10,000 words', value: run.neutral.ownRate, bound: 0.5, kind: 'max', format: 'rate' },
  ];
}

export function languageTargets(languages: LanguageFigures[]): Target[] {
  const lang = (code: string) => languages.find((l) => l.lang === code);
  const zh = lang('zh');
  const ko = lang('ko');
  const ru = lang('ru');
  const targets: Target[] = [
    { name: 'Chinese-language state texts with an own-voice hit', value: zh && allState(zh).figures.withOwn, bound: 0.9, kind: 'min', format: 'percent' },
    { name: 'Chinese-language state own-voice AUC', value: zh && allState(zh).auc, bound: 0.95, kind: 'min', format: 'auc' },
    { name: 'Korean DPRK texts with an own-voice hit', value: ko && allState(ko).figures.withOwn, bound: 0.95, kind: 'min', format: 'percent' },
    { name: 'Russian state posts with an own-voice hit', value: ru && allState(ru).figures.withOwn, bound: 0.8, kind: 'min', format: 'percent' },
  ];
  for (const l of languages) {
    const unit = l.lang === 'zh' ? 'per 20,000 characters' : 'per 10,000 words';
    targets.push({
      name: `Neutral ${l.name} own-voice hits ${unit}`,
      value: l.neutral?.ownRate,
      bound: 0.5,
      kind: 'max',
      format: 'rate',
      ...(l.neutral ? {} : { note: `no neutral ${l.name} text in the corpus` }),
    });
  }
  return targets;
}
