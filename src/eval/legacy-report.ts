/**
 * The report on the older corpus files (78 KCNA and 60 Russian state-linked
 * articles against BBC 2004-05 and Reuters 1987, Chinese state and BBC
 * headlines), the seed article's phrases and, when asked, the saved real
 * pages. All hits,
 * whatever their voice, as before, on `text` (these files have no masked
 * text).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToText } from '../engine/html-text';
import type { Matcher } from '../core/matcher';
import type { Hit } from '../core/types';
import { readJsonl, REALPAGES, SEED, type CorpusRecord } from './corpus';
import { auc, ranked, rate, share } from './scoring';

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

interface Scored {
  record: CorpusRecord;
  hits: Hit[];
  words: number;
  /** Hits per 1,000 words. */
  rate: number;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function groupLine(name: string, scored: Scored[]): string {
  const words = scored.reduce((n, s) => n + s.words, 0);
  const hits = scored.reduce((n, s) => n + s.hits.length, 0);
  const own = scored.reduce((n, s) => n + s.hits.filter((h) => h.voice === 'own').length, 0);
  return `| ${name} | ${scored.length} | ${words} | ${hits} | ${rate(hits, words, 1000).toFixed(2)} | ${rate(own, words, 10_000).toFixed(2)} | ${pct(share(scored, (s) => s.hits.length > 0))} |`;
}

export interface LegacyOptions {
  /** Parse and scan the saved real pages too (25 MB of HTML: about 12 s of CPU here, half the eval). */
  realpages: boolean;
}

export function legacyReport(matcher: Matcher, options: LegacyOptions): string[] {
  const lines: string[] = [];
  const score = (record: CorpusRecord): Scored => {
    const { hits, words } = matcher.scan(record.text);
    return { record, hits, words, rate: rate(hits.length, words, 1000) };
  };
  const idOf = (hit: Hit) => matcher.entries[hit.entry].id;

  const state = readJsonl('state_media_articles.jsonl').map(score);
  const neutral = readJsonl('neutral_news_articles.jsonl').map(score);
  const kcna = state.filter((s) => s.record.outlet.startsWith('KCNA'));
  const russian = state.filter((s) => !s.record.outlet.startsWith('KCNA'));

  lines.push('## The older files (state_media_articles, neutral_news_articles, headlines; `text`, all hits)', '');
  lines.push('| group | articles | words | hits | hits per 1,000 words | own-voice hits per 10,000 words | articles with a hit |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  lines.push(groupLine('state media (all)', state), groupLine('  KCNA', kcna), groupLine('  Russian state-linked', russian), groupLine('neutral news (BBC, Reuters)', neutral));

  const rates = (list: Scored[]) => list.map((s) => s.rate);
  lines.push('', `AUC of hits per 1,000 words, state media against neutral: ${auc(rates(state), rates(neutral)).toFixed(3)}`);
  lines.push(`  KCNA against neutral: ${auc(rates(kcna), rates(neutral)).toFixed(3)}`);
  lines.push(`  Russian state-linked against neutral: ${auc(rates(russian), rates(neutral)).toFixed(3)}`);

  lines.push('', 'KCNA articles with at least one hit, by section:');
  const sections = [...new Set(kcna.map((s) => s.record.section ?? '(none)'))].sort();
  for (const section of sections) {
    const members = kcna.filter((s) => (s.record.section ?? '(none)') === section);
    lines.push(`  ${section}: ${members.filter((s) => s.hits.length > 0).length}/${members.length}`);
  }
  const core = kcna.filter((s) => ['News Commentary', 'External', 'Top News'].includes(s.record.section ?? ''));
  lines.push(`  News Commentary + External + Top News: ${pct(share(core, (s) => s.hits.length > 0))}`);

  const cn = readJsonl('headlines_cn_state_media.jsonl').map(score);
  const bbc = readJsonl('headlines_bbc_2022.jsonl').map(score);
  lines.push('', `Headlines with a hit: Chinese state media ${cn.filter((s) => s.hits.length).length}/${cn.length}, BBC 2022 ${bbc.filter((s) => s.hits.length).length}/${bbc.length}`);

  lines.push('', 'Every hit on neutral text of the older files (articles and BBC headlines):');
  let neutralHits = 0;
  for (const s of [...neutral, ...bbc]) {
    for (const hit of s.hits) {
      neutralHits++;
      const sentence = s.record.text.slice(hit.sentence.start, hit.sentence.end).replace(/\s+/g, ' ');
      lines.push(`  [${hit.voice}] ${idOf(hit)} in ${s.record.id}: ${sentence}`);
    }
  }
  if (neutralHits === 0) lines.push('  (none)');

  const fired = new Map<string, number>();
  for (const s of [...state, ...cn]) for (const hit of s.hits) fired.set(idOf(hit), (fired.get(idOf(hit)) ?? 0) + 1);
  lines.push('', `Most frequent on the older state-media files: ${ranked(fired, 15).map(([id, n]) => `${id} ${n}`).join(', ')}`);
  const never = matcher.entries.filter((e) => !fired.has(e.id)).length;
  lines.push(`Entries that never fired on the older state-media files: ${never} of ${matcher.entries.length} (the lists per family, on the larger file, are above)`);

  if (existsSync(SEED)) {
    lines.push('', 'The seed article: each phrase a reader would notice, and whether a hit covers it:');
    for (const file of readdirSync(SEED).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(SEED, file), 'utf8');
      const hits = matcher.scan(text).hits;
      let covered = 0;
      for (const phrase of SEED_PHRASES) {
        const at = text.toLowerCase().replace(/[’‘]/g, "'").indexOf(phrase);
        const hit = at >= 0 ? hits.find((h) => h.start < at + phrase.length && h.end > at) : undefined;
        if (hit) covered++;
        lines.push(`  ${hit ? '✓' : '✗'} ${phrase}${hit ? ` → ${idOf(hit)}` : at < 0 ? ' (not in the text)' : ''}`);
      }
      lines.push(`  ${covered}/${SEED_PHRASES.length} covered; ${hits.length} hits in all: ${hits.map(idOf).join(', ')}`);
    }
  }

  if (!options.realpages) lines.push('', 'Saved real pages: not read (npm run eval -- --realpages; the realpages end-to-end suite checks them in both browsers)');
  else if (existsSync(REALPAGES)) {
    const pages = readdirSync(REALPAGES).filter((f) => f.endsWith('.html'));
    let pageHits = 0;
    const pageLines: string[] = [];
    for (const page of pages) {
      const text = htmlToText(readFileSync(join(REALPAGES, page), 'utf8'));
      for (const hit of matcher.scan(text).hits) {
        pageHits++;
        pageLines.push(`  [${hit.voice}] ${idOf(hit)} in ${page}: ${text.slice(hit.sentence.start, hit.sentence.end).replace(/\s+/g, ' ').slice(0, 240)}`);
      }
    }
    lines.push('', `Saved real pages: ${pageHits} hits on ${pages.length} pages`, ...pageLines);
  }
  return lines;
}
