// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../storage/settings';
import { hiddenSection } from './hidden-section';

describe('hidden phrases in options', () => {
  test('lists the hidden phrases by name, and "Show again" takes one off the list', async () => {
    let settings: Settings = { ...DEFAULT_SETTINGS, hiddenEntries: ['juche', 'gone-entry'] };
    const section = hiddenSection(
      (change) => {
        settings = change(settings);
        section.update(settings);
      },
      async () => (id) => (id === 'juche' ? 'the Juche idea' : undefined),
    );
    document.body.append(section.element);
    section.update(settings);
    await expect.poll(() => [...section.element.querySelectorAll('li .site')].map((e) => e.textContent)).toEqual(['the Juche idea', 'gone-entry']);
    const show = section.element.querySelector<HTMLButtonElement>('button[aria-label="Show “the Juche idea” again"]')!;
    show.click();
    expect(settings.hiddenEntries).toEqual(['gone-entry']);
    expect(section.element.querySelectorAll('li')).toHaveLength(1);
  });

  test('says how a phrase gets here when none is hidden', () => {
    const section = hiddenSection(() => {}, async () => () => undefined);
    section.update(DEFAULT_SETTINGS);
    const empty = section.element.querySelector<HTMLElement>('.hint')!;
    expect(empty.hidden).toBe(false);
    expect(empty.textContent).toMatch(/Hide this phrase/);
  });
});
