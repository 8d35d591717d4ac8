import { describe, expect, test } from 'vitest';
import { markdownText, toMarkdown } from './to-markdown';
import { scanDocument, TEST_LEXICON } from '../../tests/support/test-document';

/** Cells of a table row: splits on pipes that are not backslash-escaped. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') cell += row[i] + (row[++i] ?? '');
    else if (row[i] === '|') {
      out.push(cell);
      cell = '';
    } else cell += row[i];
  }
  out.push(cell);
  return out.slice(1, -1).map((c) => c.trim());
}

describe('Markdown report', () => {
  const doc = scanDocument();
  const report = toMarkdown(doc, TEST_LEXICON);
  const lines = report.split('\n');
  const table = lines.filter((line) => line.startsWith('|'));

  test('the table has one row per phrase, every row with the header’s five cells', () => {
    expect(cells(table[0])).toEqual(['Phrase', 'Entry', 'Typical of', 'Count', 'Example']);
    const rows = table.slice(2);
    expect(rows).toHaveLength(new Set(doc.hits.map((h) => h.id)).size);
    for (const row of table) expect(cells(row)).toHaveLength(5);
    const puppet = rows.map(cells).find((c) => c[1] === '`puppet-regime`')!;
    expect(puppet[3]).toBe('2');
  });

  test('page text cannot break out: pipes, line breaks and markup are escaped', () => {
    const west = table.map(cells).find((c) => c[1] === '`collective-west`')!;
    expect(west[4]).toBe('A line break inside: **the collective West** \\| pipes \\| and \\<b\\>tags\\</b\\> \\*stars\\* \\[link\\](javascript:alert(1)).');
    expect(report).not.toContain('<b>');
    expect(report).toContain('# Rhetoric Lens report: A \\| test \\*page\\*');
  });

  test('summary first, explanations last', () => {
    expect(report).toMatch(/\*\*6 phrases typical of KCNA and Russian state media, \d in the page's own voice\.\*\*/);
    expect(report).toContain('- **Per 1,000 words:**');
    const explanations = report.slice(report.indexOf('## Explanations'));
    expect(explanations).toContain('### dance to the tune of others');
    expect(explanations).toContain('Test entry dance-to-the-tune. It exists for the unit tests.');
  });

  test('a page without hits says so and has no table', () => {
    const empty = toMarkdown(scanDocument('The council met on Tuesday.'));
    expect(empty).toContain('No state-media phrasing found in 5 words');
    expect(empty).not.toContain('| Phrase');
  });

  test.each([
    ['a|b', 'a\\|b'],
    ['x\ny\r\nz\u2029w', 'x y z w'],
    ['back\\slash', 'back\\\\slash'],
    ['<script>', '\\<script\\>'],
    ['AT&T', 'AT\\&T'],
  ])('markdownText(%j) is %j', (input, output) => {
    expect(markdownText(input)).toBe(output);
  });
});

describe('Markdown report: links and ids from untrusted input', () => {
  const sourceLine = (report: string) => report.split('\n').find((line) => line.startsWith('- **Source:**'))!;

  test.each([
    ['javascript:alert(document.cookie)', '`javascript:alert(document.cookie)`'],
    ['JaVaScRiPt:alert(1)', '`JaVaScRiPt:alert(1)`'],
    ["=cmd|' /C calc'!A0", "`=cmd|' /C calc'!A0`"],
    ['data:text/html,<script>alert(1)</script>', '`data:text/html,<script>alert(1)</script>`'],
    ['file:///home/user/a.txt', '`file:///home/user/a.txt`'],
    ['javascript:`x`//', '`` javascript:`x`// ``'],
    ['vbscript:x\n# Heading\n[a](javascript:b)', '`vbscript:x # Heading [a](javascript:b)`'],
  ])('the non-web URL %j is shown as code text, never as a link', (url, shown) => {
    const report = toMarkdown(scanDocument('The council met.', url));
    expect(sourceLine(report)).toBe(`- **Source:** ${shown}`);
    expect(report).not.toMatch(/<(?:javascript|data|file|vbscript|=)/i);
    expect(report.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(1);
  });

  test.each([
    ['https://example.org/news/1', '<https://example.org/news/1>'],
    ['HTTP://Example.org/a b<c>d', '<http://example.org/a%20b%3Cc%3Ed>'],
    ['https://example.org/x>[y](javascript:z)', '<https://example.org/x%3E[y](javascript:z)>'],
  ])('the web URL %j becomes the autolink %j', (url, link) => {
    expect(sourceLine(toMarkdown(scanDocument('The council met.', url)))).toBe(`- **Source:** ${link}`);
  });

  test('an id with pipes, backticks and line breaks stays one code cell', () => {
    const doc = scanDocument();
    for (const hit of doc.hits) if (hit.id === 'collective-west') hit.id = 'a|b`c\n| d';
    const report = toMarkdown(doc, TEST_LEXICON);
    const rows = report.split('\n').filter((line) => line.startsWith('|'));
    for (const row of rows) expect(cells(row)).toHaveLength(5);
    const row = rows.map(cells).find((c) => c[0].includes('collective west'))!;
    expect(row[1]).toBe('`` a\\|b`c \\| d ``');
    expect(report).toContain('\n`` a|b`c | d `` · typical of');
  });
});
