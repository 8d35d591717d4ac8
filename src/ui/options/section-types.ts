/** What every settings section of the options page offers the page. */
import type { Settings } from '../../storage/settings';

export interface SettingsSection {
  element: HTMLElement;
  /** Shows `settings`, which may have been changed elsewhere (the popup, another tab). */
  update(settings: Settings): void;
}

/** Changes the settings: the page serialises the writes and reports "Saved". */
export type SaveSettings = (change: (settings: Settings) => Settings) => void;
