/**
 * A small element builder. Text always goes in as text nodes and attributes
 * through `setAttribute`, so page text can never become markup.
 */

export type Child = Node | string | number | null | undefined | false | Child[];

export interface Props {
  class?: string;
  /** Attributes, set verbatim; `undefined` or `false` leaves one out, `true` sets it empty. */
  attrs?: Record<string, string | number | boolean | undefined>;
  /** Event listeners. */
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props?.class) element.className = props.class;
  for (const [name, value] of Object.entries(props?.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(props?.on ?? {})) element.addEventListener(type, listener as EventListener);
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.firstChild.remove();
  append(parent, children);
}

/**
 * `text` with `text.slice(start, end)` wrapped in a `tag` element (a `<mark>`
 * by default). Offsets out of range are clamped; an empty span adds no element.
 */
export function emphasize(text: string, [start, end]: readonly [number, number], tag: 'mark' | 'strong' = 'mark'): Child[] {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  if (e === s) return [text];
  return [text.slice(0, s), h(tag, null, text.slice(s, e)), text.slice(e)].filter((part) => part !== '');
}

/**
 * A paragraph with its sentence in `<strong>` and the phrase in a `<mark>`
 * inside it. A long paragraph is cut to about `reach` characters either side
 * of the sentence, with an ellipsis where it was cut.
 */
export function emphasizeInParagraph(
  paragraph: string,
  sentence: readonly [number, number],
  inSentence: readonly [number, number],
  reach = 500,
): Child[] {
  const s0 = Math.max(0, Math.min(sentence[0], paragraph.length));
  const s1 = Math.max(s0, Math.min(sentence[1], paragraph.length));
  const from = Math.max(0, s0 - reach);
  const to = Math.min(paragraph.length, s1 + reach);
  const before = (from > 0 ? '…' : '') + paragraph.slice(from, s0);
  const after = paragraph.slice(s1, to) + (to < paragraph.length ? '…' : '');
  const strong = h('strong', null, ...emphasize(paragraph.slice(s0, s1), inSentence));
  return [before, strong, after].filter((part) => part !== '');
}

/** The language of a phrase's original, for `lang`: Hangul → ko, Han → zh, Cyrillic → ru. */
export function scriptLanguage(text: string): string | undefined {
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  return undefined;
}
