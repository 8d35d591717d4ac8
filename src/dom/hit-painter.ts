/** What shows hits on the page: the CSS Custom Highlight API, or marks where that API is missing. */
import type { LensHit } from './text-index';

export interface HitPainter {
  readonly kind: 'highlights' | 'marks';
  /**
   * Set when the painter added or changed a style sheet: the page must
   * restyle, and the lens lets the browser do that in its next frame instead
   * of forcing it inside a slice with a layout read. The lens clears it.
   */
  styleChanged: boolean;
  /** Shows a hit in its group (`hit.group` ≥ 0), recording what shows it in `hit.shown`. Returns false when it could not. */
  show(hit: LensHit): boolean;
  hide(hit: LensHit): void;
  /** Marks the occurrence the card is on (null: none). */
  setCurrent(hit: LensHit | null): void;
  /** A brief, stronger highlight after "go to". */
  flash(hit: LensHit): void;
  /** Replaces the highlight style sheet's rules (the user changed the style). */
  setCss(css: string): void;
  /** Puts back what a page may have taken away (our registered highlights, our style sheet). */
  repair(): void;
  /** Removes everything this painter added to the page. */
  dispose(): void;
}
