/**
 * Follows the pointer and reports which hit it is over, with at most one
 * hit-test per animation frame however fast the pointer moves.
 */
import { ListenerRounds } from '../util/listener-rounds';
import type { LensHit } from './text-index';

export interface PointerTrackerOptions {
  signal: AbortSignal;
  /** The hit at a viewport point (and the event's target, for the fallback's marks), or null. */
  find(x: number, y: number, target: EventTarget | null): LensHit | null;
  /** Whether a target is the extension's own UI (the card): the pointer there changes nothing. */
  isOwnUi(target: EventTarget | null): boolean;
  /** The pointer moved onto a hit, or off every hit (null). */
  onChange(hit: LensHit | null): void;
}

export class PointerTracker {
  #x = 0;
  #y = 0;
  #target: EventTarget | null = null;
  #frame = 0;
  #current: LensHit | null = null;
  /** Off while the page has no hits: no hit-testing at all then. */
  enabled = false;

  readonly #listeners: ListenerRounds;
  readonly #view: Window | null;

  constructor(
    private readonly doc: Document,
    private readonly options: PointerTrackerOptions,
  ) {
    this.#view = doc.defaultView;
    this.#listeners = new ListenerRounds(options.signal, (signal) => this.#listen(signal));
    this.#listeners.next();
    options.signal.addEventListener('abort', () => {
      if (this.#frame !== 0) this.#view?.cancelAnimationFrame(this.#frame);
    });
  }

  /** Attaches the listeners again, without doubling any: document.open() erased them. */
  listenAgain(): void {
    this.#listeners.next();
  }

  #listen(signal: AbortSignal) {
    this.doc.addEventListener(
      'pointermove',
      (event) => {
        if (!this.enabled || event.pointerType === 'touch') return;
        this.#x = event.clientX;
        this.#y = event.clientY;
        this.#target = event.composedPath()[0] ?? event.target;
        if (this.#frame === 0 && this.#view) this.#frame = this.#view.requestAnimationFrame(() => this.#check());
      },
      { signal, capture: true, passive: true },
    );
  }

  /** Forgets the hit under the pointer (after the card closed), so the next move over it reports it again. */
  reset(): void {
    this.#current = null;
  }

  #check() {
    this.#frame = 0;
    if (this.options.signal.aborted) return;
    if (this.options.isOwnUi(this.#target)) return;
    let hit: LensHit | null = null;
    try {
      hit = this.options.find(this.#x, this.#y, this.#target);
    } catch {
      hit = null; // a page in the middle of changing: try again on the next move
    }
    if (hit === this.#current) return;
    this.#current = hit;
    this.options.onChange(hit);
  }
}
