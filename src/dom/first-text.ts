/**
 * Whether a page has anything to read yet, and a cheap wait for it when not.
 * Many documents a content script starts in are empty at first: frames that
 * are still loading, ad slots, `about:blank`, pages that render later. On
 * those the lexicon is not even decoded until text arrives.
 */
import { isSkippedTag } from './element-kinds';
import { isBlank } from './text-index';

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const TEXT = 3;

/**
 * Whether the document holds text that is not white space, outside scripts
 * and styles, or an element that may hold text where a walk of the light DOM
 * cannot see it (a shadow host, a custom element, an embedded document).
 * Stops at the first such node, so a page with text answers at once.
 */
export function pageHasText(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  let node: Node | null = walker.currentNode;
  while (node) {
    if (node.nodeType === TEXT) {
      if (!isBlank((node as Text).data)) return true;
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    if (element.shadowRoot || element.localName.includes('-')) return true;
    if (node !== root && isSkippedTag(element)) {
      // Past the subtree: its script or style text is not page text.
      node = walker.nextSibling() ?? nextOutside(walker, root);
      continue;
    }
    node = walker.nextNode();
  }
  return false;
}

/** The next node after the walker's current subtree, or null at the end of `root`. */
function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (let parent = walker.parentNode(); parent && parent !== root; parent = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

/**
 * Returns false when the page already has text. Otherwise watches it and
 * calls `ready` once, when text (or a shadow host) appears, then stops
 * watching; returns true. The signal ends the wait.
 */
export function whenPageHasText(doc: Document, signal: AbortSignal, ready: () => void): boolean {
  if (pageHasText(doc)) return false;
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    // One look per burst of changes: a page filling itself makes many records at once.
    setTimeout(() => {
      scheduled = false;
      if (signal.aborted || !pageHasText(doc)) return;
      observer.disconnect();
      ready();
    }, 50);
  });
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return true;
}
