// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { testMatcher } from '../../tests/support/test-lexicon';
import { WINDOW_CHARS } from './batch-scan';
import { PageLens, type LensOptions } from './page-lens';

const matcher = testMatcher();

/** A stand-in for the CSS Custom Highlight API, which happy-dom lacks. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

function stubHighlights(registry: Map<string, FakeHighlight> = new Map()) {
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  return registry;
}

/** The highlighted strings by highlight name, as a page script would list them. */
function highlighted(registry: Map<string, FakeHighlight>): string[] {
  const out: string[] = [];
  for (const [name, highlight] of registry) {
    for (const range of highlight) {
      const r = document.createRange();
      r.setStart(range.startContainer, range.startOffset);
      r.setEnd(range.endContainer, range.endOffset);
      out.push(`${name.replace('rhetoric-lens-', '')}: ${r.toString()}`);
    }
  }
  return out.sort();
}

let lens: PageLens | null = null;
function startLens(options: Partial<LensOptions> = {}): PageLens {
  lens = new PageLens(document, {
    matcher,
    filter: { hiddenSources: [], sensitivity: 'all' },
    css: '',
    isOwnUi: () => false,
    onChange: () => {},
    ...options,
  }).start();
  return lens;
}

async function settled(l: PageLens) {
  await vi.waitFor(() => expect(l.idle).toBe(true), { timeout: 5000, interval: 10 });
}

beforeEach(() => {
  document.body.textContent = '';
});
afterEach(() => {
  lens?.stop();
  lens = null;
  vi.unstubAllGlobals();
});

function page(html: string) {
  // Test fixtures only: the shipped code never parses HTML.
  document.body.innerHTML = html;
}

describe('the page lens with the highlight API', () => {
  test('hits far from the viewport are painted once the scan is done, without waiting for an idle moment', async () => {
    const registry = stubHighlights();
    // A page that never has an idle moment: idle callbacks never run.
    vi.stubGlobal('requestIdleCallback', () => 0);
    page(`<p id="near">They blamed the collective West.</p><p id="far">Then the Kiev regime, again.</p>`);
    const far = document.getElementById('far')!;
    far.getBoundingClientRect = () => ({ top: 100_000, bottom: 100_020, left: 0, right: 100, width: 100, height: 20, x: 0, y: 100_000, toJSON: () => ({}) });
    const l = startLens();
    await settled(l);
    await vi.waitFor(() => expect(l.stats.paintedAt).not.toBeNull(), { timeout: 2000, interval: 10 });
    expect(highlighted(registry)).toEqual(['rus: Kiev regime', 'rus: the collective West']);
    expect(l.stats.paintedAt! - l.stats.scannedAt!).toBeLessThan(1000);
  });

  test('the brief report: the hits found, with sentences, no places, and at most the limit', async () => {
    stubHighlights();
    page(`<p>First they blamed the collective West.</p><p>Then the Kiev regime, again.</p><p>And the collective West once more.</p>`);
    const l = startLens();
    await settled(l);
    const full = await l.report();
    const brief = l.brief();
    expect(brief.map((h) => [h.entryId, h.sentence, h.index, h.position])).toEqual([
      ['collective-west', 'First they blamed the collective West.', 0, [-1, -1]],
      ['kiev-regime', 'Then the Kiev regime, again.', 1, [-1, -1]],
      ['collective-west', 'And the collective West once more.', 2, [-1, -1]],
    ]);
    expect(full.map((h) => h.position[0] >= 0)).toEqual([true, true, true]);
    expect(l.brief(2)).toHaveLength(2);
  });

  test('highlights phrases, also split by inline elements, and nothing in forms, editors or scripts', async () => {
    const registry = stubHighlights();
    page(`
      <p>They blame <em>the collective</em> West.</p>
      <p>The Ministry of Internal Affairs said so.</p>
      <textarea>the collective West</textarea>
      <div contenteditable="true">the Kiev regime</div>
      <script>"the Kiev regime"</script>
      <p hidden>the Kiev regime</p>
      <ul><li>They spoke of <a href="#">the Kiev</a> regime.</li></ul>`);
    const l = startLens();
    await settled(l);
    expect(highlighted(registry)).toEqual(['rus: Kiev regime', 'rus: the collective West']);
    expect(l.count()).toBe(2);
    expect(l.hits().map((h) => matcher.entries[h.entry].id)).toEqual(['collective-west', 'kiev-regime']);
  });

  test('rescans only what changed: added, edited and hidden content', async () => {
    const registry = stubHighlights();
    page('<p id="a">Nothing here.</p><div id="feed"></div>');
    const onChange = vi.fn();
    const l = startLens({ onChange });
    await settled(l);
    expect(highlighted(registry)).toEqual([]);

    const item = document.createElement('p');
    item.textContent = 'Late news about the Juche idea.';
    document.getElementById('feed')!.append(item);
    await vi.waitFor(() => expect(highlighted(registry)).toEqual(['kcna: Juche idea']));
    expect(onChange).toHaveBeenCalled();

    (document.getElementById('a')!.firstChild as Text).data = 'Now the collective West appears.';
    await vi.waitFor(() => expect(highlighted(registry)).toEqual(['kcna: Juche idea', 'rus: the collective West']));

    item.hidden = true;
    await vi.waitFor(() => expect(highlighted(registry)).toEqual(['rus: the collective West']));

    document.getElementById('a')!.remove();
    await vi.waitFor(() => expect(highlighted(registry)).toEqual([]));
    expect(l.count()).toBe(0);
  });

  test('finds phrases in open shadow roots and watches them', async () => {
    const registry = stubHighlights();
    page('<x-box></x-box>');
    const shadow = document.querySelector('x-box')!.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'On the Juche idea.';
    shadow.append(p);
    const l = startLens();
    await settled(l);
    expect(highlighted(registry)).toEqual(['kcna: Juche idea']);
    expect([...l.shadowRoots]).toEqual([shadow]);
    const q = document.createElement('p');
    q.textContent = 'And the Kiev regime.';
    shadow.append(q);
    await vi.waitFor(() => expect(highlighted(registry)).toEqual(['kcna: Juche idea', 'rus: Kiev regime']));
  });

  test('settings filter hits without a rescan', async () => {
    const registry = stubHighlights();
    page('<p>the collective West and the Juche idea</p>');
    const l = startLens();
    await settled(l);
    l.setFilter({ hiddenSources: ['prc', 'rus'], sensitivity: 'all' });
    expect(highlighted(registry)).toEqual(['kcna: Juche idea']);
    l.setFilter({ hiddenSources: ['prc'], sensitivity: 'all', hiddenTechniques: ['loaded-language'] });
    expect(highlighted(registry)).toEqual([]);
    l.setFilter({ hiddenSources: ['kcna', 'prc'], sensitivity: 'all' });
    expect(highlighted(registry)).toEqual(['rus: the collective West']);
  });

  test('stop removes every highlight and the style sheet, and the page DOM never changed', async () => {
    const registry = stubHighlights();
    page('<p>the collective <em>West</em></p>');
    const before = document.body.innerHTML;
    const sheets = document.adoptedStyleSheets.length;
    const l = startLens({ css: '::highlight(rhetoric-lens-rus) { color: red }' });
    await settled(l);
    expect(document.body.innerHTML).toBe(before);
    expect(document.adoptedStyleSheets.length).toBe(sheets + 1);
    l.stop();
    expect([...registry.keys()]).toEqual([]);
    expect(document.adoptedStyleSheets.length).toBe(sheets);
  });

  test("in the style the manifest's sheet gives the document, adds no sheet to the document, only to shadow roots; another style adds one", async () => {
    stubHighlights();
    const css = '::highlight(rhetoric-lens-rus) { color: red }';
    page('<p>the collective <em>West</em></p><div id="host"></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'Then the Kiev regime spoke.' }));
    const sheets = document.adoptedStyleSheets.length;
    const l = startLens({ css, documentCss: css });
    await settled(l);
    expect(l.count()).toBe(2);
    expect(document.adoptedStyleSheets.length).toBe(sheets);
    expect(shadow.adoptedStyleSheets.length).toBe(1);
    l.painter.setCss('::highlight(rhetoric-lens-rus) { color: blue }');
    expect(document.adoptedStyleSheets.length).toBe(sheets + 1);
    l.painter.setCss(css);
    expect(document.adoptedStyleSheets.length).toBe(sheets);
    expect(shadow.adoptedStyleSheets.length).toBe(1);
    l.stop();
    expect(shadow.adoptedStyleSheets.length).toBe(0);
  });

  test('a bare block that a style rule hides shows no hits; its visible neighbour does', async () => {
    const registry = stubHighlights();
    page('<style>aside > p { display: none }</style><aside><p>They blamed the collective West.</p></aside><p>Then the Kiev regime spoke.</p>');
    const l = startLens();
    await settled(l);
    expect(highlighted(registry)).toEqual(['rus: Kiev regime']);
    expect(l.count()).toBe(1);
  });

  test('keeps the page safe when the page broke the highlight registry', async () => {
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', {
      highlights: {
        get: () => undefined,
        set: () => {
          throw new Error('hostile');
        },
        delete: () => {
          throw new Error('hostile');
        },
      },
    });
    page('<p>the collective West</p>');
    const l = startLens();
    await settled(l);
    expect(l.count()).toBe(1);
    expect(() => l.stop()).not.toThrow();
  });

  test('a single text node larger than a scan window is scanned in windows, with no phrase lost at a cut', async () => {
    const registry = stubHighlights();
    const filler = 'Word after word of ordinary prose goes by here. ';
    let text = '';
    const phrases: number[] = [];
    while (text.length < WINDOW_CHARS * 3.2) {
      text += filler.repeat(37);
      phrases.push(text.length);
      text += 'the collective West ';
    }
    page('<pre></pre>');
    document.querySelector('pre')!.textContent = text;
    const l = startLens();
    await settled(l);
    expect(highlighted(registry)).toEqual(phrases.map(() => 'rus: the collective West'));
    expect(l.hits().map((h) => h.start)).toEqual(phrases);
  });
});

describe('the page lens without the highlight API', () => {
  test('falls back to marks and restores the page when stopped', async () => {
    page('<p>They blame <em>the collective</em> West.</p>');
    const before = document.body.innerHTML;
    const l = startLens();
    await settled(l);
    expect(l.painter.kind).toBe('marks');
    expect([...document.querySelectorAll('mark[data-rhetoric-lens="rus"]')].map((m) => m.textContent).join('')).toBe('the collective West');
    l.stop();
    expect(document.body.innerHTML).toBe(before);
  });

  test("ignores its own marks' mutations, and rescans a changed block cleanly", async () => {
    page('<p id="p">the Juche idea</p>');
    const l = startLens();
    await settled(l);
    expect(document.querySelectorAll('mark').length).toBe(1);
    document.getElementById('p')!.append(' and the collective West');
    await vi.waitFor(() => expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Juche idea', 'the collective West']));
    await settled(l);
    l.stop();
    expect(document.getElementById('p')!.innerHTML).toBe('the Juche idea and the collective West');
  });
});
