/**
 * `npm run eval`: the figures that steer the lexicon, from the real text in
 * ../shared/corpus (read at run time, never copied): rates on state-media and
 * neutral articles, the AUC that separates them, KCNA recall by section,
 * every neutral hit with its sentence, the entries that never fired, and the
 * hits on the saved real pages in ../shared/realpages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlToText } from '../core/html-text';
import { Matcher } from '../core/matcher';
import type { Hit } from '../core/types';
import { compileBuiltin } from '../lexicon/build';

const SHARED = resolve(process.env.RL_SHARED ?? join(import.meta.dirname ?? '.', '..', '..', '..', 'shared'));
const CORPUS = join(SHARED, 'corpus');
const REALPAGES = join(SHARED, 'realpages');

/** Phrases a reader notices in the seed article (short phrases, lower case, straight apostrophes). */
const SEED_PHRASES = [
  'domination and subordination',
  "under other's baton",
  'true sovereign and independent state',
  'master-servant relations',
  'national ruin',
  'master of your destiny',
  'dancing to the tune of others',
  'blindly following others',
  'interfere in and find fault',
  "interfere in others' affairs",
  'force your view on others',
  'fair international order',
  'mutual respect for sovereignty',
  'non-interference',
  'juche idea',
  'road of socialism',
  'cause of global independence',
  'independent stand',
  'independent judgment and determination',
];

interface Record {
  id: string;
  outlet: string;
  section?: string;
  title: string;
  text: string;
}

interface Scored {
  record: Record;
  hits: Hit[];
  words: number;
  rate: number;
}

function readJsonl(file: string): Record[] {
  return readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record);
}

/** Area under the ROC curve: the chance that a random positive scores above a random negative. */
export function auc(positives: number[], negatives: number[]): number {
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const fixed = (x: number, digits = 2) => x.toFixed(digits);

function groupLine(name: string, scored: Scored[]): string {
  const words = scored.reduce((n, s) => n + s.words, 0);
  const hits = scored.reduce((n, s) => n + s.hits.length, 0);
  const own = scored.reduce((n, s) => n + s.hits.filter((h) => h.voice === 'own').length, 0);
  const withHit = scored.filter((s) => s.hits.length > 0).length;
  return `| ${name} | ${scored.length} | ${words} | ${hits} | ${fixed((hits / words) * 1000)} | ${fixed((own / words) * 10_000)} | ${pct(withHit / scored.length)} |`;
}

async function main() {
  if (!existsSync(CORPUS)) {
    console.error(`npm run eval needs the evaluation corpus at ${CORPUS}, which is not there.`);
    console.error('It reads ../shared/corpus beside the checkout (set RL_SHARED to its parent folder). The tests do not need it.');
    process.exitCode = 2;
    return;
  }
  const matcher = new Matcher(await compileBuiltin());
  const score = (record: Record): Scored => {
    const { hits, words } = matcher.scan(record.text);
    return { record, hits, words, rate: words > 0 ? (hits.length / words) * 1000 : 0 };
  };
  const idOf = (hit: Hit) => matcher.entries[hit.entry].id;

  const state = readJsonl('state_media_articles.jsonl').map(score);
  const neutral = readJsonl('neutral_news_articles.jsonl').map(score);
  const kcna = state.filter((s) => s.record.outlet.startsWith('KCNA'));
  const russian = state.filter((s) => !s.record.outlet.startsWith('KCNA'));

  console.log(`# Rhetoric Lens evaluation (lexicon ${matcher.version}, ${matcher.entries.length} entries)\n`);
  console.log('| group | articles | words | hits | hits per 1,000 words | own-voice hits per 10,000 words | articles with a hit |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  console.log(groupLine('state media (all)', state));
  console.log(groupLine('  KCNA', kcna));
  console.log(groupLine('  Russian state-linked', russian));
  console.log(groupLine('neutral news (BBC, Reuters)', neutral));

  const separation = auc(state.map((s) => s.rate), neutral.map((s) => s.rate));
  console.log(`\nAUC of hits per 1,000 words, state media against neutral: ${fixed(separation, 3)}`);
  console.log(`  KCNA against neutral: ${fixed(auc(kcna.map((s) => s.rate), neutral.map((s) => s.rate)), 3)}`);
  console.log(`  Russian state-linked against neutral: ${fixed(auc(russian.map((s) => s.rate), neutral.map((s) => s.rate)), 3)}`);

  console.log('\nKCNA articles with at least one hit, by section:');
  const sections = [...new Set(kcna.map((s) => s.record.section ?? '(none)'))].sort();
  for (const section of sections) {
    const members = kcna.filter((s) => (s.record.section ?? '(none)') === section);
    console.log(`  ${section}: ${members.filter((s) => s.hits.length > 0).length}/${members.length}`);
  }
  const core = kcna.filter((s) => ['News Commentary', 'External', 'Top News'].includes(s.record.section ?? ''));
  console.log(`  News Commentary + External + Top News: ${pct(core.filter((s) => s.hits.length > 0).length / core.length)}`);

  const cn = readJsonl('headlines_cn_state_media.jsonl').map(score);
  const bbc = readJsonl('headlines_bbc_2022.jsonl').map(score);
  console.log(`\nHeadlines with a hit: Chinese state media ${cn.filter((s) => s.hits.length).length}/${cn.length}, BBC 2022 ${bbc.filter((s) => s.hits.length).length}/${bbc.length}`);

  console.log('\nEvery hit on neutral text (articles and BBC headlines):');
  let neutralHits = 0;
  for (const s of [...neutral, ...bbc]) {
    for (const hit of s.hits) {
      neutralHits++;
      const sentence = s.record.text.slice(hit.sentence.start, hit.sentence.end).replace(/\s+/g, ' ');
      console.log(`  [${hit.voice}] ${idOf(hit)} in ${s.record.id}: ${sentence}`);
    }
  }
  if (neutralHits === 0) console.log('  (none)');

  const fired = new Map<string, number>();
  for (const s of [...state, ...cn]) for (const hit of s.hits) fired.set(idOf(hit), (fired.get(idOf(hit)) ?? 0) + 1);
  const top = [...fired].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log(`\nMost frequent on state media: ${top.map(([id, n]) => `${id} ${n}`).join(', ')}`);
  const never = matcher.entries.filter((e) => !fired.has(e.id)).map((e) => e.id);
  console.log(`\nEntries that never fired on the state-media corpus (${never.length} of ${matcher.entries.length}):`);
  console.log(`  ${never.join(', ')}`);

  const seedDir = join(SHARED, 'seed');
  if (existsSync(seedDir)) {
    console.log('\nThe seed article: each phrase a reader would notice, and whether a hit covers it:');
    for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(seedDir, file), 'utf8');
      const hits = matcher.scan(text).hits;
      let covered = 0;
      for (const phrase of SEED_PHRASES) {
        const at = text.toLowerCase().replace(/[’‘]/g, "'").indexOf(phrase);
        const hit = at >= 0 ? hits.find((h) => h.start < at + phrase.length && h.end > at) : undefined;
        if (hit) covered++;
        console.log(`  ${hit ? '✓' : '✗'} ${phrase}${hit ? ` → ${idOf(hit)}` : at < 0 ? ' (not in the text)' : ''}`);
      }
      console.log(`  ${covered}/${SEED_PHRASES.length} covered; ${hits.length} hits in all: ${hits.map(idOf).join(', ')}`);
    }
  }

  if (existsSync(REALPAGES)) {
    const pages = readdirSync(REALPAGES).filter((f) => f.endsWith('.html'));
    let pageHits = 0;
    const lines: string[] = [];
    for (const page of pages) {
      const text = htmlToText(readFileSync(join(REALPAGES, page), 'utf8'));
      for (const hit of matcher.scan(text).hits) {
        pageHits++;
        lines.push(`  [${hit.voice}] ${idOf(hit)} in ${page}: ${text.slice(hit.sentence.start, hit.sentence.end).replace(/\s+/g, ' ').slice(0, 240)}`);
      }
    }
    console.log(`\nSaved real pages: ${pageHits} hits on ${pages.length} pages`);
    for (const line of lines) console.log(line);
  }
}

await main();
