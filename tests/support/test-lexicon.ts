/**
 * A small lexicon written for the core's unit tests, so that they do not move
 * when the real lexicon grows. Not shipped.
 */
import { compileLexicon } from '../../src/core/compile';
import { Matcher } from '../../src/core/matcher';
import type { Inflector } from '../../src/core/pattern';
import type { LexiconEntry } from '../../src/core/types';

/** A complete test entry: the given patterns, defaults for the rest. */
export function entry(id: string, patterns: string[], extra: Partial<LexiconEntry> = {}): LexiconEntry {
  return {
    id,
    phrase: patterns[0].replace(/~[nv]/g, ''),
    patterns,
    sources: ['kcna'],
    techniques: ['loaded-language'],
    tier: 'signature',
    explanation: `Test entry ${id}. It exists for the unit tests.`,
    origin: '',
    related: [],
    guards: [],
    examples: { match: [], noMatch: [] },
    ...extra,
  };
}

export const testEntries: LexiconEntry[] = [
  entry('dance-to-the-tune', ['dance~v to the tune of others']),
  entry('under-another-baton', ["(act~v|) under (another's|other's|others') baton"]),
  entry('puppet-regime', ['puppet regime~n']),
  entry('master-servant', ['master-servant relation~n']),
  entry('collective-west', ['(the|) collective west'], { sources: ['rus'] }),
  entry('kiev-regime', ['(kiev|kyiv) regime~n'], { sources: ['rus'] }),
  entry('juche', ['juche', 'juche idea'], { tier: 'signature' }),
  entry('internal-affairs', ['interference in (the|) internal affairs', 'internal affairs'], {
    sources: ['prc', 'rus'],
    tier: 'common',
    guards: ['(ministry|minister|department|committee) of internal affairs'],
  }),
  entry('win-win', ['win-win', 'win-win cooperation'], {
    sources: ['prc'],
    tier: 'common',
    guards: ['win-win (deal|agreement) for (workers|the union)'],
  }),
  entry('hurt-feelings', ['hurt~v the feelings of the chinese people'], { sources: ['prc'] }),
];

/** Suffix rules good enough for tests: no compromise, fully predictable. */
/** Context markers for the test families, as a family descriptor would give them. */
export const testContextMarkers: Record<string, string[]> = {
  kcna: ['dprk~n', 'pyongyang~n', 'north korea~n', 'kim jong un'],
  prc: ['china~n', 'chinese', 'beijing~n', 'xi jinping'],
  rus: ['russia~n', 'russian~n', 'moscow~n', 'kremlin~n', 'putin'],
};

export const simpleInflector: Inflector = {
  forms(word, kind) {
    if (kind === 'n') return [word, `${word}s`, `${word}'s`, `${word}s'`];
    const stem = word.endsWith('e') ? word.slice(0, -1) : word;
    return [word, `${word}s`, `${stem}ed`, `${stem}ing`];
  },
};

export function testMatcher(entries: LexiconEntry[] = testEntries): Matcher {
  return new Matcher(compileLexicon(entries, { inflector: simpleInflector, version: 'test', contextMarkers: testContextMarkers }));
}
