/**
 * The popup and the side panel: one state object, one render into `root`,
 * and a backend for everything outside (the page, the background, the
 * settings), so that it runs the same in the toolbar popup, in the side
 * panel, in a tab, and under tests. The two hosts share every view but the
 * list: the popup's groups hits by phrase (hit-list-view.ts), the panel's
 * lists them in page order and marks those on screen (src/ui/panel).
 */
import type { Summary } from '../../core/summary';
import type { Result } from '../../messaging/messages';
import type { PageHit, PageReport } from '../../core/types';
import { isSiteDenied, type Settings } from '../../storage/settings';
import { pageKey } from '../../storage/history/page-address';
import type { RelatedPassage, RelatedQuery } from '../../storage/history/related-passages';
import { detailView, type HistoryState } from './detail-view';
import { h, replaceChildren, type Child } from '../dom';
import type { EntryLookup } from './entry-info';
import { headerView } from './header-view';
import { historyFooterView, type HistoryFooter } from './history-footer-view';
import { hitListView } from './hit-list-view';
import { plural } from './labels';
import { filterHits, groupHits, NO_FILTER, stepOccurrence, summarizeReport, type HitFilter, type HitGroup } from './page-model';
import { hostOf, pageStatus, withSite, type PageStatus } from './page-status';
import { exportView } from './export-view';
import { summaryView } from './summary-view';
import { markOnScreen, pageOrderView, type OnScreenRange } from '../panel/page-order-view';
import { legendView } from '../legend';
import { shortcutsFooterView, type Shortcut } from '../shortcuts';

export interface PopupBackend {
  /** Asks the page for its report. */
  report(): Promise<Result<PageReport>>;
  goto(index: number): Promise<Result<unknown>>;
  /** Undoes the keyboard command's pause on this page. */
  togglePage(): Promise<Result<unknown>>;
  related(query: RelatedQuery): Promise<Result<RelatedPassage[]>>;
  historyStats(): Promise<Result<{ pages: number; passages: number }>>;
  clearHistory(): Promise<Result<{ pages: number }>>;
  /** Applies a change to the stored settings; the popup learns the result through `setSettings`. */
  updateSettings(change: (settings: Settings) => Settings): Promise<void>;
  /** The keyboard shortcuts as the browser has them now. */
  shortcuts(): Promise<Shortcut[]>;
}

export interface PopupInit {
  /** The tab's URL, when the browser tells it. */
  url: string | undefined;
  settings: Settings;
  /** The page's answer to `report:get`, when already known; else the popup asks for it. */
  report?: Result<PageReport>;
  /** Open this entry's detail at once. */
  entryId?: string;
  /** A line to announce at once (for example a selection that matched nothing). */
  notice?: string;
  /** Where it runs: the toolbar popup (the default) or the side panel. */
  host?: 'popup' | 'panel';
  /** Opens the side panel (the popup's button); absent where the browser has none. */
  openPanel?: () => void;
}

export class PopupApp {
  private url: string | undefined;
  private settings: Settings;
  private report: Result<PageReport> | undefined;
  private filter: HitFilter = NO_FILTER;
  /** Entry id → `PageHit.index` of its selected occurrence. */
  private readonly selected = new Map<string, number>();
  /** The open details, the current one last. */
  private details: string[] = [];
  private readonly histories = new Map<string, HistoryState>();
  private historyPages: number | undefined;
  private shortcuts: Shortcut[] | undefined;
  private footer: HistoryFooter = { kind: 'idle' };
  private focusKey: string | undefined;
  /** A visible note above the content until the user moves on (a selection that matched nothing). */
  private notice: string | undefined;
  private listScroll = 0;
  private readonly view: HTMLElement;
  private readonly live: HTMLElement;
  /** The last model built, reused while only the view changes. */
  private model: { report: PageReport; summary: Summary } | undefined;
  private readonly host: 'popup' | 'panel';
  private readonly openPanel: (() => void) | undefined;
  /** The panel's: the hits on screen in the page. */
  private onScreen: OnScreenRange = { first: -1, last: -1 };
  /** The panel's: the hit count last announced (-1: none yet). */
  private announcedCount = -1;
  /** The panel's: the list control that opened the detail, focused again on the way back. */
  private listKey: string | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly backend: PopupBackend,
    private readonly lookup: EntryLookup,
    init: PopupInit,
  ) {
    this.url = init.url;
    this.settings = init.settings;
    this.report = init.report;
    this.notice = init.notice;
    this.host = init.host ?? 'popup';
    this.openPanel = init.openPanel;
    this.view = h('div', { class: 'view' });
    this.live = h('p', { class: 'visually-hidden', attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'announcer' } });
    replaceChildren(root, this.view, this.live);
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.details.length > 0) {
        event.preventDefault();
        this.back();
      }
    });
    if (init.entryId) this.openDetail(init.entryId);
    else this.render();
    if (init.notice) this.announce(init.notice);
    void this.refreshHistoryStats();
    void this.backend.shortcuts().then(
      (shortcuts) => {
        this.shortcuts = shortcuts;
        this.render();
      },
      () => undefined, // the footer then shows no keys; the options page says why
    );
    if (!init.report) void this.refresh();
  }

  // ── Inputs ───────────────────────────────────────────────────────────

  private asking: Promise<void> | undefined;
  private askAgain = false;

  /** Asks the page for a fresh report; calls while one is on its way ask once more after it. */
  refresh(): Promise<void> {
    if (this.asking) {
      this.askAgain = true;
      return this.asking;
    }
    this.asking = (async () => {
      do {
        this.askAgain = false;
        this.setReport(await this.backend.report());
      } while (this.askAgain);
    })().finally(() => (this.asking = undefined));
    return this.asking;
  }

  setReport(report: Result<PageReport>): void {
    this.report = report;
    this.render();
    if (this.host === 'panel') this.announceCount();
  }

  /** The panel: says the page's count politely when it changes (and when a page's first report comes). */
  private announceCount(): void {
    const status = this.status;
    const count = status.kind === 'report' ? status.report.hits.length : -1;
    if (count === this.announcedCount) return;
    this.announcedCount = count;
    if (status.kind === 'report') this.announce(count === 0 ? 'No highlighted phrases on this page' : `${plural(count, 'highlighted phrase')} on this page`);
  }

  /**
   * The panel: which hits are on screen in the page, marked in place. While
   * the reader is in the page, the list follows: the first one marked is
   * scrolled into view; while they work in the panel, it stays where it is.
   */
  setViewing(range: OnScreenRange): void {
    this.onScreen = range;
    const first = markOnScreen(this.view, range);
    if (!document.hasFocus()) first?.scrollIntoView?.({ block: 'nearest' });
  }

  /** The panel follows another tab: everything about the last one goes. */
  reset(url: string | undefined): void {
    this.url = url;
    this.report = undefined;
    this.model = undefined;
    this.selected.clear();
    this.details = [];
    this.histories.clear();
    this.notice = undefined;
    this.onScreen = { first: -1, last: -1 };
    this.announcedCount = -1;
    this.render();
    void this.refresh();
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.render();
  }

  setUrl(url: string | undefined): void {
    this.url = url;
    this.render();
  }

  get status(): PageStatus {
    return pageStatus(this.url, this.settings, this.report);
  }

  // ── Actions ──────────────────────────────────────────────────────────

  private announce(text: string): void {
    this.live.textContent = text;
  }

  private hitsOf(entryId: string): PageHit[] {
    const status = this.status;
    if (status.kind !== 'report') return [];
    return status.report.hits.filter((hit) => hit.entryId === entryId).sort((a, b) => a.index - b.index);
  }

  private groups(report: PageReport): { groups: HitGroup[]; shown: number } {
    const hits = filterHits(report.hits, this.filter, this.lookup);
    return { groups: groupHits(hits, this.lookup), shown: hits.length };
  }

  goto(entryId: string, hitIndex: number): void {
    this.selected.set(entryId, hitIndex);
    this.render();
    void this.backend.goto(hitIndex).then((result) => {
      if (!result.ok) this.announce(`The page did not answer: ${result.error}`);
    });
  }

  step(entryId: string, direction: 1 | -1): void {
    const status = this.status;
    if (status.kind !== 'report') return;
    const group = this.groups(status.report).groups.find((g) => g.entry.id === entryId);
    if (!group) return;
    const at = Math.max(0, group.hits.findIndex((hit) => hit.index === this.selected.get(entryId)));
    const next = group.hits[stepOccurrence(group, at, direction)];
    this.goto(entryId, next.index);
    this.announce(`Occurrence ${group.hits.indexOf(next) + 1} of ${group.hits.length}`);
  }

  setFilter(filter: HitFilter): void {
    this.filter = filter;
    this.render();
  }

  openDetail(entryId: string): void {
    this.notice = undefined;
    if (this.details.length === 0) {
      this.listScroll = document.scrollingElement?.scrollTop ?? 0;
      const active = document.activeElement as HTMLElement | null;
      this.listKey = active && this.root.contains(active) ? active.dataset.key : undefined;
    }
    this.details.push(entryId);
    this.focusKey = 'detail-heading';
    this.loadHistory(entryId);
    this.render();
    document.scrollingElement?.scrollTo(0, 0);
  }

  back(): void {
    const closed = this.details.pop();
    if (closed === undefined) return;
    const previous = this.details[this.details.length - 1];
    this.focusKey = previous ? 'detail-heading' : this.host === 'panel' && this.listKey ? this.listKey : `goto:${closed}`;
    this.render();
    document.scrollingElement?.scrollTo(0, previous ? 0 : this.listScroll);
  }

  private loadHistory(entryId: string): void {
    if (this.histories.get(entryId)?.kind === 'ready') return;
    this.histories.set(entryId, { kind: 'loading' });
    const entry = this.lookup(entryId);
    const excludeUrl = this.url ?? (this.report?.ok ? this.report.value.url : undefined);
    void this.backend.related({ entryId, relatedIds: entry.related, excludeUrl }).then((result) => {
      this.histories.set(entryId, result.ok ? { kind: 'ready', passages: result.value } : { kind: 'failed', error: result.error });
      if (this.details[this.details.length - 1] === entryId) this.render();
    });
  }

  private async refreshHistoryStats(): Promise<void> {
    const stats = await this.backend.historyStats();
    this.historyPages = stats.ok ? stats.value.pages : undefined;
    this.render();
  }

  private async clearHistory(): Promise<void> {
    const result = await this.backend.clearHistory();
    if (!result.ok) {
      this.footer = { kind: 'idle' };
      this.announce(`History could not be cleared: ${result.error}`);
    } else {
      this.footer = { kind: 'cleared', pages: result.value.pages };
      this.histories.clear();
      this.historyPages = 0;
      this.announce(`History cleared: ${plural(result.value.pages, 'page')} deleted`);
      const current = this.details[this.details.length - 1];
      if (current) this.loadHistory(current);
    }
    this.focusKey = 'history-clear';
    this.render();
  }

  private change(update: (settings: Settings) => Settings, announcement: string): void {
    void this.backend.updateSettings(update).then(
      () => this.announce(announcement),
      (error: unknown) => this.announce(`The setting could not be saved: ${String(error)}`),
    );
  }

  setSite(on: boolean): void {
    const host = hostOf(this.url ?? (this.report?.ok ? this.report.value.url : undefined));
    if (!host) return;
    this.change((s) => withSite(s, host, on), on ? `Highlighting is on for ${host}` : `Highlighting is off for ${host}`);
  }

  setEverywhere(on: boolean): void {
    this.change((s) => ({ ...s, enabled: on, paused: false }), on ? 'Highlighting is on everywhere' : 'Highlighting is off everywhere');
  }

  setPaused(paused: boolean): void {
    this.change((s) => ({ ...s, enabled: !paused, paused }), paused ? 'Highlighting is paused everywhere' : 'Highlighting resumed');
  }

  // ── Rendering ────────────────────────────────────────────────────────

  render(): void {
    const active = document.activeElement as HTMLElement | null;
    const focusKey = this.focusKey ?? (active && this.root.contains(active) ? active.dataset.key : undefined);
    this.focusKey = undefined;
    const started = performance.now();
    const notice = this.notice ? h('p', { class: 'notice', attrs: { 'data-testid': 'notice' } }, this.notice) : null;
    replaceChildren(this.view, this.header(), h('main', { class: 'content', attrs: { id: 'content' } }, notice, this.body()), this.historyFooter(), shortcutsFooterView(this.shortcuts));
    this.root.dataset.view = this.details.length > 0 ? 'detail' : 'list';
    this.root.dataset.status = this.status.kind;
    if (this.host === 'panel') markOnScreen(this.view, this.onScreen);
    this.root.dataset.renderMs = (performance.now() - started).toFixed(1);
    if (focusKey) {
      this.view.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: focusKey === 'detail-heading' });
    }
  }

  private header(): HTMLElement {
    const host = hostOf(this.url ?? (this.report?.ok ? this.report.value.url : undefined));
    return headerView(
      { host, siteOn: host !== '' && !isSiteDenied(this.settings, host), enabled: this.settings.enabled, paused: this.settings.paused },
      { setSite: (on) => this.setSite(on), setEverywhere: (on) => this.setEverywhere(on), setPaused: (paused) => this.setPaused(paused), openPanel: this.openPanel },
    );
  }

  private body(): Child {
    const current = this.details[this.details.length - 1];
    if (current) return this.detail(current);
    const status = this.status;
    switch (status.kind) {
      case 'loading':
        return h('p', { class: 'state', attrs: { 'data-testid': 'state' } }, 'Reading the page…');
      case 'unscannable':
        return h('div', { class: 'state', attrs: { 'data-testid': 'state' } }, h('p', { class: 'state-line' }, status.message));
      case 'paused':
        return this.state(status.message, 'Resume', () => this.setPaused(false));
      case 'off':
        return this.state(status.message, 'Turn on everywhere', () => this.setEverywhere(true));
      case 'off-for-site':
        return this.state(status.message, `Turn on for ${status.site}`, () => this.setSite(true));
      case 'paused-page':
        return this.state(status.message, 'Resume on this page', () => void this.backend.togglePage().then(() => this.refresh()));
      case 'report':
        return this.list(status.report);
    }
  }

  private state(message: string, action: string, run: () => void): HTMLElement {
    return h(
      'div',
      { class: 'state', attrs: { 'data-testid': 'state' } },
      h('p', { class: 'state-line' }, message),
      h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'state-action' }, on: { click: run } }, action),
    );
  }

  private list(report: PageReport): Child {
    if (this.model?.report !== report) this.model = { report, summary: summarizeReport(report, this.lookup) };
    const { summary } = this.model;
    const legend = legendView(this.settings.style);
    if (summary.hits === 0) return [summaryView(summary), legend];
    if (this.host === 'panel') {
      const hits = filterHits(report.hits, this.filter, this.lookup).sort((a, b) => a.index - b.index);
      return [
        summaryView(summary, { filter: this.filter, setFilter: (filter) => this.setFilter(filter) }),
        legend,
        pageOrderView(
          { summary, hits, filter: this.filter, lookup: this.lookup, style: this.settings.style, hiddenSources: this.settings.hiddenSources },
          { setFilter: (filter) => this.setFilter(filter), goto: (entryId, index) => this.goto(entryId, index), openDetail: (entryId) => this.openDetail(entryId) },
        ),
        exportView(report, this.lookup),
      ];
    }
    const { groups, shown } = this.groups(report);
    return [
      summaryView(summary, { filter: this.filter, setFilter: (filter) => this.setFilter(filter) }),
      legend,
      hitListView(summary, groups, shown, this.filter, this.selected, {
        setFilter: (filter) => this.setFilter(filter),
        goto: (entryId, index) => this.goto(entryId, index),
        step: (entryId, direction) => this.step(entryId, direction),
        openDetail: (entryId) => this.openDetail(entryId),
      }),
      exportView(report, this.lookup),
    ];
  }

  private detail(entryId: string): HTMLElement {
    const entry = this.lookup(entryId, this.hitsOf(entryId)[0]?.match);
    const previous = this.details[this.details.length - 2];
    return detailView(
      {
        entry,
        hits: this.hitsOf(entryId),
        selected: this.selected.get(entryId),
        history: this.historyShown(entryId),
        lookup: this.lookup,
        canGoBack: true,
        backLabel: previous ? `Back to “${this.lookup(previous).phrase}”` : 'All phrases on this page',
      },
      {
        back: () => this.back(),
        openDetail: (id) => this.openDetail(id),
        goto: (id, index) => this.goto(id, index),
      },
    );
  }

  /**
   * The entry's history passages without the page being read. The background
   * already leaves it out when the popup knew the URL in time; when the URL
   * came later with the page's report (browsers hide tab URLs from
   * extensions without the "tabs" permission), it is left out here.
   */
  private historyShown(entryId: string): HistoryState {
    const state = this.histories.get(entryId) ?? { kind: 'loading' };
    const url = this.url ?? (this.report?.ok ? this.report.value.url : undefined);
    if (state.kind !== 'ready' || !url) return state;
    const current = pageKey(url);
    return { kind: 'ready', passages: state.passages.filter((p) => p.url !== current) };
  }

  private historyFooter(): HTMLElement {
    return historyFooterView(this.historyPages, this.footer, {
      ask: () => {
        this.footer = { kind: 'confirm' };
        this.focusKey = 'history-confirm';
        this.render();
      },
      cancel: () => {
        this.footer = { kind: 'idle' };
        this.focusKey = 'history-clear';
        this.render();
      },
      confirm: () => void this.clearHistory(),
    });
  }
}
