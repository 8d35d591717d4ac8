import { describe, expect, test, vi } from 'vitest';
import { cleanupAfterInvalidation, isContextInvalidated } from './context-invalidated';

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
