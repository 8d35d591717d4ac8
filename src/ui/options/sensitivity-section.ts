/** "Sensitivity": every phrase, or only the signature phrases that almost only state media use. */
import type { Settings } from '../../storage/settings';
import { radioGroup, section } from './controls';
import type { SaveSettings, SettingsSection } from './section-types';

export function sensitivitySection(save: SaveSettings): SettingsSection {
  const choice = radioGroup<Settings['sensitivity']>(
    'Show',
    [
      {
        value: 'all',
        label: 'All phrases',
        hint: 'Signature phrases, and common ones (“win-win”, “internal affairs”) where the passage is about the state in question.',
      },
      { value: 'signature', label: 'Signature phrases only', hint: 'Only phrasing that almost nobody but state media uses. Fewer highlights, almost no false alarms.' },
    ],
    (sensitivity) => save((s) => ({ ...s, sensitivity })),
  );
  return {
    element: section('sensitivity', 'Sensitivity', null, choice.element),
    update: (settings) => choice.set(settings.sensitivity),
  };
}
