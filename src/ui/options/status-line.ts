/**
 * The page's status line, fixed at the bottom: "Saved.", "Added …", with an
 * optional action such as Undo. Announced politely to screen readers.
 */
import { h, replaceChildren } from '../dom';

export interface StatusLine {
  element: HTMLElement;
  say(text: string, options?: { action?: { label: string; run: () => void }; error?: boolean }): void;
}

export function statusLine(): StatusLine {
  const element = h('div', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite', hidden: true } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    element,
    say(text, options = {}) {
      clearTimeout(timer);
      const action = options.action;
      replaceChildren(
        element,
        h('span', null, text),
        action
          ? h('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => {
              element.hidden = true;
              action.run();
            } } }, action.label)
          : null,
      );
      element.classList.toggle('is-error', options.error === true);
      element.hidden = false;
      // Errors stay until replaced; an offer such as Undo stays a while; plain confirmations fade.
      if (!options.error) timer = setTimeout(() => (element.hidden = true), action ? 12_000 : 4000);
    },
  };
}
