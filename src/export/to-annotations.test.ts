// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../engine/html-text';
import { ANNOTATION_CONTEXT, toAnnotationPage, type Annotation, type AnnotationPage } from './to-annotations';
import { QUOTE_CONTEXT } from './export-document';
import { scanDocument, TEST_LEXICON, TRICKY_TEXT } from '../../tests/support/test-document';

const GENERATED = '2026-01-02T04:00:00.000Z';
const UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The checks a consumer of the W3C model can rely on, for one annotation. */
function checkAnnotation(a: Annotation, source: string) {
  expect(a.id).toMatch(UUID);
  expect(a.type).toBe('Annotation');
  expect(a.motivation).toBe('commenting');
  expect(Number.isNaN(Date.parse(a.created))).toBe(false);
  expect(a.generated).toBe(GENERATED);
  for (const agent of [a.creator, a.generator]) {
    expect(agent.type).toBe('Software');
    expect(agent.name).toMatch(/^Rhetoric Lens/);
  }
  const [comment, tag] = a.body;
  expect(comment).toMatchObject({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', language: 'en' });
  expect(comment.value.length).toBeGreaterThan(20);
  expect(tag).toMatchObject({ type: 'TextualBody', purpose: 'tagging' });
  expect(a.target.source).toBe(source);
  const [quote, position] = a.target.selector;
  expect(quote.type).toBe('TextQuoteSelector');
  expect(Object.keys(quote).sort()).toEqual(['exact', 'prefix', 'suffix', 'type']);
  expect(position.type).toBe('TextPositionSelector');
  expect(Number.isInteger(position.start) && Number.isInteger(position.end)).toBe(true);
  expect(0 <= position.start && position.start <= position.end).toBe(true);
  expect(quote.prefix.length).toBeLessThanOrEqual(QUOTE_CONTEXT);
  expect(quote.suffix.length).toBeLessThanOrEqual(QUOTE_CONTEXT);
  expect(quote.prefix + quote.suffix).not.toContain('\u2029');
}

function checkPage(page: AnnotationPage, source: string, hits: number) {
  expect(page['@context']).toBe(ANNOTATION_CONTEXT);
  expect(page.id).toMatch(UUID);
  expect(page.type).toBe('AnnotationPage');
  expect(page.startIndex).toBe(0);
  expect(page.partOf).toMatchObject({ type: 'AnnotationCollection', total: hits });
  expect(page.items).toHaveLength(hits);
  for (const a of page.items) checkAnnotation(a, source);
  expect(new Set(page.items.map((a) => a.id)).size).toBe(hits);
}

describe('W3C Web Annotation export', () => {
  test('every annotation has the model’s required fields, and selectors that select the match', () => {
    const doc = scanDocument();
    const page = toAnnotationPage(doc, TEST_LEXICON, { generated: GENERATED });
    checkPage(page, doc.url, doc.hits.length);
    const codePoints = Array.from(TRICKY_TEXT);
    page.items.forEach((a, i) => {
      const [quote, position] = a.target.selector;
      // The model counts code points; the text has an emoji and a math letter before the last hits.
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
      const [start, end] = doc.hits[i].position;
      expect(TRICKY_TEXT.slice(start, end)).toBe(quote.exact);
      expect(TRICKY_TEXT.slice(start - quote.prefix.length, start)).toBe(quote.prefix);
      expect(TRICKY_TEXT.slice(end, end + quote.suffix.length)).toBe(quote.suffix);
    });
    expect(page.items.some((a) => a.target.selector[1].start !== doc.hits[page.items.indexOf(a)].position[0])).toBe(true);
  });

  test('the comment carries the explanation and the tag the entry id', () => {
    const doc = scanDocument();
    const [first] = toAnnotationPage(doc, TEST_LEXICON, { generated: GENERATED }).items;
    expect(first.body[0].value).toMatch(/^“dance to the tune of others” is phrasing typical of KCNA \(loaded-language\), here quoted or attributed\. Test entry dance-to-the-tune\./);
    expect(first.body[1].value).toBe('dance-to-the-tune');
  });

  test('ids are stable: exporting the same page twice gives the same ids', () => {
    const a = toAnnotationPage(scanDocument(), TEST_LEXICON, { generated: GENERATED });
    const b = toAnnotationPage(scanDocument(), TEST_LEXICON, { generated: '2027-01-01T00:00:00.000Z' });
    expect(b.items.map((x) => x.id)).toEqual(a.items.map((x) => x.id));
    const elsewhere = toAnnotationPage(scanDocument(TRICKY_TEXT, 'https://example.org/news/2'), TEST_LEXICON, { generated: GENERATED });
    expect(elsewhere.items.map((x) => x.id)).not.toContain(a.items[0].id);
  });

  test('the JSON-LD is plain JSON that survives a round trip', () => {
    const page = toAnnotationPage(scanDocument(), TEST_LEXICON, { generated: GENERATED });
    expect(JSON.parse(JSON.stringify(page))).toEqual(page);
  });
});

/**
 * Hypothesis's anchoring (client/src/annotator/anchoring/html.ts) tries the
 * TextPositionSelector over the root's textContent and keeps it only if the
 * text there equals the quote; otherwise it searches for the quote, scoring
 * candidates by prefix, suffix and distance from the position hint. This is
 * that procedure with exact matching (Hypothesis also tolerates typos), on a
 * real DOM.
 */
function anchor(root: Element, annotation: Annotation): { start: number; end: number; by: 'position' | 'quote' } | null {
  const text = root.textContent ?? '';
  const [quote, position] = annotation.target.selector;
  if (text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end, by: 'position' };
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const before = squash(text.slice(Math.max(0, at - 2 * QUOTE_CONTEXT), at));
    const after = squash(text.slice(at + quote.exact.length, at + quote.exact.length + 2 * QUOTE_CONTEXT));
    const score = (before.endsWith(squash(quote.prefix)) ? 2 : 0) + (after.startsWith(squash(quote.suffix)) ? 2 : 0) - Math.abs(at - position.start) / text.length;
    if (!best || score > best.score) best = { start: at, score };
  }
  return best ? { start: best.start, end: best.start + quote.exact.length, by: 'quote' } : null;
}

describe('annotations anchor in a real DOM the way Hypothesis anchors them', () => {
  const html = `<!doctype html><html><head><title>Report</title><script>var x = "the puppet regime";</script></head>
    <body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article>
        <h1>Pyongyang speaks of the puppet regime</h1>
        <p>The statement said Seoul <em>dances to the tune of others</em>, and called it the puppet regime.</p>
        <p>Analysts said the puppet regime label is routine.</p>
        <ul><li>the collective West</li><li>another puppet regime</li></ul>
      </article>
    </body></html>`;

  test('each annotation selects its own occurrence, even where the position is off', () => {
    const text = htmlToText(html);
    const doc = scanDocument(text, 'https://example.org/report.html');
    const page = toAnnotationPage(doc, TEST_LEXICON, { generated: GENERATED });
    checkPage(page, doc.url, doc.hits.length);
    expect(page.items.filter((a) => a.body[1].value === 'puppet-regime')).toHaveLength(4);

    document.documentElement.innerHTML = html.replace(/^<!doctype html>/, '');
    const root = document.body;
    const anchored = page.items.map((a) => anchor(root, a));
    const textContent = root.textContent ?? '';
    anchored.forEach((range, i) => {
      expect(range).not.toBeNull();
      expect(textContent.slice(range!.start, range!.end)).toBe(page.items[i].target.selector[0].exact);
    });
    // Four "puppet regime"s: each annotation lands on a different one, in order.
    const puppet = anchored.filter((_, i) => page.items[i].body[1].value === 'puppet-regime').map((r) => r!.start);
    expect(puppet).toEqual([...puppet].sort((a, b) => a - b));
    expect(new Set(puppet).size).toBe(4);
    // The page's textContent has indentation our text index drops, so the quote did the work.
    expect(anchored.some((r) => r!.by === 'quote')).toBe(true);
  });
});
