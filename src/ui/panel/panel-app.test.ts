// @vitest-environment happy-dom
/** The side panel: the popup's app in its panel host, with the page-order list. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Result } from '../../messaging/messages';
import type { PageReport } from '../../core/types';
import { defaultSettings, type Settings } from '../../storage/settings';
import { entryLookup } from '../popup/entry-info';
import { PopupApp, type PopupBackend } from '../popup/popup-app';
import { testEntries, testEntry, testHit, testReport } from '../../../tests/support/test-report';
import { markOnScreen, swatchGroup } from './page-order-view';

const lookup = entryLookup([...testEntries, testEntry('double-standards', { sources: ['kcna', 'prc', 'rus'] })], [{ id: 'custom-my-phrase', phrase: 'my phrase', label: '', note: '' }]);
const ok = <T>(value: T): Result<T> => ({ ok: true, value });

// The report lists hits in page order; here out of order, to show the panel sorts by index.
const hits = [
  testHit('win-win', 3),
  testHit('puppet-regime', 0),
  testHit('collective-west', 1, 'quoted'),
  testHit('puppet-regime', 2),
  testHit('puppet-regime', 4, 'quoted'),
];

function fakeBackend(reports: PageReport[]) {
  let at = 0;
  return {
    report: vi.fn(async () => ok(reports[Math.min(at++, reports.length - 1)])),
    goto: vi.fn(async (_index: number) => ok(null)),
    togglePage: vi.fn(async () => ok(null)),
    related: vi.fn(async () => ok([])),
    historyStats: vi.fn(async () => ok({ pages: 0, passages: 0 })),
    clearHistory: vi.fn(async () => ok({ pages: 0 })),
    updateSettings: vi.fn(async (_change: (s: Settings) => Settings) => undefined),
    shortcuts: vi.fn(async () => []),
  } satisfies PopupBackend;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

async function open(reports: PageReport[], settings: Partial<Settings> = {}) {
  const backend = fakeBackend(reports);
  const app = new PopupApp(root, backend, lookup, { url: reports[0].url, settings: { ...defaultSettings(), ...settings }, host: 'panel' });
  await flush();
  return { app, backend };
}

const qa = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const announced = () => root.querySelector('[data-testid="announcer"]')?.textContent;

describe('the page-order list', () => {
  test('lists every hit in page order with its swatch, phrase, sentence, source and voice', async () => {
    await open([testReport(hits)]);
    const rows = qa('ol.page-hit-list > li.page-hit');
    expect(rows.map((r) => r.dataset.index)).toEqual(['0', '1', '2', '3', '4']);
    expect(rows.map((r) => r.dataset.entry)).toEqual(['puppet-regime', 'collective-west', 'puppet-regime', 'win-win', 'puppet-regime']);
    expect(rows.map((r) => r.dataset.group)).toEqual(['kcna', 'rus', 'kcna', 'prc', 'kcna']);
    const second = rows[1];
    expect(second.querySelector('.phrase')?.textContent).toBe('collective west');
    expect(second.querySelector('.sentence')?.textContent).toBe('Sentence 1 mentions the collective west today.');
    expect(second.querySelector('.sentence mark')?.textContent).toBe('collective west');
    expect(second.querySelector('.page-hit-meta')?.textContent).toBe('Russian state media · quoted');
    // The swatch looks like the highlight: the group's underline style and colour.
    const swatch = second.querySelector<HTMLElement>('.swatch')!;
    expect(swatch.getAttribute('aria-hidden')).toBe('true');
    expect(swatch.getAttribute('style')).toMatch(/text-decoration-style: \w+;/);
    // The button is named by what it shows (the swatch is decoration), and described by the sentence.
    const button = second.querySelector<HTMLElement>('.page-hit-main')!;
    expect(button.hasAttribute('aria-label')).toBe(false);
    const named = [...button.querySelectorAll('.phrase, .page-hit-meta')].map((e) => e.textContent);
    expect(named).toEqual(['collective west', 'Russian state media · quoted']);
    expect(button.contains(second.querySelector('.sentence'))).toBe(false);
    expect(root.querySelector(`#${button.getAttribute('aria-describedby')}`)?.textContent).toBe('Sentence 1 mentions the collective west today.');
    expect(qa('[data-testid="list-count"]').map((e) => e.textContent)).toEqual(['5 hits']);
  });

  test('clicking an entry goes to its hit, and focus stays on that entry through the re-render', async () => {
    const { backend } = await open([testReport(hits)]);
    qa('.page-hit-main')[3].click();
    expect(backend.goto).toHaveBeenLastCalledWith(3);
    qa('.page-hit .sentence')[2].click(); // the sentence, for the pointer
    expect(backend.goto).toHaveBeenLastCalledWith(2);
    const button = root.querySelector<HTMLElement>('[data-key="hit:1"]')!;
    button.focus();
    button.click();
    expect(backend.goto).toHaveBeenLastCalledWith(1);
    expect(button.isConnected).toBe(false); // rebuilt …
    expect((document.activeElement as HTMLElement).dataset.key).toBe('hit:1'); // … and focused again
  });

  test('arrow keys, Home and End move between entries', async () => {
    await open([testReport(hits)]);
    const list = root.querySelector('ol.page-hit-list')!;
    const key = (k: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    qa('.page-hit-main')[0].focus();
    key('ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.key).toBe('hit:1');
    key('End');
    expect((document.activeElement as HTMLElement).dataset.key).toBe('hit:4');
    key('ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.key).toBe('hit:4');
    key('ArrowUp');
    expect((document.activeElement as HTMLElement).dataset.key).toBe('hit:3');
    key('Home');
    expect((document.activeElement as HTMLElement).dataset.key).toBe('hit:0');
    expect(list.contains(document.activeElement)).toBe(true);
  });

  test('the filters narrow the list and keep page order', async () => {
    const { app } = await open([testReport(hits)]);
    app.setFilter({ source: '', technique: '', voice: 'quoted' });
    expect(qa('.page-hit').map((r) => r.dataset.index)).toEqual(['1', '4']);
    expect(qa('[data-testid="list-count"]')[0].textContent).toBe('Showing 2 hits of 5');
  });

  test('the hits on screen are marked, the first as the current location, and the marks survive a re-render', async () => {
    const { app } = await open([testReport(hits)]);
    app.setViewing({ first: 1, last: 2 });
    const marked = () => qa('.page-hit.on-screen').map((r) => r.dataset.index);
    const current = () => qa('[aria-current="location"]').map((b) => b.dataset.index);
    expect(marked()).toEqual(['1', '2']);
    expect(current()).toEqual(['1']);
    app.setFilter({ source: '', technique: '', voice: 'own' }); // re-renders; hit 1 (quoted) is filtered out
    expect(marked()).toEqual(['2']);
    expect(current()).toEqual(['2']);
    app.setViewing({ first: -1, last: -1 });
    expect(marked()).toEqual([]);
    expect(current()).toEqual([]);
  });

  test('announces the count politely on the first report and when it changes, not when it stays', async () => {
    const { app } = await open([testReport(hits), testReport(hits.slice(0, 2)), testReport(hits.slice(0, 2))]);
    const live = root.querySelector('[data-testid="announcer"]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(announced()).toBe('5 highlighted phrases on this page');
    await app.refresh();
    expect(announced()).toBe('2 highlighted phrases on this page');
    live.textContent = '';
    await app.refresh();
    expect(announced()).toBe('');
  });

  test('a new tab: the state of the last one goes, and its count is announced', async () => {
    const other = testReport([testHit('win-win', 0)], { url: 'https://other.example.org/' });
    const { app, backend } = await open([testReport(hits), other]);
    app.openDetail('puppet-regime');
    expect(root.dataset.view).toBe('detail');
    app.reset('https://other.example.org/');
    await flush();
    expect(backend.report).toHaveBeenCalledTimes(2);
    expect(root.dataset.view).toBe('list');
    expect(qa('.page-hit').map((r) => r.dataset.entry)).toEqual(['win-win']);
    expect(announced()).toBe('1 highlighted phrase on this page');
  });

  test('the detail opens from an entry and Escape returns focus to that entry', async () => {
    await open([testReport(hits)]);
    const details = root.querySelector<HTMLElement>('[data-key="detail-hit:3"]')!;
    details.focus();
    details.click();
    expect(root.dataset.view).toBe('detail');
    expect(root.querySelector('#detail-phrase')?.textContent).toBe('win win');
    expect(root.querySelector('.detail-section.explanation')).not.toBeNull();
    expect(root.querySelector('.detail-section.history')).not.toBeNull();
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(root.dataset.view).toBe('list');
    expect((document.activeElement as HTMLElement).dataset.key).toBe('detail-hit:3');
  });

  test('no open-panel button in the panel itself', async () => {
    await open([testReport(hits)]);
    expect(root.querySelector('[data-key="open-panel"]')).toBeNull();
  });

  test("the popup's button opens the panel, where the browser has one", async () => {
    const openPanel = vi.fn();
    new PopupApp(root, fakeBackend([testReport(hits)]), lookup, { url: undefined, settings: defaultSettings(), openPanel });
    const button = root.querySelector<HTMLButtonElement>('[data-key="open-panel"]')!;
    expect(button.textContent).toBe('Open side panel');
    button.click();
    expect(openPanel).toHaveBeenCalledTimes(1);
    new PopupApp(root, fakeBackend([testReport(hits)]), lookup, { url: undefined, settings: defaultSettings() });
    expect(root.querySelector('[data-key="open-panel"]')).toBeNull();
  });
});

describe('swatchGroup: the colour a hit has on the page', () => {
  test.each([
    ['puppet-regime', [], 'kcna'],
    ['double-standards', [], 'kcna'],
    ['double-standards', ['kcna'], 'prc'],
    ['custom-my-phrase', [], 'custom'],
    ['not-in-this-build', [], 'custom'],
  ])('%s with %j hidden: %s', (id, hidden, group) => {
    expect(swatchGroup(lookup(id), hidden)).toBe(group);
  });
});

test('markOnScreen on a list without entries marks nothing', () => {
  expect(markOnScreen(document.createElement('div'), { first: 0, last: 3 })).toBeNull();
});
