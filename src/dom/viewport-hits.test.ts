// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { hitsOnScreen, VIEWPORT_THROTTLE_MS, ViewportWatch, type OnScreen } from './viewport-hits';

/** Hits as [top, bottom] boxes in viewport coordinates; null has no box. */
type Box = [number, number] | null;
const rectOf = (box: Box) => (box ? { top: box[0], bottom: box[1] } : null);

describe('hitsOnScreen', () => {
  test.each<[string, Box[], number, OnScreen]>([
    ['none on the page', [], 800, { first: -1, last: -1 }],
    ['all above the viewport', [[-300, -280], [-100, -80]], 800, { first: -1, last: -1 }],
    ['all below', [[900, 920], [1200, 1220]], 800, { first: -1, last: -1 }],
    ['the middle ones', [[-100, -80], [10, 30], [400, 420], [790, 810], [900, 920]], 800, { first: 1, last: 3 }],
    ['one cut by the top edge counts', [[-10, 10], [900, 920]], 800, { first: 0, last: 0 }],
    ['hidden hits are skipped', [null, [0, 0], [50, 70], null, [100, 120]], 800, { first: 2, last: 4 }],
    ['a hit touching the bottom edge is below', [[100, 120], [800, 820]], 800, { first: 0, last: 0 }],
  ])('%s', (_name, boxes, height, expected) => {
    expect(hitsOnScreen(boxes, rectOf, height)).toEqual(expected);
  });

  test('a page of many hits is measured a few dozen times, not once a hit', () => {
    // 10,000 hits 30 px apart; the viewport shows hits 5,000 to 5,026.
    const tops = Array.from({ length: 10_000 }, (_, i) => i * 30 - 150_000);
    let measured = 0;
    const result = hitsOnScreen(tops, (top) => (measured++, { top, bottom: top + 20 }), 800);
    expect(result).toEqual({ first: 5000, last: 5026 });
    expect(measured).toBeLessThan(60);
  });
});

describe('ViewportWatch', () => {
  afterEach(() => vi.useRealTimers());

  test('reports at the start, then after scrolling at most once per throttle interval, and only changes', () => {
    vi.useFakeTimers();
    let boxes: Box[] = [[10, 30], [900, 920]];
    const seen: OnScreen[] = [];
    const controller = new AbortController();
    new ViewportWatch({ hits: () => boxes, rectOf, onChange: (r) => seen.push(r), signal: controller.signal });
    expect(seen).toEqual([{ first: 0, last: 0 }]);

    boxes = [[-890, -870], [0, 20]];
    for (let i = 0; i < 5; i++) window.dispatchEvent(new Event('scroll'));
    expect(seen).toHaveLength(1);
    vi.advanceTimersByTime(VIEWPORT_THROTTLE_MS);
    expect(seen).toEqual([{ first: 0, last: 0 }, { first: 1, last: 1 }]);

    // A scroll that changes nothing reports nothing.
    window.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(VIEWPORT_THROTTLE_MS);
    expect(seen).toHaveLength(2);

    // Ended: no more listening.
    controller.abort();
    boxes = [[10, 30], [40, 60]];
    window.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(VIEWPORT_THROTTLE_MS);
    expect(seen).toHaveLength(2);
  });
});
