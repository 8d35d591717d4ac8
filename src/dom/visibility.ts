/**
 * Whether an element is rendered, checked once per element during a walk and
 * remembered, so that a later class or style change can be compared with
 * what the index saw. `checkVisibility` reads the layout tree the browser
 * already has; where it is missing, only the `hidden` attribute and inline
 * styles count (no `getComputedStyle`).
 */

/** How many hidden elements to remember for a later reveal; the oldest are forgotten first. */
const MAX_REMEMBERED_HIDDEN = 2000;

type CheckVisibility = (options?: { visibilityProperty?: boolean; checkVisibilityCSS?: boolean }) => boolean;

export class Visibility {
  readonly #known = new WeakMap<Element, boolean>();
  readonly #hidden = new Set<Element>();
  readonly #native: boolean;

  constructor(doc: Document) {
    const proto = doc.defaultView?.Element?.prototype as { checkVisibility?: CheckVisibility } | undefined;
    this.#native = typeof proto?.checkVisibility === 'function';
  }

  /** Checks an element now and remembers the answer. */
  isHidden(element: Element): boolean {
    const hidden = this.#compute(element);
    this.#known.set(element, hidden);
    if (hidden) {
      this.#hidden.add(element);
      if (this.#hidden.size > MAX_REMEMBERED_HIDDEN) this.#hidden.delete(this.#hidden.values().next().value as Element);
    }
    return hidden;
  }

  /** Whether the element was seen before and is now shown where it was hidden, or the reverse. */
  changed(element: Element): boolean {
    const before = this.#known.get(element);
    return before !== undefined && before !== this.#compute(element);
  }

  /** Remembered hidden elements inside `container` that are now shown. */
  revealedWithin(container: Node): Element[] {
    const revealed: Element[] = [];
    for (const element of this.#hidden) {
      if (!element.isConnected) this.#hidden.delete(element);
      else if (container.contains(element) && !this.#compute(element)) {
        this.#hidden.delete(element);
        revealed.push(element);
      }
    }
    return revealed;
  }

  #compute(element: Element): boolean {
    // The `hidden` attribute first: cheapest, and also right for `hidden="until-found"`.
    if ((element as HTMLElement).hidden) return true;
    if (this.#native) {
      try {
        if ((element as Element & { checkVisibility: CheckVisibility }).checkVisibility({ visibilityProperty: true })) return false;
        // An element with `display: contents` has no box of its own, so it reads as hidden although its children show.
        // Only elements that read as hidden pay for this style lookup.
        return element.ownerDocument.defaultView?.getComputedStyle(element).display !== 'contents';
      } catch {
        // Not an element the method understands (a foreign object, say): fall through to the attribute checks.
      }
    }
    const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
    return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
  }
}
