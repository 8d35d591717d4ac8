import type { FamilyDescriptor } from '../../core/family';

/** The DPRK: KCNA, Rodong Sinmun, the DPRK foreign ministry. */
export const kcnaFamily = {
  id: 'kcna',
  name: 'KCNA',
  region: 'North Korea',
  outlets: 'KCNA, Rodong Sinmun, the DPRK foreign ministry',
  hosts: ['kcna.kp', 'kcnawatch.org', 'rodong.rep.kp', 'mfa.gov.kp', 'naenara.com.kp', 'uriminzokkiri.com', 'kcckp.net', 'pyongyangtimes.com.kp', 'vok.rep.kp'],
  contextMarkers: [
    'dprk~n', 'pyongyang~n', 'north korea~n', 'north korean', 'kim jong un', 'kim jong il', 'kim il sung',
    'kcna~n', 'rodong sinmun~n', "workers' party of korea", 'wpk', 'juche', 'korean people',
    'supreme leader', 'respected comrade', 'the republic', 'our state', 'our party', 'our people',
    'puppet~n', 'south korean', 'yankee~n', 'us imperialists',
    // Korean (original-script patterns: see src/lexicon/original.ts)
    '조선', '공화국', '김정은', '김일성', '김정일', '로동당', '평양', '수령', '괴뢰', '미제',
  ],
  speakers: ['kcna', 'rodong sinmun', 'korean central', 'pyongyang', 'kim jong un', 'kim yo jong', 'choe son hui'],
  sample: 'puppet regime',
  swatches: {
    // Terracotta, not red: a solid red underline reads as a spelling or grammar mark.
    standard: { rgb: [205, 110, 40], alpha: 0.22, line: '#aa5514' },
    'colour-blind': { rgb: [213, 94, 0], alpha: 0.2, line: '#b44600' },
    monochrome: { rgb: [128, 128, 128], alpha: 0.22, line: 'currentColor' },
  },
  line: 'solid',
} as const satisfies FamilyDescriptor;
