// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cleanupAfterInvalidation, ContentLifetime, INVALIDATION_CHECK_MS, isContextInvalidated } from './context-invalidated';

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

const ID_AT_START = fakeBrowser.runtime.id;

/** What the browser does to an old content script when its extension reloads: `runtime.id` goes (fakeBrowser.reset() does not bring it back). */
function reloadExtension() {
  (fakeBrowser.runtime as { id?: string }).id = undefined;
}

/** Our id in the fake browser, as a page would learn it (from WXT's own announcement, or the store listing). */
const OUR_ID = () => ID_AT_START;

/**
 * What a page can send: WXT's event names with our id and with guessed ones,
 * as CustomEvents on the document and the window and as window messages.
 * Each carries a messageId that is not the script's, which is what made
 * WXT's context end itself.
 */
function forgeries(): [string, () => void][] {
  const names = [OUR_ID(), 'rhetoric-lens@example.org', 'undefined'].flatMap((id) => [`${id}:content:wxt:content-script-started`, `${id}:content:wxt:locationchange`]);
  const detail = { contentScriptName: 'content', messageId: 'forged' };
  return names.flatMap((name): [string, () => void][] => [
    [`CustomEvent ${name} on the document`, () => document.dispatchEvent(new CustomEvent(name, { detail }))],
    [`CustomEvent ${name} on the window`, () => window.dispatchEvent(new CustomEvent(name, { detail }))],
    [`message ${name}`, () => window.dispatchEvent(new MessageEvent('message', { data: { type: name, ...detail }, origin: location.origin }))],
    [`plain event ${name}`, () => document.dispatchEvent(new Event(name))],
  ]);
}

describe('ContentLifetime', () => {
  let lifetimes: ContentLifetime[];
  const make = (...args: ConstructorParameters<typeof ContentLifetime>) => {
    const lifetime = new ContentLifetime(...args);
    lifetimes.push(lifetime);
    return lifetime;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    lifetimes = [];
  });

  afterEach(() => {
    for (const lifetime of lifetimes) lifetime.end();
    vi.useRealTimers();
    vi.restoreAllMocks();
    fakeBrowser.reset();
    (fakeBrowser.runtime as { id?: string }).id = ID_AT_START;
  });

  test('an idle page ends its lifetime within one check after the extension reloads', () => {
    const lifetime = make();
    vi.advanceTimersByTime(INVALIDATION_CHECK_MS * 3);
    expect(lifetime.ended).toBe(false); // the extension is still there
    reloadExtension();
    vi.advanceTimersByTime(INVALIDATION_CHECK_MS);
    expect(lifetime.ended).toBe(true);
    expect(lifetime.signal.aborted).toBe(true);
  });

  test.each([
    ['the tab comes back into view', () => document.dispatchEvent(new Event('visibilitychange'))],
    ['the window gets focus', () => window.dispatchEvent(new Event('focus'))],
  ])('%s: the lifetime ends at once', (_, event) => {
    const lifetime = make();
    reloadExtension();
    event();
    expect(lifetime.ended).toBe(true);
  });

  test('listenAgain() (after document.open() erased the listeners) attaches them afresh, never twice', () => {
    const present = vi.fn(() => true);
    const lifetime = make(present, {});
    lifetime.listenAgain();
    lifetime.listenAgain();
    window.dispatchEvent(new Event('focus'));
    expect(present).toHaveBeenCalledTimes(1);
  });

  test.each(forgeries())('%s cannot end it', (_, forge) => {
    const lifetime = make();
    forge();
    vi.advanceTimersByTime(INVALIDATION_CHECK_MS * 2);
    expect(lifetime.ended).toBe(false);
  });

  // The attack as it was: the same forgery ends WXT's context. If this starts failing, WXT changed; the lifetime test above still stands.
  test("a forged start event ends WXT's own context (why the content script no longer uses it)", () => {
    const wxt = new ContentScriptContext('content');
    const detail = { contentScriptName: 'content', messageId: 'forged' };
    // WXT's name is `${id}:${entrypoint}:wxt:content-script-started` (its own field; the entrypoint is unnamed under vitest).
    const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    expect(name).toContain(`${OUR_ID()}:`);
    document.dispatchEvent(new CustomEvent(name, { detail }));
    expect(wxt.signal.aborted).toBe(true);
  });

  test('sends nothing to the page: no window message, no event, no DOM change', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const onDocument = vi.spyOn(document, 'dispatchEvent');
    const onWindow = vi.spyOn(window, 'dispatchEvent');
    const before = document.documentElement.outerHTML;
    const lifetime = make();
    lifetime.check();
    vi.advanceTimersByTime(INVALIDATION_CHECK_MS * 2);
    lifetime.end();
    expect(posted).not.toHaveBeenCalled();
    expect(onDocument).not.toHaveBeenCalled();
    expect(onWindow).not.toHaveBeenCalled();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('a newer copy in the same scope ends the older one; the page has no handle on that scope', () => {
    const scope = {};
    const older = make(() => true, scope);
    const newer = make(() => true, scope);
    expect(older.ended).toBe(true);
    expect(newer.ended).toBe(false);
    expect(Object.getOwnPropertySymbols(scope)).toHaveLength(1);
    newer.end();
    expect(Object.getOwnPropertySymbols(scope)).toHaveLength(0); // nothing left behind
    const another = make(() => true, {});
    expect(another.ended).toBe(false); // another frame's scope: independent
  });

  test.each([
    ['"Extension context invalidated" ends it', new Error('Extension context invalidated.'), true, true],
    ['another failure, extension still there: goes on', new Error('Could not establish connection. Receiving end does not exist.'), true, false],
    ['another failure, extension gone: ends it', new Error('Could not establish connection. Receiving end does not exist.'), false, true],
  ])('failed(): %s', (_, error, present, ends) => {
    const lifetime = make(() => present, {});
    lifetime.failed(error);
    expect(lifetime.ended).toBe(ends);
  });

  test('onEnd runs each cleanup once, and drops "Extension context invalidated" from it', () => {
    const lifetime = make(() => true, {});
    const cleanup = vi.fn(() => {
      throw new Error('Extension context invalidated.');
    });
    lifetime.onEnd(cleanup);
    lifetime.end();
    lifetime.end();
    expect(cleanup).toHaveBeenCalledTimes(1);
  });
});
