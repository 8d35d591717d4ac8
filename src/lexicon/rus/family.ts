import type { FamilyDescriptor } from '../../core/family';

/** Russia: RT, TASS, Sputnik, RIA Novosti, the foreign ministry, the Kremlin. */
export const rusFamily = {
  id: 'rus',
  name: 'Russian state media',
  region: 'Russia',
  outlets: 'RT, TASS, Sputnik, RIA Novosti, the foreign ministry, the Kremlin',
  hosts: [
    'rt.com', 'tass.com', 'tass.ru', 'sputnikglobe.com', 'sputniknews.com', 'ria.ru', 'mid.ru', 'kremlin.ru',
    'government.ru', 'mil.ru', 'rg.ru', '1tv.ru', 'vesti.ru', 'smotrim.ru', 'iz.ru', 'russian.rt.com', 'rtvi.com',
  ],
  contextMarkers: [
    'russia~n', 'russian~n', 'moscow~n', 'kremlin~n', 'putin', 'lavrov', 'zakharova', 'peskov',
    'tass~n', 'ria novosti', 'sputnik', 'rt', 'donbass', 'donbas', 'ukraine~n', 'ukrainian~n', 'kiev~n', 'kyiv~n',
    'zelensky', 'zelenskyy', 'nato~n', 'crimea', 'novorossiya', 'shoigu', 'medvedev', 'special military operation',
    // Russian (original-script patterns: see src/lexicon/original.ts)
    'россия~n', 'российский~a', 'москва~n', 'кремль~n', 'путин~n', 'лавров~n', 'захарова~n', 'песков~n', 'украина~n', 'киев~n',
    'донбасс~n', 'нато', 'сво', 'спецоперация~n', 'мид',
  ],
  speakers: ['tass', 'ria novosti', 'ria', 'sputnik', 'rt', 'kremlin', 'moscow', 'lavrov', 'zakharova', 'peskov', 'putin', 'medvedev', 'shoigu', 'nebenzia', 'ryabkov', 'konashenkov'],
  sample: 'the collective West',
  swatches: {
    standard: { rgb: [30, 110, 229], alpha: 0.2, line: '#1e64dc' },
    'colour-blind': { rgb: [0, 114, 178], alpha: 0.22, line: '#0072b2' },
    monochrome: { rgb: [128, 128, 128], alpha: 0.22, line: 'currentColor' },
  },
  line: 'wavy',
} as const satisfies FamilyDescriptor;
