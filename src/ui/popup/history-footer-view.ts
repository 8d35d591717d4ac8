/** The popup's footer: how much reading history is kept, and "Clear history" with a second step to confirm. */
import { h } from '../dom';
import { plural } from './labels';

export type HistoryFooter = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'cleared'; pages: number };

export interface HistoryFooterActions {
  ask(): void;
  cancel(): void;
  confirm(): void;
}

/** `pages`: the pages stored, or undefined while unknown. */
export function historyFooterView(pages: number | undefined, state: HistoryFooter, actions: HistoryFooterActions): HTMLElement {
  const line =
    state.kind === 'cleared'
      ? `History cleared (${plural(state.pages, 'page')}).`
      : pages === undefined
        ? 'Reading history: kept on this device only.'
        : `Reading history: ${plural(pages, 'page')}, on this device only.`;
  const buttons =
    state.kind === 'confirm'
      ? [
          h('button', { class: 'danger', attrs: { type: 'button', 'data-key': 'history-confirm' }, on: { click: actions.confirm } }, pages ? `Delete ${plural(pages, 'page')}` : 'Delete history'),
          h('button', { attrs: { type: 'button', 'data-key': 'history-cancel' }, on: { click: actions.cancel } }, 'Cancel'),
        ]
      : [h('button', { class: 'link-button', attrs: { type: 'button', 'data-key': 'history-clear', disabled: pages === 0 }, on: { click: actions.ask } }, 'Clear history')];
  return h(
    'footer',
    { class: 'history-footer', attrs: { 'aria-label': 'Reading history' } },
    h('p', { attrs: { 'data-testid': 'history-line' } }, line),
    h('div', { class: 'footer-buttons' }, ...buttons),
  );
}
