// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cleanupAfterInvalidation, INVALIDATION_CHECK_MS, isContextInvalidated, noticeInvalidation } from './context-invalidated';

describe('isContextInvalidated', () => {
  test.each([
    [new Error('Extension context invalidated.'), true],
    ['Error: Extension context invalidated.', true],
    [new Error('Could not establish connection. Receiving end does not exist.'), false],
    [undefined, false],
    [null, false],
  ])('%s → %s', (error, expected) => {
    expect(isContextInvalidated(error)).toBe(expected);
  });
});

describe('cleanupAfterInvalidation', () => {
  test('runs the cleanup', () => {
    const cleanup = vi.fn();
    cleanupAfterInvalidation(cleanup)();
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  test('drops "Extension context invalidated" from the cleanup', () => {
    const cleanup = cleanupAfterInvalidation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(cleanup).not.toThrow();
  });

  // An error thrown by an abort listener is uncaught: vitest would fail the run with it.
  test('inside an abort listener, nothing escapes', () => {
    const controller = new AbortController();
    controller.signal.addEventListener(
      'abort',
      cleanupAfterInvalidation(() => {
        throw new Error('Extension context invalidated.');
      }),
    );
    controller.abort();
    expect(controller.signal.aborted).toBe(true);
  });

  test('any other error still throws', () => {
    const cleanup = cleanupAfterInvalidation(() => {
      throw new TypeError('not a function');
    });
    expect(cleanup).toThrow(TypeError);
  });
});

/** What the browser does to an old content script when its extension reloads: `runtime.id` goes. */
function reloadExtension() {
  (fakeBrowser.runtime as { id?: string }).id = undefined;
}

describe('noticeInvalidation', () => {
  let ctx: ContentScriptContext;

  beforeEach(() => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    ctx = new ContentScriptContext('test');
    noticeInvalidation(ctx);
  });

  afterEach(() => {
    ctx.abort();
    vi.useRealTimers();
    fakeBrowser.reset();
  });

  test('an idle page ends its context within one check after the reload', () => {
    vi.advanceTimersByTime(INVALIDATION_CHECK_MS * 3);
    expect(ctx.signal.aborted).toBe(false); // the extension is still there
    reloadExtension();
    vi.advanceTimersByTime(INVALIDATION_CHECK_MS);
    expect(ctx.signal.aborted).toBe(true);
  });

  test.each([
    ['the tab comes back into view', () => document.dispatchEvent(new Event('visibilitychange'))],
    ['the window gets focus', () => window.dispatchEvent(new Event('focus'))],
  ])('%s: the context ends at once', (_, event) => {
    reloadExtension();
    event();
    expect(ctx.signal.aborted).toBe(true);
  });
});
