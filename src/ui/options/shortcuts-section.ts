/**
 * "Keyboard shortcuts": the extension's commands and their keys, and how to
 * change them. Browsers keep that page to themselves: Chrome lets an
 * extension open chrome://extensions/shortcuts in a tab; Firefox 137+ opens
 * its own with `commands.openShortcutSettings()`, older versions only by menu.
 */
import { browser } from 'wxt/browser';
import { h, replaceChildren } from '../dom';
import { section } from './controls';
import { ownShortcuts } from '../shortcuts';

const FIREFOX_PATH = 'In Firefox: open the menu ☰ → Add-ons and themes (about:addons), click the gear icon ⚙ above the list, and choose Manage Extension Shortcuts.';

export function shortcutsSection(): HTMLElement {
  const table = h('table', { class: 'shortcuts' }, h('caption', { class: 'visually-hidden' }, 'Keyboard shortcuts'));
  const body = h('tbody', null, h('tr', null, h('td', { attrs: { colspan: 2 } }, 'Reading the shortcuts…')));
  table.append(h('thead', null, h('tr', null, h('th', { attrs: { scope: 'col' } }, 'Action'), h('th', { attrs: { scope: 'col' } }, 'Shortcut'))), body);

  void (async () => {
    try {
      const commands = ownShortcuts(await browser.commands.getAll());
      replaceChildren(
        body,
        commands.map((c) => h('tr', { attrs: { 'data-command': c.name } }, h('td', null, c.description), h('td', null, c.shortcut ? h('kbd', null, c.shortcut) : h('span', { class: 'hint' }, 'not set')))),
      );
    } catch (error) {
      replaceChildren(body, h('tr', null, h('td', { attrs: { colspan: 2 } }, `The shortcuts could not be read (${(error as Error).message}).`)));
    }
  })();

  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  const how: Node[] = [];
  if (import.meta.env.FIREFOX) {
    if (typeof commands.openShortcutSettings === 'function') {
      how.push(h('button', { attrs: { type: 'button' }, on: { click: () => void commands.openShortcutSettings!() } }, 'Change shortcuts…'));
    }
    how.push(h('p', { class: 'hint' }, FIREFOX_PATH));
  } else {
    how.push(
      h('button', { attrs: { type: 'button' }, on: { click: () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }) } }, 'Change shortcuts…'),
      h('p', { class: 'hint' }, 'Opens chrome://extensions/shortcuts, where each shortcut can be set or cleared (in Edge: edge://extensions/shortcuts).'),
    );
  }
  return section('shortcuts', 'Keyboard shortcuts', null, table, ...how);
}
