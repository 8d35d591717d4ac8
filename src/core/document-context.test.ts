/**
 * Document context for the `common` tier: the page's host, the title and
 * opening lines, and the text's own signature phrasing.
 */
import { describe, expect, test } from 'vitest';
import { deserializeLexicon, serializeLexicon } from './compiled';
import { compileLexicon } from './compile';
import { hostOf, Matcher, type DocumentContext } from './matcher';
import { entry, simpleInflector, testContextMarkers, testEntries } from '../../tests/support/test-lexicon';

const hosts = { kcna: ['kcna.kp', 'rodong.rep.kp'], prc: ['globaltimes.cn'], rus: ['rt.com', 'tass.com'] };
const entries = [
  ...testEntries,
  entry('mutual-respect', ['mutual respect'], { sources: ['prc', 'rus'], tier: 'common' }),
  entry('warmongers', ['warmonger~n'], { tier: 'common' }),
  entry('own-context', ['great leap'], { sources: ['prc'], tier: 'common', context: ['forward'] }),
];
const bylines = { kcna: ['kcna', 'pyongyang'], prc: ['xinhua'], rus: ['tass'] };
const compiled = compileLexicon(entries, { inflector: simpleInflector, version: 'test', contextMarkers: testContextMarkers, hosts, bylines });
const matcher = new Matcher(compiled);

function ids(text: string, context?: DocumentContext): [string, string][] {
  return matcher.scan(text, context).hits.map((h) => [matcher.entries[h.entry].id, h.voice]);
}

const plain = 'The talks were held in a spirit of mutual respect.';

describe('the page host', () => {
  test('a common entry fires on its family’s host, and on the host’s subdomains', () => {
    expect(ids(plain)).toEqual([]);
    expect(ids(plain, { url: 'https://www.rt.com/news/123-talks/' })).toEqual([['mutual-respect', 'own']]);
    expect(ids(plain, { url: 'https://de.rt.com/a' })).toEqual([['mutual-respect', 'own']]);
    expect(ids(plain, { url: 'http://globaltimes.cn/page/1.shtml' })).toEqual([['mutual-respect', 'own']]);
  });

  test('a host of another family, or a look-alike host, does not count', () => {
    expect(ids(plain, { url: 'https://kcna.kp/en/article' })).toEqual([]);
    expect(ids(plain, { url: 'https://art.com/x' })).toEqual([]);
    expect(ids(plain, { url: 'https://rt.com.example.org/x' })).toEqual([]);
    expect(ids(plain, { url: 'https://example.org/?u=rt.com' })).toEqual([]);
  });

  test('an entry with its own context list keeps it', () => {
    expect(ids('It was a great leap.', { url: 'https://globaltimes.cn/a' })).toEqual([]);
    expect(ids('It was a great leap forward.', { url: 'https://globaltimes.cn/a' })).toEqual([['own-context', 'own']]);
  });

  test('quotations on the outlet’s own site stay quoted', () => {
    expect(ids('A diplomat told reporters it showed “mutual respect”.', { url: 'https://tass.com/politics/1' })).toEqual([['mutual-respect', 'quoted']]);
  });

  test('the host table survives serialization', () => {
    const roundTrip = new Matcher(deserializeLexicon(JSON.parse(JSON.stringify(serializeLexicon(compiled)))));
    expect(roundTrip.scan(plain, { url: 'https://rt.com/x' }).hits).toHaveLength(1);
  });

  test('a lexicon compiled without hosts ignores the address', () => {
    const noHosts = new Matcher(compileLexicon(entries, { inflector: simpleInflector, version: 'test', contextMarkers: testContextMarkers }));
    expect(noHosts.scan(plain, { url: 'https://rt.com/x' }).hits).toEqual([]);
  });
});

describe('the text as a whole', () => {
  const kcnaArticle = (paragraphs: string[]) => paragraphs.join('\n\n');

  test('two own-voice signature phrases of a family in different sentences make the document that family’s', () => {
    const text = kcnaArticle(['The puppet regime was routed again.', 'Its masters dance to the tune of others.', 'The warmongers were silent.']);
    expect(ids(text).map(([id]) => id)).toEqual(['puppet-regime', 'dance-to-the-tune', 'warmongers']);
  });

  test('one signature phrase is not enough on its own', () => {
    const text = kcnaArticle(['The puppet regime was routed again.', 'The warmongers were silent.']);
    expect(ids(text).map(([id]) => id)).toEqual(['puppet-regime']);
  });

  test('one is enough where the title or the opening lines name the family’s outlet', () => {
    const text = kcnaArticle(['The puppet regime was routed again.', 'The warmongers were silent.']);
    expect(ids(text, { title: 'KCNA commentary on the talks' }).map(([id]) => id)).toEqual(['puppet-regime', 'warmongers']);
    expect(ids(`Pyongyang, 3 March.\n\n${text}`).map(([id]) => id)).toEqual(['puppet-regime', 'warmongers']);
  });

  test('a title that names the country, not the outlet, does not count', () => {
    const text = kcnaArticle(['The puppet regime was routed again.', 'The warmongers were silent.']);
    expect(ids(text, { title: 'North Korea and the DPRK army' }).map(([id]) => id)).toEqual(['puppet-regime']);
  });

  test('markers alone never make a document a family’s: news about a country names it everywhere', () => {
    const text = kcnaArticle([
      'North Korea held a parade on Monday.',
      'Analysts in Seoul said Pyongyang wants attention.',
      'The DPRK has tested missiles before.',
      'Officials elsewhere called the critics warmongers.',
    ]);
    // The last paragraph has no marker of its own, and nothing in the text is KCNA's own voice.
    expect(ids(text, { title: 'North Korea holds parade' })).toEqual([]);
  });

  test('quoted signature phrases are no evidence', () => {
    const text = kcnaArticle(['KCNA said the puppet regime was finished.', 'KCNA said they dance to the tune of others.', 'The warmongers were silent.']);
    expect(ids(text).map(([id, voice]) => `${id} ${voice}`)).toEqual(['puppet-regime quoted', 'dance-to-the-tune quoted']);
  });
});

describe('hostOf', () => {
  test.each([
    ['https://www.RT.com/news/1', 'www.rt.com'],
    ['http://user@kcna.kp:8080/a?b#c', 'kcna.kp'],
    ['tass.com/politics', 'tass.com'],
    ['file:///tmp/a.txt', ''],
    ['not a url', ''],
  ])('%s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });
});

describe('quotations by the document’s structure', () => {
  const text = ['The puppet regime was routed again.', 'Its masters dance to the tune of others.', 'The warmongers were silent.'].join('\n\n');
  const quoted = [{ start: 0, end: text.indexOf('The warmongers') }];

  test('a hit in a quoted stretch is quoted', () => {
    expect(ids(text, { quoted }).slice(0, 2)).toEqual([
      ['puppet-regime', 'quoted'],
      ['dance-to-the-tune', 'quoted'],
    ]);
  });

  test('quoted signature phrasing is no evidence of the document’s source', () => {
    expect(ids(text, { quoted }).map(([id]) => id)).toEqual(['puppet-regime', 'dance-to-the-tune']);
  });
});
