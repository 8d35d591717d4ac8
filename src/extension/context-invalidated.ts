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

