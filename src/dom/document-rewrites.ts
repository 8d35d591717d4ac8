/**
 * Notices a document rewritten in place. `document.open()` erases every
 * event listener on the document, on its window and on every node in the
 * tree (the content script's included: the browser makes no exception),
 * then replaces the whole tree. The document object stays the same, so
 * nothing else tells the content script; its root element changing does.
 *
 * A page that swaps in a new <html> element also lands here: its listeners
 * survived, but attaching them again in a new round costs nothing.
 */
export function watchDocumentRewrites(doc: Document, signal: AbortSignal, onRewrite: () => void): void {
  if (signal.aborted) return;
  let root = doc.documentElement;
  // childList on the document alone: it changes only when the root element or the doctype does.
  const observer = new MutationObserver(() => {
    if (doc.documentElement === root) return;
    root = doc.documentElement;
    onRewrite();
  });
  observer.observe(doc, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
