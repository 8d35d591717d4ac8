/** Reports and a small lexicon for the popup's tests. Not shipped. */
import type { LexiconEntry } from '../../src/core/types';
import type { PageHit, PageReport } from '../../src/core/types';

export function testEntry(id: string, extra: Partial<LexiconEntry> = {}): LexiconEntry {
  return {
    id,
    phrase: id.replace(/-/g, ' '),
    patterns: [id.replace(/-/g, ' ')],
    sources: ['kcna'],
    techniques: ['loaded-language'],
    tier: 'signature',
    explanation: `Explanation of ${id}. A second sentence.`,
    origin: '',
    related: [],
    guards: [],
    examples: { match: [`An example with ${id.replace(/-/g, ' ')}.`], noMatch: [] },
    ...extra,
  };
}

export const testEntries: LexiconEntry[] = [
  testEntry('puppet-regime', { related: ['collective-west'], origin: 'Cold War usage.', original: '괴뢰정권' }),
  testEntry('collective-west', { sources: ['rus'], techniques: ['name-calling', 'loaded-language'] }),
  testEntry('win-win', { sources: ['prc'], techniques: ['slogans'], tier: 'common' }),
];

/** A hit whose sentence is "… PHRASE …" with the phrase found by its words. */
export function testHit(entryId: string, index: number, voice: 'own' | 'quoted' = 'own', sentence?: string): PageHit {
  const phrase = entryId.replace(/-/g, ' ');
  const text = sentence ?? `Sentence ${index} mentions the ${phrase} today.`;
  const start = text.indexOf(phrase);
  const paragraph = `Before it. ${text} After it.`;
  return {
    entryId,
    match: phrase,
    voice,
    sentence: text,
    inSentence: [start, start + phrase.length],
    paragraph,
    sentenceInParagraph: [11, 11 + text.length],
    index,
    position: [0, 0],
  };
}

export function testReport(hits: PageHit[], extra: Partial<PageReport> = {}): PageReport {
  return { url: 'https://news.example.org/story', title: 'A story', words: 1840, state: 'on', lexiconVersion: 'test', hits, ...extra };
}
