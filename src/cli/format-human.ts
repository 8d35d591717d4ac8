/** The default `scan` output, for people: each hit in its sentence, then the document's summary. */
import { describeSummary } from '../core/summary';
import { sourceLabel } from '../lexicon/families';
import type { DocumentResult } from './scan-text';

/** `text` is what the offsets index; only slices inside each hit's sentence are read (a long document passes just those). */
export function formatHuman(result: DocumentResult, text: { slice(start: number, end: number): string }, tty: boolean): string {
  const bold = (s: string) => (tty ? `\x1b[1;4m${s}\x1b[0m` : `**${s}**`);
  const name = result.input === '-' ? '(standard input)' : result.input;
  const lines = [result.id === undefined ? name : `${name} #${result.id}`];
  result.hits.forEach((hit, i) => {
    const sentence = text.slice(hit.sentence.start, hit.start) + bold(text.slice(hit.start, hit.end)) + text.slice(hit.end, hit.sentence.end);
    const voice = hit.voice === 'own' ? "text's own voice" : 'quoted';
    lines.push(`  ${i + 1}. "${hit.phrase}" (${hit.id}) · typical of ${hit.sources.map(sourceLabel).join(', ')} · ${hit.techniques.join(', ')} · ${voice}`);
    lines.push(`     ${sentence.replace(/[\u2029\s]+/g, ' ').trim()}`);
  });
  const s = result.summary;
  lines.push(`  ${describeSummary(s, sourceLabel, "the text's")}.`);
  if (s.hits > 0) {
    lines.push(`  ${s.perThousandWords} per 1,000 words (${s.words} words)`);
    lines.push(`  by source: ${Object.entries(s.bySource).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    lines.push(`  by technique: ${Object.entries(s.byTechnique).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  return lines.join('\n');
}
