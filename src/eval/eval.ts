/**
 * `npm run eval`: the figures that steer the lexicon, from the real text in
 * ../shared/corpus (read at run time, never copied). First a summary of the
 * targets, met or not; then the English articles by family, from the text
 * alone and once more with each record's address; then each original-script
 * language; then the older files, the seed article, and with --realpages
 * the saved real pages.
 *
 * Exit status 0 whatever the figures (the eval measures, it does not gate);
 * 2 when the corpus is missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Matcher } from '../core/matcher';
import { compileBuiltin } from '../lexicon/build';
import { CORPUS, readJsonl } from './corpus';
import { familyReport, runFamilies, urlEffect } from './family-report';
import { languageGroups, languageReport, runLanguage } from './language-report';
import { legacyReport } from './legacy-report';
import { met, targetTable } from './scoring';
import { familyTargets, languageTargets } from './targets';

const ARTICLES = 'articles_2014_2024.jsonl';
const ORIGINAL = 'original_script.jsonl';
const NEEDED = [ARTICLES, ORIGINAL, 'state_media_articles.jsonl', 'neutral_news_articles.jsonl', 'headlines_cn_state_media.jsonl', 'headlines_bbc_2022.jsonl'];

async function main(): Promise<number> {
  const missing = NEEDED.filter((file) => !existsSync(join(CORPUS, file)));
  if (missing.length > 0) {
    console.error(`npm run eval needs the evaluation corpus in ${CORPUS}; missing there: ${missing.join(', ')}.`);
    console.error('It reads ../shared/corpus beside the checkout (set RL_SHARED to its parent folder). The tests do not need it.');
    return 2;
  }
  const started = Date.now();
  const matcher = new Matcher(await compileBuiltin());
  const articles = readJsonl(ARTICLES);
  const original = readJsonl(ORIGINAL);

  const alone = runFamilies(matcher, articles, false);
  const withUrl = runFamilies(matcher, articles, true);
  const languages = languageGroups(original, articles).map((group) => runLanguage(matcher, group));

  const english = familyTargets(alone);
  const scripts = languageTargets(languages);
  const all = [...english, ...scripts];
  const metCount = all.filter((t) => met(t) === true).length;
  const measurable = all.filter((t) => met(t) !== undefined).length;

  const out: string[] = [];
  out.push(`# Rhetoric Lens evaluation (lexicon ${matcher.version}, ${matcher.entries.length} entries)`, '');
  out.push(`## Targets: ${metCount} of ${measurable} met (text alone, no address; English on text_masked)`, '');
  out.push(...targetTable(all));
  out.push('');
  out.push(...familyReport(matcher, alone));
  out.push('');
  out.push(...familyReport(matcher, withUrl));
  out.push('', '### What the address changes (text alone → with the URL)', '', ...urlEffect(alone, withUrl));
  out.push('');
  out.push(...languageReport(matcher, languages));
  out.push('');
  out.push(...legacyReport(matcher, { realpages: process.argv.includes('--realpages') }));
  out.push('', `(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(out.join('\n'));
  return 0;
}

process.exitCode = await main();
