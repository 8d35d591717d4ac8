/**
 * Which hits are on screen, for the side panel: measured from the hits'
 * positions against the viewport after the page scrolls (throttled), never
 * by observing or changing the page's elements. It runs only while a panel
 * is connected (see VIEWING_PORT in src/messaging/messages.ts).
 */

/** The first and last hit on screen, by index in document order; both -1 when none is. */
export interface OnScreen {
  first: number;
  last: number;
}

export const NONE_ON_SCREEN: OnScreen = { first: -1, last: -1 };

/** How often, at most, the scroll position is measured while the page scrolls, in ms. */
export const VIEWPORT_THROTTLE_MS = 150;

/** A hit's box in viewport coordinates, or null when it has none (hidden, or its text changed). */
export type RectOf<H> = (hit: H) => { top: number; bottom: number } | null;

/**
 * The hits on screen. Hits come in document order, which on nearly every page
 * runs down the page: a binary search finds the first hit not above the
 * viewport, and a walk from there stops at the first hit below it, so a page
 * of thousands of hits costs a few dozen measurements. Hits with no box
 * (hidden, or their text changed) are stepped over.
 */
export function hitsOnScreen<H>(hits: readonly H[], rectOf: RectOf<H>, viewportHeight: number): OnScreen {
  const box = (i: number) => {
    const rect = rectOf(hits[i]);
    return !rect || (rect.top === 0 && rect.bottom === 0) ? null : rect; // no box: not rendered
  };
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let probe = mid;
    let rect = box(probe);
    while (!rect && ++probe < hi) rect = box(probe);
    if (!rect || rect.bottom > 0) hi = mid;
    else lo = probe + 1;
  }
  let first = -1;
  let last = -1;
  for (let i = lo; i < hits.length; i++) {
    const rect = box(i);
    if (!rect) continue;
    if (rect.top >= viewportHeight) break;
    if (rect.bottom > 0) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return { first, last };
}

export interface ViewportWatchOptions<H> {
  hits(): readonly H[];
  rectOf: RectOf<H>;
  /** Called with the new range whenever it changes (and once at the start). */
  onChange(onScreen: OnScreen): void;
  signal: AbortSignal;
}

/**
 * Follows scrolling and resizing (passive listeners on the window; a scroll
 * inside any element reaches it in the capture phase) and measures at most
 * every VIEWPORT_THROTTLE_MS. `check()` measures at once, for a changed list
 * of hits.
 */
export class ViewportWatch<H> {
  #last: OnScreen | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: ViewportWatchOptions<H>) {
    const { signal } = options;
    const later = () => this.#schedule();
    window.addEventListener('scroll', later, { signal, capture: true, passive: true });
    window.addEventListener('resize', later, { signal, passive: true });
    signal.addEventListener('abort', () => clearTimeout(this.#timer), { once: true });
    this.check();
  }

  #schedule() {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.check();
    }, VIEWPORT_THROTTLE_MS);
  }

  /** Measures now and reports a change. */
  check(): void {
    if (this.options.signal.aborted) return;
    const now = hitsOnScreen(this.options.hits(), this.options.rectOf, window.innerHeight);
    if (this.#last && this.#last.first === now.first && this.#last.last === now.last) return;
    this.#last = now;
    this.options.onChange(now);
  }
}
