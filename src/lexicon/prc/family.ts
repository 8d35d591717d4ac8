import type { FamilyDescriptor } from '../../core/family';

/** The PRC: Xinhua, People's Daily, Global Times, CGTN, China Daily, the foreign ministry. */
export const prcFamily = {
  id: 'prc',
  name: 'PRC state media',
  region: 'China',
  outlets: "Xinhua, People's Daily, Global Times, CGTN, China Daily, the foreign ministry",
  hosts: [
    'xinhuanet.com', 'news.cn', 'globaltimes.cn', 'chinadaily.com.cn', 'cgtn.com', 'people.com.cn', 'people.cn',
    'fmprc.gov.cn', 'mfa.gov.cn', 'cctv.com', 'cctv.cn', 'gov.cn', 'chinanews.com.cn', 'ecns.cn', 'qstheory.cn',
    'china.org.cn', 'chinaview.cn', 'cri.cn', 'chinamil.com.cn',
  ],
  contextMarkers: [
    'china~n', 'chinese', 'beijing~n', 'xi jinping', 'cpc', 'communist party of china', 'xinhua~n',
    "people's daily", 'global times', 'cgtn', 'taiwan~n', 'xinjiang', 'hong kong', 'tibet',
    'belt and road', 'bri', 'prc', 'wang yi', 'mao ning', 'wang wenbin', 'lin jian', 'zhao lijian',
    'hua chunying', 'the two sides', 'sino',
    // Chinese (original-script patterns: see src/lexicon/original.ts)
    '中方', '中国政府', '我国', '党中央', '习近平', '中共', '国务院', '外交部', '新华社', '人民日报', '总书记',
  ],
  speakers: [
    'xinhua', "people's daily", 'peoples daily', 'global times', 'cgtn', 'china daily', 'beijing', 'xi jinping', 'wang yi',
    'wang wenbin', 'mao ning', 'lin jian', 'zhao lijian', 'hua chunying', 'guo jiakun',
  ],
  sample: 'hurt the feelings of the Chinese people',
  swatches: {
    standard: { rgb: [255, 190, 0], alpha: 0.3, line: '#be8700' },
    'colour-blind': { rgb: [240, 228, 66], alpha: 0.36, line: '#c8b900' },
    monochrome: { rgb: [128, 128, 128], alpha: 0.22, line: 'currentColor' },
  },
  line: 'dashed',
} as const satisfies FamilyDescriptor;
