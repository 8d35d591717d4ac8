import { describe, expect, test, vi } from 'vitest';
import { ListenerRounds } from './listener-rounds';

/** An event target and a counter of what reached a listener attached in rounds. */
function setup() {
  const target = new EventTarget();
  const heard = vi.fn();
  const lifetime = new AbortController();
  const rounds = new ListenerRounds(lifetime.signal, (signal) => target.addEventListener('ping', heard, { signal }));
  const ping = () => target.dispatchEvent(new Event('ping'));
  return { heard, lifetime, rounds, ping };
}

describe('ListenerRounds', () => {
  test('attaches nothing until the first round', () => {
    const { heard, ping } = setup();
    ping();
    expect(heard).toHaveBeenCalledTimes(0);
  });

  test('each round replaces the last: one listener however many rounds', () => {
    const { heard, rounds, ping } = setup();
    for (let i = 0; i < 5; i++) rounds.next();
    ping();
    expect(heard).toHaveBeenCalledTimes(1);
  });

  test('the lifetime ends the current round, and no round starts after it', () => {
    const { heard, lifetime, rounds, ping } = setup();
    rounds.next();
    lifetime.abort();
    ping();
    rounds.next();
    ping();
    expect(heard).toHaveBeenCalledTimes(0);
  });

  test('rounds do not pile listeners on the lifetime signal: each earlier one went with its round', () => {
    const { lifetime, rounds } = setup();
    const added = vi.spyOn(lifetime.signal, 'addEventListener');
    for (let i = 0; i < 3; i++) rounds.next();
    const roundSignals = added.mock.calls.map(([, , options]) => (options as AddEventListenerOptions).signal);
    expect(roundSignals.map((signal) => signal?.aborted)).toEqual([true, true, false]);
  });
});
