// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HoverCard, type CardContent } from './hover-card';
import { toCompilable } from '../../custom/phrases';

const HOSTILE = '<img src=x onerror="globalThis.__pwned = 1">';

function content(overrides: Partial<CardContent> = {}): CardContent {
  return {
    entryId: 'kiev-regime',
    phrase: 'Kiev regime',
    match: 'Kiev regime',
    sources: ['rus'],
    techniques: ['name-calling', 'loaded-language'],
    summary: 'A label for an elected government.',
    voice: 'quoted',
    group: 'rus',
    ...overrides,
  };
}

const anchor = { left: 100, top: 100, right: 180, bottom: 120, width: 80, height: 20, x: 100, y: 100 } as DOMRect;

/** The closed shadow root, reached for the test only: page scripts have no such handle. */
function rootOf(card: HoverCard): ShadowRoot {
  return (card as unknown as { root: ShadowRoot }).root;
}

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = '<p>Page text.</p>';
});
afterEach(() => controller.abort());

describe('the hover card', () => {
  test('lives in a closed shadow root on <html>, outside <body>, and leaves body.innerHTML alone', () => {
    const before = document.body.innerHTML;
    const card = new HoverCard(document, { signal: controller.signal, onMore: () => {} });
    card.show(content(), anchor);
    expect(card.host.parentNode).toBe(document.documentElement);
    expect(card.host.shadowRoot).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    expect(card.host.getAttribute('data-state')).toBe('open');
    expect(card.host.getAttribute('data-entry-id')).toBe('kiev-regime');
  });

  test('a one-line legend names every source, the shown phrase\'s in bold, in the reader\'s palette', () => {
    const card = new HoverCard(document, { signal: controller.signal, onMore: () => {} });
    card.show(content({ palette: 'colour-blind' }), anchor);
    const root = rootOf(card);
    const keys = [...root.querySelectorAll('.legend .key')];
    expect(keys.map((k) => k.textContent)).toEqual(['Ab KCNA', 'Ab PRC state media', 'Ab Russian state media', 'Ab Your own phrases']);
    expect(keys.filter((k) => k.classList.contains('current')).map((k) => k.getAttribute('data-group'))).toEqual(['rus']);
    expect(root.querySelector('.card')!.getAttribute('data-palette')).toBe('colour-blind');
    card.show(content({ group: 'kcna' }), anchor);
    expect(keys.filter((k) => k.classList.contains('current')).map((k) => k.getAttribute('data-group'))).toEqual(['kcna']);
    expect(root.querySelector('.card')!.getAttribute('data-palette')).toBe('standard');
  });

  test('one of the user\'s phrases without a note says so once', () => {
    const card = new HoverCard(document, { signal: controller.signal, onMore: () => {} });
    const entry = toCompilable({ id: 'custom-x', phrase: 'x', variants: [], label: '', note: '', added: 0 });
    card.show(content({ custom: true, sources: entry.sources, group: 'custom', summary: entry.explanation }), anchor);
    const root = rootOf(card);
    const lines = [...root.querySelectorAll('.card > p:not(.legend):not([hidden])')].map((p) => p.textContent);
    expect(lines.filter((line) => /your own phrase/i.test(line ?? ''))).toEqual(['One of your own phrases']);
  });

  test.each([
    ['phrase', { phrase: HOSTILE }],
    ['matched words', { match: HOSTILE }],
    ['summary', { summary: HOSTILE }],
    ['technique', { techniques: [HOSTILE] }],
    ['source', { sources: [HOSTILE] }],
  ])('renders a hostile %s as literal text', (_field, overrides) => {
    const card = new HoverCard(document, { signal: controller.signal, onMore: () => {} });
    card.show(content(overrides), anchor);
    const root = rootOf(card);
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('says what it is: phrase, sources, techniques, summary and voice', () => {
    const card = new HoverCard(document, { signal: controller.signal, onMore: () => {} });
    card.show(content({ sources: ['rus', 'kcna'], match: 'Kyiv regime' }), anchor);
    const root = rootOf(card);
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('rl-phrase');
    const text = root.textContent!;
    expect(text).toContain('Kiev regime');
    expect(text).toContain('On this page: “Kyiv regime”');
    expect(text).toContain('Phrasing typical of Russian state media and KCNA');
    expect(text).toContain('Techniques: ');
    expect(text).toContain('A label for an elected government.');
    expect(text).toContain('Quoted');
  });

  test('a match in the original script is shown in its language, under the English phrase as its gloss', () => {
    const card = new HoverCard(document, { signal: controller.signal, onMore: () => {} });
    card.show(content({ sources: ['rus'], match: 'киевского режима' }), anchor);
    const root = rootOf(card);
    expect(root.querySelector('.phrase')!.textContent).toBe('Kiev regime');
    expect(root.querySelector('.match')!.textContent).toBe('On this page, in Russian: “киевского режима”');
    expect(root.querySelector('.match .words')!.getAttribute('lang')).toBe('ru');
    expect(root.querySelector('[role="dialog"]')!.getAttribute('lang')).toBe('en');
    card.show(content({ match: 'Kyiv regime' }), anchor);
    expect(root.querySelector('.match .words')!.hasAttribute('lang')).toBe(false);
  });

  test('"Hide this phrase" and "Not on this site": shown when wired, never for the user’s own phrases, deaf to synthetic clicks', () => {
    const hidden: string[] = [];
    let denied = 0;
    const card = new HoverCard(document, { signal: controller.signal, onMore: () => {}, onHideEntry: (id) => hidden.push(id), onDenySite: () => denied++ });
    card.show(content({ entryId: 'kiev-regime' }), anchor);
    const root = rootOf(card);
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('button.quiet')].filter((b) => !b.hidden).map((b) => b.textContent);
    expect(buttons()).toEqual(['Hide this phrase', 'Not on this site']);
    for (const button of root.querySelectorAll<HTMLButtonElement>('button.quiet')) button.click(); // a page's script could do no more than this
    expect(hidden).toEqual([]);
    expect(denied).toBe(0);
    expect(card.isOpen).toBe(true);
    card.show(content({ entryId: 'mine', custom: true }), anchor);
    expect(buttons()).toEqual(['Not on this site']);
    const plain = new HoverCard(document, { signal: controller.signal, onMore: () => {} });
    plain.show(content(), anchor);
    expect([...rootOf(plain).querySelectorAll<HTMLButtonElement>('button.quiet')].filter((b) => !b.hidden)).toEqual([]);
  });

  test('own voice is said as such', () => {
    const card = new HoverCard(document, { signal: controller.signal, onMore: () => {} });
    card.show(content({ voice: 'own' }), anchor);
    expect(rootOf(card).querySelector('.voice')!.textContent).toBe("In the page's own voice.");
  });

  test('"More" is a focusable button that asks for the detail', () => {
    const onMore = vi.fn();
    const card = new HoverCard(document, { signal: controller.signal, onMore });
    card.show(content(), anchor, { focus: true });
    const more = rootOf(card).querySelector<HTMLButtonElement>('button.more')!;
    expect(more.type).toBe('button');
    more.click();
    expect(onMore).toHaveBeenCalledWith('kiev-regime');
  });

  test('Escape closes it and says so on the host', () => {
    const onClose = vi.fn();
    const card = new HoverCard(document, { signal: controller.signal, onMore: () => {}, onClose });
    card.show(content(), anchor);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.isOpen).toBe(false);
    expect(card.host.getAttribute('data-state')).toBe('closed');
    expect(card.host.hasAttribute('data-entry-id')).toBe(false);
    expect(onClose).toHaveBeenCalledOnce();
  });

  test('listening again (after document.open()) doubles nothing: one "More", one Escape', () => {
    const onMore = vi.fn();
    const onClose = vi.fn();
    const card = new HoverCard(document, { signal: controller.signal, onMore, onClose });
    card.listenAgain();
    card.listenAgain();
    card.show(content(), anchor);
    rootOf(card).querySelector<HTMLButtonElement>('button.more')!.click();
    expect(onMore).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('after the abort, listening again attaches nothing', () => {
    const onMore = vi.fn();
    const card = new HoverCard(document, { signal: controller.signal, onMore });
    const more = rootOf(card).querySelector<HTMLButtonElement>('button.more')!;
    controller.abort();
    card.listenAgain();
    more.click();
    expect(onMore).not.toHaveBeenCalled();
  });

  test.each([
    ['Escape', () => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))],
    ['the close button', (card: HoverCard) => rootOf(card).querySelector<HTMLButtonElement>('button.close')!.click()],
    ['hide()', (card: HoverCard) => card.hide()],
  ])('closed by %s, the card leaves the page as it was: documentElement.outerHTML unchanged', (_, close) => {
    const before = document.documentElement.outerHTML;
    const card = new HoverCard(document, { signal: controller.signal, onMore: () => {} });
    for (let round = 0; round < 2; round++) {
      card.show(content(), anchor, { focus: round === 1 });
      expect(card.host.parentNode).toBe(document.documentElement);
      close(card);
      expect(card.isOpen).toBe(false);
      expect(card.host.isConnected).toBe(false);
      expect(document.documentElement.outerHTML).toBe(before);
    }
  });

  test('the abort signal removes the host', () => {
    const card = new HoverCard(document, { signal: controller.signal, onMore: () => {} });
    card.show(content(), anchor);
    controller.abort();
    expect(card.host.isConnected).toBe(false);
  });
});
