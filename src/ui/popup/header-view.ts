/** The popup's header: the name, the Pause button, and the switches for this site and all sites. */
import { h } from '../dom';

export interface HeaderState {
  /** The page's host; '' for browser pages, which have no site switch. */
  host: string;
  siteOn: boolean;
  enabled: boolean;
  paused: boolean;
}

export interface HeaderActions {
  setSite(on: boolean): void;
  setEverywhere(on: boolean): void;
  setPaused(paused: boolean): void;
  /** Opens the side panel; the button shows only where it is given. */
  openPanel?: () => void;
}

function toggle(key: string, label: string, checked: boolean, disabled: boolean, title: string, onChange: (on: boolean) => void) {
  return h(
    'label',
    { class: 'switch', attrs: { title } },
    h('input', {
      attrs: { type: 'checkbox', role: 'switch', 'data-key': key, checked, disabled },
      on: { change: (event) => onChange((event.target as HTMLInputElement).checked) },
    }),
    h('span', { class: 'switch-track', attrs: { 'aria-hidden': 'true' } }),
    h('span', { class: 'switch-label' }, label),
  );
}

export function headerView(state: HeaderState, actions: HeaderActions): HTMLElement {
  const { host, paused } = state;
  return h(
    'header',
    { class: 'bar' },
    h(
      'div',
      { class: 'bar-row' },
      h('h1', null, 'Rhetoric Lens'),
      h(
        'button',
        {
          class: 'pause',
          attrs: {
            type: 'button',
            'data-key': 'toggle-pause',
            'aria-pressed': String(paused),
            disabled: !paused && !state.enabled,
            title: paused ? 'Paused everywhere: press to resume' : 'Pause highlighting everywhere until you resume or restart the browser',
          },
          on: { click: () => actions.setPaused(!paused) },
        },
        // A toggle button keeps its name; aria-pressed (and its look) says it is paused. The one "Resume" is in the page's state below.
        'Pause',
      ),
      actions.openPanel
        ? h(
            'button',
            { class: 'open-panel', attrs: { type: 'button', 'data-key': 'open-panel', title: 'Keep the list open beside the page while you read' }, on: { click: actions.openPanel } },
            'Open side panel',
          )
        : null,
    ),
    h(
      'div',
      { class: 'toggles', attrs: { role: 'group', 'aria-label': 'Highlighting' } },
      toggle('toggle-site', 'On this site', host !== '' && state.siteOn, host === '', host ? `Highlight phrases on ${host}` : 'This page has no site', (on) => actions.setSite(on)),
      // A pause is for a while and leaves this choice as it was: the switch stays on, so paused and off look different.
      toggle('toggle-everywhere', 'On all sites', state.enabled || paused, false, paused ? 'On, paused for now' : 'Highlight phrases on every site', (on) => actions.setEverywhere(on)),
    ),
  );
}
