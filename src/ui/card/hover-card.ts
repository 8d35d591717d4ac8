/**
 * The hover card: a small dialog that explains one highlighted phrase. It
 * lives in a CLOSED shadow root on a host element attached to `<html>`,
 * outside `<body>`, so page CSS cannot reach it, page scripts cannot read it,
 * and `body.innerHTML` is unchanged. The host is in the page only while the
 * card is open: closing it takes the host out again, so the page's DOM is as
 * it was. All text goes in through `textContent`.
 *
 * The host carries two attributes, `data-state` and `data-entry-id`, that
 * reveal nothing of the page; tests read them.
 */
import type { Voice } from '../../core/types';
import { ListenerRounds } from '../../util/listener-rounds';
import { matchParts, sourcesLine, techniquesLine, voiceLine } from './card-text';
import { CARD_CSS, HOST_STYLES } from './card-styles';
import { legendItems } from '../legend';
import { DEFAULT_STYLE, type Palette } from '../../dom/highlight-style';

export interface CardContent {
  entryId: string;
  /** The entry's canonical phrase. */
  phrase: string;
  /** The words as they stand on the page. */
  match: string;
  sources: readonly string[];
  techniques: readonly string[];
  /** The explanation's first sentence; '' while it is being fetched. */
  summary: string;
  /** One of the user's own phrases (its `sources` hold the user's label). */
  custom?: boolean;
  voice: Voice;
  /** The highlight group, for the colour swatch. */
  group: string;
  /** The reader's palette, so that the swatch and the legend match the highlights; the standard one if not given. */
  palette?: Palette;
}

export interface CardOptions {
  /** "More" was pressed. */
  onMore(entryId: string): void;
  /** The card closed (Escape, the close button, or `hide`). */
  onClose?(): void;
  /** "Hide this phrase": the reader's own click (never a page's synthetic one) on a built-in entry. */
  onHideEntry?(entryId: string): void;
  /** "Not on this site": the reader's own click. */
  onDenySite?(): void;
  signal: AbortSignal;
}

/** Gap between the phrase and the card, in px. */
const GAP = 6;
const MARGIN = 8;

export class HoverCard {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  readonly #card: HTMLElement;
  readonly #swatch: HTMLElement;
  readonly #phrase: HTMLElement;
  readonly #match: HTMLElement;
  readonly #sources: HTMLElement;
  readonly #techniques: HTMLElement;
  readonly #techniquesText: Text;
  readonly #summary: HTMLElement;
  readonly #voice: HTMLElement;
  readonly #legend: HTMLElement;
  readonly #more: HTMLButtonElement;
  readonly #hideEntry: HTMLButtonElement;
  readonly #denySite: HTMLButtonElement;
  readonly #closeButton: HTMLButtonElement;
  readonly #listeners: ListenerRounds;
  #entryId = '';
  #custom = false;
  #returnFocus: Element | null = null;
  #pointerInside = false;
  #anchor: DOMRect | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: CardOptions,
  ) {
    this.host = doc.createElement('div');
    for (const [property, value] of HOST_STYLES) this.host.style.setProperty(property, value, 'important');
    this.host.setAttribute('data-rhetoric-lens-card', '');
    this.host.setAttribute('data-state', 'closed');
    this.root = this.host.attachShadow({ mode: 'closed' });
    this.#applyStyles();

    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: Node): HTMLElementTagNameMap[K] => {
      const element = doc.createElement(tag);
      if (className) element.className = className;
      parent.appendChild(element);
      return element;
    };
    this.#card = el('div', 'card', this.root);
    this.#card.lang = 'en'; // the card speaks English on a Chinese or Korean page; only the matched words take their own language
    this.#card.hidden = true;
    this.#card.setAttribute('role', 'dialog');
    this.#card.setAttribute('aria-modal', 'false');
    this.#card.setAttribute('aria-labelledby', 'rl-phrase');
    this.#card.setAttribute('aria-describedby', 'rl-summary');
    this.#card.tabIndex = -1;
    const head = el('div', 'head', this.#card);
    this.#swatch = el('span', 'swatch', head);
    this.#swatch.setAttribute('aria-hidden', 'true');
    this.#phrase = el('h2', 'phrase', head);
    this.#phrase.id = 'rl-phrase';
    this.#match = el('p', 'match', this.#card);
    this.#sources = el('p', 'sources', this.#card);
    this.#techniques = el('p', 'techniques', this.#card);
    const label = el('span', 'label', this.#techniques);
    label.textContent = 'Technique: ';
    this.#techniquesText = doc.createTextNode('');
    this.#techniques.appendChild(this.#techniquesText);
    this.#summary = el('p', 'summary', this.#card);
    this.#summary.id = 'rl-summary';
    this.#voice = el('p', 'voice', this.#card);
    // One line: what each colour stands for, this phrase's in bold.
    this.#legend = el('p', 'legend', this.#card);
    this.#legend.setAttribute('aria-label', 'Highlight colours');
    for (const item of legendItems(DEFAULT_STYLE)) {
      const key = el('span', 'key', this.#legend);
      key.setAttribute('data-group', item.group);
      const sample = el('span', 'sample', key);
      sample.setAttribute('data-group', item.group);
      sample.setAttribute('aria-hidden', 'true');
      sample.textContent = 'Ab';
      key.append(` ${item.name}`);
    }
    const actions = el('div', 'actions', this.#card);
    this.#more = el('button', 'more', actions);
    this.#more.type = 'button';
    this.#more.textContent = 'More';
    const reader = el('span', 'reader', actions);
    this.#hideEntry = el('button', 'quiet', reader);
    this.#hideEntry.type = 'button';
    this.#hideEntry.textContent = 'Hide this phrase';
    this.#hideEntry.title = 'Stop highlighting this phrase everywhere. Options can show it again.';
    this.#denySite = el('button', 'quiet', reader);
    this.#denySite.type = 'button';
    this.#denySite.textContent = 'Not on this site';
    this.#denySite.title = 'Stop highlighting on this site. Options can switch it back on.';
    const close = (this.#closeButton = el('button', 'close', actions));
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Close');

    this.#listeners = new ListenerRounds(options.signal, (signal) => this.#listen(signal));
    this.#listeners.next();
    options.signal.addEventListener('abort', () => this.host.remove(), { once: true });
  }

  /** Attaches the listeners again, without doubling any: document.open() erased them, the card's own too. */
  listenAgain(): void {
    this.#listeners.next();
  }

  #listen(signal: AbortSignal) {
    this.#more.addEventListener('click', () => this.options.onMore(this.#entryId), { signal });
    // Only the reader's own clicks: these change settings, and a page must never be able to press them.
    this.#hideEntry.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted || this.#custom) return;
        const entryId = this.#entryId;
        this.hide(true);
        this.options.onHideEntry?.(entryId);
      },
      { signal },
    );
    this.#denySite.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted) return;
        this.hide(true);
        this.options.onDenySite?.();
      },
      { signal },
    );
    this.#closeButton.addEventListener('click', () => this.hide(true), { signal });
    this.#card.addEventListener('pointerenter', () => (this.#pointerInside = true), { signal });
    this.#card.addEventListener('pointerleave', () => (this.#pointerInside = false), { signal });
    this.#card.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          this.hide(true);
        }
      },
      { signal },
    );
    // Escape anywhere on the page closes an open card; the page still sees the key.
    this.doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.isOpen) this.hide(true);
      },
      { signal, capture: true },
    );
  }

  get isOpen(): boolean {
    return !this.#card.hidden;
  }

  get shownEntryId(): string | null {
    return this.isOpen ? this.#entryId : null;
  }

  /** Whether the pointer is over the card (so a pointer leaving the phrase for the card keeps it open). */
  get hovered(): boolean {
    return this.#pointerInside;
  }

  /** Whether an event target is the card (events from the closed shadow root are retargeted to the host). */
  owns(target: EventTarget | null): boolean {
    return target === this.host;
  }

  show(content: CardContent, anchor: DOMRect, options: { focus?: boolean } = {}): void {
    this.#entryId = content.entryId;
    this.#custom = content.custom === true;
    // The user's own phrases are edited in options, not hidden from the card.
    this.#hideEntry.hidden = this.#custom || !this.options.onHideEntry;
    this.#denySite.hidden = !this.options.onDenySite;
    this.#swatch.setAttribute('data-group', content.group);
    this.#card.setAttribute('data-palette', content.palette ?? 'standard');
    for (const key of this.#legend.children) key.classList.toggle('current', key.getAttribute('data-group') === content.group);
    this.#phrase.textContent = content.phrase;
    const parts = matchParts(content.match, content.phrase);
    this.#match.hidden = parts === undefined;
    this.#match.replaceChildren();
    if (parts) {
      // The words in their own language tag, so that fonts and screen readers treat them as Korean, Chinese or Russian.
      const words = this.doc.createElement('span');
      words.className = 'words';
      if (parts.language) words.lang = parts.language.code;
      words.textContent = parts.words;
      this.#match.append(parts.prefix, '“', words, '”');
    }
    this.#sources.textContent = sourcesLine(content.sources, content.custom);
    this.#techniques.hidden = content.techniques.length === 0;
    this.#techniques.firstChild!.textContent = content.techniques.length > 1 ? 'Techniques: ' : 'Technique: ';
    this.#techniquesText.data = techniquesLine(content.techniques);
    this.#summary.textContent = content.summary;
    this.#summary.hidden = content.summary === '';
    this.#voice.textContent = voiceLine(content.voice);
    this.#voice.setAttribute('data-voice', content.voice);

    if (!this.host.isConnected) (this.doc.documentElement ?? this.doc).appendChild(this.host);
    this.#card.hidden = false;
    this.#place(anchor);
    this.host.setAttribute('data-state', 'open');
    this.host.setAttribute('data-entry-id', content.entryId);
    if (options.focus) {
      const active = this.doc.activeElement;
      if (active !== this.host) this.#returnFocus = active;
      this.#card.focus({ preventScroll: true });
    }
  }

  /** Closes the card. `restoreFocus`: give focus back to where it was before a keyboard open. */
  hide(restoreFocus = false): void {
    if (!this.isOpen) return;
    const hadFocus = this.doc.activeElement === this.host;
    this.#card.hidden = true;
    this.#pointerInside = false;
    this.host.setAttribute('data-state', 'closed');
    this.host.removeAttribute('data-entry-id');
    if (hadFocus && restoreFocus && this.#returnFocus && (this.#returnFocus as HTMLElement).focus && this.#returnFocus.isConnected) {
      (this.#returnFocus as HTMLElement).focus({ preventScroll: true });
    } else if (hadFocus) {
      this.host.blur();
    }
    this.#returnFocus = null;
    this.host.remove();
    this.options.onClose?.();
  }

  /** Fills in the summary once it arrives, if the card still shows that entry. */
  setSummary(entryId: string, summary: string): void {
    if (!this.isOpen || this.#entryId !== entryId) return;
    this.#summary.textContent = summary;
    this.#summary.hidden = summary === '';
    if (this.#anchor) this.#place(this.#anchor);
  }

  /** Moves the open card to a new place of its phrase (after a scroll). */
  reposition(anchor: DOMRect): void {
    if (this.isOpen) this.#place(anchor);
  }

  /** Below the phrase if it fits, else above; kept inside the viewport. */
  #place(anchor: DOMRect) {
    this.#anchor = anchor;
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    this.#card.style.left = '0px';
    this.#card.style.top = '0px';
    const box = this.#card.getBoundingClientRect();
    let left = Math.min(Math.max(MARGIN, anchor.left), width - box.width - MARGIN);
    left = Math.max(MARGIN, left);
    let top = anchor.bottom + GAP;
    if (top + box.height > height - MARGIN && anchor.top - GAP - box.height >= MARGIN) top = anchor.top - GAP - box.height;
    top = Math.max(MARGIN, Math.min(top, height - box.height - MARGIN));
    this.#card.style.left = `${Math.round(left)}px`;
    this.#card.style.top = `${Math.round(top)}px`;
  }

  #applyStyles() {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      this.root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // No constructable sheets: a <style> element inside the closed root does the same.
    }
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    this.root.appendChild(style);
  }
}
