import { describe, expect, test } from 'vitest';
import { expandPattern, PatternError } from './pattern';
import { simpleInflector } from '../../tests/support/test-lexicon';

describe('expandPattern', () => {
  test.each([
    ['the collective west', ['the collective west']],
    ['(the|) collective west', ['the collective west', 'collective west']],
    ['(kiev|kyiv) regime~n', ['kiev regime', 'kiev regimes', "kiev regime's", "kiev regimes'", 'kyiv regime', 'kyiv regimes', "kyiv regime's", "kyiv regimes'"]],
    ['dance~v to the tune', ['dance to the tune', 'dances to the tune', 'danced to the tune', 'dancing to the tune']],
    ['(a b|c (d|e)) f', ['a b f', 'c d f', 'c e f']],
  ])('%s', (pattern, phrases) => {
    expect(expandPattern(pattern, simpleInflector).sort()).toEqual(phrases.sort());
  });

  test.each([
    ['', /empty pattern/],
    ['(a|b', /unclosed/],
    ['a|b', /unexpected "\|"/],
    ['a)', /unexpected "\)"/],
    ['civili(sation|zation)', /joins a word/],
    ['(north|south)ern', /joins a word/],
    ['The West', /lower case/],
    ['u.s. forces', /not a word/],
    ['(a|)', /leaves the pattern empty/],
    ['(a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h)', /more than 512/],
  ])('rejects %j', (pattern, message) => {
    expect(() => expandPattern(pattern, simpleInflector)).toThrow(PatternError);
    expect(() => expandPattern(pattern, simpleInflector)).toThrow(message);
  });
});
