import { describe, expect, test } from 'vitest';
import type { PassageRecord } from './history-store';
import { rankRelatedPassages } from './related-passages';

function passage(url: string, entryId: string, time: number, id = time): PassageRecord {
  return { id, url, title: url, site: 'x.org', time, entryId, sentence: `${entryId} at ${url}`, inSentence: [0, 1], voice: 'own' };
}

describe('rankRelatedPassages', () => {
  const passages = [
    passage('https://x.org/old-same', 'e', 1),
    passage('https://x.org/new-related', 'r', 9),
    passage('https://x.org/new-same', 'e', 5),
    passage('https://x.org/current', 'e', 10),
    passage('https://x.org/unrelated', 'u', 11),
    passage('https://x.org/mid-related', 'r2', 4),
  ];

  test('same entry before related, newer first, current page and unrelated entries left out', () => {
    const ranked = rankRelatedPassages(passages, { entryId: 'e', relatedIds: ['r', 'r2'], excludeUrl: 'https://x.org/current#frag' });
    expect(ranked.map((p) => [p.url, p.relation])).toEqual([
      ['https://x.org/new-same', 'same'],
      ['https://x.org/old-same', 'same'],
      ['https://x.org/new-related', 'related'],
      ['https://x.org/mid-related', 'related'],
    ]);
  });

  test('one passage per page: the same-entry one wins over a newer related one', () => {
    const ranked = rankRelatedPassages(
      [passage('https://x.org/p', 'r', 9), passage('https://x.org/p', 'e', 2, 100), passage('https://x.org/p', 'e', 2, 101)],
      { entryId: 'e', relatedIds: ['r'] },
    );
    expect(ranked.map((p) => [p.entryId, p.id])).toEqual([['e', 100]]);
  });

  test.each([
    [1, ['https://x.org/new-same']],
    [3, ['https://x.org/new-same', 'https://x.org/old-same', 'https://x.org/new-related']],
  ])('limit %i', (limit, urls) => {
    expect(rankRelatedPassages(passages, { entryId: 'e', relatedIds: ['r', 'r2'], excludeUrl: 'https://x.org/current', limit }).map((p) => p.url)).toEqual(urls);
  });

  test('nothing related: empty', () => {
    expect(rankRelatedPassages(passages, { entryId: 'none', relatedIds: [] })).toEqual([]);
  });
});
