/**
 * Walks the family registry: every family has what each view derives from it,
 * and every list of families in the project is the registry's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PALETTES } from '../core/family';
import { GROUPS } from '../dom/highlight-groups';
import { highlightCss } from '../dom/highlight-style';
import { DEFAULT_SETTINGS, shownSources } from '../storage/settings-model';
import { CARD_CSS } from '../ui/card/card-styles';
import { FAMILIES, FAMILY_IDS, familyOf, sourceLabel } from './families';
import { families, lexicon } from './index';

describe('the family registry', () => {
  test('ids are unique kebab-case, and names are unique', () => {
    expect(new Set(FAMILY_IDS).size).toBe(FAMILIES.length);
    for (const id of FAMILY_IDS) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(new Set(FAMILIES.map((f) => f.name)).size).toBe(FAMILIES.length);
  });

  test.each(FAMILIES.map((f) => [f.id, f] as const))('%s: a folder with its descriptor and entries, and entries in the lexicon', (id) => {
    expect(existsSync(new URL(`./${id}/family.ts`, import.meta.url))).toBe(true);
    expect(existsSync(new URL(`./${id}/entries.ts`, import.meta.url))).toBe(true);
    expect(families[id].length).toBeGreaterThan(0);
    expect(lexicon.filter((e) => e.sources.includes(id)).length).toBeGreaterThan(0);
  });

  test.each(FAMILIES.map((f) => [f.id, f] as const))('%s: names, outlets, hosts, markers, speakers and a sample', (_, family) => {
    for (const text of [family.name, family.region, family.outlets, family.sample]) expect(text.trim()).not.toBe('');
    expect(family.hosts.length).toBeGreaterThan(0);
    for (const host of family.hosts) expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(family.contextMarkers.length).toBeGreaterThan(0);
    expect(family.speakers.length).toBeGreaterThan(0);
    for (const speaker of family.speakers) expect(speaker).toBe(speaker.toLowerCase());
  });

  test('each host belongs to one family', () => {
    const hosts = FAMILIES.flatMap((f) => f.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  test.each(FAMILIES.map((f) => [f.id, f] as const))('%s: a colour in every palette, and its own line style', (id, family) => {
    for (const palette of PALETTES) {
      const swatch = family.swatches[palette];
      expect(swatch.line).toMatch(/^(#[0-9a-f]{6}|currentColor)$/);
      expect(swatch.rgb).toHaveLength(3);
      expect(highlightCss({ palette, underlineOnly: false, intensity: 'normal' })).toContain(`::highlight(rhetoric-lens-${id})`);
    }
    const others = FAMILIES.filter((f) => f.id !== id).map((f) => f.line);
    expect(others).not.toContain(family.line);
    expect(family.line).not.toBe('dotted'); // the user's own phrases
  });

  test('the highlight groups, the card swatches, the labels and the default settings follow the registry', () => {
    expect(GROUPS).toEqual([...FAMILY_IDS, 'custom']);
    for (const family of FAMILIES) {
      expect(CARD_CSS).toContain(`.swatch[data-group="${family.id}"] { --swatch: ${family.swatches.standard.line}; }`);
      expect(sourceLabel(family.id)).toBe(family.name);
      expect(familyOf(family.id)).toBe(family);
    }
    expect(shownSources(DEFAULT_SETTINGS)).toEqual(FAMILY_IDS);
    expect(sourceLabel('custom')).toBe('your own phrases');
    expect(sourceLabel('my research')).toBe('my research');
  });

  test('docs/lexicon.md has a section for every family', () => {
    const docs = readFileSync(new URL('../../docs/lexicon.md', import.meta.url), 'utf8');
    for (const family of FAMILIES) expect(docs).toContain(`## ${family.region} (${family.outlets})`);
  });
});
