import { describe, expect, test } from 'vitest';
import type { EntryMeta } from '../core/compiled';
import { groupOf, type HitFilter } from './highlight-groups';

const entry = (id: string, more: Partial<EntryMeta> = {}): EntryMeta => ({ id, phrase: id, sources: ['kcna'], techniques: ['loaded-language'], tier: 'signature', ...more });
const all: HitFilter = { hiddenSources: [], sensitivity: 'all' };

describe('which entries show, and in which group', () => {
  test('an entry the reader hid from the card shows nowhere; the others keep their group', () => {
    const filter = { ...all, hiddenEntries: ['juche'] };
    expect(groupOf(entry('juche'), filter)).toBe(-1);
    expect(groupOf(entry('puppet-clique'), filter)).toBe(groupOf(entry('puppet-clique'), all));
    expect(groupOf(entry('puppet-clique'), all)).toBeGreaterThanOrEqual(0);
  });

  test('the user’s own phrases are never hidden by id', () => {
    expect(groupOf(entry('juche', { custom: true }), { ...all, hiddenEntries: ['juche'] })).toBeGreaterThanOrEqual(0);
  });

  test('families, techniques and sensitivity still hide as before', () => {
    expect(groupOf(entry('a'), { ...all, hiddenSources: ['kcna'] })).toBe(-1);
    expect(groupOf(entry('a', { tier: 'common' }), { ...all, sensitivity: 'signature' })).toBe(-1);
    expect(groupOf(entry('a'), { ...all, hiddenTechniques: ['loaded-language'] })).toBe(-1);
  });
});
