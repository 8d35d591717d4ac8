/**
 * The legend: what each highlight colour stands for, one item per source
 * family (from FAMILIES) and one for the user's own phrases, each drawn as
 * the highlight itself looks in the user's style.
 */
import { FAMILIES, sourceLabel } from '../lexicon/families';
import { groupLook, STYLE_GROUPS, type HighlightStyle, type StyleGroup } from '../dom/highlight-style';
import type { LineStyle } from '../core/family';
import { h } from './dom';

export interface LegendItem {
  group: StyleGroup;
  /** The source's name, as everywhere else (`sourceLabel`), capitalised for a label. */
  name: string;
  tint: string;
  line: string;
  lineStyle: LineStyle;
}

export function legendItems(style: HighlightStyle): LegendItem[] {
  const order: StyleGroup[] = [...FAMILIES.map((f) => f.id), ...STYLE_GROUPS.filter((g) => !FAMILIES.some((f) => f.id === g))];
  return order.map((group) => {
    const label = sourceLabel(group);
    return { group, name: label.charAt(0).toUpperCase() + label.slice(1), ...groupLook(group, style) };
  });
}

/** The sample's look: the tint and the underline a highlight of the group gets on the page. */
export function sampleStyle(item: LegendItem): string {
  const line = item.line === 'currentColor' ? 'currentColor' : item.line;
  return `background-color:${item.tint};text-decoration:underline ${item.lineStyle} ${line} 2px;text-decoration-skip-ink:none`;
}

/** The popup's legend: a list of samples and names. */
export function legendView(style: HighlightStyle): HTMLElement {
  return h(
    'ul',
    { class: 'legend', attrs: { 'aria-label': 'What the highlight colours mean', 'data-testid': 'legend' } },
    ...legendItems(style).map((item) =>
      h('li', { attrs: { 'data-group': item.group } }, h('span', { class: 'legend-sample', attrs: { 'aria-hidden': 'true', style: sampleStyle(item) } }, 'Ab'), ' ', item.name),
    ),
  );
}
