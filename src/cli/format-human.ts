/**
 * The default `scan` output, for people: each hit in its sentence, then the
 * document's summary. Plain text, coloured on a terminal (see style.ts);
 * families and techniques by their names, never their ids.
 */
import { headline, splitByFamily, splitCounts } from './families-present';
import type { DocumentResult } from '../engine/scan-text';
import type { Style } from './style';

/** `text` is what the offsets index; only slices inside each hit's sentence are read (a long document passes just those). */
export function formatHuman(result: DocumentResult, text: { slice(start: number, end: number): string }, style: Style): string {
  const name = result.input === '-' ? '(standard input)' : result.input;
  const lines = [style.strong(result.id === undefined ? name : `${name} #${result.id}`)];
  result.hits.forEach((hit, i) => {
    const before = text.slice(hit.sentence.start, hit.start).replace(/^[\u2029\s]+/, '');
    const after = text.slice(hit.end, hit.sentence.end).replace(/[\u2029\s]+$/, '');
    const sentence = before + style.match(text.slice(hit.start, hit.end), hit.sources) + after;
    const voice = hit.voice === 'own' ? "text's own voice" : 'quoted';
    lines.push(`  ${i + 1}. ${style.strong(hit.phrase)} · ${style.families(hit.sources)} · ${style.techniques(hit.techniques)} · ${style.dim(voice)}`);
    lines.push(`     ${sentence.replace(/[\u2029\s]+/g, ' ')}`);
  });
  const s = result.summary;
  const split = splitByFamily(s.byEntry);
  lines.push(`  ${headline(s, split, style)}.`);
  if (s.hits > 0) {
    lines.push(`  ${s.perThousandWords} per 1,000 words (${s.words.toLocaleString('en-US')} words)`);
    lines.push(`  by family: ${splitCounts(split, style)}`);
    const techniques = Object.entries(s.byTechnique).sort((a, b) => b[1] - a[1]);
    lines.push(`  by technique: ${techniques.map(([t, n]) => `${style.techniques([t])} ${n}`).join(', ')}`);
  }
  return lines.join('\n');
}
