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
 * The hits on screen: a linear walk in document order. Once a hit on screen
 * was found, the walk stops at the first one below the viewport, since later
 * hits in document order are, on nearly every page, lower still.
 */
export function hitsOnScreen<H>(hits: readonly H[], rectOf: RectOf<H>, viewportHeight: number): OnScreen {
  let first = -1;
  let last = -1;
  for (let i = 0; i < hits.length; i++) {
    const rect = rectOf(hits[i]);
    if (!rect || (rect.top === 0 && rect.bottom === 0)) continue; // no box: not rendered
    if (rect.bottom > 0 && rect.top < viewportHeight) {
      if (first < 0) first = i;
      last = i;
    } else if (first >= 0 && rect.top >= viewportHeight) break;
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
