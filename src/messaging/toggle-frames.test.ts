import { describe, expect, test } from 'vitest';
import type { Message, PageState } from './messages';
import { toggleEveryFrame } from './toggle-frames';

/** Frames that each keep a state and answer a toggle as the content script does (only the top frame replies). */
function tab(states: PageState[]) {
  const frames = [...states];
  const heard: Message[] = [];
  const apply = (i: number, m: Message) => {
    if (m.kind !== 'highlight:toggle') throw new Error(m.kind);
    frames[i] = m.to ?? (frames[i] === 'on' ? 'paused' : 'on');
  };
  return {
    frames,
    heard,
    toTop: async (m: Message) => (heard.push(m), apply(0, m), { ok: true, value: frames[0] }),
    toEvery: async (m: Message) => (heard.push(m), frames.forEach((_, i) => apply(i, m)), { ok: true, value: frames[0] }),
  };
}

describe('toggleEveryFrame', () => {
  test.each([
    [['on', 'on', 'on'], 'paused'],
    [['paused', 'paused'], 'on'],
    // A frame loaded since the last toggle is still on: it follows the top frame instead of turning over.
    [['paused', 'on'], 'on'],
    [['on', 'paused'], 'paused'],
  ] as [PageState[], PageState][])('frames %j → every frame %s', async (states, expected) => {
    const t = tab(states);
    expect(await toggleEveryFrame(t.toTop, t.toEvery)).toEqual({ ok: true, value: expected });
    expect(t.frames).toEqual(states.map(() => expected));
    expect(t.heard).toEqual([{ kind: 'highlight:toggle' }, { kind: 'highlight:toggle', to: expected }]);
  });

  test('a top frame that does not answer: nothing is sent to the others', async () => {
    const heard: Message[] = [];
    const reply = await toggleEveryFrame(
      () => Promise.reject(new Error('Could not establish connection')),
      async (m) => void heard.push(m),
    );
    expect(reply).toEqual({ ok: false, error: 'Could not establish connection' });
    expect(heard).toEqual([]);
  });
});
