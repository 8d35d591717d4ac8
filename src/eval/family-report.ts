/**
 * The English articles of articles_2014_2024.jsonl by source family, scored
 * on `text_masked` (datelines and outlet names removed): per family the AUC
 * of own-voice hits per 1,000 words against the neutral articles, the share
 * of articles with an own-voice hit, the top entries and the entries that
 * never fire; on the neutral articles every own-voice hit with its sentence
 * and the quoted hits counted.
 */
import type { Matcher } from '../core/matcher';
import type { CorpusRecord } from './corpus';
import { scoreRecord, sentenceOf, type ScoredRecord } from './scan-records';
import { formatValue, groupFigures, ownVoiceAuc, ranked, type GroupFigures } from './scoring';

export interface StateFamily {
  family: string;
  /** As the tables name it. */
  name: string;
  /** The lexicon source its entries carry. */
  source: string;
}

export const STATE_FAMILIES: StateFamily[] = [
  { family: 'north_korean_state', name: 'KCNA', source: 'kcna' },
  { family: 'russian_state', name: 'RT, TASS', source: 'rus' },
  { family: 'chinese_state', name: 'China Daily, Xinhua, Global Times', source: 'prc' },
];
export const NEUTRAL = 'neutral';

export interface FamilyFigures extends GroupFigures {
  auc: number;
}

export interface FamilyRun {
  withUrl: boolean;
  scored: Map<string, ScoredRecord[]>;
  figures: Map<string, FamilyFigures>;
  neutral: GroupFigures;
}

export function runFamilies(matcher: Matcher, records: CorpusRecord[], withUrl: boolean): FamilyRun {
  const scored = new Map<string, ScoredRecord[]>();
  const wanted = new Set([NEUTRAL, ...STATE_FAMILIES.map((f) => f.family)]);
  for (const record of records) {
    if (!record.family || !wanted.has(record.family)) continue;
    const list = scored.get(record.family) ?? [];
    list.push(scoreRecord(matcher, record, { masked: true, withUrl, characters: false }));
    scored.set(record.family, list);
  }
  const neutralDocs = (scored.get(NEUTRAL) ?? []).map((s) => s.score);
  const figures = new Map<string, FamilyFigures>();
  for (const { family } of STATE_FAMILIES) {
    const docs = (scored.get(family) ?? []).map((s) => s.score);
    figures.set(family, { ...groupFigures(docs, 10_000), auc: ownVoiceAuc(docs, neutralDocs) });
  }
  return { withUrl, scored, figures, neutral: groupFigures(neutralDocs, 10_000) };
}

const pct = (x: number) => formatValue(x, 'percent');
const n = (x: number) => x.toLocaleString('en-US');

/** Every hit's entry id, with its own-voice count beside the total. */
function entryCounts(matcher: Matcher, scored: ScoredRecord[]): Map<string, { all: number; own: number }> {
  const counts = new Map<string, { all: number; own: number }>();
  for (const s of scored) {
    for (const hit of s.hits) {
      const id = matcher.entries[hit.entry].id;
      const c = counts.get(id) ?? { all: 0, own: 0 };
      c.all++;
      if (hit.voice === 'own') c.own++;
      counts.set(id, c);
    }
  }
  return counts;
}

export function familyReport(matcher: Matcher, run: FamilyRun): string[] {
  const lines: string[] = [];
  const how = run.withUrl ? "with each record's `url` as document context" : 'from the text alone, no address';
  lines.push(`## English articles by family (articles_2014_2024.jsonl, text_masked, ${how})`, '');
  lines.push('| family | articles | words | own-voice hits | own per 10,000 words | articles with an own-voice hit | AUC against neutral |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const f of STATE_FAMILIES) {
    const g = run.figures.get(f.family);
    if (!g) continue;
    lines.push(`| ${f.name} (${f.family}) | ${n(g.documents)} | ${n(g.size)} | ${n(g.own)} | ${g.ownRate.toFixed(2)} | ${pct(g.withOwn)} | ${formatValue(g.auc, 'auc')} |`);
  }
  const nf = run.neutral;
  lines.push(`| neutral | ${n(nf.documents)} | ${n(nf.size)} | ${n(nf.own)} | ${nf.ownRate.toFixed(2)} | ${pct(nf.withOwn)} | |`);

  const neutral = run.scored.get(NEUTRAL) ?? [];
  lines.push('', `### Neutral articles: ${nf.own} own-voice hits (${nf.ownRate.toFixed(2)} per 10,000 words), every one`);
  let listed = 0;
  for (const s of neutral) {
    for (const hit of s.hits) {
      if (hit.voice !== 'own') continue;
      listed++;
      lines.push(`- ${matcher.entries[hit.entry].id} in ${s.record.id} (${s.record.outlet}): ${sentenceOf(s.text, hit)}`);
    }
  }
  if (listed === 0) lines.push('- (none)');
  const quoted = [...entryCounts(matcher, neutral)].filter(([, c]) => c.all > c.own).map(([id, c]) => [id, c.all - c.own] as [string, number]);
  lines.push('', `### Neutral articles: ${nf.quoted} quoted hits (fine, but counted): ${ranked(new Map(quoted)).map(([id, c]) => `${id} ${c}`).join(', ') || '(none)'}`);

  lines.push('', '### Top 30 entries by hits, per family (all hits / own voice)');
  for (const f of STATE_FAMILIES) {
    const counts = entryCounts(matcher, run.scored.get(f.family) ?? []);
    const top = ranked(new Map([...counts].map(([id, c]) => [id, c.all])), 30);
    lines.push(`- ${f.name}: ${top.map(([id, all]) => `${id} ${all}/${counts.get(id)?.own ?? 0}`).join(', ') || '(none)'}`);
  }

  if (!run.withUrl) {
    lines.push('', "### Entries that never fire on their family's articles (any voice)");
    for (const f of STATE_FAMILIES) {
      const counts = entryCounts(matcher, run.scored.get(f.family) ?? []);
      const own = matcher.entries.filter((e) => (e.sources as string[]).includes(f.source));
      const never = own.filter((e) => !counts.has(e.id)).map((e) => e.id);
      lines.push(`- ${f.source}, on ${f.name} (${never.length} of ${own.length}): ${never.join(', ') || '(none)'}`);
    }
  }
  return lines;
}

/** How the address changes the figures: text alone → with the URL, per family. */
export function urlEffect(alone: FamilyRun, withUrl: FamilyRun): string[] {
  const lines = ['| family | AUC | articles with an own-voice hit | own per 10,000 words |', '|---|---:|---:|---:|'];
  const arrow = (a: string, b: string) => (a === b ? a : `${a} → ${b}`);
  for (const f of STATE_FAMILIES) {
    const a = alone.figures.get(f.family);
    const b = withUrl.figures.get(f.family);
    if (!a || !b) continue;
    lines.push(`| ${f.name} | ${arrow(formatValue(a.auc, 'auc'), formatValue(b.auc, 'auc'))} | ${arrow(pct(a.withOwn), pct(b.withOwn))} | ${arrow(a.ownRate.toFixed(2), b.ownRate.toFixed(2))} |`);
  }
  lines.push(`| neutral | | ${arrow(pct(alone.neutral.withOwn), pct(withUrl.neutral.withOwn))} | ${arrow(alone.neutral.ownRate.toFixed(2), withUrl.neutral.ownRate.toFixed(2))} |`);
  return lines;
}
