// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Result } from '../../messaging/messages';
import type { PageReport } from '../../core/types';
import { defaultSettings, type Settings } from '../../storage/settings';
import type { RelatedPassage } from '../../storage/history/related-passages';
import { entryLookup } from './entry-info';
import { PopupApp, type PopupBackend } from './popup-app';
import { testEntries, testHit, testReport } from '../../../tests/support/test-report';

const lookup = entryLookup(testEntries);
const ok = <T>(value: T): Result<T> => ({ ok: true, value });

function fakeBackend(report: PageReport, passages: RelatedPassage[] = []) {
  let settings = defaultSettings();
  const backend = {
    report: vi.fn(async () => ok(report)),
    goto: vi.fn(async (_index: number) => ok(null)),
    togglePage: vi.fn(async () => ok(null)),
    related: vi.fn(async () => ok(passages)),
    historyStats: vi.fn(async () => ok({ pages: 3, passages: 9 })),
    clearHistory: vi.fn(async () => ok({ pages: 3 })),
    updateSettings: vi.fn(async (change: (s: Settings) => Settings) => {
      settings = change(settings);
    }),
    shortcuts: vi.fn(async () => [
      { name: 'toggle-highlights', description: 'Turn highlights on or off', shortcut: 'Alt+Shift+H' },
      { name: 'next-highlight', description: 'Go to the next highlight', shortcut: 'Alt+Shift+J' },
      { name: 'previous-highlight', description: 'Go to the previous highlight', shortcut: '' },
    ]),
    settings: () => settings,
  };
  return backend satisfies PopupBackend;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const hits = [
  testHit('puppet-regime', 0),
  testHit('collective-west', 1, 'quoted'),
  testHit('puppet-regime', 2),
  testHit('win-win', 3),
  testHit('puppet-regime', 4, 'quoted'),
];

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

async function open(report: PageReport, init: { entryId?: string; passages?: RelatedPassage[]; settings?: Partial<Settings>; url?: string } = {}) {
  const backend = fakeBackend(report, init.passages);
  const app = new PopupApp(root, backend, lookup, {
    url: init.url ?? report.url,
    settings: { ...defaultSettings(), ...init.settings },
    entryId: init.entryId,
  });
  await flush();
  return { app, backend };
}

const q = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector as string) as T;
const qa = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const text = (selector: string) => q(selector)?.textContent ?? '';

describe('the summary and the list', () => {
  test('the source and technique chips filter the list, pressed and unpressed, focus kept on the chip', async () => {
    await open(testReport(hits));
    const chip = (key: string) => q<HTMLButtonElement>(`[data-key="${key}"]`);
    const rows = () => qa('.group').map((g) => g.dataset.entry);
    expect(rows()).toEqual(['puppet-regime', 'collective-west', 'win-win']);
    expect(chip('chip-source-rus').tagName).toBe('BUTTON');
    expect(chip('chip-source-rus').getAttribute('aria-pressed')).toBe('false');
    chip('chip-source-rus').focus();
    chip('chip-source-rus').click();
    expect(rows()).toEqual(['collective-west']);
    expect(chip('chip-source-rus').getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(chip('chip-source-rus')); // focus stays on the chip through the render
    expect(q('#filter-source option[selected]')?.getAttribute('value')).toBe('rus');
    chip('chip-source-rus').click();
    expect(rows()).toEqual(['puppet-regime', 'collective-west', 'win-win']);
    expect(chip('chip-source-rus').getAttribute('aria-pressed')).toBe('false');
    chip('chip-technique-slogans').click();
    expect(rows()).toEqual(['win-win']);
    expect(chip('chip-technique-slogans').getAttribute('aria-pressed')).toBe('true');
  });

  test('the footer lists the keys the browser has set, and leaves out an unset one', async () => {
    await open(testReport(hits));
    expect(qa('[data-testid="keys"] li').map((li) => li.textContent)).toEqual(['Alt+Shift+H on / off', 'Alt+Shift+J next']);
  });

  test('a legend names each source beside its highlight\'s look', async () => {
    await open(testReport(hits));
    expect(qa('[data-testid="legend"] li').map((li) => li.textContent)).toEqual(['Ab KCNA', 'Ab PRC state media', 'Ab Russian state media', 'Ab Your own phrases']);
  });

  test('shows the numbers and one row per entry with its count and first sentence', async () => {
    await open(testReport(hits));
    expect(text('[data-testid="summary-line"]')).toBe("5 phrases typical of KCNA, Russian state media and PRC state media, 3 in the page's own voice");
    expect(text('[data-stat="hits"] dd')).toBe('5');
    expect(text('[data-stat="own"] dd')).toBe('3');
    expect(text('[data-stat="quoted"] dd')).toBe('2');
    expect(qa('.group').map((g) => [g.dataset.entry, g.querySelector('.count')?.textContent])).toEqual([
      ['puppet-regime', '3'],
      ['collective-west', '1'],
      ['win-win', '1'],
    ]);
    const sentence = q('.group .sentence');
    expect(sentence.textContent).toBe('Sentence 0 mentions the puppet regime today.');
    expect(sentence.querySelector('mark')?.textContent).toBe('puppet regime');
  });

  test('page text stays text', async () => {
    const hostile = testHit('win-win', 0, 'own', 'A <img src=x onerror=alert(1)> win win <b>bold</b>');
    await open(testReport([hostile]));
    expect(q('.group .sentence').textContent).toBe('A <img src=x onerror=alert(1)> win win <b>bold</b>');
    expect(root.querySelector('img, b')).toBeNull();
  });

  test('clicking a row goes to its occurrence; next and previous step through the entry', async () => {
    const { backend } = await open(testReport(hits));
    q<HTMLButtonElement>('[data-key="goto:puppet-regime"]').click();
    expect(backend.goto).toHaveBeenLastCalledWith(0);
    q<HTMLButtonElement>('[data-key="next:puppet-regime"]').click();
    expect(backend.goto).toHaveBeenLastCalledWith(2);
    expect(text('.group[data-entry="puppet-regime"] .position')).toBe('2 / 3');
    expect(text('.group[data-entry="puppet-regime"] .sentence')).toContain('Sentence 2');
    q<HTMLButtonElement>('[data-key="next:puppet-regime"]').click();
    q<HTMLButtonElement>('[data-key="next:puppet-regime"]').click();
    expect(backend.goto).toHaveBeenLastCalledWith(0);
    q<HTMLButtonElement>('[data-key="prev:puppet-regime"]').click();
    expect(backend.goto).toHaveBeenLastCalledWith(4);
    q<HTMLButtonElement>('[data-key="goto:puppet-regime"]').click();
    expect(backend.goto).toHaveBeenLastCalledWith(4);
  });

  test('arrow keys move between rows and step through occurrences', async () => {
    const { backend } = await open(testReport(hits));
    const first = q<HTMLButtonElement>('[data-key="goto:puppet-regime"]');
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect((document.activeElement as HTMLElement).dataset.key).toBe('goto:collective-west');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect((document.activeElement as HTMLElement).dataset.key).toBe('goto:win-win');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(backend.goto).toHaveBeenLastCalledWith(2);
    expect((document.activeElement as HTMLElement).dataset.key).toBe('goto:puppet-regime');
  });

  test('filters narrow the list and say how many hits they show', async () => {
    await open(testReport(hits));
    const voice = q<HTMLSelectElement>('#filter-voice');
    voice.value = 'quoted';
    voice.dispatchEvent(new Event('change'));
    expect(qa('.group').map((g) => g.dataset.entry)).toEqual(['collective-west', 'puppet-regime']);
    expect(text('.filter-count')).toBe('Showing 2 hits of 5');
    const source = q<HTMLSelectElement>('#filter-source');
    source.value = 'prc';
    source.dispatchEvent(new Event('change'));
    expect(text('.empty')).toBe('No phrase matches these filters.');
  });

  test.each([
    ['no hits', testReport([]), {}, 'No state-media phrasing found in 1,840 words'],
    ['off for the site', testReport(hits), { deniedSites: ['example.org'] }, 'Highlighting is off for this site'],
    ['paused', testReport([]), { enabled: false, paused: true }, 'Highlighting is paused everywhere'],
    ['off everywhere', testReport([]), { enabled: false }, 'Highlighting is off everywhere'],
  ])('empty state: %s', async (_name, report, settings, line) => {
    await open(report, { settings });
    expect(root.textContent).toContain(line);
    expect(root.querySelector('.group')).toBeNull();
  });

  test('a browser page cannot be scanned, and its site switch is off', async () => {
    const backend = fakeBackend(testReport([]));
    backend.report.mockResolvedValue({ ok: false, error: 'Receiving end does not exist' });
    new PopupApp(root, backend, lookup, { url: 'chrome://extensions/', settings: defaultSettings() });
    await flush();
    expect(text('[data-testid="state"]')).toBe('This page cannot be scanned (browser page)');
    expect(q<HTMLInputElement>('[data-key="toggle-site"]').disabled).toBe(true);
  });
});

describe('the toggles', () => {
  test('site, everywhere and pause write the settings', async () => {
    const { backend } = await open(testReport(hits));
    const site = q<HTMLInputElement>('[data-key="toggle-site"]');
    site.checked = false;
    site.dispatchEvent(new Event('change'));
    await flush();
    expect(backend.settings().deniedSites).toEqual(['news.example.org']);
    q<HTMLButtonElement>('[data-key="toggle-pause"]').click();
    await flush();
    expect(backend.settings()).toMatchObject({ enabled: false, paused: true });
    const everywhere = q<HTMLInputElement>('[data-key="toggle-everywhere"]');
    everywhere.checked = true;
    everywhere.dispatchEvent(new Event('change'));
    await flush();
    expect(backend.settings()).toMatchObject({ enabled: true, paused: false });
  });

  test('paused and off look different: one Resume, the all-sites switch still on while paused', async () => {
    await open(testReport(hits), { settings: { enabled: false, paused: false } });
    expect(q<HTMLInputElement>('[data-key="toggle-everywhere"]').checked).toBe(false);
    expect(q<HTMLButtonElement>('[data-key="toggle-pause"]').disabled).toBe(true);
    expect(text('[data-key="state-action"]')).toBe('Turn on everywhere');
    await open(testReport(hits), { settings: { enabled: false, paused: true } });
    expect(q<HTMLInputElement>('[data-key="toggle-everywhere"]').checked).toBe(true);
    expect(q('[data-key="toggle-pause"]').getAttribute('aria-pressed')).toBe('true');
    expect(qa('button').filter((b) => b.textContent === 'Resume')).toHaveLength(1);
  });

  test('the paused state offers Resume and reflects new settings at once', async () => {
    const { app, backend } = await open(testReport(hits), { settings: { enabled: false, paused: true } });
    expect(text('[data-key="toggle-pause"]')).toBe('Pause');
    q<HTMLButtonElement>('[data-key="state-action"]').click();
    await flush();
    expect(backend.settings()).toMatchObject({ enabled: true, paused: false });
    app.setSettings(backend.settings());
    expect(qa('.group')).toHaveLength(3);
  });
});

describe('the detail', () => {
  const passages: RelatedPassage[] = [
    { id: 1, url: 'https://other.example/a', title: 'Other page', site: 'other.example', time: Date.UTC(2025, 0, 5), entryId: 'puppet-regime', sentence: 'Old puppet regime news.', inSentence: [4, 17], voice: 'own', relation: 'same' },
    { id: 2, url: 'javascript:alert(1)', title: 'Bad link', site: '', time: 1, entryId: 'collective-west', sentence: 'collective west', inSentence: [0, 15], voice: 'own', relation: 'related' },
  ];

  test('opens from the list, shows the entry, its context, occurrences, history and examples', async () => {
    const { backend } = await open(testReport(hits), { passages });
    q<HTMLButtonElement>('[data-key="detail:puppet-regime"]').click();
    await flush();
    expect(root.dataset.view).toBe('detail');
    expect(text('#detail-phrase')).toBe('puppet regime');
    expect(document.activeElement?.id).toBe('detail-phrase');
    expect(text('.original')).toBe('괴뢰정권');
    expect(q('.original').getAttribute('lang')).toBe('ko');
    expect(text('.facts')).toContain('KCNA');
    expect(text('.facts')).toContain('Loaded language');
    expect(text('.detail-section.origin p')).toBe('Cold War usage.');
    expect(q('[data-testid="context-sentence"] mark')?.textContent).toBe('puppet regime');
    const paragraph = q('[data-testid="context-paragraph"]');
    expect(paragraph.querySelector('strong')?.textContent).toBe('Sentence 0 mentions the puppet regime today.');
    expect(paragraph.querySelector('strong mark')?.textContent).toBe('puppet regime');
    expect(qa('.occurrences .passage-button')).toHaveLength(2);
    expect(backend.related).toHaveBeenCalledWith({ entryId: 'puppet-regime', relatedIds: ['collective-west'], excludeUrl: 'https://news.example.org/story' });
    const items = qa('.history-passage');
    expect(items).toHaveLength(2);
    const link = items[0].querySelector('a')!;
    expect([link.getAttribute('href'), link.getAttribute('target'), link.textContent]).toEqual(['https://other.example/a', '_blank', 'Other page']);
    expect(items[0].querySelector('q mark')?.textContent).toBe('puppet regime');
    expect(items[1].querySelector('a')).toBeNull(); // never a javascript: link
    expect(items[1].textContent).toContain('related: collective west');
    expect(text('.examples')).toContain('An example with puppet regime.');
  });

  test('occurrence buttons go to the page; related entries open their detail; Back and Escape return', async () => {
    const { backend } = await open(testReport(hits), { entryId: 'puppet-regime' });
    q<HTMLButtonElement>('[data-key="detail-next"]').click();
    expect(backend.goto).toHaveBeenLastCalledWith(2);
    expect(text('.occurrence-nav .position')).toBe('Occurrence 2 of 3');
    expect(text('.context h4')).toBe("Sentence, page's own voice");
    q<HTMLButtonElement>('[data-key="occurrence:2"]').click();
    expect(backend.goto).toHaveBeenLastCalledWith(4);
    q<HTMLButtonElement>('[data-key="related:collective-west"]').click();
    expect(text('#detail-phrase')).toBe('collective west');
    expect(text('.back')).toBe('← Back to “puppet regime”');
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(text('#detail-phrase')).toBe('puppet regime');
    q<HTMLButtonElement>('[data-key="back"]').click();
    expect(root.dataset.view).toBe('list');
    expect((document.activeElement as HTMLElement).dataset.key).toBe('goto:puppet-regime');
    // The list remembers the occurrence chosen in the detail.
    expect(text('.group[data-entry="puppet-regime"] .position')).toBe('3 / 3');
  });

  test('an entry that is not on the page still has its detail', async () => {
    await open(testReport(hits), { entryId: 'collective-west' });
    await open(testReport([testHit('win-win', 0)]), { entryId: 'puppet-regime' });
    expect(text('.detail-section.context')).toContain('This phrase is not on this page.');
    expect(root.querySelector('.occurrences')).toBeNull();
  });
});

test('clear history asks once more, then clears and says so', async () => {
  const { backend } = await open(testReport(hits));
  expect(text('[data-testid="history-line"]')).toBe('Reading history: 3 pages, on this device only.');
  q<HTMLButtonElement>('[data-key="history-clear"]').click();
  expect(document.activeElement && (document.activeElement as HTMLElement).dataset.key).toBe('history-confirm');
  q<HTMLButtonElement>('[data-key="history-cancel"]').click();
  expect(backend.clearHistory).not.toHaveBeenCalled();
  q<HTMLButtonElement>('[data-key="history-clear"]').click();
  q<HTMLButtonElement>('[data-key="history-confirm"]').click();
  await flush();
  expect(backend.clearHistory).toHaveBeenCalledOnce();
  expect(text('[data-testid="history-line"]')).toBe('History cleared (3 pages).');
});

test('renders 200 hits quickly', async () => {
  const many = Array.from({ length: 200 }, (_, i) => testHit(testEntries[i % 3].id, i));
  const { app } = await open(testReport(many));
  const started = performance.now();
  app.render();
  expect(performance.now() - started).toBeLessThan(250); // happy-dom is slower than a browser; the e2e test holds the 100 ms line
  expect(qa('.group')).toHaveLength(3);
});
