/**
 * The content script's lifetime, and "Extension context invalidated".
 *
 * The browser tells an old content script that its extension was reloaded,
 * updated or removed in one way only: its extension APIs stop working
 * (`runtime.id` goes, calls throw "Extension context invalidated"). The
 * lifetime ends on that, and on nothing else: no event, message or DOM
 * change, which a page could see or forge, can end it, and it announces
 * nothing to the page. (WXT's ContentScriptContext did both: see
 * quietContentScriptContext in wxt.config.ts.)
 *
 * A second copy of the script in the same frame and the same extension (a
 * second injection) is told apart through the content script's own global
 * scope, which the page cannot reach: the newer copy ends the older one.
 */
import { browser } from 'wxt/browser';
import { ListenerRounds } from '../util/listener-rounds';

/** Whether an error is the browser's "Extension context invalidated". */
export function isContextInvalidated(error: unknown): boolean {
  return String((error as Error)?.message ?? error).includes('context invalidated');
}

/**
 * Wraps a cleanup (an unwatch, a removeListener) to run once the context is
 * invalidated. By then the extension's APIs may throw "Extension context
 * invalidated"; inside an abort listener that would surface as an uncaught
 * error on the page, so it is dropped. Any other error still throws.
 */
export function cleanupAfterInvalidation(cleanup: () => void): () => void {
  return () => {
    try {
      cleanup();
    } catch (error) {
      if (!isContextInvalidated(error)) throw error;
      // The extension is gone, and its listeners with it: nothing left to remove.
    }
  };
}

/** How often a page checks that its extension is still there, in ms. */
export const INVALIDATION_CHECK_MS = 5_000;

/** Whether this script's extension is still there: its `runtime.id` goes when it is reloaded or removed. */
export function extensionPresent(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false; // reading the API throws once the context is gone, in some engines
  }
}

/** Where the live copy of the content script registers itself: the isolated world's global, never the page's. */
const LIVE_COPY = Symbol.for('rhetoric-lens.content-lifetime');
type Scope = { [LIVE_COPY]?: ContentLifetime };

export class ContentLifetime {
  readonly #controller = new AbortController();
  readonly #listeners: ListenerRounds;

  constructor(
    /** Asked on every check; false ends the lifetime. */
    private readonly present: () => boolean = extensionPresent,
    scope: object = globalThis,
  ) {
    const live = scope as Scope;
    live[LIVE_COPY]?.end();
    live[LIVE_COPY] = this;
    const { signal } = this.#controller;
    const timer = setInterval(() => this.check(), INVALIDATION_CHECK_MS);
    signal.addEventListener(
      'abort',
      () => {
        clearInterval(timer);
        if (live[LIVE_COPY] === this) delete live[LIVE_COPY];
      },
      { once: true },
    );
    // A tab coming back into view or focus checks at once. A page can send these events too: they only make it look.
    const check = () => void this.check();
    this.#listeners = new ListenerRounds(signal, (round) => {
      document.addEventListener('visibilitychange', check, { signal: round });
      window.addEventListener('focus', check, { signal: round });
    });
    this.#listeners.next();
  }

  /** Aborts when the lifetime ends: every listener and observer of the content script takes it. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get ended(): boolean {
    return this.#controller.signal.aborted;
  }

  /** Whether the extension is still there; when it is not, the lifetime ends now. */
  check(): boolean {
    if (!this.ended && !this.present()) this.end();
    return !this.ended;
  }

  /** Ends the lifetime: everything that took its signal stops and removes what it added to the page. */
  end(): void {
    this.#controller.abort();
  }

  /** Ends the lifetime if an extension call failed because the extension is gone. */
  failed(error: unknown): void {
    if (isContextInvalidated(error)) this.end();
    else this.check();
  }

  /** Runs a cleanup when the lifetime ends; it may touch extension APIs that are gone by then. */
  onEnd(cleanup: () => void): void {
    this.signal.addEventListener('abort', cleanupAfterInvalidation(cleanup), { once: true });
  }

  /** Attaches the lifetime's own listeners again (document.open() erased them). */
  listenAgain(): void {
    this.#listeners.next();
  }
}
