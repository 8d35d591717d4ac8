/**
 * "Extension context invalidated" is how the browser tells an old content
 * script that its extension was reloaded, updated or removed. It is a normal
 * end, not an error: these helpers let the script stop without throwing.
 */

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

/** The part of WXT's ContentScriptContext used here. */
interface CheckableContext {
  readonly isValid: boolean;
  setInterval(handler: () => void, timeout: number): unknown;
  addEventListener(target: EventTarget, type: string, handler: () => void): void;
}

/**
 * Makes the context notice that its extension was reloaded or removed, on a
 * page where nothing else happens. WXT's context checks `runtime.id` only
 * when one of its own timers fires (`isValid`), and it ends everything with
 * its signal then; on an idle page nothing asked, so the old script kept its
 * highlights until the page changed. One slow timer costs a property read
 * per tick; a tab coming back into view or focus checks at once.
 */
export function noticeInvalidation(ctx: CheckableContext): void {
  // The interval's wrapper does the check: the handler has nothing to add.
  ctx.setInterval(() => {}, INVALIDATION_CHECK_MS);
  const check = () => void ctx.isValid;
  ctx.addEventListener(document, 'visibilitychange', check);
  ctx.addEventListener(window, 'focus', check);
}
