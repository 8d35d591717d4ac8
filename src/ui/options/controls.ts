/**
 * Form controls for the options page, built with the popup's element builder
 * (text as text nodes only). Each returns its element and a way to set its
 * value from outside, so a change made elsewhere (the popup, another options
 * tab) shows without rebuilding the control under the user's cursor.
 */
import { h } from '../dom';

let counter = 0;
/** A unique element id for label and description links. */
export function uid(prefix: string): string {
  return `${prefix}-${++counter}`;
}

export interface Control<T> {
  element: HTMLElement;
  set(value: T): void;
}

export function checkbox(label: string, onChange: (checked: boolean) => void, options: { hint?: string; id?: string } = {}): Control<boolean> & { input: HTMLInputElement } {
  const id = options.id ?? uid('check');
  const hintId = options.hint ? `${id}-hint` : undefined;
  const input = h('input', { attrs: { type: 'checkbox', id, 'aria-describedby': hintId }, on: { change: () => onChange(input.checked) } });
  const element = h('div', { class: 'check' }, input, h('label', { attrs: { for: id } }, label), options.hint ? h('p', { class: 'hint', attrs: { id: hintId } }, options.hint) : null);
  return { element, input, set: (checked) => (input.checked = checked) };
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
  /** Extra content after the label, such as a swatch. */
  extra?: Node;
}

/** A fieldset of radio buttons. */
export function radioGroup<T extends string>(legend: string, choices: readonly Choice<T>[], onChange: (value: T) => void, options: { class?: string } = {}): Control<T> {
  const name = uid('radio');
  const inputs = choices.map((choice) => {
    const id = `${name}-${choice.value}`;
    const input = h('input', { attrs: { type: 'radio', name, id, value: choice.value, 'aria-describedby': choice.hint ? `${id}-hint` : undefined }, on: { change: () => input.checked && onChange(choice.value) } });
    return { choice, id, input };
  });
  const element = h(
    'fieldset',
    { class: `choices ${options.class ?? ''}`.trim() },
    h('legend', null, legend),
    inputs.map(({ choice, id, input }) =>
      h('div', { class: 'choice' }, input, h('label', { attrs: { for: id } }, choice.extra ?? null, choice.label), choice.hint ? h('p', { class: 'hint', attrs: { id: `${id}-hint` } }, choice.hint) : null),
    ),
  );
  return { element, set: (value) => inputs.forEach(({ choice, input }) => (input.checked = choice.value === value)) };
}

/** A labelled text field with its hint and its error line. */
export function textField(label: string, options: { multiline?: boolean; hint?: string; maxLength?: number; rows?: number; placeholder?: string; id?: string; spellcheck?: boolean } = {}) {
  const id = options.id ?? uid('field');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const attrs = {
    id,
    maxlength: options.maxLength,
    placeholder: options.placeholder,
    'aria-describedby': `${options.hint ? `${hintId} ` : ''}${errorId}`,
    spellcheck: options.spellcheck === false ? 'false' : undefined,
  };
  const input = options.multiline ? h('textarea', { attrs: { ...attrs, rows: options.rows ?? 3 } }) : h('input', { attrs: { ...attrs, type: 'text' } });
  const error = h('p', { class: 'error', attrs: { id: errorId, 'aria-live': 'polite' } });
  const element = h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), options.hint ? h('p', { class: 'hint', attrs: { id: hintId } }, options.hint) : null, input, error);
  return {
    element,
    input,
    /** Shows a problem at the field, or clears it. */
    setError(message: string | undefined) {
      error.textContent = message ?? '';
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    },
  };
}

/** A section of the page with its heading and an optional introduction. */
export function section(id: string, title: string, intro: string | null, ...content: (Node | null)[]): HTMLElement {
  return h('section', { attrs: { id, 'aria-labelledby': `${id}-title` } }, h('h2', { attrs: { id: `${id}-title` } }, title), intro ? h('p', { class: 'intro' }, intro) : null, ...content);
}
