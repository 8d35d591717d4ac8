/**
 * Wires one frame's content script together: settings decide whether the
 * page lens runs, the pointer tracker and keyboard commands open the card,
 * and messages from the popup and the background are answered here. Every
 * listener ends with the lifetime's signal, which only the extension itself
 * can end (see ContentLifetime): nothing here listens for the page's events
 * to decide whether to run, and nothing is sent to the page.
 */
import { browser, type Browser } from 'wxt/browser';
import type { CompiledLexicon } from '../../src/core/compiled';
import { watchDocumentRewrites } from '../../src/dom/document-rewrites';
import { pageHasText, whenPageHasText } from '../../src/dom/first-text';
import { GROUPS, type HitFilter } from '../../src/dom/highlight-groups';
import { anchorRect, caretAt, hitAtCaret } from '../../src/dom/hit-test';
import { ListenerRounds } from '../../src/util/listener-rounds';
import { MarkFallback } from '../../src/dom/mark-fallback';
import { emptyStats, PageLens, type ScanStats } from '../../src/dom/page-lens';
import { PointerTracker } from '../../src/dom/pointer-tracker';
import { yieldToPage } from '../../src/dom/schedule';
import { startPoint, type LensHit } from '../../src/dom/text-index';
import type { ContentLifetime } from '../../src/messaging/context-invalidated';
import { decodeCustomLexicon } from '../../src/custom/lexicon-codec';
import { LayeredMatcher } from '../../src/custom/matcher';
import { DEFAULT_STYLE, pageCss } from '../../src/dom/highlight-style';
import { send, VIEWING_PORT, type Message, type Result, type Transport, type ViewingMessage } from '../../src/messaging/messages';
import { NONE_ON_SCREEN, ViewportWatch, type OnScreen } from '../../src/dom/viewport-hits';
import type { PageHit, PageReport, PageState } from '../../src/core/types';
import { watchPageStorage } from '../../src/storage/page-storage';
import { isMessage } from '../../src/messaging/messages';
import { isSiteDenied, type Settings } from '../../src/storage/settings-model';
import { HoverCard, type CardContent } from '../../src/ui/card/hover-card';
import { watchLocation } from './location-watch';

let documentCssText: string | undefined;
/** The style the manifest's sheet already gives the document (PAGE_CSS_FILE): the default. Built when a lens first needs it. */
function documentCss(): string {
  documentCssText ??= pageCss(DEFAULT_STYLE);
  return documentCssText;
}
/** Wait after the last change before telling the background, in ms. */
const REPORT_DELAY = 300;
/**
 * Hits carried by report:changed (the background keeps them for the history):
 * a page with thousands would make a message of megabytes, serialized on the
 * page's main thread. report:get always answers with every hit.
 */
const REPORTED_HITS_MAX = 200;
/** While a scan is under way, how often to look whether it is done, in ms. */
const SETTLE_DELAY = 1000;
/** How long the card stays after the pointer leaves the phrase, so it can reach the card. */
const HOVER_GRACE = 350;

export class ContentSession {
  #settings: Settings | null = null;
  /** The keyboard toggle's choice for this page, until the settings change. */
  #override: 'on' | 'paused' | null = null;
  #lens: PageLens | null = null;
  /** Made when first shown: most pages never show it. */
  #cardInstance: HoverCard | null = null;
  /** The lexicon decoded, made when the page first has text to read (null: not yet, or it could not be decoded). */
  #matcherInstance: LayeredMatcher | null = null;
  #matcherFailed = false;
  /** The stored custom phrases, decoded with the lexicon. */
  #customRaw: unknown = null;
  #lexiconAt = 0;
  #decodeMs = 0;
  /** Waiting for an empty page to get text. */
  #waitingForText = false;
  /** Whether the session already waits for the lexicon's block to inflate. */
  #lexiconAwaited = false;
  /** Main-thread time of the session's own tasks (the injection task: this script loaded and main() run; the start once storage answered, decoding included; a page that got text), in ms. */
  #ownMs = 0;
  /** The longest of those tasks, in ms. */
  #longestTaskMs = 0;
  #tracker: PointerTracker | null = null;
  /** The card's listeners on the document and the window, attached again after document.open(). */
  #pageListeners: ListenerRounds | null = null;
  #cardHit: LensHit | null = null;
  #cardByKeyboard = false;
  #css = '';
  #filterKey = '';
  /**
   * The count the background last heard. It starts at 0, which the background
   * assumes for a page it has not heard from (it clears a tab's counts when
   * the tab navigates): a page or frame without hits never sends a message.
   */
  #lastCount = 0;
  #reportOwed = false;
  #reportTimer: ReturnType<typeof setTimeout> | undefined;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  #scrollFrame = 0;
  readonly #isTop: boolean;
  /** The site the user is on: the top page's host, also inside its frames. */
  readonly #host: string;
  #settingsAt = 0;
  readonly #startedAt: number;
  /** Loading and running the script's modules, before main(). */
  readonly #loadMs: number;
  readonly #summaries = new Map<string, string>();
  /** Side panels connected to this page (top frame only); while there is one, the hits on screen are followed. */
  readonly #panels = new Set<Browser.runtime.Port>();
  #viewport: { watch: ViewportWatch<LensHit>; stop: AbortController; onScreen: OnScreen } | null = null;

  constructor(
    private readonly life: ContentLifetime,
    /** The built-in lexicon: its version at once, its tables when first needed. */
    private readonly lexicon: { version: string; ready(): boolean; whenReady(): Promise<void>; load(): CompiledLexicon },
    /** When lexicon-data.js ran (the extension's start on the page), and when main() began: between them, this script loaded. */
    times: { startedAt: number; mainAt: number },
  ) {
    this.#startedAt = times.startedAt;
    this.#loadMs = times.mainAt - times.startedAt;
    const { signal } = life;
    this.#isTop = window.top === window;
    this.#host = topHost();
    const address = new ListenerRounds(signal, watchLocation(signal, () => this.#scheduleReport(true)));
    address.next();
    // document.open() erases every listener on the page, ours too: attach them all again.
    watchDocumentRewrites(document, signal, () => {
      life.listenAgain();
      address.next();
      this.#tracker?.listenAgain();
      this.#cardInstance?.listenAgain();
      this.#pageListeners?.next();
    });
    signal.addEventListener('abort', () => this.#shutdown(), { once: true });
  }

  /** Follows the pointer for the card: from the first time the lens runs, so a page that is never read pays nothing. */
  #trackPointer(): PointerTracker {
    if (this.#tracker) return this.#tracker;
    const { signal } = this.life;
    this.#tracker = new PointerTracker(document, {
      signal,
      find: (x, y, target) => this.#hitAt(x, y, target),
      isOwnUi: (target) => this.#cardInstance?.owns(target) ?? false,
      onChange: (hit) => this.#pointerOn(hit),
    });
    this.#pageListeners = new ListenerRounds(signal, (round) => this.#listenToPage(round));
    this.#pageListeners.next();
    return this.#tracker;
  }

  /** The listeners on the document and the window that close and move the card. */
  #listenToPage(signal: AbortSignal) {
    document.addEventListener('pointerdown', (event) => this.#pointerDown(event), { signal, capture: true, passive: true });
    window.addEventListener('scroll', () => this.#scrolled(), { signal, capture: true, passive: true });
    window.addEventListener('resize', () => this.#scrolled(), { signal, passive: true });
  }

  /** The card, made on first use. */
  get #card(): HoverCard {
    this.#cardInstance ??= new HoverCard(document, {
      signal: this.life.signal,
      onMore: (entryId) => this.#send({ kind: 'detail:open', entryId }),
      onClose: () => this.#cardClosed(),
      // The background writes the settings; the change comes back through storage, as any other does.
      onHideEntry: (entryId) => this.#send({ kind: 'entry:hide', entryId }),
      onDenySite: () => this.#send({ kind: 'site:deny' }),
    });
    return this.#cardInstance;
  }

  /**
   * The built-in lexicon and the user's phrases as one matcher, decoded on
   * first use: a page without text never pays for it. Null when this build's
   * data cannot be decoded; the session then stays off rather than guess.
   */
  get #matcher(): LayeredMatcher | null {
    if (this.#matcherInstance || this.#matcherFailed) return this.#matcherInstance;
    if (!this.lexicon.ready()) {
      // Still inflating (natively, off this task): read the page once it is there.
      if (!this.#lexiconAwaited) {
        this.#lexiconAwaited = true;
        void this.lexicon.whenReady().then(() => {
          if (this.life.signal.aborted) return;
          const t0 = performance.now();
          this.#apply();
          this.#count(performance.now() - t0);
        });
      }
      return null;
    }
    const t0 = performance.now();
    try {
      this.#matcherInstance = new LayeredMatcher(this.lexicon.load(), decodeCustomLexicon(this.#customRaw));
    } catch {
      this.#matcherFailed = true;
    }
    this.#lexiconAt = performance.now();
    this.#decodeMs = this.#lexiconAt - t0;
    return this.#matcherInstance;
  }

  async start(storageRead: Promise<{ settings: Settings; customRaw: unknown }>): Promise<void> {
    // Answered with sendResponse (kept open by returning true): the browsers' own APIs, which the content script
    // uses without the polyfill, do not all take a promise returned from a listener.
    const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
      const reply = this.#onMessage(message, sender);
      if (!reply) return false;
      reply.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    this.#onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    if (this.#isTop) {
      const connected = (port: Browser.runtime.Port) => this.#onConnect(port);
      browser.runtime.onConnect.addListener(connected);
      this.#onInvalidated(() => browser.runtime.onConnect.removeListener(connected));
    }
    // The task the browser injected us in: this script loaded, main() ran, up to here.
    this.#count(performance.now() - this.#startedAt);
    let stored: Awaited<typeof storageRead>;
    try {
      stored = await storageRead;
    } catch (error) {
      this.#sendFailed(error); // storage unreachable: the extension was unloaded, or the page is going away
      return;
    }
    const t1 = (this.#settingsAt = performance.now());
    if (this.life.signal.aborted) return;
    this.#settings = stored.settings;
    this.#customRaw = stored.customRaw;
    this.#onInvalidated(
      watchPageStorage({
        settings: (next) => {
          this.#settings = next;
          this.#override = null;
          this.#apply();
        },
        // The user's phrases changed: new matcher layer, fresh scan.
        custom: (raw) => {
          this.#customRaw = raw;
          if (!this.#matcherInstance) return;
          this.#matcherInstance.setCustom(decodeCustomLexicon(raw));
          this.#restart();
        },
      }),
    );
    // The lexicon is decoded in this task (reading #matcher decodes it) and the lens starts in the next:
    // together, on a cold engine, they came near a long task.
    if (this.state() === 'on' && pageHasText(document)) void this.#matcher;
    this.#count(performance.now() - t1);
    await yieldToPage();
    if (this.life.signal.aborted) return;
    const t2 = performance.now();
    this.#apply();
    this.#count(performance.now() - t2);
  }

  /** Counts one task's main-thread time (the lens counts its own slices). */
  #count(ms: number) {
    this.#ownMs += ms;
    if (ms > this.#longestTaskMs) this.#longestTaskMs = ms;
  }

  /** Runs a cleanup when the lifetime ends; it may touch extension APIs that are gone by then. */
  #onInvalidated(cleanup: () => void) {
    this.life.onEnd(cleanup);
  }

  // --- state -----------------------------------------------------------------

  state(): PageState {
    const settings = this.#settings;
    let base: PageState = 'on';
    if (!settings || !settings.enabled) base = 'off';
    else if (isSiteDenied(settings, this.#host)) base = 'off-for-site';
    if (this.#override === 'on') return 'on';
    if (this.#override === 'paused' && base === 'on') return 'paused';
    return base;
  }

  /** Starts or stops the lens to match the state, and passes on filter and style changes. */
  #apply() {
    if (this.life.signal.aborted || !this.#settings) return;
    const on = this.state() === 'on';
    // Nothing to read yet (or a lexicon that cannot be decoded): nothing to do until the page has text.
    if (on && !this.#lens && !this.#readyMatcher()) return;
    const filter: HitFilter = { hiddenSources: this.#settings.hiddenSources, sensitivity: this.#settings.sensitivity, hiddenTechniques: this.#settings.hiddenTechniques, hiddenEntries: this.#settings.hiddenEntries };
    const filterKey = JSON.stringify(filter);
    const css = pageCss(this.#settings.style);
    if (on && !this.#lens) {
      const matcher = this.#matcherInstance!;
      this.#css = css;
      this.#filterKey = filterKey;
      this.#lens = new PageLens(document, {
        matcher,
        filter,
        css,
        documentCss: documentCss(),
        isOwnUi: (element) => element === this.#cardInstance?.host,
        onChange: () => this.#scheduleReport(false),
        signal: this.life.signal,
        startedAt: this.#startedAt,
      }).start();
      this.#trackPointer().enabled = true;
    } else if (!on && this.#lens) {
      this.#lens.stop();
      this.#lens = null;
      if (this.#tracker) this.#tracker.enabled = false;
      this.#cardInstance?.hide();
    } else if (this.#lens) {
      if (css !== this.#css) this.#lens.painter.setCss((this.#css = css));
      if (filterKey !== this.#filterKey) {
        this.#filterKey = filterKey;
        this.#lens.setFilter(filter);
      }
    }
    this.#scheduleReport(false);
  }

  /**
   * The matcher, once the page has text to read. An empty page (a frame that
   * is still loading, an ad slot, a page that renders later) waits for text
   * with a mutation observer and costs nothing more until then.
   */
  #readyMatcher(): LayeredMatcher | null {
    if (!this.#matcherInstance) {
      if (this.#waitingForText) return null;
      const waiting = whenPageHasText(document, this.life.signal, () => {
        const t0 = performance.now();
        this.#waitingForText = false;
        this.#apply();
        this.#count(performance.now() - t0);
      });
      if (waiting) {
        this.#waitingForText = true;
        return null;
      }
    }
    return this.#matcher;
  }

  /** Drops the index and scans the page afresh (the matcher changed). */
  #restart() {
    if (!this.#lens) return;
    this.#cardInstance?.hide();
    this.#lens.stop();
    this.#lens = null;
    this.#apply();
  }

  // --- the report ------------------------------------------------------------

  /** The page's report, with every hit in document order and its place on the page. */
  async report(limit = Infinity): Promise<PageReport> {
    return this.#reportOf((await this.#lens?.report(limit)) ?? []);
  }

  #reportOf(hits: PageHit[]): PageReport {
    return {
      url: location.href,
      title: document.title,
      words: this.#lens?.words() ?? 0,
      state: this.state(),
      lexiconVersion: this.lexicon.version,
      hits,
    };
  }

  /** Tells the background about a changed count (or, with `force`, a new address), once things settle. */
  #scheduleReport(force: boolean) {
    if (this.#cardHit && !this.#cardHit.live) this.#cardInstance?.hide();
    if (force) this.#lastCount = -1;
    clearTimeout(this.#reportTimer);
    this.#reportTimer = setTimeout(() => this.#flushReport(), REPORT_DELAY);
  }

  /**
   * Sends the count when it changed. The brief report (the hits' sentences,
   * for the history) is built only once the lens is idle: while a big page is
   * still being scanned the count alone goes out, and the report follows.
   */
  #flushReport() {
    if (this.life.signal.aborted) return;
    this.#viewport?.watch.check(); // the hits changed: so may those on screen
    const count = this.#lens?.count() ?? 0;
    const changed = count !== this.#lastCount;
    this.#lastCount = count;
    if (this.#lens && !this.#lens.idle) {
      if (changed) this.#send({ kind: 'report:changed', count });
      this.#reportOwed ||= changed;
      this.#reportTimer = setTimeout(() => this.#flushReport(), SETTLE_DELAY);
      return;
    }
    if (changed || this.#reportOwed) {
      this.#reportOwed = false;
      // The background keeps sentences, not places: the brief report needs no ordering of the page.
      const report = this.#reportOf(this.#lens?.brief(REPORTED_HITS_MAX) ?? []);
      this.#send({ kind: 'report:changed', count, report });
    }
  }

  /** To the background. A failure is seen here (the lifetime looks whether the extension is still there) and answered as a failed Result. */
  readonly #toBackground: Transport = async (message) => {
    try {
      return await browser.runtime.sendMessage(message);
    } catch (error) {
      this.#sendFailed(error);
      throw error;
    }
  };

  #send(message: Message) {
    void send(this.#toBackground, message);
  }

  #sendFailed(error: unknown) {
    // "Extension context invalidated": the extension was reloaded or removed, a normal end. Otherwise no
    // receiver (the background is starting, or the popup is closed): the lifetime looks whether the extension is there.
    this.life.failed(error);
  }

  // --- messages ----------------------------------------------------------------

  #onMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<Result<unknown>> | undefined {
    if (sender.id !== browser.runtime.id || !isMessage(message) || this.life.signal.aborted) return undefined;
    const reply = <T,>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });
    const fail = (error: string): Promise<Result<never>> => Promise.resolve({ ok: false, error });
    switch (message.kind) {
      case 'report:get':
        // One answer per tab: the top frame's. Frames report their own counts with report:changed.
        return this.#isTop ? this.report().then((report) => ({ ok: true, value: report })) : undefined;
      case 'highlight:toggle':
        this.#override = message.to ?? (this.state() === 'on' ? 'paused' : 'on');
        this.#apply();
        return this.#isTop ? reply(this.state()) : undefined;
      case 'highlight:step': {
        if (!this.#isTop) return undefined;
        const index = this.#step(message.direction);
        return index < 0 ? fail('no highlights on this page') : reply({ index, count: this.#lens?.hits().length ?? 0 });
      }
      case 'highlight:goto': {
        if (!this.#isTop) return undefined;
        const hit = this.#lens?.hits()[message.index];
        if (!hit) return fail(`no highlight ${message.index}`);
        this.#goTo(hit, { flash: true });
        return reply({ index: message.index, count: this.#lens?.hits().length ?? 0 });
      }
      case 'scan:stats':
        return this.#isTop || message.allFrames ? reply(this.#stats()) : undefined;
      case 'report:changed':
      case 'entry:hide':
      case 'site:deny':
      case 'detail:open':
      case 'entry:summary':
      case 'history:related':
      case 'history:stats':
      case 'history:clear':
        return undefined; // for the background
      default: {
        const unknown: never = message;
        return unknown;
      }
    }
  }

  #stats(): ScanStats & { state: PageState; idle: boolean; lexiconAt: number; settingsAt: number; ownMs: number; longestOwnTaskMs: number; decodeMs: number; loadMs: number; waitingForText: boolean } {
    const stats: ScanStats = this.#lens?.stats ?? emptyStats(this.#startedAt);
    return {
      ...stats,
      lexiconAt: this.#lexiconAt,
      settingsAt: this.#settingsAt,
      // All the main-thread time the content script spent on this page.
      ownMs: this.#ownMs + stats.walkMs + stats.scanMs + stats.placeMs,
      // The longest task the content script ran: loading, starting, decoding, or one of the lens's slices.
      longestOwnTaskMs: Math.max(this.#longestTaskMs, stats.longestSliceMs),
      decodeMs: this.#decodeMs,
      loadMs: this.#loadMs,
      waitingForText: this.#waitingForText,
      blocks: this.#lens?.index.owners ?? 0,
      hits: this.#lens?.count() ?? 0,
      state: this.state(),
      idle: this.#lens?.idle ?? true,
    };
  }

  // --- the side panel's view of the page ------------------------------------

  /** A side panel connects: follow which hits are on screen until the last panel goes. */
  #onConnect(port: Browser.runtime.Port) {
    if (port.name !== VIEWING_PORT || port.sender?.id !== browser.runtime.id || this.life.signal.aborted) return;
    this.#panels.add(port);
    port.onDisconnect.addListener(() => {
      this.#panels.delete(port);
      if (this.#panels.size > 0 || !this.#viewport) return;
      this.#viewport.stop.abort();
      this.#viewport = null;
    });
    if (this.#viewport) {
      this.#post(port, this.#viewport.onScreen);
      return;
    }
    const stop = new AbortController();
    this.life.signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
    const viewport: { watch?: ViewportWatch<LensHit>; stop: AbortController; onScreen: OnScreen } = { stop, onScreen: NONE_ON_SCREEN };
    viewport.watch = new ViewportWatch<LensHit>({
      hits: () => this.#lens?.hits() ?? [],
      rectOf: anchorRect,
      signal: stop.signal,
      onChange: (onScreen) => {
        viewport.onScreen = onScreen;
        for (const panel of this.#panels) this.#post(panel, onScreen);
      },
    });
    this.#viewport = viewport as { watch: ViewportWatch<LensHit>; stop: AbortController; onScreen: OnScreen };
  }

  #post(port: Browser.runtime.Port, onScreen: OnScreen) {
    const message: ViewingMessage = { kind: 'viewing', ...onScreen };
    try {
      port.postMessage(message);
    } catch {
      this.#panels.delete(port); // the panel closed between its disconnect and this message
    }
  }

  // --- moving between hits --------------------------------------------------

  /** Goes to the next (1) or previous (-1) hit: from the card's, or from the viewport. Returns its index, or -1. */
  #step(direction: 1 | -1): number {
    const hits = this.#lens?.hits() ?? [];
    if (hits.length === 0) return -1;
    let index = this.#cardHit ? hits.indexOf(this.#cardHit) : -1;
    if (index >= 0) index = (index + direction + hits.length) % hits.length;
    else index = this.#fromViewport(hits, direction);
    this.#goTo(hits[index], { flash: false });
    return index;
  }

  /** The first hit at or below the top of the viewport (1), or the last one above its bottom (-1). */
  #fromViewport(hits: LensHit[], direction: 1 | -1): number {
    const height = window.innerHeight;
    if (direction === 1) {
      for (let i = 0; i < hits.length; i++) if ((anchorRect(hits[i])?.top ?? -1) >= 0) return i;
      return 0;
    }
    for (let i = hits.length - 1; i >= 0; i--) if ((anchorRect(hits[i])?.bottom ?? height + 1) <= height) return i;
    return hits.length - 1;
  }

  #goTo(hit: LensHit, options: { flash: boolean }) {
    this.#lens?.ensureShown(hit);
    const element = startPoint(hit.block, hit.start).node.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    // A paragraph taller than the window: centre the phrase itself.
    const rect = anchorRect(hit);
    if (rect && (rect.top < 0 || rect.bottom > window.innerHeight)) {
      window.scrollBy({ top: rect.top - window.innerHeight / 2, behavior: 'instant' as ScrollBehavior });
    }
    if (options.flash) this.#lens?.painter.flash(hit);
    this.#showCard(hit, true);
  }

  // --- the card ----------------------------------------------------------------

  #hitAt(x: number, y: number, target: EventTarget | null): LensHit | null {
    const lens = this.#lens;
    if (!lens || lens.count() === 0) return null;
    if (lens.painter instanceof MarkFallback) return lens.painter.hitOf(target instanceof Element ? target : null);
    const caret = caretAt(document, x, y, [...lens.shadowRoots]);
    return caret ? hitAtCaret(lens.index, caret, x, y) : null;
  }

  #pointerOn(hit: LensHit | null) {
    clearTimeout(this.#hideTimer);
    if (hit) {
      if (hit !== this.#cardHit || !this.#cardInstance?.isOpen) this.#showCard(hit, false);
      return;
    }
    const card = this.#cardInstance;
    if (!card?.isOpen || this.#cardByKeyboard) return;
    const check = () => {
      if (card.hovered) this.#hideTimer = setTimeout(check, HOVER_GRACE);
      else card.hide();
    };
    this.#hideTimer = setTimeout(check, HOVER_GRACE);
  }

  #showCard(hit: LensHit, byKeyboard: boolean) {
    const rect = anchorRect(hit);
    const entry = this.#matcherInstance?.entries[hit.entry];
    if (!rect || !entry) return;
    const content: CardContent = {
      entryId: entry.id,
      phrase: entry.phrase,
      match: hit.block.batch.text.slice(hit.start, hit.end),
      sources: entry.sources,
      techniques: entry.techniques,
      summary: entry.summary ?? this.#summaries.get(entry.id) ?? '',
      voice: hit.voice,
      group: GROUPS[hit.group] ?? 'custom',
      custom: entry.custom === true,
      palette: this.#settings?.style.palette,
    };
    if (entry.summary === undefined && !this.#summaries.has(entry.id)) void this.#fetchSummary(entry.id);
    this.#cardHit = hit;
    this.#cardByKeyboard = byKeyboard;
    this.#lens?.painter.setCurrent(hit);
    this.#card.show(content, rect, { focus: byKeyboard });
  }

  /** The page's copy of the lexicon has no summaries; the background has them. Asked once per entry and page. */
  async #fetchSummary(entryId: string) {
    this.#summaries.set(entryId, '');
    const reply = await send(this.#toBackground, { kind: 'entry:summary', entryId });
    if (reply.ok) {
      this.#summaries.set(entryId, reply.value);
      this.#cardInstance?.setSummary(entryId, reply.value);
      return;
    }
    this.#summaries.delete(entryId); // no answer this time: ask again on the next card
  }

  #cardClosed() {
    this.#lens?.painter.setCurrent(null);
    this.#cardHit = null;
    this.#cardByKeyboard = false;
    this.#tracker?.reset();
  }

  #pointerDown(event: PointerEvent) {
    const card = this.#cardInstance;
    if (card?.isOpen && !card.owns(event.composedPath()[0] ?? event.target) && !card.owns(event.target)) card.hide();
  }

  /** Keeps an open card beside its phrase while the page scrolls. */
  #scrolled() {
    const card = this.#cardInstance;
    if (!card?.isOpen || this.#scrollFrame !== 0) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      const hit = this.#cardHit;
      const rect = hit && hit.live ? anchorRect(hit) : null;
      if (!rect || rect.bottom < 0 || rect.top > window.innerHeight) card.hide();
      else card.reposition(rect);
    });
  }

  #shutdown() {
    clearTimeout(this.#reportTimer);
    clearTimeout(this.#hideTimer);
    if (this.#scrollFrame !== 0) cancelAnimationFrame(this.#scrollFrame);
    this.#lens?.stop();
    this.#lens = null;
  }
}

/**
 * The host of the page the user is on. A frame asks its top page where it
 * can (same origin, or Chrome's ancestorOrigins); else its own host counts.
 */
function topHost(): string {
  try {
    if (window.top && window.top !== window) return window.top.location.hostname;
  } catch {
    // A cross-origin top page: read its origin where the browser tells it.
  }
  const ancestors = location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) {
    try {
      return new URL(ancestors[ancestors.length - 1]).hostname;
    } catch {
      // An opaque origin ("null"): fall through.
    }
  }
  return location.hostname;
}
