// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ListenerRounds } from '../../src/util/listener-rounds';
import { watchLocation } from './location-watch';

let lifetime: AbortController;
beforeEach(() => {
  lifetime = new AbortController();
  history.replaceState(null, '', '/start');
});
afterEach(() => {
  lifetime.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('with the Navigation API', () => {
  let navigation: EventTarget;
  beforeEach(() => {
    navigation = new EventTarget();
    vi.stubGlobal('navigation', navigation);
  });

  test('a new address is noticed once; the same address again is not', () => {
    const onChange = vi.fn();
    new ListenerRounds(lifetime.signal, watchLocation(lifetime.signal, onChange)).next();
    history.pushState(null, '', '/next');
    navigation.dispatchEvent(new Event('currententrychange'));
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('an event the page sends itself, with the address unchanged, does nothing', () => {
    const onChange = vi.fn();
    new ListenerRounds(lifetime.signal, watchLocation(lifetime.signal, onChange)).next();
    navigation.dispatchEvent(new Event('currententrychange'));
    window.dispatchEvent(new Event('wxt:locationchange'));
    expect(onChange).not.toHaveBeenCalled();
  });

  test('listening again (after document.open()) doubles nothing, and the end of the lifetime stops it', () => {
    const onChange = vi.fn();
    const rounds = new ListenerRounds(lifetime.signal, watchLocation(lifetime.signal, onChange));
    rounds.next();
    rounds.next();
    history.pushState(null, '', '/again');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
    lifetime.abort();
    history.pushState(null, '', '/after');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('without it', () => {
  test('the address is compared once a second, until the lifetime ends', () => {
    vi.useFakeTimers();
    vi.stubGlobal('navigation', undefined);
    const onChange = vi.fn();
    new ListenerRounds(lifetime.signal, watchLocation(lifetime.signal, onChange)).next();
    history.pushState(null, '', '/polled');
    vi.advanceTimersByTime(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(onChange).toHaveBeenCalledTimes(1);
    lifetime.abort();
    history.pushState(null, '', '/later');
    vi.advanceTimersByTime(5000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
