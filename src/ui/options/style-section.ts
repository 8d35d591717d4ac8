/**
 * "Highlight style": palette, underline only, intensity, and a live preview
 * on a light and a dark sample page, painted with the very CSS the content
 * script adopts (`highlightCss`), through the CSS Custom Highlight API (or
 * marks where the browser lacks it).
 */
import { highlightCss, INTENSITIES, PALETTES, type HighlightStyle, type StyleGroup } from '../../dom/highlight-style';
import type { Settings } from '../../storage/settings';
import { h } from '../dom';
import { FAMILIES } from '../../lexicon/families';
import { checkbox, radioGroup, section } from './controls';
import { INTENSITY_NAMES, PALETTE_NAMES } from './labels';
import type { SaveSettings, SettingsSection } from './section-types';

type Segment = string | [group: StyleGroup, text: string];

/** Sample text: one phrase of each family (its descriptor's sample), then one of the user's own. */
const SAMPLE: Segment[] = [
  'A sample of each kind of highlight: ',
  ...FAMILIES.flatMap((f, i): Segment[] => [i > 0 ? ', ' : '', [f.id, f.sample]]),
  ', and ',
  ['custom', 'one of your own phrases'],
  '.',
];

const LEGEND: [StyleGroup, string][] = [...FAMILIES.map((f): [StyleGroup, string] => [f.id, f.name]), ['custom', 'Your own phrases']];

const hasHighlights = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** A paragraph of segments; the phrases become ranges (or marks) of their group. Nodes are never moved after a range is set on them, since a move collapses the range. */
function paint(paragraph: HTMLElement, segments: Segment[], ranges: Map<StyleGroup, Range[]>): HTMLElement {
  for (const segment of segments) {
    if (typeof segment === 'string') {
      paragraph.append(segment);
      continue;
    }
    const [group, text] = segment;
    if (!hasHighlights) {
      paragraph.append(h('mark', { attrs: { 'data-rhetoric-lens': group } }, text));
      continue;
    }
    const node = document.createTextNode(text);
    paragraph.append(node);
    const range = document.createRange();
    range.selectNodeContents(node);
    ranges.set(group, [...(ranges.get(group) ?? []), range]);
  }
  return paragraph;
}

function samplePage(kind: 'light' | 'dark', ranges: Map<StyleGroup, Range[]>): HTMLElement {
  const legend = paint(h('p', { class: 'legend' }), LEGEND.flatMap(([group, name], i): Segment[] => (i > 0 ? [' · ', [group, name]] : [[group, name]])), ranges);
  return h('figure', { class: `sample sample-${kind}` }, h('figcaption', null, kind === 'light' ? 'On a light page' : 'On a dark page'), paint(h('p'), SAMPLE, ranges), legend);
}

export function styleSection(save: SaveSettings): SettingsSection {
  const setStyle = (change: Partial<HighlightStyle>) => save((s) => ({ ...s, style: { ...s.style, ...change } }));
  const palette = radioGroup(
    'Colours',
    PALETTES.map((value) => ({ value, label: PALETTE_NAMES[value].label, hint: PALETTE_NAMES[value].hint })),
    (value) => setStyle({ palette: value }),
  );
  const underline = checkbox('Underline only, no background tint', (on) => setStyle({ underlineOnly: on }));
  const intensity = radioGroup(
    'Intensity',
    INTENSITIES.map((value) => ({ value, label: INTENSITY_NAMES[value] })),
    (value) => setStyle({ intensity: value }),
    { class: 'inline' },
  );

  const ranges = new Map<StyleGroup, Range[]>();
  const preview = h('div', { class: 'preview', attrs: { 'aria-label': 'Preview', role: 'group' } }, samplePage('light', ranges), samplePage('dark', ranges));
  if (hasHighlights) for (const [group, list] of ranges) CSS.highlights.set(`rhetoric-lens-${group}`, new Highlight(...list));
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  const element = section(
    'style',
    'Highlight style',
    'Each group has its own underline (solid, dashed, wavy, dotted) in every palette, so colour is never the only signal.',
    h('div', { class: 'columns' }, h('div', null, palette.element, underline.element, intensity.element), preview),
  );

  return {
    element,
    update(settings: Settings) {
      palette.set(settings.style.palette);
      underline.set(settings.style.underlineOnly);
      intensity.set(settings.style.intensity);
      sheet.replaceSync(highlightCss(settings.style));
    },
  };
}
