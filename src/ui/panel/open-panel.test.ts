import { describe, expect, test, vi } from 'vitest';
import { canOpenPanel, openPanelWith } from './open-panel';

describe('openPanelWith', () => {
  test("Chrome: the window's side panel, called at once (within the user's gesture)", async () => {
    const open = vi.fn(async (_options: { windowId: number }) => undefined);
    const pending = openPanelWith({ sidePanel: { open } }, 7);
    // Called before anything was awaited: the gesture still holds.
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    await pending;
  });

  test("Firefox: the sidebar, even where a sidePanel object exists", async () => {
    const sidebar = vi.fn(async () => undefined);
    const side = vi.fn(async () => undefined);
    await openPanelWith({ sidebarAction: { open: sidebar }, sidePanel: { open: side } }, 3);
    expect(sidebar).toHaveBeenCalledTimes(1);
    expect(side).not.toHaveBeenCalled();
  });

  test.each([
    ['no panel API', {}, 1, 'this browser has no side panel'],
    ['Chrome without a window', { sidePanel: { open: async () => undefined } }, undefined, 'no window to open the side panel in'],
  ])('%s fails as a rejected promise', async (_name, api, windowId, error) => {
    await expect(openPanelWith(api, windowId)).rejects.toThrow(error);
  });

  test('canOpenPanel', () => {
    expect(canOpenPanel({})).toBe(false);
    expect(canOpenPanel({ sidePanel: { open: async () => undefined } })).toBe(true);
    expect(canOpenPanel({ sidebarAction: { open: async () => undefined } })).toBe(true);
  });
});
