import { expect, test } from 'vitest';
import { ownShortcuts } from './shortcuts';

test('ownShortcuts leaves out the browser\'s own command and puts ours in reading order', () => {
  const all = [
    { name: '_execute_action', description: '', shortcut: '' },
    { name: 'next-highlight', description: 'Go to the next highlight', shortcut: 'Alt+Shift+J' },
    { name: 'open-panel', description: 'Open the list', shortcut: 'Alt+Shift+L' },
    { name: 'previous-highlight', description: 'Go to the previous highlight' },
    { name: 'toggle-highlights', description: 'Turn highlights on or off', shortcut: 'Alt+Shift+H' },
  ];
  expect(ownShortcuts(all).map((s) => [s.name, s.shortcut])).toEqual([
    ['toggle-highlights', 'Alt+Shift+H'],
    ['next-highlight', 'Alt+Shift+J'],
    ['previous-highlight', ''],
    ['open-panel', 'Alt+Shift+L'],
  ]);
});
