/**
 * "What to highlight": highlighting on or off, the source families and the
 * persuasion techniques to show.
 */
import { TECHNIQUES, type Technique } from '../../core/types';
import { FAMILIES } from '../../lexicon/families';
import type { Settings } from '../../storage/settings';
import { h } from '../dom';
import { techniqueLabel } from '../popup/labels';
import { checkbox, section } from './controls';
import type { SaveSettings, SettingsSection } from './section-types';

function toggled<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const set = new Set(list);
  if (on) set.add(item);
  else set.delete(item);
  return order.filter((x) => set.has(x));
}

export function sourcesSection(save: SaveSettings): SettingsSection {
  const enabled = checkbox('Highlight phrases on the pages I read', (on) => save((s) => ({ ...s, enabled: on, paused: on ? false : s.paused })));
  const pausedNote = h('p', { class: 'hint', attrs: { hidden: true } }, 'Paused from the toolbar button: highlighting resumes when you tick this box, resume in the toolbar, or restart the browser.');

  const sources = FAMILIES.map((family) => ({
    source: family.id,
    control: checkbox(family.name, (on) => save((s) => ({ ...s, hiddenSources: s.hiddenSources.filter((id) => id !== family.id).concat(on ? [] : [family.id]) })), { hint: family.outlets }),
  }));

  const techniques = TECHNIQUES.map((technique) => ({
    technique,
    control: checkbox(techniqueLabel(technique), (on) => save((s) => ({ ...s, hiddenTechniques: toggled(s.hiddenTechniques, technique as Technique, !on, TECHNIQUES) }))),
  }));
  const showAll = h('button', { attrs: { type: 'button' }, on: { click: () => save((s) => ({ ...s, hiddenTechniques: [] })) } }, 'Show all');
  const hideAll = h('button', { attrs: { type: 'button' }, on: { click: () => save((s) => ({ ...s, hiddenTechniques: [...TECHNIQUES] })) } }, 'Hide all');

  const element = section(
    'what',
    'Sources and techniques',
    'Choose which state media families and which persuasion techniques to show. Your own phrases are always shown.',
    h('div', { class: 'group' }, enabled.element, pausedNote),
    h('fieldset', { class: 'group' }, h('legend', null, 'Sources'), sources.map((s) => s.control.element)),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', null, 'Techniques'),
      h('p', { class: 'hint' }, 'A phrase is hidden only when every technique it carries is unticked.'),
      h('div', { class: 'grid' }, techniques.map((t) => t.control.element)),
      h('div', { class: 'row' }, showAll, hideAll),
    ),
  );

  return {
    element,
    update(settings: Settings) {
      enabled.set(settings.enabled);
      pausedNote.hidden = !settings.paused;
      for (const { source, control } of sources) control.set(!settings.hiddenSources.includes(source));
      for (const { technique, control } of techniques) control.set(!settings.hiddenTechniques.includes(technique));
    },
  };
}
