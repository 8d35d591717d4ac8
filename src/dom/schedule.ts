/**
 * Cooperative scheduling. Long work is cut into slices of a few
 * milliseconds; between slices the page gets the main thread back, so no task
 * the content script runs comes near the 50 ms of a long task.
 */

/** Work per slice, in milliseconds. Small enough that input stays responsive. */
export const SLICE_MS = 8;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Gives the main thread back to the page: `scheduler.yield` where available, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') {
    try {
      return scheduler.yield();
    } catch {
      // A page (or an old engine) may break `scheduler`; a macrotask is as good.
    }
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits until the browser is idle (with `timeout` as an upper bound), or a short timer where idle callbacks are missing. */
export function whenIdle(timeout: number): Promise<void> {
  const request = (globalThis as { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
  if (typeof request === 'function') return new Promise((resolve) => request(() => resolve(), { timeout }));
  return new Promise((resolve) => setTimeout(resolve, Math.min(timeout, 50)));
}

export function now(): number {
  return performance.now();
}

/**
 * Resolves once the page has rendered a frame, so that the first layout is
 * the browser's own work, not a forced one inside our task. Hidden tabs get
 * no frames: `timeout` ends the wait there.
 */
export function afterNextFrame(view: Window | null, timeout = 200): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    try {
      view?.requestAnimationFrame(() => setTimeout(finish, 0));
    } catch {
      // No frames in this document: the timer ends the wait.
    }
    setTimeout(finish, timeout);
  });
}
