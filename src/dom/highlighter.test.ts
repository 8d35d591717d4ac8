// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { highlightName } from './highlight-groups';
import { Highlighter, REGISTRY_CHECK_MAX_MS, REGISTRY_CHECK_MS } from './highlighter';
import { walkAll } from '../../tests/support/test-dom';
import type { LensHit } from './text-index';

/** The page's registry, as `CSS.highlights` is: a map the page can clear, and a Highlight that is a set of ranges. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

let registry: Map<string, unknown>;
let highlighter: Highlighter;

function paintOne(): LensHit {
  document.body.innerHTML = '<p>They blamed the Kiev regime again.</p>';
  const { blocks, text } = walkAll(document.body);
  const start = text.indexOf('Kiev regime');
  const hit: LensHit = { block: blocks[0], entry: 0, start, end: start + 'Kiev regime'.length, sentence: { start: 0, end: text.length }, voice: 'own', group: 0, shown: null, live: true };
  expect(highlighter.show(hit)).toBe(true);
  return hit;
}

const ours = () => registry.get(highlightName(0)) as FakeHighlight | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  registry = new Map();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  highlighter = Highlighter.create(document, '')!;
  expect(highlighter).not.toBeNull();
});

afterEach(() => {
  highlighter.dispose();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a page that takes our highlights out of the registry', () => {
  test.each([
    ['CSS.highlights.clear()', () => registry.clear()],
    ['a delete of our name', () => registry.delete(highlightName(0))],
    ['its own highlight under our name', () => registry.set(highlightName(0), new FakeHighlight())],
  ])('%s: they are back within one check, with no DOM change to prompt it', (_, take) => {
    paintOne();
    const painted = ours()!;
    expect(painted.size).toBe(1);
    take();
    expect(ours()).not.toBe(painted);
    vi.advanceTimersByTime(REGISTRY_CHECK_MS);
    expect(ours()).toBe(painted);
    expect(REGISTRY_CHECK_MS).toBeLessThanOrEqual(1000); // the bound: back within a second
  });

  test('a page that clears the registry every frame is not fought every frame: the checks back off, and stop backing off once it stops', () => {
    paintOne();
    const perRepair = registry.size; // every group, the current one and the flash
    let repairs = 0;
    const set = registry.set.bind(registry);
    vi.spyOn(registry, 'set').mockImplementation((name, value) => {
      repairs++;
      return set(name, value);
    });
    // Ten seconds of a page clearing at 60 frames a second.
    for (let frame = 0; frame < 600; frame++) {
      registry.clear();
      vi.advanceTimersByTime(1000 / 60);
      // The lens repairs after its own paints as well; while the page keeps clearing, that repairs nothing.
      if (frame % 10 === 0) highlighter.repair();
    }
    const checksThatRepaired = repairs / perRepair;
    // The lens's repairs until the first check finds the registry cleared (three here), then checks backing off
    // from 0.5 s: at 0.5, 1.5, 3.5 and 7.5 s. Fighting every frame would be 600.
    expect(checksThatRepaired).toBe(7);
    // The page stops: the highlights come back within the longest wait, and the checks return to their pace.
    vi.advanceTimersByTime(REGISTRY_CHECK_MAX_MS);
    expect(ours()?.size).toBe(1);
    vi.advanceTimersByTime(REGISTRY_CHECK_MAX_MS); // one look that finds them in place ends the back-off
    registry.clear();
    vi.advanceTimersByTime(REGISTRY_CHECK_MS);
    expect(ours()?.size).toBe(1);
  });

  test('nothing is registered, and no check runs, on a page without hits', () => {
    vi.advanceTimersByTime(REGISTRY_CHECK_MS * 10);
    expect(registry.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('dispose takes our highlights out and ends the checks', () => {
    paintOne();
    highlighter.dispose();
    expect([...registry.keys()]).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    highlighter.repair();
    vi.advanceTimersByTime(REGISTRY_CHECK_MAX_MS);
    expect([...registry.keys()]).toEqual([]);
  });
});
