/**
 * Original-script text by language: Korean DPRK texts, Chinese-language state
 * media (CCTV transcripts and CPC News) against Chinese-language neutral
 * articles, and Russian state posts against neutral ones. Scored from the
 * text alone. Chinese is measured in characters (own-voice hits per 20,000
 * characters, AUC on hits per 1,000 characters), the others in words.
 */
import type { Matcher } from '../core/matcher';
import type { CorpusRecord } from './corpus';
import { scoreRecord, sentenceOf, type ScoredRecord } from './scan-records';
import { formatValue, groupFigures, ownVoiceAuc, type GroupFigures } from './scoring';

export interface LanguageGroup {
  /** ko, zh, ru. */
  lang: string;
  name: string;
  state: { label: string; records: CorpusRecord[] }[];
  neutral: CorpusRecord[];
}

export interface LanguageFigures {
  lang: string;
  name: string;
  /** Own-voice hits are counted per this many units (words, or characters for Chinese). */
  per: number;
  unit: string;
  /** Each state subset, and all of them together last when there are several. */
  state: { label: string; figures: GroupFigures; auc: number }[];
  neutral: GroupFigures | undefined;
  neutralScored: ScoredRecord[];
}

/** The groups, from the original-script file and the Chinese-language records of the articles file. */
export function languageGroups(original: CorpusRecord[], articles: CorpusRecord[]): LanguageGroup[] {
  const of = (lang: string, family: string) => original.filter((r) => r.lang === lang && r.family === family);
  return [
    { lang: 'ko', name: 'Korean', state: [{ label: 'DPRK texts (New Year addresses, joint editorials)', records: of('ko', 'north_korean_state') }], neutral: of('ko', 'neutral') },
    {
      lang: 'zh',
      name: 'Chinese',
      state: [
        { label: 'CCTV Xinwen Lianbo', records: of('zh', 'chinese_state') },
        { label: 'CPC News (articles file, chinese_state_zh)', records: articles.filter((r) => r.family === 'chinese_state_zh') },
      ],
      neutral: of('zh', 'neutral'),
    },
    { lang: 'ru', name: 'Russian', state: [{ label: 'RIA Novosti posts', records: of('ru', 'russian_state') }], neutral: of('ru', 'neutral') },
  ];
}

export function runLanguage(matcher: Matcher, group: LanguageGroup): LanguageFigures {
  const characters = group.lang === 'zh';
  const per = characters ? 20_000 : 10_000;
  const score = (r: CorpusRecord) => scoreRecord(matcher, r, { masked: true, withUrl: false, characters });
  const neutralScored = group.neutral.map(score);
  const neutralDocs = neutralScored.map((s) => s.score);
  const subsets = group.state.map(({ label, records }) => ({ label, docs: records.map(score).map((s) => s.score) }));
  if (subsets.length > 1) subsets.push({ label: `all ${group.name}-language state`, docs: subsets.flatMap((s) => s.docs) });
  return {
    lang: group.lang,
    name: group.name,
    per,
    unit: characters ? 'characters' : 'words',
    state: subsets.map(({ label, docs }) => ({ label, figures: groupFigures(docs, per), auc: neutralDocs.length > 0 ? ownVoiceAuc(docs, neutralDocs) : NaN })),
    neutral: neutralDocs.length > 0 ? groupFigures(neutralDocs, per) : undefined,
    neutralScored,
  };
}

/** The combined state figures of a language (the last subset). */
export function allState(figures: LanguageFigures) {
  return figures.state[figures.state.length - 1];
}

export function languageReport(matcher: Matcher, all: LanguageFigures[]): string[] {
  const lines = ['## Original script, by language (text alone)', ''];
  lines.push('| language | set | documents | size | own-voice hits | own per 10,000 words (Chinese: per 20,000 characters) | with an own-voice hit | AUC against neutral |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|');
  const size = (g: GroupFigures, unit: string) => `${g.size.toLocaleString('en-US')} ${unit}`;
  for (const l of all) {
    for (const s of l.state) {
      lines.push(`| ${l.name} | ${s.label} | ${s.figures.documents} | ${size(s.figures, l.unit)} | ${s.figures.own} | ${s.figures.ownRate.toFixed(2)} | ${formatValue(s.figures.withOwn, 'percent')} | ${formatValue(s.auc, 'auc')} |`);
    }
    if (l.neutral) lines.push(`| ${l.name} | neutral | ${l.neutral.documents} | ${size(l.neutral, l.unit)} | ${l.neutral.own} | ${l.neutral.ownRate.toFixed(2)} | ${formatValue(l.neutral.withOwn, 'percent')} | |`);
    else lines.push(`| ${l.name} | neutral | 0 | – | – | – | – | (no neutral ${l.name} text in the corpus) |`);
  }
  for (const l of all) {
    if (!l.neutral) continue;
    const hits = l.neutralScored.flatMap((s) => s.hits.filter((h) => h.voice === 'own').map((h) => `- ${matcher.entries[h.entry].id} in ${s.record.id} (${s.record.outlet}): ${sentenceOf(s.text, h)}`));
    lines.push('', `### ${l.name} neutral: ${hits.length} own-voice hits, every one; ${l.neutral.quoted} quoted`);
    lines.push(...(hits.length > 0 ? hits : ['- (none)']));
  }
  return lines;
}
