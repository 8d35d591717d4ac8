// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { watchDocumentRewrites } from './document-rewrites';

describe('watchDocumentRewrites', () => {
  let controller: AbortController;
  let onRewrite: ReturnType<typeof vi.fn<() => void>>;
  let doc: Document;

  /** A new root in place of the old, as document.open() and write() or a script leave it. */
  function replaceRoot() {
    const html = doc.createElement('html');
    html.append(doc.createElement('head'), doc.createElement('body'));
    doc.documentElement.remove();
    doc.append(html);
  }

  beforeEach(() => {
    controller = new AbortController();
    onRewrite = vi.fn<() => void>();
    doc = document.implementation.createHTMLDocument('page');
    doc.body.innerHTML = '<p>Page text.</p>';
    watchDocumentRewrites(doc, controller.signal, onRewrite);
  });
  afterEach(() => controller.abort());

  test('a new root element is a rewrite, reported once', async () => {
    replaceRoot();
    await vi.waitFor(() => expect(onRewrite).toHaveBeenCalledTimes(1));
  });

  test('changes inside the tree are not', async () => {
    doc.body.append(doc.createElement('p'));
    doc.body.replaceChildren(doc.createElement('div'));
    doc.body.remove();
    doc.documentElement.append(doc.createElement('body'));
    // A later root change proves the observer ran: only it is reported.
    replaceRoot();
    await vi.waitFor(() => expect(onRewrite).toHaveBeenCalledTimes(1));
  });

  test('after the abort, nothing is reported', async () => {
    controller.abort();
    replaceRoot();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onRewrite).not.toHaveBeenCalled();
  });
});
