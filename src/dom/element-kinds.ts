/**
 * How the text index treats each element: which ones start a new block
 * (paragraphs, list items, headings, cells…), which ones hold no readable text,
 * and which block an arbitrary node belongs to. Decided by tag name and a few
 * attributes only, so that no style is computed per node.
 */

/** Elements whose text is a separate block: a phrase never runs across their edges. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'button', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'search', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose content is not readable page text (code, form controls, embedded documents, ruby annotations). */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup', 'datalist',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'head', 'title',
  'meta', 'link', 'rt', 'rp',
]);

/** Whether an element's text forms its own block. Custom elements and shadow hosts count as blocks: components rarely split a phrase. */
export function isBlockElement(element: Element): boolean {
  return isBlockTag(element.localName) || element.shadowRoot !== null;
}

/** Whether a tag name alone makes a block (the walker reads the name and the shadow root once per element). */
export function isBlockTag(localName: string): boolean {
  return BLOCK_TAGS.has(localName) || localName.includes('-');
}

/** Whether a tag name leaves the element and everything inside it out of the index. */
export function isSkippedName(localName: string): boolean {
  return SKIPPED_TAGS.has(localName);
}

/** A line break ends the current run of text without being a block of its own. */
export function isLineBreak(element: Element): boolean {
  return element.localName === 'br';
}

/** Whether an element's tag leaves it and everything inside it out of the index. */
export function isSkippedTag(element: Element): boolean {
  return SKIPPED_TAGS.has(element.localName);
}

/** Whether an element is an editor (`contenteditable` other than "false"). */
export function isEditable(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  // `contenteditable=""` and `="true"` and `="plaintext-only"` all make an editor; only "false" does not.
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Whether an element and everything inside it is left out of the index, before any visibility check. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  const editable = element.getAttribute('contenteditable');
  // `contenteditable=""` and `="true"` and `="plaintext-only"` all make an editor; only "false" does not.
  return editable !== null && editable.toLowerCase() !== 'false';
}

const ELEMENT = 1;
const FRAGMENT = 11;

/**
 * The block a node's text belongs to: the nearest block element above it, or
 * the shadow root it sits in. `null` when the node is not in a tree we index.
 */
export function blockOwnerOf(node: Node): Node | null {
  for (let n: Node | null = node.nodeType === ELEMENT || node.nodeType === FRAGMENT ? node : node.parentNode; n; n = n.parentNode) {
    if (n.nodeType === FRAGMENT) return isShadowRoot(n) ? n : null;
    if (n.nodeType === ELEMENT && isBlockElement(n as Element)) return n;
  }
  return null;
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === FRAGMENT && (node as ShadowRoot).host !== undefined && (node as ShadowRoot).host !== null;
}

/** Whether `node` is an owner the index can rescan on its own: a block element or a shadow root. */
export function isBlockOwner(node: Node): boolean {
  return node.nodeType === ELEMENT ? isBlockElement(node as Element) : isShadowRoot(node);
}
