// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { pageHasText, whenPageHasText } from './first-text';

function body(html: string) {
  // Test fixtures only: the shipped code never parses HTML.
  document.body.innerHTML = html;
}

beforeEach(() => {
  document.body.textContent = '';
});

describe('pageHasText', () => {
  test.each([
    ['an empty body', ''],
    ['white space between tags', '  <div>\n\t</div> <p> </p>'],
    ['only scripts, styles and templates', '<script>var words = "the collective West";</script><style>p{}</style><template><p>hidden words</p></template>'],
    ['an empty text field', '<textarea></textarea><input value="typed words">'],
  ])('false for %s', (_name, html) => {
    body(html);
    expect(pageHasText(document)).toBe(false);
  });

  test.each([
    ['a word', '<p>Word</p>'],
    ['text after a script', '<script>1</script><div><span>later</span></div>'],
    ['text directly in the body', 'plain'],
    ['a custom element, which may render text in its shadow root', '<news-story></news-story>'],
  ])('true for %s', (_name, html) => {
    body(html);
    expect(pageHasText(document)).toBe(true);
  });

  test('true for a shadow host with an empty light tree', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append('inside');
    document.body.append(host);
    expect(pageHasText(document)).toBe(true);
  });
});

describe('whenPageHasText', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('answers false at once on a page with text, and never calls back', () => {
    body('<p>Already here.</p>');
    const ready = vi.fn();
    expect(whenPageHasText(document, new AbortController().signal, ready)).toBe(false);
    expect(ready).not.toHaveBeenCalled();
  });

  test('calls back once when text arrives, not for white space', async () => {
    const ready = vi.fn();
    expect(whenPageHasText(document, new AbortController().signal, ready)).toBe(true);
    document.body.append(document.createElement('div'), '  ');
    await new Promise((r) => setTimeout(r, 120));
    expect(ready).not.toHaveBeenCalled();
    const p = document.createElement('p');
    p.textContent = 'Now there are words.';
    document.body.append(p);
    await new Promise((r) => setTimeout(r, 120));
    expect(ready).toHaveBeenCalledTimes(1);
    p.append(' More words.');
    await new Promise((r) => setTimeout(r, 120));
    expect(ready).toHaveBeenCalledTimes(1);
  });

  test('an aborted signal ends the wait', async () => {
    const ready = vi.fn();
    const controller = new AbortController();
    whenPageHasText(document, controller.signal, ready);
    controller.abort();
    document.body.append('words');
    await new Promise((r) => setTimeout(r, 120));
    expect(ready).not.toHaveBeenCalled();
  });
});
