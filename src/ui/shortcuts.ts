/**
 * The keyboard shortcuts as the browser has them now (the reader may have
 * changed them), for the popup's footer and the options page. The entry
 * points read them with `browser.commands.getAll()`.
 */
import { h } from './dom';

export interface Shortcut {
  /** The command's name in the manifest. */
  name: string;
  description: string;
  /** The key as the browser shows it; '' when none is set. */
  shortcut: string;
}

/** Short words for the popup's footer, by command. */
const SHORT: Record<string, string> = {
  'toggle-highlights': 'on / off',
  'next-highlight': 'next',
  'previous-highlight': 'previous',
  'open-panel': 'this list',
};

/** Where a command goes in a list: the order above (browsers list commands alphabetically), others after. */
const rank = (name: string) => {
  const at = Object.keys(SHORT).indexOf(name);
  return at < 0 ? Number.MAX_SAFE_INTEGER : at;
};

/** The extension's own commands, without the browser's built-in "open the popup" one: on/off, next, previous, the list. */
export function ownShortcuts(commands: readonly { name?: string; description?: string; shortcut?: string }[]): Shortcut[] {
  return commands
    .filter((c) => c.name && !c.name.startsWith('_execute_'))
    .map((c) => ({ name: c.name!, description: c.description || c.name!, shortcut: c.shortcut ?? '' }))
    .sort((a, b) => rank(a.name) - rank(b.name));
}

/** The popup's footer line: each set key and what it does; undefined when none is set (or they are not known yet). */
export function shortcutsFooterView(shortcuts: readonly Shortcut[] | undefined): HTMLElement | null {
  const set = (shortcuts ?? []).filter((s) => s.shortcut !== '');
  if (set.length === 0) return null;
  return h(
    'footer',
    { class: 'keys-footer', attrs: { 'aria-label': 'Keyboard shortcuts', 'data-testid': 'keys' } },
    h('ul', null, ...set.map((s) => h('li', { attrs: { title: s.description } }, h('kbd', null, s.shortcut), ' ', SHORT[s.name] ?? s.description))),
  );
}
