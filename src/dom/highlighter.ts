/**
 * Shows hits with the CSS Custom Highlight API: ranges in one `Highlight`
 * per group, styled by `::highlight()` rules. In the default style the
 * document has its rules from the manifest's style sheet, which the browser
 * applies before the page is first styled; another style, and every shadow
 * root (styled only by its own sheets), gets a constructed sheet appended to
 * its adopted sheets. The page's DOM is never touched.
 *
 * Ranges are StaticRanges where the engine paints them: live Ranges are
 * updated by the browser on every DOM change in the document, a cost the page
 * would pay for each highlight. Changed blocks are rescanned anyway.
 *
 * The registry is the page's too: `CSS.highlights.clear()` or a `delete` of
 * our names takes our highlights off, and nothing tells us. A slow check puts
 * them back; against a page that clears the registry again and again, the
 * checks back off instead of fighting it every frame.
 */
import { isShadowRoot } from './element-kinds';
import { CURRENT_HIGHLIGHT, FLASH_HIGHLIGHT, GROUPS, highlightName } from './highlight-groups';
import type { HitPainter } from './hit-painter';
import { adoptSheet, createSheet, dropSheet } from './style-sheets';
import { endPoint, startPoint, type LensHit } from './text-index';

const FLASH_MS = 1200;
/** How often to look whether the page took our highlights out of the registry, in ms. */
export const REGISTRY_CHECK_MS = 500;
/** The longest wait between two looks, reached by doubling while the page keeps taking them out. */
export const REGISTRY_CHECK_MAX_MS = 8_000;

type MakeRange = (startNode: Node, startOffset: number, endNode: Node, endOffset: number) => AbstractRange;

interface Registry {
  get(name: string): unknown;
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): boolean;
}

export class Highlighter implements HitPainter {
  readonly kind = 'highlights';
  styleChanged = false;
  readonly #groups: Highlight[];
  readonly #current: Highlight;
  readonly #flashed: Highlight;
  readonly #names: string[];
  readonly #sheet: CSSStyleSheet | null;
  readonly #roots = new Set<Document | ShadowRoot>();
  #flashTimer: ReturnType<typeof setTimeout> | undefined;
  #checkTimer: ReturnType<typeof setTimeout> | undefined;
  /** How many looks in a row found our highlights gone: the page keeps clearing them, so look less often. */
  #cleared = 0;
  #disposed = false;

  /** A highlighter for `doc`, or null where the API is missing (then use the mark fallback). */
  static create(doc: Document, css: string, documentCss?: string): Highlighter | null {
    try {
      const registry = (globalThis as { CSS?: { highlights?: Registry } }).CSS?.highlights;
      const HighlightClass = (globalThis as { Highlight?: typeof Highlight }).Highlight;
      if (!registry || typeof HighlightClass !== 'function') return null;
      return new Highlighter(doc, registry, HighlightClass, css, documentCss);
    } catch {
      return null; // an engine (or page) where even looking fails: the fallback takes over
    }
  }

  private constructor(
    private readonly doc: Document,
    private readonly registry: Registry,
    HighlightClass: typeof Highlight,
    css: string,
    private readonly documentCss?: string,
  ) {
    this.#groups = GROUPS.map(() => new HighlightClass());
    this.#current = new HighlightClass();
    this.#flashed = new HighlightClass();
    this.#current.priority = 1;
    this.#flashed.priority = 2;
    this.#names = [...GROUPS.map((_, i) => highlightName(i)), CURRENT_HIGHLIGHT, FLASH_HIGHLIGHT];
    this.#sheet = createSheet(doc, css);
    this.#documentStyled = css === documentCss;
    this.#makeRange = chooseRange(doc, HighlightClass);
  }

  /**
   * Whether anything was shown yet. The style sheet and the highlights are
   * added to the page only then: adding `::highlight()` rules makes the
   * browser restyle every element once, a cost pages without hits (most
   * pages) should never pay.
   */
  #active = false;

  readonly #makeRange: MakeRange;
  /** Whether the document's own rules (the manifest's sheet) already style highlights as `css` wants. */
  #documentStyled: boolean;

  #all(): Highlight[] {
    return [...this.#groups, this.#current, this.#flashed];
  }

  show(hit: LensHit): boolean {
    if (hit.group < 0 || hit.shown) return hit.shown !== null;
    try {
      const start = startPoint(hit.block, hit.start);
      const end = endPoint(hit.block, hit.end);
      const range = this.#makeRange(start.node, start.offset, end.node, end.offset);
      this.#groups[hit.group].add(range);
      hit.shown = range;
      if (!this.#active) {
        this.#active = true;
        this.repair();
      }
      const root = start.node.getRootNode();
      if (root !== this.doc && isShadowRoot(root) && !this.#roots.has(root)) this.#adopt(root);
      return true;
    } catch {
      return false; // a node the page detached, or a broken registry: this hit stays unpainted
    }
  }

  hide(hit: LensHit): void {
    const range = hit.shown as AbstractRange | null;
    if (!range) return;
    hit.shown = null;
    try {
      if (hit.group >= 0) this.#groups[hit.group].delete(range);
      this.#current.delete(range);
      this.#flashed.delete(range);
    } catch {
      // The highlight is gone with the page's tampering; nothing left to remove.
    }
  }

  setCurrent(hit: LensHit | null): void {
    if (!this.#active) return;
    try {
      this.#current.clear();
      const range = hit ? this.#rangeFor(hit) : null;
      if (range) this.#current.add(range);
    } catch {
      // Cosmetic only.
    }
  }

  flash(hit: LensHit): void {
    if (!this.#active) return;
    try {
      this.#flashed.clear();
      const range = this.#rangeFor(hit);
      if (!range) return;
      this.#flashed.add(range);
      clearTimeout(this.#flashTimer);
      this.#flashTimer = setTimeout(() => this.#flashed.clear(), FLASH_MS);
    } catch {
      // Cosmetic only.
    }
  }

  repair(): void {
    if (!this.#active || this.#disposed) return;
    // While the page keeps clearing the registry, only the backed-off check puts the highlights back.
    if (this.#cleared === 0) this.#register();
    this.#scheduleCheck();
    if (this.#sheet) this.#adoptSheets();
  }

  /** Registers every highlight the registry lacks; true when one was missing. */
  #register(): boolean {
    let missing = false;
    try {
      const all = this.#all();
      for (let i = 0; i < all.length; i++) {
        if (this.registry.get(this.#names[i]) === all[i]) continue;
        this.registry.set(this.#names[i], all[i]);
        missing = true;
      }
    } catch {
      // A registry the page broke: leave it.
    }
    return missing;
  }

  #scheduleCheck() {
    if (this.#checkTimer !== undefined || this.#disposed) return;
    const delay = Math.min(REGISTRY_CHECK_MS * 2 ** this.#cleared, REGISTRY_CHECK_MAX_MS);
    this.#checkTimer = setTimeout(() => {
      this.#checkTimer = undefined;
      if (this.#disposed) return;
      this.#cleared = this.#register() ? this.#cleared + 1 : 0;
      this.#scheduleCheck();
    }, delay);
  }

  /**
   * Adds the sheet where it is missing. Not while the tab is hidden: nothing
   * is painted there, and the restyle it costs waits for the tab to be shown,
   * when the browser renders a frame anyway.
   */
  #adoptSheets() {
    const sheet = this.#sheet;
    if (!sheet) return;
    if (this.doc.hidden) {
      if (!this.#waitingForVisible) {
        this.#waitingForVisible = true;
        this.doc.addEventListener('visibilitychange', this.#onVisible);
      }
      return;
    }
    if (this.#documentStyled) dropSheet(this.doc, sheet);
    for (const root of this.#documentStyled ? this.#roots : [this.doc, ...this.#roots]) {
      if (!root.adoptedStyleSheets.includes(sheet)) {
        if (adoptSheet(root, sheet)) this.styleChanged = true;
      }
    }
  }

  #waitingForVisible = false;
  readonly #onVisible = () => {
    if (this.doc.hidden) return;
    this.doc.removeEventListener('visibilitychange', this.#onVisible);
    this.#waitingForVisible = false;
    this.#adoptSheets();
  };

  setCss(css: string): void {
    try {
      this.#sheet?.replaceSync(css);
      this.#documentStyled = css === this.documentCss;
      this.styleChanged = this.#active;
      if (this.#active) this.#adoptSheets();
    } catch {
      // Keeps the previous look.
    }
  }

  /** Adds the highlight styles to a shadow root (highlights inside it are styled by its own sheets). */
  #adopt(root: ShadowRoot): void {
    this.#roots.add(root);
    this.#adoptSheets();
  }

  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#flashTimer);
    clearTimeout(this.#checkTimer);
    this.doc.removeEventListener('visibilitychange', this.#onVisible);
    if (!this.#active) return;
    const all = this.#all();
    try {
      for (let i = 0; i < all.length; i++) {
        all[i].clear();
        if (this.registry.get(this.#names[i]) === all[i]) this.registry.delete(this.#names[i]);
      }
    } catch {
      // The page already removed them.
    }
    if (this.#sheet) {
      dropSheet(this.doc, this.#sheet);
      for (const root of this.#roots) dropSheet(root, this.#sheet);
    }
    this.#roots.clear();
  }

  /** The hit's range, or a fresh one for a hit that is not painted (the current one may be hidden by settings). */
  #rangeFor(hit: LensHit): AbstractRange | null {
    if (hit.shown) return hit.shown as AbstractRange;
    const start = startPoint(hit.block, hit.start);
    const end = endPoint(hit.block, hit.end);
    return this.#makeRange(start.node, start.offset, end.node, end.offset);
  }
}

/** StaticRange when highlights accept it, else a live Range. */
function chooseRange(doc: Document, HighlightClass: typeof Highlight): MakeRange {
  const StaticRangeClass = (globalThis as { StaticRange?: typeof StaticRange }).StaticRange;
  if (typeof StaticRangeClass === 'function') {
    try {
      const probe = new StaticRangeClass({ startContainer: doc, startOffset: 0, endContainer: doc, endOffset: 0 });
      new HighlightClass(probe);
      return (startContainer, startOffset, endContainer, endOffset) => new StaticRangeClass({ startContainer, startOffset, endContainer, endOffset });
    } catch {
      // Highlights that take only live ranges.
    }
  }
  return (startNode, startOffset, endNode, endOffset) => {
    const range = doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  };
}
