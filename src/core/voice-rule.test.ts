/** Voice: one attribution rule for every speaker, with the families' speakers as data. */
import { describe, expect, test } from 'vitest';
import { compileLexicon } from './compile';
import { Matcher } from './matcher';
import { simpleInflector, testContextMarkers, testEntries } from '../../tests/support/test-lexicon';
import { speakerPattern, voiceOf } from './voice';

const matcher = new Matcher(
  compileLexicon(testEntries, { inflector: simpleInflector, version: 'test', contextMarkers: testContextMarkers, speakers: ['kcna', 'xinhua', 'lavrov'] }),
);
const voices = (text: string) => matcher.scan(text).hits.map((h) => h.voice);

describe('reported speech', () => {
  test.each([
    ['Li said it was a win-win for China.'],
    ['Scientists in Beijing said the deal was a win-win.'],
    ['Analysts told reporters the Chinese plan was a win-win.'],
    ['It was a win-win for China, the analysts said.'],
  ])('%s is quoted, whoever speaks', (text) => {
    expect(voices(text)).toEqual(['quoted']);
  });

  test.each([['China called the plan a win-win and moved on.'], ['The Kiev regime refused to talk.'], ['The puppet regime said nothing, and it was silent.']])(
    '%s stays in the narrator’s voice',
    (text) => {
      expect(voices(text)[0]).toBe('own');
    },
  );
});

describe('speakers as data', () => {
  test('a family speaker with a speech verb makes a sentence quoted; without the data it does not', () => {
    const text = 'Xinhua denounced the puppet regime.';
    const sentence = { start: 0, end: text.length };
    const start = text.indexOf('puppet');
    expect(voiceOf(text, start, start + 13, sentence, speakerPattern(['xinhua']))).toBe('quoted');
    expect(voiceOf(text, start, start + 13, sentence, speakerPattern())).toBe('own');
    expect(voices(text)).toEqual(['quoted']);
  });

  test('speaker names match whole words only', () => {
    expect(speakerPattern(['rt']).test('Smart officials')).toBe(true); // "officials" is generic
    expect(speakerPattern(['rt']).test('a smart start')).toBe(false);
    expect(speakerPattern(["people's daily"]).test('People’s Daily wrote')).toBe(true);
  });
});

describe('the phrase itself attributes nothing', () => {
  test('a phrase that holds a speaker and a speech verb, in the narrator’s sentence, is own voice', () => {
    const text = 'Officials claimed victory in the end.';
    const start = 0;
    const end = 'Officials claimed'.length;
    expect(voiceOf(text, start, end, { start: 0, end: text.length })).toBe('own');
    const twice = 'Officials claimed that officials claimed victory.';
    const at = twice.lastIndexOf('officials');
    expect(voiceOf(twice, at, at + 'officials claimed'.length, { start: 0, end: twice.length })).toBe('quoted');
  });
});

describe('a quotation opened in an earlier sentence', () => {
  test.each([
    ['He spoke at length. “The answer is plain. The Kiev regime refused to talk.” Then he left.'],
    ['«Nothing changed. The Kiev regime refused to talk» was all he wrote.'],
    ['“Why ask? The puppet regime said nothing at all.”'],
  ])('%s is quoted: the mark after the phrase closes a quotation', (text) => {
    expect(voices(text)).toEqual(['quoted']);
  });

  test.each([
    ['The Kiev regime refused to talk. “We will see,” he said.'],
    ['The Kiev regime refused to talk.\nAnother paragraph ends with a stray mark.”'],
    ['The Kiev regime refused to talk, as „they“ put it.'],
  ])('%s stays own: an opening mark, a paragraph end or a German closer comes first', (text) => {
    expect(voices(text)[0]).toBe('own');
  });
});

describe('Chinese cues', () => {
  const voiceIn = (text: string, phrase: string) => {
    const start = text.indexOf(phrase);
    return voiceOf(text, start, start + phrase.length, { start: 0, end: text.length });
  };
  test.each([
    ['套用官方的表达，这座城市是共同富裕的示范区。'],
    ['按照官方说法，这座城市是共同富裕的示范区。'],
    ['用官方的话说，这座城市是共同富裕的示范区。'],
    ['按官方口径，这座城市是共同富裕的示范区。'],
    ['借用官方用语，这座城市是共同富裕的示范区。'],
  ])('%s borrows official wording: quoted', (text) => {
    expect(voiceIn(text, '共同富裕')).toBe('quoted');
  });
  test.each([['她还表示，这座城市是共同富裕的示范区。'], ['他认为这座城市是共同富裕的示范区。']])('%s reports a person’s words: quoted', (text) => {
    expect(voiceIn(text, '共同富裕')).toBe('quoted');
  });
  test('号召 is a speech verb: a leader’s call is quoted', () => {
    expect(voiceIn('习近平号召青年为共同富裕而奋斗。', '共同富裕')).toBe('quoted');
  });
  test.each([['这座城市是共同富裕的示范区。'], ['其他城市也在推动共同富裕，成效有目共睹。'], ['他国经验表明，共同富裕需要时间，人们这样说。']])(
    '%s has no cue: own',
    (text) => {
      expect(voiceIn(text, '共同富裕')).toBe('own');
    },
  );
});
