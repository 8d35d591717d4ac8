/**
 * "Sites": on everywhere except a deny list, or only on an allow list.
 * Patterns are `example.com` (with its subdomains) or `*.example.com` (only
 * subdomains); a pasted address is reduced to its host.
 */
import { MAX_SITES, normalizeSitePattern, type Settings, type SiteMode } from '../../storage/settings';
import { h, replaceChildren } from '../dom';
import { radioGroup, section, textField } from './controls';
import type { SaveSettings, SettingsSection } from './section-types';

const LIST_OF: Record<SiteMode, 'deniedSites' | 'allowedSites'> = { deny: 'deniedSites', allow: 'allowedSites' };

export function sitesSection(save: SaveSettings): SettingsSection {
  let mode: SiteMode = 'deny';
  const modeChoice = radioGroup<SiteMode>(
    'Highlight',
    [
      { value: 'deny', label: 'On every site except those listed' },
      { value: 'allow', label: 'Only on the sites listed' },
    ],
    (value) => save((s) => ({ ...s, siteMode: value })),
  );

  const field = textField('Add a site', { hint: 'example.com also covers www.example.com and news.example.com; *.example.com covers only the subdomains.', placeholder: 'example.com', spellcheck: false });
  const heading = h('h3', null);
  const list = h('ul', { class: 'sites' });
  const empty = h('p', { class: 'hint' });
  const otherNote = h('p', { class: 'hint' });

  const add = (event: Event) => {
    event.preventDefault();
    const normalized = normalizeSitePattern(field.input.value);
    if (!normalized.ok) {
      field.setError(normalized.error);
      return;
    }
    field.setError(undefined);
    field.input.value = '';
    save((s) => {
      const key = LIST_OF[s.siteMode];
      if (s[key].includes(normalized.value)) return s;
      if (s[key].length >= MAX_SITES) {
        field.setError(`The list is full (${MAX_SITES} sites).`);
        return s;
      }
      return { ...s, [key]: [...s[key], normalized.value] };
    });
  };
  const form = h('form', { class: 'add-site', on: { submit: add } }, field.element, h('button', { attrs: { type: 'submit' } }, 'Add'));
  field.input.addEventListener('input', () => field.setError(undefined));

  const element = section('sites', 'Sites', null, modeChoice.element, heading, list, empty, form, otherNote);

  return {
    element,
    update(settings: Settings) {
      mode = settings.siteMode;
      modeChoice.set(mode);
      const key = LIST_OF[mode];
      heading.textContent = mode === 'deny' ? 'Sites where highlighting is off' : 'Sites where highlighting is on';
      empty.textContent = settings[key].length > 0 ? '' : mode === 'deny' ? 'None: highlighting is on everywhere.' : 'None yet: add a site, or nothing will be highlighted.';
      empty.hidden = settings[key].length > 0;
      const other = settings[LIST_OF[mode === 'deny' ? 'allow' : 'deny']];
      otherNote.textContent = other.length > 0 ? `Your ${mode === 'deny' ? 'allow' : 'deny'} list (${other.length} ${other.length === 1 ? 'site' : 'sites'}) is kept for when you switch back.` : '';
      replaceChildren(
        list,
        settings[key].map((site) =>
          h(
            'li',
            null,
            h('span', { class: 'site' }, site),
            h('button', { class: 'link', attrs: { type: 'button', 'aria-label': `Remove ${site}` }, on: { click: () => save((s) => ({ ...s, [key]: s[key].filter((x) => x !== site) })) } }, 'Remove'),
          ),
        ),
      );
    },
  };
}
