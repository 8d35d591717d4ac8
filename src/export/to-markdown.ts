/**
 * The Markdown report: the summary, a table of the phrases found (count and
 * one example sentence each) and each phrase's explanation. Page text is
 * untrusted, so every piece of it is escaped: a pipe cannot open a table
 * cell, a line break cannot end a row, and `<`, `[`, `*`… cannot become HTML,
 * links or emphasis when the report is rendered.
 */
import { describeSummary } from '../core/summary';
import { sourceLabel } from '../lexicon/families';
import { explanationOf, type ExportDocument, type ExportEntry, type ExportHit } from './export-document';
import { summarizeHits } from './to-json';

/** Inline Markdown from plain text: ASCII punctuation that Markdown reads is backslash-escaped, line breaks become spaces. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, '\\$&').replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}

/**
 * A code span that shows `text` literally: the fence is one backtick longer
 * than the longest run inside, line breaks become spaces, and in a table cell
 * pipes are escaped (GitHub's tables split on a bare pipe even in code).
 */
export function markdownCode(text: string, options: { inTable?: boolean } = {}): string {
  let body = text.replace(/[\r\n\u2028\u2029\t\f\v]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  if (options.inTable) body = body.replace(/\|/g, '\\|');
  if (body.trim() === '') return '(none)';
  const longest = (body.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A URL as the report shows it: an http(s) URL becomes an autolink of its
 * normalized form (the URL parser percent-encodes spaces, `<` and `>`, which
 * would end an autolink); anything else (`javascript:`, `data:`, `file:`, a
 * formula such as `=cmd|…`) is shown as code text, so it can never be clicked.
 */
export function markdownUrl(url: string): string {
  if (/^https?:\/\//i.test(url)) {
    try {
      const href = new URL(url).href;
      if (/^https?:\/\/[^\s<>]+$/i.test(href)) return `<${href}>`;
    } catch {
      // Not a URL the parser accepts: shown as text below.
    }
  }
  return markdownCode(url);
}

function counts(record: Record<string, number>, label: (key: string) => string = (k) => k): string {
  return Object.entries(record)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${markdownText(label(key))} ${n}`)
    .join(', ');
}

/** The sentence with the match in bold. */
function example(hit: ExportHit): string {
  const [start, end] = hit.inSentence;
  const s = hit.sentence;
  return `${markdownText(s.slice(0, start))}**${markdownText(s.slice(start, end))}**${markdownText(s.slice(end))}`.trim();
}

interface PhraseRow {
  first: ExportHit;
  count: number;
}

export function toMarkdown(doc: ExportDocument, lexicon?: readonly ExportEntry[]): string {
  const summary = summarizeHits(doc.hits, doc.words);
  const rows = new Map<string, PhraseRow>();
  for (const hit of doc.hits) {
    const row = rows.get(hit.id);
    if (row) row.count++;
    else rows.set(hit.id, { first: hit, count: 1 });
  }
  const ordered = [...rows.values()].sort((a, b) => b.count - a.count || a.first.position[0] - b.first.position[0]);

  const lines = [
    `# Rhetoric Lens report: ${markdownText(doc.title || doc.url)}`,
    '',
    `- **Source:** ${markdownUrl(doc.url)}`,
    `- **Scanned:** ${markdownText(doc.time)}`,
    `- **Lexicon version:** ${markdownText(doc.lexiconVersion)}`,
    '',
    `**${markdownText(describeSummary(summary, sourceLabel, /^https?:/i.test(doc.url) ? "the page's" : "the text's"))}.**`,
  ];
  if (summary.hits > 0) {
    lines.push(
      '',
      `- **Per 1,000 words:** ${summary.perThousandWords} (${summary.words.toLocaleString('en-US')} words)`,
      `- **By source:** ${counts(summary.bySource, sourceLabel)}`,
      `- **By technique:** ${counts(summary.byTechnique)}`,
      `- **Voice:** ${summary.byVoice.own} own, ${summary.byVoice.quoted} quoted`,
      '',
      '## Phrases',
      '',
      '| Phrase | Entry | Typical of | Count | Example |',
      '| --- | --- | --- | ---: | --- |',
    );
    for (const { first, count } of ordered) {
      const cells = [
        markdownText(first.phrase),
        markdownCode(first.id, { inTable: true }),
        markdownText(first.sources.map(sourceLabel).join(', ')),
        String(count),
        example(first),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
    lines.push('', '## Explanations');
    for (const { first } of ordered) {
      lines.push('', `### ${markdownText(first.phrase)}`, '');
      lines.push(`${markdownCode(first.id)} · typical of ${markdownText(first.sources.map(sourceLabel).join(', '))} · ${markdownText(first.techniques.join(', '))}`);
      const explanation = explanationOf(lexicon, first.id);
      if (explanation) lines.push('', markdownText(explanation));
    }
  }
  lines.push('', '---', '', 'Labels describe phrasing typical of state media; they do not judge the text or its author.', '');
  return lines.join('\n');
}
