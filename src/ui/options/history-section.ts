/**
 * "History": whether pages with highlights are remembered (on this device
 * only), for how long and how many, how much is stored, and clearing it. The
 * background owns the history; this section asks it through messages.
 */
import { browser } from 'wxt/browser';
import { send, type Kind, type MessageOf, type Reply } from '../../messaging/messages';
import type { Settings } from '../../storage/settings';
import { h } from '../dom';
import { plural } from '../popup/labels';
import { checkbox, section, textField } from './controls';
import type { SaveSettings, SettingsSection } from './section-types';

function ask<K extends Kind>(message: MessageOf<K>): Promise<Reply<K>> {
  return send((m) => browser.runtime.sendMessage(m), message);
}

function numberField(label: string, hint: string, min: number, max: number, onValue: (value: number) => void) {
  const field = textField(label, { hint });
  field.input.setAttribute('inputmode', 'numeric');
  field.input.classList.add('short');
  field.input.addEventListener('change', () => {
    const value = Number(field.input.value.trim());
    if (!Number.isInteger(value) || value < min || value > max) {
      field.setError(`Enter a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`);
      return;
    }
    field.setError(undefined);
    onValue(value);
  });
  return {
    element: field.element,
    set(value: number) {
      if (document.activeElement !== field.input) field.input.value = String(value);
    },
  };
}

export function historySection(save: SaveSettings): SettingsSection {
  const enabled = checkbox('Remember pages with highlights', (on) => save((s) => ({ ...s, historyEnabled: on })), {
    hint: 'The popup uses them to show where you met a phrase before. They stay in this browser; nothing is sent anywhere.',
  });
  const days = numberField('Keep pages for (days)', 'Older pages are forgotten.', 1, 3650, (value) => save((s) => ({ ...s, historyMaxDays: value })));
  const pages = numberField('Keep at most (pages)', 'The oldest go first.', 10, 100_000, (value) => save((s) => ({ ...s, historyMaxPages: value })));

  const size = h('p', { class: 'history-size', attrs: { 'aria-live': 'polite' } }, 'Counting…');
  const refresh = async () => {
    const stats = await ask({ kind: 'history:stats' });
    size.textContent = stats.ok
      ? stats.value.pages === 0
        ? 'The history is empty.'
        : `The history holds ${plural(stats.value.pages, 'page')} and ${plural(stats.value.passages, 'passage')}.`
      : 'The size of the history is not available right now.';
  };

  let armed = false;
  const clear = h('button', { class: 'danger', attrs: { type: 'button' } }, 'Clear history…');
  const cancel = h('button', { attrs: { type: 'button', hidden: true } }, 'Cancel');
  const disarm = () => {
    armed = false;
    clear.textContent = 'Clear history…';
    cancel.hidden = true;
  };
  cancel.addEventListener('click', disarm);
  clear.addEventListener('click', async () => {
    if (!armed) {
      armed = true;
      clear.textContent = 'Delete every remembered page';
      cancel.hidden = false;
      return;
    }
    disarm();
    const result = await ask({ kind: 'history:clear' });
    size.textContent = result.ok ? `Cleared: ${plural(result.value.pages, 'page')} deleted.` : `The history could not be cleared (${result.error}).`;
  });

  void refresh();
  return {
    element: section('history', 'History', null, enabled.element, h('div', { class: 'row fields' }, days.element, pages.element), size, h('div', { class: 'row' }, clear, cancel)),
    update(settings: Settings) {
      enabled.set(settings.historyEnabled);
      days.set(settings.historyMaxDays);
      pages.set(settings.historyMaxPages);
    },
  };
}
