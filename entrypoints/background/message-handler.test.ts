import { describe, expect, test, vi } from 'vitest';
import type { PageReport } from '../../src/core/types';
import type { Message } from '../../src/messaging/messages';
import { createMessageHandler, type BackgroundDeps } from './message-handler';
import { rankRelatedPassages, type RelatedQuery } from '../../src/storage/history/related-passages';

const ID = 'our-extension-id';
const ORIGIN = 'chrome-extension://our-extension-id/';

const report = (hits = 1): PageReport => ({
  url: 'https://example.org/a',
  title: 'A',
  words: 100,
  state: 'on',
  lexiconVersion: 'v',
  hits: Array.from({ length: hits }, (_, index) => ({
    entryId: 'e',
    match: 'm',
    voice: 'own' as const,
    sentence: 'm.',
    inSentence: [0, 1] as [number, number],
    paragraph: 'm.',
    sentenceInParagraph: [0, 2] as [number, number],
    index,
    position: [0, 1] as [number, number],
  })),
});

function deps() {
  return {
    runtimeId: ID,
    extensionOrigin: ORIGIN,
    history: {
      relatedPassages: vi.fn(async (query: RelatedQuery) =>
        rankRelatedPassages(
          [
            { id: 1, url: 'https://example.org/a', title: 'A', site: 'example.org', time: 5, entryId: 'e', sentence: 's', inSentence: [0, 1] as [number, number], voice: 'own' as const },
            { id: 2, url: 'https://b.org/', title: 'B', site: 'b.org', time: 4, entryId: 'r', sentence: 's', inSentence: [0, 1] as [number, number], voice: 'own' as const },
            { id: 3, url: 'https://c.org/', title: 'C', site: 'c.org', time: 3, entryId: 'e', sentence: 's', inSentence: [0, 1] as [number, number], voice: 'own' as const },
          ],
          query,
        ),
      ),
      stats: vi.fn(async () => ({ pages: 2, passages: 3 })),
      clear: vi.fn(async () => 2),
    },
    recordPage: vi.fn(async () => undefined),
    setBadge: vi.fn(async () => undefined),
    openDetail: vi.fn(async () => undefined),
    entrySummary: (id: string) => (id === 'juche' ? 'The ruling ideology.' : undefined),
    hideEntry: vi.fn(async () => undefined),
    denySite: vi.fn(async (host: string) => host),
  } satisfies BackgroundDeps;
}

const contentScript = (tab: Record<string, unknown> = {}, frameId = 0) => ({ id: ID, url: 'https://example.org/a', frameId, tab: { id: 7, windowId: 3, incognito: false, ...tab } as never });
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const popupInTab = { id: ID, url: `${ORIGIN}popup.html?tab=7`, tab: { id: 9, incognito: false } as never };
const otherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };

describe('the card’s reader controls', () => {
  test('"Hide this phrase" hides a known entry, for the content script only', async () => {
    const d = deps();
    expect(await createMessageHandler(d)({ kind: 'entry:hide', entryId: 'juche' }, contentScript())).toEqual({ ok: true, value: null });
    expect(d.hideEntry).toHaveBeenCalledWith('juche');
    expect(await createMessageHandler(d)({ kind: 'entry:hide', entryId: 'no-such-entry' }, contentScript())).toEqual({ ok: false, error: 'no such entry' });
    expect(await createMessageHandler(d)({ kind: 'entry:hide', entryId: 'juche' }, popup)).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
    expect(d.hideEntry).toHaveBeenCalledTimes(1);
  });

  test('"Not on this site" switches off the sender tab’s site, never one the message names', async () => {
    const d = deps();
    const message = { kind: 'site:deny', site: 'victim.example' } as unknown as Message;
    expect(await createMessageHandler(d)(message, contentScript({ url: 'https://news.example.org/story?id=1' }))).toEqual({ ok: true, value: { site: 'news.example.org' } });
    expect(d.denySite).toHaveBeenCalledWith('news.example.org');
    expect(await createMessageHandler(d)({ kind: 'site:deny' }, contentScript({ url: 'file:///home/me/a.html' }))).toMatchObject({ ok: false });
    // Firefox gives no tab address without the tabs permission: the top frame's own address, never a subframe's.
    expect(await createMessageHandler(d)({ kind: 'site:deny' }, { ...contentScript(), url: 'https://top.example/' })).toEqual({ ok: true, value: { site: 'top.example' } });
    expect(await createMessageHandler(d)({ kind: 'site:deny' }, { ...contentScript({}, 5), url: 'https://ads.example/frame' })).toMatchObject({ ok: false });
    expect(await createMessageHandler(d)({ kind: 'site:deny' }, { ...otherExtension, tab: { id: 7, url: 'https://a.org/' } as never })).toMatchObject({ ok: false });
    expect(d.denySite).toHaveBeenCalledTimes(2);
  });
});

describe('report:changed', () => {
  test('sets the badge and records a top frame with hits', async () => {
    const d = deps();
    const reply = await createMessageHandler(d)({ kind: 'report:changed', count: 3, report: report(3) }, contentScript());
    expect(reply).toEqual({ ok: true, value: null });
    expect(d.setBadge).toHaveBeenCalledWith(7, 0, 3);
    expect(d.recordPage).toHaveBeenCalledWith(7, expect.objectContaining({ url: 'https://example.org/a' }));
  });

  test.each([
    ['a private window', contentScript({ incognito: true }), report(2)],
    ['a subframe', contentScript({}, 4), report(2)],
    ['a page without hits', contentScript(), report(0)],
    ['a report-less count', contentScript(), undefined],
  ])('never records %s, but still counts it', async (_name, sender, pageReport) => {
    const d = deps();
    await createMessageHandler(d)({ kind: 'report:changed', count: 2, report: pageReport }, sender);
    expect(d.setBadge).toHaveBeenCalled();
    expect(d.recordPage).not.toHaveBeenCalled();
  });

  test.each([
    ['another extension', { ...otherExtension, tab: { id: 7 } as never }],
    ['our popup', popup],
    ['our popup in a tab', popupInTab],
  ])('is refused from %s', async (_name, sender) => {
    const d = deps();
    expect(await createMessageHandler(d)({ kind: 'report:changed', count: 2, report: report(2) }, sender)).toMatchObject({ ok: false });
    expect(d.setBadge).not.toHaveBeenCalled();
    expect(d.recordPage).not.toHaveBeenCalled();
  });
});

describe('detail:open', () => {
  test('opens the detail for the sending tab', async () => {
    const d = deps();
    await createMessageHandler(d)({ kind: 'detail:open', entryId: 'juche' }, contentScript());
    expect(d.openDetail).toHaveBeenCalledWith({ tabId: 7, windowId: 3, entryId: 'juche' });
  });

  test('is refused from extension pages and other extensions', async () => {
    const d = deps();
    const handle = createMessageHandler(d);
    expect(await handle({ kind: 'detail:open', entryId: 'juche' }, popup)).toMatchObject({ ok: false });
    expect(await handle({ kind: 'detail:open', entryId: 'juche' }, { ...otherExtension, tab: { id: 1 } as never })).toMatchObject({ ok: false });
    expect(d.openDetail).not.toHaveBeenCalled();
  });
});

describe('entry:summary', () => {
  test.each([
    ['a content script', contentScript(), 'juche', { ok: true, value: 'The ruling ideology.' }],
    ['our popup', popup, 'juche', { ok: true, value: 'The ruling ideology.' }],
    ['a content script, unknown entry', contentScript(), 'nope', { ok: false, error: 'no summary for nope' }],
    ['another extension', { ...otherExtension, tab: { id: 1 } as never }, 'juche', { ok: false, error: 'refused: wrong sender' }],
  ])('from %s', async (_name, sender, entryId, expected) => {
    expect(await createMessageHandler(deps())({ kind: 'entry:summary', entryId }, sender)).toEqual(expected);
  });
});

describe('history messages', () => {
  test('related passages are ranked and leave out the current page', async () => {
    const d = deps();
    const reply = await createMessageHandler(d)({ kind: 'history:related', entryId: 'e', relatedIds: ['r'], excludeUrl: 'https://example.org/a#x' }, popup);
    expect(d.history.relatedPassages).toHaveBeenCalledWith({ entryId: 'e', relatedIds: ['r'], excludeUrl: 'https://example.org/a#x', limit: undefined });
    expect(reply).toMatchObject({ ok: true });
    expect((reply as { value: { url: string; relation: string }[] }).value.map((p) => [p.url, p.relation])).toEqual([
      ['https://c.org/', 'same'],
      ['https://b.org/', 'related'],
    ]);
  });

  test.each([
    ['our popup', popup, true],
    ['our popup opened in a tab', popupInTab, true],
    ['a content script (a web page)', contentScript(), false],
    ['another extension', otherExtension, false],
    ['a sender without a URL', { id: ID }, false],
  ])('history:clear from %s', async (_name, sender, allowed) => {
    const d = deps();
    const reply = await createMessageHandler(d)({ kind: 'history:clear' }, sender);
    expect(reply).toEqual(allowed ? { ok: true, value: { pages: 2 } } : { ok: false, error: 'refused: wrong sender' });
    expect(d.history.clear).toHaveBeenCalledTimes(allowed ? 1 : 0);
  });

  test('stats', async () => {
    expect(await createMessageHandler(deps())({ kind: 'history:stats' }, popup)).toEqual({ ok: true, value: { pages: 2, passages: 3 } });
  });

  test('a failing store becomes an error result, not a thrown error', async () => {
    const d = deps();
    d.history.stats.mockRejectedValueOnce(new Error('disk full'));
    expect(await createMessageHandler(d)({ kind: 'history:stats' }, popup)).toEqual({ ok: false, error: 'disk full' });
  });
});

test.each([{ kind: 'report:get' }, { kind: 'highlight:goto', index: 1 }, { kind: 'nonsense' }, 'not a message', null])('leaves %j to other listeners', (message) => {
  expect(createMessageHandler(deps())(message, popup)).toBeUndefined();
});
