import { describe, expect, test, vi } from 'vitest';
import { handle, isViewingMessage, notMine, send, type Handlers, type Message } from './messages';

describe('send: every failure is a Result, never a rejection', () => {
  test('a reply passes through, typed by the protocol', async () => {
    const reply = await send(async () => ({ ok: true, value: { pages: 3, passages: 9 } }), { kind: 'history:stats' });
    expect(reply).toEqual({ ok: true, value: { pages: 3, passages: 9 } });
  });

  test.each([
    ['the transport throws (no receiver, context gone)', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')), 'Could not establish connection. Receiving end does not exist.'],
    ['nobody answers', () => Promise.resolve(undefined), 'no answer'],
    ['the answer is not a Result', () => Promise.resolve('yes'), 'unexpected answer'],
  ])('%s', async (_name, transport, error) => {
    expect(await send(transport, { kind: 'history:clear' })).toEqual({ ok: false, error });
  });

  test('no answer in time', async () => {
    vi.useFakeTimers();
    const pending = send(() => new Promise(() => {}), { kind: 'report:get' }, 4000);
    await vi.advanceTimersByTimeAsync(4000);
    expect(await pending).toEqual({ ok: false, error: 'no answer in time' });
    vi.useRealTimers();
  });
});

describe('handle: one handler per kind', () => {
  const calls: string[] = [];
  const handlers: Handlers<string> = {
    'report:get': notMine,
    'report:changed': (message, sender) => (calls.push(`${sender}:${message.count}`), { ok: true, value: null }),
    'highlight:goto': notMine,
    'highlight:step': notMine,
    'highlight:toggle': () => ({ ok: true, value: 'paused' }),
    'detail:open': notMine,
    'entry:hide': notMine,
    'site:deny': notMine,
    'scan:stats': notMine,
    'entry:summary': async (message) => ({ ok: true, value: `summary of ${message.entryId}` }),
    'history:related': notMine,
    'history:stats': notMine,
    'history:clear': notMine,
  };

  test('dispatches by kind, with the sender', async () => {
    expect(await handle(handlers, { kind: 'report:changed', count: 4 } satisfies Message, 'tab-1')).toEqual({ ok: true, value: null });
    expect(calls).toEqual(['tab-1:4']);
    expect(await handle(handlers, { kind: 'entry:summary', entryId: 'x' }, 'page')).toEqual({ ok: true, value: 'summary of x' });
    expect(await handle(handlers, { kind: 'highlight:toggle' }, 'page')).toEqual({ ok: true, value: 'paused' });
  });

  test.each([
    ['a kind another context answers', { kind: 'report:get' }],
    ['not a message', 'report:get'],
    ['no kind', { count: 1 }],
    ['an unknown kind', { kind: 'nope' }],
    ['an inherited name as kind', { kind: 'constructor' }],
    ['__proto__ as kind', { kind: '__proto__' }],
  ])('%s: no answer, so another listener may give one', (_name, raw) => {
    expect(handle(handlers, raw, 'page')).toBeUndefined();
  });
});

describe("the side panel's port: which hits are on screen", () => {
  test.each([
    [{ kind: 'viewing', first: 2, last: 5 }, true],
    [{ kind: 'viewing', first: -1, last: -1 }, true],
    [{ kind: 'viewing', first: '2', last: 5 }, false],
    [{ kind: 'viewing', first: 2.5, last: 5 }, false],
    [{ kind: 'viewing', first: 2 }, false],
    [{ kind: 'report:get', first: 2, last: 5 }, false],
    [null, false],
    ['viewing', false],
  ])('%j is a viewing message: %s', (value, expected) => {
    expect(isViewingMessage(value)).toBe(expected);
  });
});
