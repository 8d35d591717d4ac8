import type { Source } from './types';

/**
 * Context markers: patterns (lexicon pattern syntax) that show a passage is
 * about a source's government. A `common`-tier entry without its own
 * `context` fires only when one of its sources' markers occurs near the hit,
 * so "win-win" in a union deal stays quiet while "win-win" beside "Beijing"
 * does not.
 */
export const SOURCE_CONTEXT: Record<Source, string[]> = {
  kcna: [
    'dprk~n', 'pyongyang~n', 'north korea~n', 'north korean', 'kim jong un', 'kim jong il', 'kim il sung',
    'kcna~n', 'rodong sinmun~n', 'workers\' party of korea', 'wpk', 'juche', 'korean people',
    'supreme leader', 'respected comrade', 'the republic', 'our state', 'our party', 'our people',
    'puppet~n', 'south korean', 'yankee~n', 'us imperialists',
  ],
  prc: [
    'china~n', 'chinese', 'beijing~n', 'xi jinping', 'cpc', 'communist party of china', 'xinhua~n',
    'people\'s daily', 'global times', 'cgtn', 'taiwan~n', 'xinjiang', 'hong kong', 'tibet',
    'belt and road', 'bri', 'prc', 'wang yi', 'mao ning', 'wang wenbin', 'lin jian', 'zhao lijian',
    'hua chunying', 'the two sides', 'sino',
  ],
  rus: [
    'russia~n', 'russian~n', 'moscow~n', 'kremlin~n', 'putin', 'lavrov', 'zakharova', 'peskov',
    'tass~n', 'ria novosti', 'sputnik', 'rt', 'donbass', 'donbas', 'ukraine~n', 'ukrainian~n', 'kiev~n', 'kyiv~n',
    'zelensky', 'zelenskyy', 'nato~n', 'crimea', 'novorossiya', 'shoigu', 'medvedev', 'special military operation',
  ],
};
