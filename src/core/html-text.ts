/**
 * Visible text of an HTML document, for the CLI and the evaluation: the
 * extension's skip rules (no script, style, template, noscript, textarea,
 * select, hidden or editable content) and its block boundaries (blocks are
 * joined with BLOCK_SEPARATOR, so no phrase crosses them). A small tokenizer,
 * not a full HTML parser: it is meant for saved articles.
 */
import { BLOCK_SEPARATOR } from './chars';

const RAW_TEXT = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'select', 'iframe', 'svg', 'math', 'object', 'head', 'title']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'option', 'button', 'label', 'legend',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', rsquo: '’', lsquo: '‘', ldquo: '“',
  rdquo: '”', mdash: '—', ndash: '–', hellip: '…', laquo: '«', raquo: '»', bdquo: '„', sbquo: '‚', thinsp: '\u2009',
  ensp: '\u2002', emsp: '\u2003', zwj: '\u200d', zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f', copy: '©', reg: '®',
  eacute: 'é', egrave: 'è', aacute: 'á', oacute: 'ó', uacute: 'ú', iacute: 'í', ntilde: 'ñ', ouml: 'ö', uuml: 'ü', auml: 'ä', szlig: 'ß', middot: '·', bull: '•',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const TAG = /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** Whether a start tag's attributes hide its content: `hidden`, `aria-hidden="true"`, `contenteditable`, inline `display:none`. */
function hides(attributes: string): boolean {
  if (!attributes) return false;
  const editable = /\scontenteditable(?:\s*=\s*(["']?)([^"'\s>]*)\1)?/i.exec(attributes);
  return (
    /(?:^|\s)hidden(?:[\s=/]|$)/i.test(attributes) ||
    /\saria-hidden\s*=\s*["']?true/i.test(attributes) ||
    (editable !== null && editable[2]?.toLowerCase() !== 'false') ||
    /\sstyle\s*=\s*["'][^"']*display\s*:\s*none/i.test(attributes)
  );
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let atBlockStart = true;
  let last = 0;
  /** While set, text is skipped until this tag closes at depth 0. */
  let skipping: { tag: string; depth: number } | null = null;

  const block = () => {
    if (!atBlockStart) out.push(BLOCK_SEPARATOR);
    atBlockStart = true;
  };
  const text = (raw: string) => {
    const decoded = decodeEntities(raw).replace(/[ \t\r\n\f]+/g, ' ');
    const trimmed = atBlockStart ? decoded.replace(/^ /, '') : decoded;
    if (trimmed === '' || (trimmed === ' ' && atBlockStart)) return;
    out.push(trimmed);
    atBlockStart = false;
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (!skipping) text(html.slice(last, m.index));
    last = TAG.lastIndex;
    const name = m[1]?.toLowerCase();
    if (!name) continue;
    const closing = m[0][1] === '/';
    const selfClosing = VOID.has(name) || m[0].endsWith('/>');

    if (skipping) {
      if (name === skipping.tag && !selfClosing) skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) skipping = null;
      continue;
    }
    if (!closing && RAW_TEXT.has(name)) {
      // Raw-text elements end at their own closing tag, whatever they contain.
      const end = html.toLowerCase().indexOf(`</${name}`, last);
      last = end < 0 ? html.length : end;
      TAG.lastIndex = last;
      continue;
    }
    if (!closing && !selfClosing && hides(m[2])) {
      skipping = { tag: name, depth: 1 };
      continue;
    }
    if (BLOCKS.has(name)) block();
  }
  if (!skipping) text(html.slice(last));
  const joined = out.join('');
  return joined.endsWith(BLOCK_SEPARATOR) ? joined.slice(0, -1) : joined;
}
