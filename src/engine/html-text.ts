/**
 * Visible text of an HTML document, for the CLI, the library and the
 * evaluation: parsed by linkedom, then read by the page's own walker
 * (src/dom/page-text.ts), so the CLI and the browser skip, hide and split
 * blocks by the same rules (`<rt>` ruby, form controls, media and editors
 * included). Scripts never run: linkedom does not execute them.
 */
import { parseHTML } from 'linkedom';
import { visibleText } from '../dom/page-text';

export interface HtmlText {
  /** The document's visible text, blocks joined by BLOCK_SEPARATOR. */
  text: string;
  /** The document's `<title>`, white space collapsed; '' when it has none. */
  title: string;
}

/**
 * Parses `html` and reads its visible text and title. linkedom builds no
 * implied `<html>` and `<body>` as a browser does, so a fragment gets them.
 */
export function readHtml(html: string): HtmlText {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  return { text: visibleText(document as unknown as Document), title: (document.title ?? '').replace(/\s+/g, ' ').trim() };
}

/** The visible text of an HTML document. */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}
