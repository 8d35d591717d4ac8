/**
 * The page lens: keeps the text index of one document in step with the page
 * and its hits painted. It walks the page in slices, scans each batch of
 * blocks with the matcher, paints the hits near the viewport at once and the
 * rest in the slices after the scan, and rescans only the blocks that a batch
 * of mutation records touched. `stop()` (or the abort signal) removes everything.
 */
import type { Matcher } from '../core/matcher';
import type { PageHit } from '../core/types';
import { BatchScan, WINDOW_CHARS } from './batch-scan';
import { compareKeys, DocumentOrder, sortByDocumentOrder, type OrderKey } from './document-order';
import { blockOwnerOf, isBlockOwner, isShadowRoot, isSkippedElement } from './element-kinds';
import { groupOf, type HitFilter } from './highlight-groups';
import { Highlighter } from './highlighter';
import type { HitPainter } from './hit-painter';
import { MarkFallback } from './mark-fallback';
import { MutationWatcher } from './mutation-watcher';
import { RegionWalker, type WalkHooks } from './region-walker';
import { toPageHit } from './page-report';
import { afterNextFrame, now, SLICE_MS, whenIdle, yieldToPage } from './schedule';
import { BatchBuilder, TextIndex, type Block, type LensHit } from './text-index';
import { Visibility } from './visibility';

/** Characters per batch: one matcher call's worth, a few milliseconds. */
export const BATCH_CHARS = 16 * 1024;
/**
 * The first batch's size. Each next one is as large as the last scan's speed
 * allows within a slice, up to BATCH_CHARS: on a fresh page the engine has not
 * optimized the matcher yet, and 16 KB would cost one slice of 30 ms or more.
 */
export const FIRST_BATCH_CHARS = 2 * 1024;
/** Mutation records turned into rescans per step. */
const RECORDS_PER_STEP = 1000;
/** How long mutation work may wait for an idle moment, in ms. */
const IDLE_TIMEOUT = 500;
/** Hits painted per step of the idle queue. */
const PAINTS_PER_STEP = 200;

export interface LensOptions {
  matcher: Matcher;
  filter: HitFilter;
  /** The highlight rules (see highlightCss in src/dom/highlight-style.ts, plus focusCss). */
  css: string;
  /** The highlight rules the document already has from the manifest's style sheet; `css` equal to it is added only to shadow roots. */
  documentCss?: string;
  /** The extension's own elements, never indexed (the card host). */
  isOwnUi(element: Element): boolean;
  /** Hits were added, removed or re-filtered. Called often; debounce on the other side. */
  onChange(): void;
  signal?: AbortSignal;
  /** Use the marks fallback even where highlights exist (tests). */
  fallback?: boolean;
  /** When the content script started, for the stats. */
  startedAt?: number;
}

export interface ScanStats {
  startedAt: number;
  /** First hits painted. */
  firstPaintAt: number | null;
  /** The first walk and scan of the whole page done, hits near the viewport painted. */
  scannedAt: number | null;
  /** Every hit painted. */
  paintedAt: number | null;
  characters: number;
  /** Owners in the index, and shown hits (filled in when the stats are read). */
  blocks: number;
  hits: number;
  painter: HitPainter['kind'];
  /** Time spent walking the DOM, matching, and placing and painting hits, in ms. */
  walkMs: number;
  scanMs: number;
  placeMs: number;
  /** Slices of work run, and the longest one: the longest task the lens itself caused. */
  slices: number;
  longestSliceMs: number;
}

/** Stats before any work: also what a page without a lens reports. */
export function emptyStats(startedAt: number, painter: HitPainter['kind'] = 'highlights'): ScanStats {
  return {
    startedAt,
    firstPaintAt: null,
    scannedAt: null,
    paintedAt: null,
    characters: 0,
    blocks: 0,
    hits: 0,
    painter,
    walkMs: 0,
    scanMs: 0,
    placeMs: 0,
    slices: 0,
    longestSliceMs: 0,
  };
}

type Exclusion = 'none' | 'self' | 'ancestor';

/** Whether the document has been painted once (Paint Timing); false where the engine does not say. */
/** Whether the text at `at` (an offset into the block's batch text) stands inside a <blockquote> or <q> element. */
export function inQuotationElement(block: Block, at: number): boolean {
  let i = block.starts.length - 1;
  while (i > 0 && block.starts[i] > at) i--;
  const node: Node = block.nodes[i] ?? block.owner;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return typeof element?.closest === 'function' && element.closest('blockquote, q') !== null;
}

function hasPainted(doc: Document): boolean {
  try {
    return (doc.defaultView?.performance.getEntriesByType('paint').length ?? 0) > 0;
  } catch {
    return false;
  }
}

export class PageLens {
  readonly index = new TextIndex();
  readonly painter: HitPainter;
  readonly shadowRoots = new Set<ShadowRoot>();
  readonly stats: ScanStats;
  readonly #visibility: Visibility;
  readonly #watcher: MutationWatcher;
  readonly #walks: RegionWalker[] = [];
  readonly #builder = new BatchBuilder();
  readonly #scans: BatchScan[] = [];
  #deferred: LensHit[] = [];
  #deferredAt = 0;
  readonly #hitBlocks = new Set<Block>();
  readonly #claimed = new WeakMap<Node, number>();
  readonly #hooks: WalkHooks;
  #filter: HitFilter;
  #tick = 0;
  #ordered: LensHit[] | null = null;
  /** Changes whenever the index does, to know when `positions` is stale. */
  #version = 0;
  #positions: { version: number; starts: Map<Block, number> } | null = null;
  /** The next batch's size (see FIRST_BATCH_CHARS). */
  #batchChars = FIRST_BATCH_CHARS;
  #initialDone = false;
  #pumping = false;
  #idleRequested = false;
  #painting = false;
  #stopped = false;

  constructor(
    readonly doc: Document,
    private readonly options: LensOptions,
  ) {
    this.#filter = options.filter;
    this.#visibility = new Visibility(doc);
    this.#watcher = new MutationWatcher(() => this.#requestRun());
    const highlighter = options.fallback ? null : Highlighter.create(doc, options.css, options.documentCss);
    this.painter = highlighter ?? new MarkFallback(doc, options.css, (write) => this.#watcher.ignoring(write));
    this.stats = emptyStats(options.startedAt ?? now(), this.painter.kind);
    this.#hooks = {
      claim: (owner) => this.#claim(owner),
      shadowRoot: (root) => this.#addShadowRoot(root),
      isOwnUi: options.isOwnUi,
      lost: (node) => this.#rescanDeep(node),
    };
    options.signal?.addEventListener('abort', () => this.stop(), { once: true });
  }

  get matcher(): Matcher {
    return this.options.matcher;
  }

  /** Starts the first walk of the page (after the page's next frame) and the watch for changes. */
  start(): this {
    if (this.#stopped) return this;
    const root = this.doc.documentElement;
    this.#watcher.observe(this.doc);
    if (root && this.doc.designMode !== 'on') this.#walks.push(this.#walker(root, root, true));
    this.#pumping = true; // holds off mutation work until the first walk has begun
    // A page that has painted has its layout: reading it costs nothing extra. One that has not yet gets its first frame first.
    void (hasPainted(this.doc) ? yieldToPage() : afterNextFrame(this.doc.defaultView)).then(() => {
      this.#pumping = false;
      void this.#pump();
    });
    return this;
  }

  /** Removes every highlight and listener; the lens cannot start again. */
  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#watcher.disconnect();
    this.#walks.length = 0;
    this.#scans.length = 0;
    this.#deferred = [];
    for (const block of this.#hitBlocks) for (const hit of block.hits) hit.live = false;
    this.painter.dispose();
    this.index.clear();
    this.#hitBlocks.clear();
    this.#ordered = null;
  }

  get isStopped(): boolean {
    return this.#stopped;
  }

  /** Whether the first walk and scan are done and no rescans are waiting. */
  get idle(): boolean {
    return this.#initialDone && this.#walks.length === 0 && this.#scans.length === 0 && this.#watcher.pending === 0 && !this.#pumping;
  }

  /** Applies new settings to the hits already found, without a rescan. */
  setFilter(filter: HitFilter): void {
    this.#filter = filter;
    const entries = this.matcher.entries;
    for (const block of this.#hitBlocks) {
      for (const hit of block.hits) {
        const group = groupOf(entries[hit.entry], filter);
        if (group === hit.group) continue;
        this.painter.hide(hit);
        hit.group = group;
        if (group >= 0) this.#paintOrDefer(hit);
      }
    }
    this.#ordered = null;
    this.#afterPaint();
    this.options.onChange();
  }

  /** The shown hits in document order (the order `PageHit.index` counts in). */
  hits(): LensHit[] {
    if (!this.#ordered) {
      const blocks = sortByDocumentOrder(
        [...this.#hitBlocks].filter((b) => b.hits.some((h) => h.group >= 0)),
        (b) => b.nodes[0],
      );
      const ordered: LensHit[] = [];
      for (const block of blocks) for (const hit of block.hits) if (hit.group >= 0) ordered.push(hit);
      this.#ordered = ordered;
    }
    return this.#ordered;
  }

  /**
   * The shown hits as the report lists them; the first `limit` of them.
   * Asynchronous: on a page of many thousand blocks, ordering them all (for
   * the positions) is cut into slices like the scan.
   */
  async report(limit = Infinity): Promise<PageHit[]> {
    const starts = await this.#blockStarts();
    const entries = this.matcher.entries;
    return this.hits()
      .slice(0, limit)
      .map((hit, i) => toPageHit(hit, entries, i, starts.get(hit.block) ?? 0));
  }

  /**
   * The shown hits in the order they were found, without their places on the
   * page (see toPageHit): the background's copy, which keeps sentences. It
   * costs no ordering of the page's blocks.
   */
  brief(limit = Infinity): PageHit[] {
    const entries = this.matcher.entries;
    const found: PageHit[] = [];
    for (const block of this.#hitBlocks) {
      for (const hit of block.hits) {
        if (found.length >= limit) return found;
        if (hit.group >= 0) found.push(toPageHit(hit, entries, found.length, null));
      }
    }
    return found;
  }

  /**
   * Where each block starts in the page's whole text: every block in document
   * order, joined by one separator. Cached until the index changes; computed
   * again if the page changed while it was being computed (a few times at most).
   */
  async #blockStarts(): Promise<Map<Block, number>> {
    for (let attempt = 0; ; attempt++) {
      if (this.#positions?.version === this.#version) return this.#positions.starts;
      const version = this.#version;
      const blocks = [...this.index.blocks()];
      const order = new DocumentOrder();
      const keys = new Map<Block, OrderKey>();
      let deadline = now() + SLICE_MS;
      for (let i = 0; i < blocks.length; i++) {
        keys.set(blocks[i], order.key(blocks[i].nodes[0]));
        if ((i & 255) === 255 && now() > deadline) {
          await yieldToPage();
          deadline = now() + SLICE_MS;
        }
      }
      const settled = version === this.#version && this.#watcher.pending === 0;
      if (!settled && attempt < 3 && !this.#stopped) continue;
      blocks.sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!));
      const starts = new Map<Block, number>();
      let at = 0;
      for (const block of blocks) {
        starts.set(block, at);
        at += block.end - block.start + 1;
      }
      if (settled) this.#positions = { version, starts };
      return starts;
    }
  }

  /** Shown hits, counted without sorting. */
  count(): number {
    let count = 0;
    for (const block of this.#hitBlocks) for (const hit of block.hits) if (hit.group >= 0) count++;
    return count;
  }

  /** Words in the indexed text. */
  words(): number {
    let words = 0;
    for (const block of this.index.blocks()) words += block.words;
    return words;
  }

  /** Paints a hit now, if it is not yet (a hit found by "go to" while still deferred). */
  ensureShown(hit: LensHit): void {
    if (hit.live && hit.group >= 0 && !hit.shown) this.painter.show(hit);
  }

  // --- the work loop -------------------------------------------------------

  #requestRun() {
    if (this.#idleRequested || this.#stopped) return;
    this.#idleRequested = true;
    void whenIdle(IDLE_TIMEOUT).then(() => {
      this.#idleRequested = false;
      void this.#pump();
    });
  }

  async #pump() {
    if (this.#pumping || this.#stopped) return;
    this.#pumping = true;
    try {
      for (;;) {
        const start = now();
        const more = this.#work(start + SLICE_MS);
        this.#countSlice(now() - start);
        if (!more) break;
        if (this.painter.styleChanged) {
          // The page restyles in its next frame; reading layout before would force that restyle into our slice.
          this.painter.styleChanged = false;
          await afterNextFrame(this.doc.defaultView);
        } else {
          await yieldToPage();
        }
        if (this.#stopped) return;
      }
    } finally {
      this.#pumping = false;
    }
    if (this.#watcher.pending > 0) this.#requestRun();
    if (this.#deferredAt < this.#deferred.length) void this.#paintDeferred();
  }

  #countSlice(ms: number) {
    this.stats.slices++;
    if (ms > this.stats.longestSliceMs) this.stats.longestSliceMs = ms;
  }

  /** Does work until the deadline. Returns whether work remains. */
  #work(deadline: number): boolean {
    do {
      if (this.#stopped) return false;
      if (this.#scans.length > 0) {
        const scan = this.#scans[0];
        const start = now();
        // The page's address and title: on a state outlet's site its common phrasing needs no marker nearby (Matcher.scan).
        const done = scan.step(this.matcher, { url: this.doc.location?.href, title: this.doc.title });
        const scanned = now();
        this.stats.scanMs += scanned - start;
        this.#paceBatches(scan.batch.text.length, scanned - start);
        if (done) {
          this.#scans.shift();
          this.#place(scan);
          this.stats.placeMs += now() - scanned;
          if (this.painter.styleChanged) return true;
        }
        continue;
      }
      if (this.#walks.length > 0) {
        const start = now();
        const done = this.#walks[0].step(this.#builder, deadline, this.#batchChars);
        if (done) this.#walks.shift();
        if (this.#walks.length === 0 || (this.#builder.size >= this.#batchChars && !this.#builder.inRun)) this.#seal();
        this.stats.walkMs += now() - start;
        continue;
      }
      if (!this.#initialDone) {
        this.#initialDone = true;
        this.stats.scannedAt = now();
        if (this.#deferred.length === 0) this.stats.paintedAt = this.stats.scannedAt;
      }
      // The hits far from the viewport, after everything is scanned: in slices like the scan, not in wait for idle time
      // (which a busy page may not give for seconds).
      if (this.#deferredAt < this.#deferred.length && !this.#painting) {
        const start = now();
        this.#paintDeferredStep();
        this.stats.placeMs += now() - start;
        continue;
      }
      if (this.#watcher.pending > 0) {
        this.#plan(this.#watcher.take(RECORDS_PER_STEP));
        continue;
      }
      return false;
    } while (now() < deadline);
    return true;
  }

  #seal() {
    if (this.#builder.size === 0 && !this.#builder.inRun && this.#builder.blocks.length === 0) return;
    const { batch, blocks } = this.#builder.seal();
    if (blocks.length > 0) this.#scans.push(new BatchScan(batch, blocks));
  }

  /**
   * Sizes the next batch so that its scan fits in about half a slice at the
   * speed the last one ran, and at most twice the last: the engine's speed
   * changes as it optimizes, and one batch sized on a fast moment can land on a slow one.
   */
  #paceBatches(chars: number, ms: number) {
    if (chars > WINDOW_CHARS * 1.5) return; // a huge batch is scanned a window at a time: its own pace
    const fits = (chars / Math.max(ms, 0.05)) * (SLICE_MS / 2);
    this.#batchChars = Math.max(FIRST_BATCH_CHARS, Math.min(BATCH_CHARS, 2 * chars, Math.round(fits)));
  }

  #walker(root: Node, rootOwner: Node | null, deep: boolean): RegionWalker {
    return new RegionWalker(root, { rootOwner, deep }, this.#hooks, this.#visibility);
  }

  // --- placing hits ----------------------------------------------------------

  /** Puts a scanned batch into the index and paints its hits. */
  #place(scan: BatchScan) {
    const { blocks, hits } = scan;
    let b = 0;
    for (const hit of hits) {
      while (b < blocks.length && blocks[b].end <= hit.start) b++;
      const block = blocks[b];
      if (!block) break;
      // Text inside <blockquote> or <q> is quoted, whatever its sentence says.
      const voice = hit.voice === 'own' && inQuotationElement(block, hit.start) ? 'quoted' : hit.voice;
      block.hits.push({ block, entry: hit.entry, start: hit.start, end: hit.end, sentence: hit.sentence, voice, group: -1, shown: null, live: true });
    }
    const entries = this.matcher.entries;
    let changed = false;
    const near: LensHit[] = [];
    this.stats.characters += scan.batch.text.length;
    for (const block of blocks) {
      if ((this.#claimed.get(block.owner) ?? 0) > block.stamp || !block.owner.isConnected) continue; // claimed again since the walk
      this.index.add(block);
      this.#version++;
      // The walk takes a bare block as shown; one with hits is checked before they are (see #bareAndHidden).
      if (block.hits.length > 0 && this.#bareAndHidden(block.owner)) {
        for (const hit of block.hits) hit.live = false;
        block.hits = [];
      }
      if (block.hits.length === 0) {
        // Only the first node is kept, to order the block; the rest is needed only to place hits.
        block.nodes = block.nodes.slice(0, 1);
        block.starts = block.starts.slice(0, 1);
        continue;
      }
      this.#hitBlocks.add(block);
      changed = true;
      for (const hit of block.hits) {
        hit.group = groupOf(entries[hit.entry], this.#filter);
        if (hit.group >= 0) (this.#nearViewport(hit) ? near : this.#deferred).push(hit);
      }
    }
    // All layout reads first, then the painting: the first hit painted brings in the style sheet.
    for (const hit of near) this.painter.show(hit);
    if (changed) {
      this.#ordered = null;
      this.#afterPaint();
      this.options.onChange();
    }
  }

  /**
   * Whether a block element without attributes is not rendered after all.
   * The walk does not check bare elements (nothing of their own can hide
   * them, and checking each costs more than it finds), but a style rule on
   * the bare tag can, and an engine lays out no box past a depth (Firefox,
   * near 2,000 levels). Only blocks with hits pay for this check.
   */
  #bareAndHidden(owner: Node): boolean {
    return owner.nodeType === 1 && !(owner as Element).hasAttributes() && this.#visibility.isHidden(owner as Element);
  }

  #paintOrDefer(hit: LensHit) {
    if (this.#nearViewport(hit)) this.painter.show(hit);
    else this.#deferred.push(hit);
  }

  #afterPaint() {
    this.painter.repair();
    if (this.stats.firstPaintAt === null && this.#hitBlocks.size > 0) this.stats.firstPaintAt = now();
    if (this.#deferredAt < this.#deferred.length && !this.#pumping) void this.#paintDeferred();
  }

  /**
   * Whether a hit's paragraph is within a screen of the viewport. One layout
   * read per hit, on the layout the page's own frame has made. A hidden tab
   * paints nothing, so there every hit counts as near and no layout is forced.
   */
  #nearViewport(hit: LensHit): boolean {
    const element = hit.block.nodes[0]?.parentElement;
    const view = this.doc.defaultView;
    if (!element || !view || this.doc.hidden) return true;
    const rect = element.getBoundingClientRect();
    const height = view.innerHeight || 800;
    return rect.bottom >= -height && rect.top <= 2 * height;
  }

  /** Paints the hits far from the viewport, in idle time: those deferred while no work loop runs. */
  async #paintDeferred() {
    if (this.#painting) return;
    this.#painting = true;
    try {
      while (this.#deferredAt < this.#deferred.length) {
        await whenIdle(IDLE_TIMEOUT);
        if (this.#stopped) return;
        const start = now();
        const deadline = start + SLICE_MS;
        while (this.#deferredAt < this.#deferred.length && now() < deadline) this.#paintDeferredStep();
        this.stats.placeMs += now() - start;
        this.#countSlice(now() - start);
      }
    } finally {
      this.#painting = false;
    }
  }

  /** Paints the next few deferred hits; the queue is emptied once all are. */
  #paintDeferredStep() {
    const end = Math.min(this.#deferred.length, this.#deferredAt + PAINTS_PER_STEP);
    for (; this.#deferredAt < end; this.#deferredAt++) {
      const hit = this.#deferred[this.#deferredAt];
      if (hit.live && hit.group >= 0 && !hit.shown) this.painter.show(hit);
    }
    this.painter.repair();
    if (this.#deferredAt < this.#deferred.length) return;
    this.#deferred = [];
    this.#deferredAt = 0;
    if (this.#initialDone) this.stats.paintedAt = now();
  }

  // --- keeping the index in step -------------------------------------------

  /** The walk is about to emit blocks for `owner`: drop its old ones. */
  #claim(owner: Node) {
    const stamp = ++this.#tick;
    this.#claimed.set(owner, stamp);
    this.#builder.stamp = stamp;
    const old = this.index.take(owner);
    if (old.length > 0) {
      this.#version++;
      for (const block of old) this.#drop(block);
    }
  }

  #drop(block: Block) {
    if (block.hits.length === 0) return;
    for (const hit of block.hits) {
      this.painter.hide(hit);
      hit.live = false;
      hit.group = -1;
    }
    this.#hitBlocks.delete(block);
    this.#ordered = null;
    this.options.onChange();
  }

  #addShadowRoot(root: ShadowRoot) {
    if (!this.shadowRoots.has(root)) {
      this.shadowRoots.add(root);
      this.#watcher.observe(root);
    }
    this.#walks.push(this.#walker(root, root, true));
  }

  /** Turns mutation records into rescans of the blocks they touched. */
  #plan(records: MutationRecord[]) {
    const deep = new Set<Node>();
    const shallow = new Set<Node>();
    const restyled = new Set<Element>();
    let removed = false;
    for (const record of records) {
      const target = record.target;
      if (record.type === 'characterData') {
        const owner = blockOwnerOf(target);
        if (owner) shallow.add(owner);
      } else if (record.type === 'childList') {
        let relevant = false;
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && this.options.isOwnUi(node as Element)) continue;
          relevant = true;
          if (node.nodeType === 1) deep.add(node);
        }
        for (const node of record.removedNodes) {
          if (node.nodeType === 1 && this.options.isOwnUi(node as Element)) continue;
          relevant = true;
          removed = true;
        }
        const owner = relevant ? blockOwnerOf(target) : null;
        if (owner) shallow.add(owner);
      } else if (record.type === 'attributes') {
        const element = target as Element;
        if (this.options.isOwnUi(element)) continue;
        if (record.attributeName === 'class' || record.attributeName === 'style') restyled.add(element);
        else deep.add(element);
      }
    }
    for (const element of restyled) {
      if (deep.has(element)) continue;
      if (this.#visibility.changed(element)) deep.add(element);
      else for (const revealed of this.#visibility.revealedWithin(element)) deep.add(revealed);
    }
    if (removed) {
      for (const block of this.index.sweep()) this.#drop(block);
      this.#version++;
    }

    const deepBlocks = new Set<Node>();
    for (const node of deep) {
      if (!node.isConnected || hasAncestorIn(node, deep)) continue;
      if (isBlockOwner(node)) deepBlocks.add(node);
      this.#rescanDeep(node, shallow);
    }
    for (const owner of shallow) {
      if (!owner.isConnected || deepBlocks.has(owner) || hasAncestorIn(owner, deepBlocks)) continue;
      if (this.#exclusion(owner) !== 'none') this.#claim(owner);
      else this.#walks.push(this.#walker(owner, owner, false));
    }
  }

  /** Rescans everything under `node`. Text directly in an inline `node` belongs to its block, which gets a shallow rescan. */
  #rescanDeep(node: Node, shallow?: Set<Node>) {
    if (!node.isConnected) return;
    const exclusion = this.#exclusion(node);
    if (!isBlockOwner(node)) {
      const owner = blockOwnerOf(node);
      if (owner && shallow) shallow.add(owner);
      else if (owner && this.#exclusion(owner) === 'none') this.#walks.push(this.#walker(owner, owner, false));
    }
    if (exclusion === 'self') this.#dropWithin(node);
    if (exclusion !== 'none') return;
    this.#walks.push(isBlockOwner(node) ? this.#walker(node, node, true) : this.#walker(node, null, true));
  }

  /** Drops the blocks of every owner inside `root` (it became hidden or editable). */
  #dropWithin(root: Node) {
    for (const block of [...this.index.blocks()]) {
      if (root === block.owner || root.contains(block.owner)) {
        this.#claim(block.owner);
      }
    }
  }

  /** Whether a region is left out: 'self' when the node itself is (hidden, editable, a skipped tag), 'ancestor' when something above it is. */
  #exclusion(node: Node): Exclusion {
    if (this.doc.designMode === 'on') return 'ancestor';
    const element = node.nodeType === 1 ? (node as Element) : isShadowRoot(node) ? node.host : node.parentElement;
    if (!element) return 'ancestor';
    if (isSkippedElement(element) || this.options.isOwnUi(element) || this.#visibility.isHidden(element)) return 'self';
    for (let a = composedParent(element); a; a = composedParent(a)) {
      if (a.nodeType === 1 && (isSkippedElement(a as Element) || this.options.isOwnUi(a as Element))) return 'ancestor';
    }
    return 'none';
  }
}

function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  return parent && isShadowRoot(parent) ? parent.host : parent;
}

function hasAncestorIn(node: Node, set: Set<Node>): boolean {
  if (set.size === 0) return false;
  for (let a = composedParent(node); a; a = composedParent(a)) if (set.has(a)) return true;
  return false;
}
