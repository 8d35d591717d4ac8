import type { LexiconEntry } from '../../core/types';
import { kcnaFamily } from './family';

/**
 * Context for the independence formulas. KCNA writes them in paragraphs about
 * independence and sovereignty that often do not name the DPRK, while in
 * ordinary prose the same words appear in other company.
 */
const INDEPENDENCE_CONTEXT = [
  ...kcnaFamily.contextMarkers,
  'independence',
  'independent',
  'sovereignty',
  'sovereign',
  'interfere~v in',
  'interference in',
  'master servant',
  'flunkeyism',
  'imperialism',
  'imperialists',
];

/**
 * DPRK state media: KCNA, Rodong Sinmun, the DPRK foreign ministry.
 * Formulas that several families share (hegemonism, double standards,
 * interference in internal affairs…) live in shared/entries.ts, not here.
 */
export const kcna: LexiconEntry[] = [
  // ── Leaders: honorifics and set formulas ──────────────────────────────
  {
    id: 'respected-comrade',
    phrase: 'respected Comrade Kim Jong Un',
    patterns: [
      'respected comrade',
      'respected (general secretary|marshal|supreme commander) kim jong un',
      'respected general secretary',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'The fixed honorific KCNA places before Kim Jong Un\'s name in almost every report about him. It marks the leader as above ordinary naming and signals the reverence readers are expected to share. The same form appears in KCNA reports of events held abroad in his honour.',
    origin: '',
    original: '경애하는 김정은동지',
    related: ['respected-fatherly-marshal', 'dear-respected', 'great-leader'],
    guards: [],
    examples: {
      match: [
        'The respected Comrade Kim Jong Un toured a new greenhouse farm.',
        'Cards were sent to the respected General Secretary on the holiday.',
      ],
      noMatch: ['She was a respected colleague and a loyal comrade to the union.'],
    },
  },
  {
    id: 'respected-fatherly-marshal',
    phrase: 'respected fatherly Marshal',
    patterns: ['fatherly marshal', 'respected fatherly'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'An honorific that casts Kim Jong Un as a father to the people, used mostly in reports about children, gifts and disaster relief. It frames state provision as personal parental love, so that gratitude is owed to the leader rather than to an institution.',
    origin: '',
    related: ['respected-comrade', 'benevolent-love', 'motherly-party'],
    guards: [],
    examples: {
      match: [
        'Pupils thanked the respected fatherly Marshal for their new satchels.',
        'The gifts from the fatherly Marshal arrived at the kindergarten.',
      ],
      noMatch: ['The old field marshal gave the recruits some fatherly advice.'],
    },
  },
  {
    id: 'dear-respected',
    phrase: 'dear respected Comrade',
    patterns: ['dear respected (comrade|marshal|kim jong un|supreme leader)', 'dear leader comrade'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'An older stacked honorific for the leader, combining endearment and reverence. "Dear leader Comrade Kim Jong Il" was the standard form for Kim Jong Il, and "dear respected Comrade Kim Jong Un" appeared early in his rule. The stacking of titles signals devotion rather than conveying information.',
    origin: '',
    related: ['respected-comrade', 'great-leader'],
    guards: [],
    examples: {
      match: [
        'Soldiers pledged to defend the dear respected Comrade with their lives.',
        'The song praised the dear leader Comrade Kim Jong Il.',
      ],
      noMatch: ['Dear respected colleagues, the meeting is moved to Tuesday.'],
    },
  },
  {
    id: 'great-leader',
    phrase: 'the great leader Comrade Kim Il Sung',
    patterns: [
      'great leader (comrade|president|generalissimo|kim il sung|kim jong il|kim jong un)',
      'great leaders (comrades|kim il sung|president kim il sung)',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'The fixed title for Kim Il Sung, and in the plural for Kim Il Sung and Kim Jong Il together. "Leader" here renders suryong, a title long reserved for the founders, so the formula places them in a category apart from any other person. It appears in anniversary reports, tributes and accounts of foreign visitors laying flowers.',
    origin: '',
    original: '위대한 수령',
    related: ['peerlessly-great-man', 'eternal-president', 'floral-baskets-to-statues'],
    guards: [],
    examples: {
      match: [
        'Delegates paid tribute to the great leader Comrade Kim Il Sung.',
        'Wreaths honoured the great leaders Kim Il Sung and Kim Jong Il.',
      ],
      noMatch: ['Churchill was a great leader in wartime but lost the election.'],
    },
  },
  {
    id: 'peerlessly-great-man',
    phrase: 'peerlessly great man',
    patterns: ['peerlessly great (man|men|person~n|leader~n|patriot~n)', 'peerless (patriot~n|great man|great men)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'A superlative reserved for the Kim leaders, presenting each as without equal in history. The phrase turns praise into a fixed title, and its repetition across anniversaries and memoirs sustains the leader cult.',
    origin: '',
    original: '절세의 위인',
    related: ['great-leader', 'undying-feats'],
    guards: [],
    examples: {
      match: [
        'The film recounts the life of the peerlessly great man.',
        'Historians abroad call him a peerless patriot, the paper said.',
      ],
      noMatch: ['The novel portrays a great man of peerless wit, reviewers wrote.'],
    },
  },
  {
    id: 'brilliant-commander',
    phrase: 'great brilliant commander',
    patterns: [
      'great brilliant commander~n',
      '(iron willed|ever victorious) (and|) brilliant commander~n',
      'iron willed great commander~n',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'Military honorifics for the leader in reports on drills, weapons tests and army units. They present him as a proven strategist to whom the armed forces owe their victories, tying loyalty to the person with military readiness.',
    origin: '',
    related: ['respected-comrade', 'ever-victorious'],
    guards: [],
    examples: {
      match: [
        'The gunners vowed to follow the great brilliant commander.',
        'Cadets cheered the iron-willed brilliant commander at the range.',
      ],
      noMatch: ['Napoleon was a great and brilliant commander, the author argued.'],
    },
  },
  {
    id: 'ever-victorious',
    phrase: 'ever-victorious',
    patterns: ['ever victorious (army|party|commander~n|general~n|leader~n|banner|spirit|iron willed)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'exaggeration-minimisation'],
    tier: 'common',
    explanation:
      'An epithet attached to the leader, the Party and the Korean People\'s Army. It declares victory as a permanent attribute, so that any setback is unthinkable within the frame of the text.',
    origin: '',
    related: ['brilliant-commander', 'undying-feats'],
    guards: ['(gordon~n|ward~n|taiping|qing) ever victorious army', 'ever victorious army (led by|commanded by|under|raised by) (gordon|ward|charles gordon|frederick townsend ward)'],
    examples: {
      match: [
        'The ever-victorious army of the DPRK will crush any invader.',
        'KCNA praised the ever victorious commander of the revolution.',
      ],
      noMatch: ['Gordon\'s Ever Victorious Army fought the Taiping rebels.'],
    },
  },
  {
    id: 'president-of-the-state-affairs',
    phrase: 'president of the State Affairs',
    patterns: ['president of (the|) state affairs'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'Kim Jong Un\'s state title in KCNA\'s English, repeated in full in diplomatic reports, letters and credential ceremonies. The wording is KCNA\'s own English rendering of his state office and marks text that follows DPRK official style.',
    origin: '',
    related: ['respected-comrade'],
    guards: [],
    examples: {
      match: [
        'He sent a letter to the president of the State Affairs of the DPRK.',
        'Greetings were addressed to the President of State Affairs.',
      ],
      noMatch: ['The president of the company handles state affairs with the lobbyists.'],
    },
  },
  {
    id: 'eternal-president',
    phrase: 'eternal President',
    patterns: ['eternal president', 'eternal (leader~n|sun) of', 'eternal leaders'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'common',
    explanation:
      'Titles that keep the dead leaders in office: Kim Il Sung as eternal President and both founders as eternal leaders of Juche Korea. They present the state as the continuing work of its founders and place current policy under their authority.',
    origin: 'Kim Il Sung was named eternal President of the Republic in the 1998 constitution.',
    related: ['great-leader', 'day-of-the-sun'],
    guards: [],
    examples: {
      match: [
        'Pyongyang marked the birthday of the eternal President with a parade.',
        'KCNA called them the eternal leaders of Juche Korea.',
      ],
      noMatch: ['The club named its founder eternal president of the chess society.'],
    },
  },
  {
    id: 'day-of-the-sun',
    phrase: 'Day of the Sun',
    patterns: ['day of the sun', 'day of the shining star'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'The names of the leaders\' birthdays as national holidays: 15 April for Kim Il Sung and 16 February for Kim Jong Il. The solar and stellar imagery presents the founders as sources of light and life for the nation.',
    origin: 'Kim Il Sung\'s birthday was named the Day of the Sun in 1997.',
    original: '태양절',
    related: ['eternal-president', 'great-leader'],
    guards: [],
    examples: {
      match: [
        'Floral baskets arrived in Pyongyang for the Day of the Sun.',
        'The DPRK celebrated the Day of the Shining Star with concerts.',
      ],
      noMatch: ['The Inca festival was a day of the sun and of harvest songs.'],
    },
  },
  {
    id: 'kimilsungia',
    phrase: 'Kimilsungia',
    patterns: ['kimilsungia~n', 'kimjongilia~n'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'Flowers named after the two leaders: an orchid for Kim Il Sung and a begonia for Kim Jong Il. KCNA reports their festivals and foreign admirers who grow them, using the flowers as tokens of worldwide veneration.',
    origin: 'The orchid was named during Kim Il Sung\'s 1965 visit to Indonesia; the begonia was bred in Japan in 1988.',
    original: '김일성화, 김정일화',
    related: ['great-leader'],
    guards: [],
    examples: {
      match: [
        'A Kimilsungia festival opened at the exhibition hall.',
        'Growers abroad presented Kimjongilia blooms to the embassy.',
      ],
      noMatch: ['The orchid show featured rare hybrids from Indonesia.'],
    },
  },
  {
    id: 'kimilsungism-kimjongilism',
    phrase: 'Kimilsungism-Kimjongilism',
    patterns: ['kimilsungism', 'kimjongilism'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'The name given to the ruling ideology as the combined teachings of the two late leaders. Naming the doctrine after persons makes loyalty to the family line and loyalty to the ideology the same thing.',
    origin: 'Declared the Party\'s guiding idea in 2012.',
    original: '김일성-김정일주의',
    related: ['juche', 'monolithic-leadership'],
    guards: [],
    examples: {
      match: [
        'The party school teaches Kimilsungism-Kimjongilism to new cadres.',
        'Youth must be armed with Kimilsungism, the article said.',
      ],
      noMatch: ['The seminar compared Marxism with other schools of thought.'],
    },
  },
  {
    id: 'paektu-bloodline',
    phrase: 'Paektu bloodline',
    patterns: ['paektu (bloodline|blood line|blood)', 'bloodline of (mt|mount|) paektu'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'The leader family\'s lineage, named after the mountain that official history links to Kim Il Sung\'s guerrilla struggle and Kim Jong Il\'s birth. The phrase grounds hereditary succession in revolutionary legend and treats descent as a source of legitimacy.',
    origin: '',
    original: '백두혈통',
    related: ['mt-paektu-spirit', 'great-leader'],
    guards: [],
    examples: {
      match: [
        'Only the Paektu bloodline can lead the revolution, the lecture said.',
        'Posters extolled the Paektu blood line of the leaders.',
      ],
      noMatch: ['Geologists studied the eruption history of the volcano.'],
    },
  },
  {
    id: 'mt-paektu-spirit',
    phrase: 'Mt Paektu spirit',
    patterns: [
      'paektu (spirit|revolutionary spirit|revolutionary tradition~n|hero~n)',
      'spirit of (mt|mount|) paektu',
      'paektusan',
    ],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'A campaign slogan invoking the hardship of the anti-Japanese guerrillas on Mt Paektu as a model for enduring sanctions and shortages today. It turns present difficulties into a heroic test and recasts sacrifice as loyalty.',
    origin: '',
    related: ['paektu-bloodline', 'self-reliance', 'arduous-march'],
    guards: [],
    examples: {
      match: [
        'Youth brigades vowed to work with the Paektu spirit through the winter.',
        'Builders of the Paektusan Hero Youth power station were praised.',
      ],
      noMatch: ['Climbers reached the crater lake on the border mountain.'],
    },
  },
  {
    id: 'monolithic-leadership',
    phrase: 'monolithic leadership',
    patterns: ['monolithic leadership (system|of)', 'monolithic ideological system'],
    sources: ['kcna'],
    techniques: ['set-formula', 'conversation-killer'],
    tier: 'signature',
    explanation:
      'The principle that the whole party and society follow the leader\'s ideas alone, with no rival line of authority. Invoking it frames any dissent or factionalism as an offence against the system itself.',
    origin: 'Rooted in the Ten Principles for the Establishment of a Monolithic Ideological System of 1974.',
    original: '유일적령도체계',
    related: ['single-hearted-unity', 'kimilsungism-kimjongilism', 'uphold-the-leadership'],
    guards: [],
    examples: {
      match: [
        'Cadres must strengthen the monolithic leadership system of the Party.',
        'The meeting stressed the monolithic ideological system in every unit.',
      ],
      noMatch: ['The architect favoured a monolithic concrete facade for the library.'],
    },
  },
  {
    id: 'single-hearted-unity',
    phrase: 'single-hearted unity',
    patterns: ['single hearted unity', 'single minded unity', 'single hearted (ranks|army people|whole)', 'unity of single heart'],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-popularity'],
    tier: 'signature',
    explanation:
      'A slogan for the claimed total unity of leader, party and people. By describing the whole country as one heart, it leaves no room for a separate public opinion and treats loyalty as already unanimous.',
    origin: '',
    original: '일심단결',
    related: ['monolithic-leadership', 'single-mind-and-purpose', 'rally-close-around'],
    guards: [],
    examples: {
      match: [
        'Single-hearted unity is our greatest weapon, the editorial said.',
        'The rally displayed the single hearted unity of the army and people.',
      ],
      noMatch: ['The choir sang with a single voice and a warm heart.'],
    },
  },
  {
    id: 'single-mind-and-purpose',
    phrase: 'with single mind and purpose',
    patterns: ['single mind and purpose'],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-popularity'],
    tier: 'signature',
    explanation:
      'A set phrase for unanimous support of the leader, typically in "upholding the leadership ... with single mind and purpose". It presents unity as complete and voluntary, closing off the idea of a differing view.',
    origin: '',
    related: ['single-hearted-unity', 'uphold-the-leadership'],
    guards: [],
    examples: {
      match: [
        'Workers upheld the Party with single mind and purpose.',
        'The army and people advance with single mind and purpose.',
      ],
      noMatch: ['He read the single sentence with a puzzled mind.'],
    },
  },
  {
    id: 'rally-close-around',
    phrase: 'rally close around the leader',
    patterns: ['(rally|rallies|rallied|rallying) (close|closely|firmly) (around|round) (the|)'],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-popularity'],
    tier: 'common',
    explanation:
      'A call for the people to gather tightly around the Party Central Committee or the leader. It appears in editorials, rally reports and messages, presenting unity around one centre as the condition of every success.',
    origin: '',
    related: ['single-hearted-unity', 'monolithic-leadership'],
    guards: [],
    examples: {
      match: [
        'The Korean people rallied closely around the Party Central Committee.',
        'All the people of the DPRK will rally firmly around the leader.',
      ],
      noMatch: ['Fans rallied closely around the coach after the defeat.'],
    },
  },
  {
    id: 'uphold-the-leadership',
    phrase: 'uphold the leadership of the respected Comrade',
    patterns: ['(uphold|upholds|upheld|upholding) (with perfect practice|) the leadership of (the|) (respected|great|brilliant|party central committee)'],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'A pledge formula closing many reports of meetings and rallies, in which participants promise to carry out the leader\'s line. It turns every event into an act of loyalty and presents obedience as the natural conclusion.',
    origin: '',
    related: ['monolithic-leadership', 'single-mind-and-purpose', 'respected-comrade'],
    guards: [],
    examples: {
      match: [
        'Delegates vowed to uphold the leadership of the respected General Secretary.',
        'Upholding the leadership of the great Party, the miners overfulfilled the plan.',
      ],
      noMatch: ['The board upheld the leadership of the chair after the vote.'],
    },
  },
  {
    id: 'human-rifles-and-bombs',
    phrase: 'human rifles and bombs',
    patterns: [
      'human (rifles and bombs|bulwark~n|rampart~n)',
      '(defend|defends|defended|defending|safeguard~v) the (great|respected|supreme|) (leader|leadership|party central committee|headquarters of the revolution) (unto|to the) death',
    ],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'Slogans in which soldiers and citizens pledge to become living weapons and shields for the leader. They frame self-sacrifice for the leader as the highest virtue and turn loyalty into a military duty.',
    origin: '',
    related: ['headquarters-of-the-revolution', 'death-defying-spirit'],
    guards: [],
    examples: {
      match: [
        'Servicemen pledged to become human rifles and bombs for the leader.',
        'The unit swore to defend the Party Central Committee unto death.',
      ],
      noMatch: ['The museum displays rifles, bombs and human remains from the war.'],
    },
  },
  {
    id: 'headquarters-of-the-revolution',
    phrase: 'headquarters of the revolution',
    patterns: ['(supreme|) headquarters of the (korean|) revolution'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'A euphemism for the leader and the Party Central Committee as the command centre of the nation. Threats against the leadership are framed as attacks on this headquarters, which KCNA vows to defend at any cost.',
    origin: '',
    related: ['human-rifles-and-bombs', 'supreme-dignity'],
    guards: [],
    examples: {
      match: [
        'Any attack on the headquarters of the revolution will be answered at once.',
        'The army guards the supreme headquarters of the Korean revolution.',
      ],
      noMatch: ['The rebels moved their headquarters after the revolution began.'],
    },
  },
  {
    id: 'death-defying-spirit',
    phrase: 'death-defying spirit',
    patterns: ['death defying (spirit|resistance|will|struggle|resolve|fight)'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Praise for willingness to die for the leader, the Party or the country. KCNA uses it for soldiers, flood-recovery brigades and the whole population facing "hostile forces", turning extreme sacrifice into an everyday standard.',
    origin: '',
    related: ['human-rifles-and-bombs', 'mt-paektu-spirit'],
    guards: [],
    examples: {
      match: [
        'The Korean people showed a death-defying will to resist the enemy.',
        'KCNA praised the death defying spirit of the rescue brigade.',
      ],
      noMatch: ['The circus ended with a death-defying leap from the trapeze.'],
    },
  },
  {
    id: 'supreme-dignity',
    phrase: 'the supreme dignity',
    patterns: ['(the|our|its) supreme dignity', 'dignity of (the|our) supreme leadership'],
    sources: ['kcna'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'common',
    explanation:
      'A euphemism for the person of the leader and his family. Criticism, satire or leaflets about the leader are described as insults to the "supreme dignity", which KCNA treats as the gravest possible provocation and as grounds for threats of retaliation.',
    origin: '',
    original: '최고존엄',
    related: ['hurt-the-dignity', 'headquarters-of-the-revolution', 'merciless-punishment'],
    guards: [],
    examples: {
      match: [
        'The leaflets were an attack on the supreme dignity of the DPRK, KCNA said.',
        'Pyongyang said slander of the dignity of the supreme leadership will be punished.',
      ],
      noMatch: ['The encyclical speaks of the supreme dignity of the human person.'],
    },
  },
  {
    id: 'hurt-the-dignity',
    phrase: 'hurt the dignity',
    patterns: [
      '(hurt|hurts|hurting|insult~v|tarnish~v|slander~v) the dignity of (the|our) (dprk|republic|supreme leadership|state|nation|leader|leaders)',
      '(hurt|hurts|hurting|insult~v|tarnish~v) (its|our) dignity',
      'tarnish~v the image of (the|our) (dprk|republic|country|state)',
    ],
    sources: ['kcna'],
    techniques: ['loaded-language', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'A grievance formula that casts foreign criticism, sanctions or satire as an injury to national honour. Framing a policy dispute as an insult makes the reaction that follows look like defence of dignity rather than escalation.',
    origin: '',
    related: ['supreme-dignity', 'sovereignty-and-dignity'],
    guards: [],
    examples: {
      match: [
        'Pyongyang said the remarks hurt the dignity of the DPRK.',
        'KCNA accused Seoul of insulting the dignity of the supreme leadership.',
      ],
      noMatch: ['The nurse said bad care can hurt the dignity of patients.'],
    },
  },
  {
    id: 'sovereignty-and-dignity',
    phrase: 'sovereignty and dignity',
    patterns: ['sovereignty and dignity', 'dignity and sovereignty'],
    sources: ['kcna'],
    techniques: ['flag-waving', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'A paired formula in DPRK statements on threats, sanctions and military drills. Binding sovereignty to dignity makes any outside pressure an affront to national honour and justifies a response in advance.',
    origin: '',
    related: ['hurt-the-dignity', 'inviolable-sovereignty'],
    guards: [],
    examples: {
      match: [
        'The DPRK will defend its sovereignty and dignity at any cost.',
        'KCNA said the drills challenged the dignity and sovereignty of the Republic.',
      ],
      noMatch: ['The tribe fought for sovereignty and dignity over its ancestral land.'],
    },
  },
  {
    id: 'on-the-spot-guidance',
    phrase: 'on-the-spot guidance',
    patterns: [
      'on the spot guidance',
      '(give|gives|gave|giving|given) (field|on site) guidance',
      'on site instructions of',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'The standard term for the leader\'s visits to farms, factories and army units. It presents each visit as expert instruction, crediting later successes to the leader\'s personal advice rather than to the workers or managers.',
    origin: '',
    original: '현지지도',
    related: ['energetic-guidance', 'respected-comrade'],
    guards: [],
    examples: {
      match: [
        'He gave on-the-spot guidance to the fish farm on Monday.',
        'The plant recalled his on the spot guidance years ago.',
        'He gave field guidance at a new vegetable greenhouse farm.',
      ],
      noMatch: ['The coach gave guidance on the spot to the new players.', 'The agency issued field guidance to its inspectors.'],
    },
  },
  {
    id: 'energetic-guidance',
    phrase: 'energetic and meticulous guidance',
    patterns: [
      '(energetic|meticulous|wise) and (meticulous|energetic|wise|careful|tireless) guidance',
      '(energetic|meticulous|tireless) guidance of (the|) (party|leader|respected|great|general secretary|president)',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'common',
    explanation:
      'Praise formulas attached to the leader\'s instructions, especially in anecdotes and reports on construction. Describing guidance as energetic and meticulous presents the leader as both tireless and attentive to detail, so that every result can be traced back to him.',
    origin: '',
    related: ['on-the-spot-guidance', 'wise-leadership'],
    guards: [],
    examples: {
      match: [
        'Thanks to the energetic and meticulous guidance of the President, the DPRK school was rebuilt.',
        'KCNA said the energetic guidance of the Party ensured the harvest.',
      ],
      noMatch: ['Her energetic and careful guidance helped the students pass.'],
    },
  },
  {
    id: 'wise-leadership',
    phrase: 'wise leadership',
    patterns: [
      '(wise|distinguished|seasoned|outstanding|tested|energetic|ever victorious) leadership of (the|) (great|respected|party|president|comrade|wpk|general secretary|supreme leader)',
      'energetic (and|) (wise|seasoned|tireless|meticulous) leadership',
      'thanks to (the|his) (wise|distinguished|outstanding|seasoned) leadership',
      'seasoned leadership',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'common',
    explanation:
      'A formula crediting achievements to the leader or the Party. KCNA uses it in reports on production, anniversaries and foreign praise, turning any success into evidence of the leadership\'s wisdom.',
    origin: '',
    related: ['energetic-guidance', 'uphold-the-leadership', 'great-leader'],
    guards: ['seasoned leadership team~n'],
    examples: {
      match: [
        'Under the wise leadership of the Party the DPRK economy grew, KCNA claimed.',
        'Pyongyang said the victory came thanks to his distinguished leadership.',
      ],
      noMatch: ['Thanks to the wise leadership of the captain, the crew survived the storm.'],
    },
  },
  {
    id: 'benevolent-love',
    phrase: 'benevolent love',
    patterns: [
      'benevolent (care|love|gift~n|politics|affection)',
      '(great|warm|boundless) loving care (of|shown by|for)',
      'loving care of the (party|great|respected|workers party|workers\' party|wpk|leader~n|motherly party|state)',
      'under the (warm|noble|paternal|) loving care of',
      'under the (warm|) care of the (party|motherly party|state|leader|respected|great)',
    ],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'euphemism'],
    tier: 'common',
    explanation:
      'Formulas describing housing, school uniforms, food or medical care as gifts of the leader\'s or Party\'s love. They reframe state provision as personal benevolence that calls for gratitude and loyalty in return.',
    origin: '',
    related: ['respected-fatherly-marshal', 'motherly-party'],
    guards: [],
    examples: {
      match: [
        'The new flats in Pyongyang are a benevolent gift, residents told KCNA.',
        'Children of the DPRK grow up under the warm loving care of the Party.',
      ],
      noMatch: ['The rescued dogs now enjoy the warm loving care of volunteers.'],
    },
  },
  {
    id: 'motherly-party',
    phrase: 'motherly Party',
    patterns: ['motherly party', 'bosom of the (party|motherly party|great mother|great party)', 'party is (the|a) (great|) mother'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'signature',
    explanation:
      'The Workers\' Party of Korea pictured as a mother who cares for every citizen. The family metaphor presents obedience as filial love and casts the Party\'s authority as protective rather than coercive.',
    origin: '',
    related: ['benevolent-love', 'respected-fatherly-marshal'],
    guards: [],
    examples: {
      match: [
        'Orphans were raised in the warm bosom of the motherly Party.',
        'Farmers thanked the motherly Party for their new village.',
      ],
      noMatch: ['The party for mothers was held in the community hall.'],
    },
  },
  {
    id: 'undying-feats',
    phrase: 'undying feats',
    patterns: ['undying (feat~n|exploit~n)', 'immortal (exploit~n|feat~n|revolutionary exploits)', '(revolutionary|) leadership exploits'],
    sources: ['kcna'],
    techniques: ['set-formula', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'Fixed praise for the deeds of the leaders, presented as lasting forever. Anniversary articles use it to turn historical claims into objects of reverence beyond discussion.',
    origin: '',
    related: ['peerlessly-great-man', 'great-leader'],
    guards: [],
    examples: {
      match: [
        'The museum displays the undying feats of the great leaders.',
        'Speakers recalled his immortal exploits in building the army.',
      ],
      noMatch: ['The climber described the feat as one of dying fingers and frozen toes.'],
    },
  },
  {
    id: 'absolute-loyalty',
    phrase: 'absolute loyalty to the Party',
    patterns: ['(absolute|boundless|unfailing|unswerving|undivided) loyalty to (the|) (party|leader|great|respected|supreme leader|revolution|general secretary|central committee)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'common',
    explanation:
      'A pledge formula in reports on army units, graduates and youth organisations. It ranks loyalty to the Party and leader as the first virtue and frames professional skill as a means of serving it.',
    origin: '',
    related: ['uphold-the-leadership', 'human-rifles-and-bombs'],
    guards: [],
    examples: {
      match: [
        'The DPRK graduates pledged absolute loyalty to the Party and revolution.',
        'KCNA said the soldiers showed boundless loyalty to the leader.',
      ],
      noMatch: ['The senator demanded absolute loyalty to the party from new staff.'],
    },
  },
  {
    id: 'look-up-to-the-leader',
    phrase: 'looking up to the leader',
    patterns: ['(look|looks|looked|looking) up (to|at) (the|) (respected|great|general secretary|president|fatherly|supreme leader|marshal|leader)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'common',
    explanation:
      'A stock description of how people react to the leader in KCNA anecdotes and reports: they "look up to" him with emotion. The phrasing places the leader above the people physically and morally and models the expected response for the reader.',
    origin: '',
    related: ['cheers-of-hurrah', 'respected-comrade'],
    guards: [],
    examples: {
      match: [
        'Looking up to the General Secretary, the workers of the DPRK wept with joy.',
        'KCNA said the officials looked up to the President with admiration.',
      ],
      noMatch: ['Young fans looked up to the captain after the final.'],
    },
  },
  {
    id: 'cheers-of-hurrah',
    phrase: 'stormy cheers of hurrah',
    patterns: ['cheers of hurrah', 'stormy cheers', 'shout~v hurrah'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-popularity'],
    tier: 'signature',
    explanation:
      'The formula for the crowd\'s reaction whenever the leader appears. It presents enthusiasm as spontaneous and unanimous, and its repetition from report to report shows the ritual form of these accounts.',
    origin: '',
    related: ['look-up-to-the-leader', 'single-hearted-unity'],
    guards: [],
    examples: {
      match: [
        'The cadets raised stormy cheers of hurrah as he arrived.',
        'The crowd shouted hurrah when the leader waved.',
      ],
      noMatch: ['The fans cheered loudly and waved scarves in the stands.'],
    },
  },
  {
    id: 'true-to-the-high-intention',
    phrase: 'true to the high intention',
    patterns: [
      'true to the (high|noble|lofty) intention~n',
      'true to the intention~n of the (party|leader|great|respected|general secretary|central committee)',
      'true to the (militant|) call of the (party|wpk|central committee)',
      'true to the (intention~n|idea~n|decision~n|plan~n|policy|instruction~n|line|call) of the (workers\' party of korea|wpk|party central committee|political bureau|plenary meeting~n|party congress)',
      'true to (his|the leader\'s|the general secretary\'s|the president\'s) (instructions|teachings|behests|intention~n)',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'A phrase explaining why people act: they act "true to the intention" or call of the Party or leader. It credits all initiative to the leadership and presents citizens\' actions as faithful execution of its will.',
    origin: '',
    related: ['militant-call', 'uphold-the-leadership'],
    guards: [],
    examples: {
      match: [
        'True to the high intention of the Party, youths volunteered for the mine.',
        'Builders worked true to the call of the Party through the night.',
        'Farms raised yields true to the decisions of the plenary meeting.',
      ],
      noMatch: ['The translation stays true to the author and her intentions.'],
    },
  },
  {
    id: 'harden-their-will',
    phrase: 'hardened their will',
    patterns: ['harden~v (their|our|his|her|its) will (to|for)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-popularity'],
    tier: 'signature',
    explanation:
      'The closing line of many meeting and rally reports: participants "hardened their will" to carry out a task. It presents the event as producing unanimous resolve and ends the report on a pledge rather than an outcome.',
    origin: '',
    related: ['uphold-the-leadership', 'devote-their-all'],
    guards: [],
    examples: {
      match: [
        'The participants hardened their will to finish the dam this year.',
        'Miners are hardening their will to overfulfil the plan.',
      ],
      noMatch: ['The attacks hardened their resolve to fight on.'],
    },
  },
  {
    id: 'devote-their-all',
    phrase: 'devote their all',
    patterns: ['(devote|devotes|devoted|devoting) (their|his|her|our|my) all (to|for)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'common',
    explanation:
      'A pledge of total self-sacrifice for the Party, the leader or a state project. It sets the expected standard of commitment at everything a person has.',
    origin: '',
    related: ['harden-their-will', 'absolute-loyalty'],
    guards: [],
    examples: {
      match: [
        'Volunteers in the DPRK vowed to devote their all to the new dam project.',
        'KCNA said he devoted his all to the country and the revolution.',
      ],
      noMatch: ['She devoted her all to the hospice for twenty years.'],
    },
  },
  {
    id: 'militant-call',
    phrase: 'militant call of the Party',
    patterns: ['militant (call~n|appeal~n|slogan~n|task~n|programme~n|program~n) (of|set forth by|put forward by) the (party|wpk|central committee|eighth congress)', 'militant enthusiasm'],
    sources: ['kcna'],
    techniques: ['slogans', 'loaded-language'],
    tier: 'common',
    explanation:
      'KCNA describes Party instructions as "militant" calls, slogans and tasks. The military adjective turns economic and social campaigns into battles and those who carry them out into fighters.',
    origin: '',
    related: ['true-to-the-high-intention', 'whole-party-entire-army'],
    guards: [],
    examples: {
      match: [
        'Pyongyang builders answered the militant call of the Party Central Committee.',
        'The DPRK farmers worked with militant enthusiasm during the harvest.',
      ],
      noMatch: ['The militant group issued a call to arms in the valley.'],
    },
  },
  {
    id: 'whole-party-entire-army',
    phrase: 'the whole Party, the entire army and all the people',
    patterns: ['whole party (and|) (the|) entire army', 'entire army and (all the|the whole|the entire) people', '(entire|whole) country and all the people', 'whole party , the entire (army|country) and all the people'],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-popularity'],
    tier: 'signature',
    explanation:
      'A triad naming the Party, the army and the population as a single mobilised body. It appears in calls for campaigns and pledges of loyalty and leaves no group outside the collective effort.',
    origin: '',
    original: '전당, 전군, 전민',
    related: ['single-hearted-unity', 'militant-call'],
    guards: [],
    examples: {
      match: [
        'The whole Party and the entire army must turn out for the campaign.',
        'The entire army and all the people welcomed the decision.',
      ],
      noMatch: ['The entire army of fans and the whole town came to the parade.'],
    },
  },
  {
    id: 'party-and-power-organs',
    phrase: 'Party and power organs',
    patterns: ['party and power organs'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'KCNA\'s term for the local Party committees and state administrative bodies together. The fixed pairing reflects a system in which Party and state authority are exercised as one.',
    origin: '',
    related: ['officials-concerned'],
    guards: [],
    examples: {
      match: [
        'Officials of Party and power organs attended the ceremony.',
        'The Party and power organs of the county organised the work.',
      ],
      noMatch: ['The party was powered by solar panels and an old organ.'],
    },
  },
  {
    id: 'officials-concerned',
    phrase: 'officials concerned',
    patterns: ['officials concerned', 'cadres concerned', 'official concerned of'],
    sources: ['kcna'],
    techniques: ['set-formula', 'obfuscation'],
    tier: 'common',
    explanation:
      'A closing formula in KCNA event reports listing who attended, without names or offices. It signals official presence while keeping the lower ranks anonymous, and is a reliable marker of KCNA\'s English style.',
    origin: '',
    related: ['party-and-power-organs'],
    guards: ['(officials|cadres|official) concerned (about|with|by|over|that|for|at|in)'],
    examples: {
      match: [
        'The delegation was greeted at Pyongyang airport by officials concerned.',
        'Present at the DPRK ceremony were the minister and officials concerned.',
      ],
      noMatch: ['Officials concerned about the budget met on Friday in London.'],
    },
  },
  {
    id: 'personages-of-various-circles',
    phrase: 'personages of various circles',
    patterns: [
      'personages (of|from|in) (different|various|all|political|social) (circles|countries|walks of life|social circles)',
      'personages and (masses|officials)',
      '(political|social|public) personages',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-popularity'],
    tier: 'common',
    explanation:
      'An old-fashioned term KCNA uses for foreigners and public figures who send greetings or attend events. Grouping them as personages of "various circles" suggests broad international admiration without saying who they are or how many.',
    origin: '',
    related: ['floral-baskets-to-statues', 'founding-anniversary'],
    guards: [],
    examples: {
      match: [
        'Personages of various circles in Africa sent greetings to Pyongyang.',
        'KCNA said political personages praised the DPRK on its birthday.',
      ],
      noMatch: ['The novel is full of colourful personages and strange events.'],
    },
  },
  {
    id: 'founding-anniversary',
    phrase: 'founding anniversary of the DPRK',
    patterns: [
      '(founding anniversary|birthday) of the (dprk|democratic people\'s republic of korea|wpk|workers\' party of korea)',
      '(dprk|wpk|party) founding anniversary',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'flag-waving'],
    tier: 'signature',
    explanation:
      'Anniversaries of the state (9 September) and the Party (10 October), often called their "birthdays". KCNA fills the weeks around them with foreign greetings, meetings and tributes, presenting the dates as occasions for worldwide celebration.',
    origin: '',
    related: ['personages-of-various-circles', 'floral-baskets-to-statues'],
    guards: [],
    examples: {
      match: [
        'Seminars abroad marked the founding anniversary of the DPRK.',
        'Messages arrived for the 80th birthday of the Workers\' Party of Korea.',
      ],
      noMatch: ['The republic celebrated its founding with a fireworks show.'],
    },
  },
  {
    id: 'floral-baskets-to-statues',
    phrase: 'floral baskets to the statues of the great leaders',
    patterns: ['floral basket~n (to|before|at) the statue~n', 'floral basket~n (in the name~n of|from|sent by)', 'laid floral basket~n'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-popularity'],
    tier: 'common',
    explanation:
      'The ritual of sending or laying floral baskets before the leaders\' statues on anniversaries. KCNA lists each basket and its sender, turning courtesy gestures by foreign groups and diplomats into evidence of international reverence.',
    origin: '',
    related: ['great-leader', 'personages-of-various-circles'],
    guards: [],
    examples: {
      match: [
        'Embassies laid floral baskets before the statues on Mansu Hill in Pyongyang.',
        'A floral basket from a Juche study group was placed at the statue.',
      ],
      noMatch: ['The florist delivered a floral basket to the hospital ward.'],
    },
  },
  {
    id: 'comradely-atmosphere',
    phrase: 'in a comradely and warm atmosphere',
    patterns: ['comradely (and warm|and friendly|) atmosphere', 'warm and comradely atmosphere'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'Protocol language for talks with allied parties and governments. The adjective signals political closeness rather than describing the mood, and its absence or change in later reports can hint at cooler relations.',
    origin: '',
    related: ['officials-concerned'],
    guards: [],
    examples: {
      match: [
        'The talks proceeded in a comradely and warm atmosphere.',
        'The two ministers met in a comradely atmosphere.',
      ],
      noMatch: ['The warm atmosphere of the cafe drew students all winter.'],
    },
  },

  // ── Ideology, campaigns and slogans ──────────────────────────────────
  {
    id: 'juche',
    phrase: 'Juche idea',
    patterns: ['juche', 'juche (idea|ideology|oriented|based|korea|calendar|philosophy|era|year)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'slogans'],
    tier: 'signature',
    explanation:
      'The official state ideology, usually glossed as self-reliance with man as the master of everything. KCNA uses it as an all-purpose label: the "Juche idea", "Juche-based" industry, "Juche Korea" and the Juche calendar year. Attaching the word frames a policy, product or date as part of the leaders\' doctrine.',
    origin: 'Kim Il Sung set out Juche in a 1955 speech on ideological work; it was written into the 1972 constitution.',
    original: '주체사상',
    related: ['kimilsungism-kimjongilism', 'self-reliance', 'socialism-of-our-own-style'],
    guards: [],
    examples: {
      match: [
        'The study group discussed the Juche idea at its annual seminar.',
        'The plant turned to Juche-based production of fertiliser.',
      ],
      noMatch: ['The seminar discussed self-reliance in small island economies.'],
    },
  },
  {
    id: 'songun',
    phrase: 'Songun politics',
    patterns: ['songun', 'military first (politics|policy|idea|revolution|revolutionary leadership|era)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'slogans'],
    tier: 'signature',
    explanation:
      'The "military-first" line that put the army at the centre of politics and economy. KCNA presented it as the reason the country survived the 1990s crisis and as proof of the leader\'s foresight.',
    origin: 'Became the official line under Kim Jong Il in the late 1990s.',
    original: '선군정치',
    related: ['juche', 'byungjin-line'],
    guards: [],
    examples: {
      match: [
        'Songun politics guarantees the security of the country, the editorial said.',
        'The article hailed the military-first policy as a victory.',
      ],
      noMatch: ['The general said the military was first to arrive at the flood.'],
    },
  },
  {
    id: 'chollima',
    phrase: 'Chollima',
    patterns: ['chollima'],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'The mythical winged horse that covers a thousand li a day, used as the symbol of mass production campaigns. "Chollima spirit" and "Chollima speed" call on workers to exceed plans through enthusiasm, and the symbol was revived for the "Chollima of the new era".',
    origin: 'The Chollima Movement began in the late 1950s.',
    original: '천리마',
    related: ['self-reliance', 'revolutionary-upsurge'],
    guards: [],
    examples: {
      match: [
        'Workers pledged to advance at Chollima speed this year.',
        'The plant is a model of the Chollima spirit of the new era.',
      ],
      noMatch: ['The horse won the race at record speed.'],
    },
  },
  {
    id: 'self-reliance',
    phrase: 'self-reliance',
    patterns: [
      'by dint of self reliance',
      '(revolutionary|) spirit of self reliance',
      'self reliance and (self development|self sufficiency|self respect|fortitude|self support)',
      'self respect and self (support|reliance|development)',
      'idea of self reliance',
      'self sustenance and self respect',
    ],
    sources: ['kcna'],
    techniques: ['slogans', 'flag-waving'],
    tier: 'common',
    explanation:
      'A campaign slogan urging production without outside help. KCNA pairs it with "self-development" and "fortitude" to present sanctions and isolation as an opportunity, and credits shortages overcome to the people\'s spirit rather than to trade.',
    origin: '',
    original: '자력갱생',
    related: ['juche', 'mt-paektu-spirit', 'chollima'],
    guards: [],
    examples: {
      match: [
        'The DPRK plant was built by dint of self-reliance, KCNA said.',
        'Pyongyang urged self-reliance and self-development in every factory.',
      ],
      noMatch: ['Emerson wrote about the spirit of self-reliance in 1841.'],
    },
  },
  {
    id: 'socialism-of-our-own-style',
    phrase: 'socialism of our own style',
    patterns: [
      '(socialism|socialist system) of our (own|) style',
      'our style (socialism|socialist system)',
      'korean style socialism',
      'socialism of (the|) korean style',
    ],
    sources: ['kcna'],
    techniques: ['slogans', 'flag-waving'],
    tier: 'signature',
    explanation:
      'The DPRK\'s name for its own political system, stressing that it differs from every other socialist model. The phrase answers comparisons with China or the former Soviet bloc by declaring the system unique and therefore beyond outside standards.',
    origin: '',
    original: '우리식 사회주의',
    related: ['juche', 'people-first-principle', 'our-state-first'],
    guards: [],
    examples: {
      match: [
        'Socialism of our own style will triumph, the article said.',
        'The children are a symbol of Korean-style socialism.',
      ],
      noMatch: ['Our style of management differs from socialism or capitalism.'],
    },
  },
  {
    id: 'people-first-principle',
    phrase: 'people-first principle',
    patterns: ['people first (principle|politics|ism)', '(centred|centered) on the popular masses', 'popular masses first'],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'A slogan, prominent under Kim Jong Un, that the Party exists to serve the people. It recasts Party policy as service and is cited in reports on housing, flood relief and officials\' conduct.',
    origin: '',
    original: '인민대중제일주의',
    related: ['socialism-of-our-own-style', 'benevolent-love'],
    guards: [],
    examples: {
      match: [
        'Officials must embody the people-first principle in their work.',
        'Our socialism is centred on the popular masses, the lecture said.',
      ],
      noMatch: ['The people first gathered in the square at noon.'],
    },
  },
  {
    id: 'our-state-first',
    phrase: 'our-state-first principle',
    patterns: ['our state first (principle|ism|spirit|era)', '(korean|our) nation first (principle|ism|spirit)'],
    sources: ['kcna'],
    techniques: ['slogans', 'flag-waving'],
    tier: 'signature',
    explanation:
      'A patriotic slogan of the Kim Jong Un era calling on citizens to take pride in the DPRK above all others. It fuses national pride with loyalty to the present state and its leadership.',
    origin: '',
    original: '우리 국가제일주의',
    related: ['socialism-of-our-own-style', 'juche'],
    guards: [],
    examples: {
      match: [
        'Students were taught the spirit of our-state-first-ism.',
        'The song expresses the our state first principle.',
      ],
      noMatch: ['Our state first passed the law in 1990.'],
    },
  },
  {
    id: 'powerful-socialist-country',
    phrase: 'powerful socialist country',
    patterns: ['powerful socialist (country|state|nation|power)', '(thriving|rich|prosperous) (country|nation) with a strong army'],
    sources: ['kcna'],
    techniques: ['slogans', 'flag-waving'],
    tier: 'common',
    explanation:
      'The stated goal of national construction under Kim Jong Un. KCNA uses it to present each new factory, house or weapon as a step toward a promised future of strength and prosperity.',
    origin: '',
    related: ['strong-and-prosperous-nation', 'people-first-principle'],
    guards: [],
    examples: {
      match: [
        'The DPRK plan will bring forward the building of a powerful socialist country.',
        'Youth are pillars of a thriving country with a strong army, KCNA said.',
      ],
      noMatch: ['The country has a powerful socialist party in its parliament.'],
    },
  },
  {
    id: 'strong-and-prosperous-nation',
    phrase: 'strong and prosperous nation',
    patterns: ['kangsong taeguk', 'strong and prosperous (country|nation|state|socialist)', 'great prosperous powerful (nation|country)'],
    sources: ['kcna'],
    techniques: ['slogans', 'flag-waving'],
    tier: 'common',
    explanation:
      'A national goal announced under Kim Jong Il and set for 2012, the centenary of Kim Il Sung\'s birth. KCNA used it to frame economic hardship as temporary on the road to a promised great power.',
    origin: '',
    related: ['powerful-socialist-country'],
    guards: [],
    examples: {
      match: [
        'The DPRK aims to open the gate to a strong and prosperous nation.',
        'KCNA said the dam brings Kangsong Taeguk closer.',
      ],
      noMatch: ['Voters want a strong and prosperous country with good schools.'],
    },
  },
  {
    id: 'revolutionary-spirit',
    phrase: 'revolutionary spirit',
    patterns: ['revolutionary spirit~n'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'loaded-language'],
    tier: 'common',
    explanation:
      'A quality KCNA demands of workers, soldiers and youth and credits for every achievement. Production targets and sacrifices are framed as tests of revolutionary spirit, which makes shortfalls a matter of attitude rather than resources.',
    origin: '',
    related: ['revolutionary-faith', 'self-reliance', 'mt-paektu-spirit'],
    guards: ['(french|american|russian|cuban|youthful|sixties) revolutionary spirit', 'revolutionary spirit of (1776|1789|1848|1968|the sixties|the founders|the enlightenment|the french)'],
    examples: {
      match: [
        'Workers of the DPRK redoubled their revolutionary spirit this year.',
        'KCNA said the youth displayed a high revolutionary spirit.',
      ],
      noMatch: ['The museum celebrates the French revolutionary spirit of liberty.'],
    },
  },
  {
    id: 'revolutionary-faith',
    phrase: 'revolutionary faith',
    patterns: ['revolutionary (faith|obligation|conscience|fidelity)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'Moral terms KCNA uses for loyalty to the leader and the cause: faith, obligation and conscience. They give political loyalty the weight of personal virtue, so that wavering becomes a moral failing.',
    origin: '',
    related: ['revolutionary-spirit', 'absolute-loyalty'],
    guards: [],
    examples: {
      match: [
        'The veterans kept their revolutionary faith to the end, KCNA said.',
        'Pyongyang urged officials to keep revolutionary obligation in mind.',
      ],
      noMatch: ['The book studies revolutionary faith movements in medieval Europe.'],
    },
  },
  {
    id: 'revolutionary-upsurge',
    phrase: 'great revolutionary upsurge',
    patterns: ['revolutionary upsurge~n', 'general advance (for|toward|towards|of)', 'all people (advance|general advance|campaign|struggle|resistance)'],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-popularity'],
    tier: 'common',
    explanation:
      'Campaign language for a surge of production or mobilisation, presented as the whole nation moving forward together. It frames economic plans as a popular offensive and success as a product of collective will.',
    origin: '',
    related: ['chollima', 'whole-party-entire-army'],
    guards: [],
    examples: {
      match: [
        'The DPRK called for a great revolutionary upsurge in farming.',
        'KCNA said the workers turned out in the general advance for the new plan.',
      ],
      noMatch: ['Historians debate the revolutionary upsurge of 1848 in Europe.'],
    },
  },
  {
    id: 'revolution-and-construction',
    phrase: 'the revolution and construction',
    patterns: ['(the|) revolution and construction', 'korean revolution'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'KCNA speaks of all state activity as "the revolution and construction", an unfinished revolution continuing decades after the state was founded. The phrase keeps mobilisation permanent and casts ordinary governance as a revolutionary task.',
    origin: '',
    related: ['carry-forward-the-cause', 'successors-to-the-revolution'],
    guards: [],
    examples: {
      match: [
        'He led the revolution and construction of the DPRK to victory.',
        'KCNA said the youth are the future of the Korean revolution.',
      ],
      noMatch: ['The revolution and construction boom changed the island.'],
    },
  },
  {
    id: 'carry-forward-the-cause',
    phrase: 'carry forward the revolutionary cause',
    patterns: ['(carry|carries|carried|carrying) forward the (revolutionary|) cause', 'cause of the preceding leaders', 'revolutionary cause of juche'],
    sources: ['kcna'],
    techniques: ['appeal-to-authority', 'set-formula'],
    tier: 'common',
    explanation:
      'A succession formula: the current leader and the people "carry forward" the cause of the preceding leaders. It grounds present policy in continuity with the founders and treats departure from it as betrayal.',
    origin: '',
    related: ['successors-to-the-revolution', 'revolution-and-construction', 'paektu-bloodline'],
    guards: [],
    examples: {
      match: [
        'The new leader carries forward the cause of the preceding leaders, the DPRK said.',
        'Pyongyang vowed to carry forward the revolutionary cause to the end.',
      ],
      noMatch: ['Her students carried forward the cause of women\'s suffrage.'],
    },
  },
  {
    id: 'successors-to-the-revolution',
    phrase: 'reliable successors to the revolution',
    patterns: ['successor~n to the (revolution|revolutionary cause|juche revolution)', 'reserve~n of the revolution'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'KCNA\'s term for children and youth: future carriers of the revolution. It presents education and childcare as the raising of loyal heirs to the leaders\' cause.',
    origin: '',
    related: ['carry-forward-the-cause', 'revolution-and-construction'],
    guards: [],
    examples: {
      match: [
        'Children will grow into reliable successors to the revolution.',
        'The school trains reserves of the revolution.',
      ],
      noMatch: ['The king\'s successor fled after the revolution.'],
    },
  },
  {
    id: 'match-for-a-hundred',
    phrase: 'a match for a hundred',
    patterns: ['match for a hundred', 'match for (one|a) hundred foes'],
    sources: ['kcna'],
    techniques: ['slogans', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'A military slogan that every soldier should be able to defeat a hundred enemies. It frames training and morale as able to outweigh numbers and equipment.',
    origin: '',
    original: '일당백',
    related: ['brilliant-commander', 'ever-victorious'],
    guards: [],
    examples: {
      match: [
        'The academy trains a-match-for-a-hundred gunners.',
        'Each soldier must become a match for a hundred.',
      ],
      noMatch: ['The match drew a hundred thousand fans to the stadium.'],
    },
  },
  {
    id: 'ideological-and-spiritual-strength',
    phrase: 'ideological and spiritual strength',
    patterns: ['ideological and (mental|spiritual) (strength|power|force)', 'spiritual strength of the (masses|people|popular masses)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'signature',
    explanation:
      'The claim that the people\'s convictions are a decisive force, often ranked above material resources. It lets KCNA present scarcity as a contest of will that the country is bound to win.',
    origin: '',
    related: ['revolutionary-spirit', 'self-reliance'],
    guards: [],
    examples: {
      match: [
        'Victory depends on the ideological and spiritual strength of all people.',
        'Officials must rouse the spiritual strength of the masses.',
      ],
      noMatch: ['Yoga builds physical and mental strength over time.'],
    },
  },
  {
    id: 'defeatism-and-mysticism',
    phrase: 'mysticism about technology',
    patterns: ['mysticism about (technology|technique~n|science)', 'defeatism and mysticism'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'straw-man'],
    tier: 'signature',
    explanation:
      'KCNA\'s label for the belief that advanced equipment can only be imported. Calling doubt "mysticism" and "defeatism" turns a practical assessment into an ideological fault.',
    origin: '',
    related: ['self-reliance', 'juche'],
    guards: [],
    examples: {
      match: [
        'The new machine dealt a blow to mysticism about technology.',
        'Engineers rejected defeatism and mysticism and built the press themselves.',
      ],
      noMatch: ['The novel mixes mysticism with the history of technology.'],
    },
  },
  {
    id: 'anti-socialist-practices',
    phrase: 'anti-socialist and non-socialist practices',
    patterns: ['anti socialist and non socialist', 'non socialist (practices|phenomena|elements|acts|trends)'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'signature',
    explanation:
      'A catch-all for behaviour the state wants to suppress, from private trading to foreign films and fashion. The label turns everyday conduct into a political offence.',
    origin: '',
    related: ['reactionary-ideology-and-culture'],
    guards: [],
    examples: {
      match: [
        'A campaign against anti-socialist and non-socialist practices began.',
        'Officials must root out non-socialist phenomena among youth.',
      ],
      noMatch: ['The parties in the coalition are both non-aligned and centrist.'],
    },
  },
  {
    id: 'reactionary-ideology-and-culture',
    phrase: 'reactionary ideology and culture',
    patterns: ['reactionary ideology and culture', 'ideological and cultural (infiltration|poisoning|invasion)'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'The frame for foreign films, music and media as an ideological attack. Describing entertainment as "infiltration" or "poisoning" justifies bans and penalties as self-defence.',
    origin: '',
    related: ['anti-socialist-practices', 'rotten-capitalist-society'],
    guards: [],
    examples: {
      match: [
        'Youth must be protected from reactionary ideology and culture.',
        'The enemy seeks ideological and cultural infiltration through dramas.',
      ],
      noMatch: ['The course covers the ideology and culture of the Renaissance.'],
    },
  },
  {
    id: 'rotten-capitalist-society',
    phrase: 'rotten capitalist society',
    patterns: ['(rotten|corrupt|corrupted|ailing|decadent) (and ailing|and corrupt|and rotten|and corrupted|) capitalist (society|system|world|countries)'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'common',
    explanation:
      'A stock description of Western societies in Rodong Sinmun and KCNA press reviews. Crime, poverty and youth problems abroad are presented as proof of the superiority of the DPRK\'s system.',
    origin: '',
    related: ['reactionary-ideology-and-culture', 'socialism-of-our-own-style'],
    guards: [],
    examples: {
      match: [
        'Rodong Sinmun called the US a corrupt and ailing capitalist society.',
        'KCNA said youth in the rotten capitalist world have no future.',
      ],
      noMatch: ['The essay describes a rotten capitalist in a Dickens novel.'],
    },
  },
  {
    id: 'road-of-socialism',
    phrase: 'advance along the road of socialism',
    patterns: ['(advance~v|march~v|go|goes|went|going) along the road of socialism', '(the|) road of socialism'],
    sources: ['kcna'],
    techniques: ['slogans', 'set-formula'],
    tier: 'common',
    explanation:
      'A journey metaphor for the country\'s political course. It presents the system as a path chosen once and followed steadily, so that change would be a deviation from the road.',
    origin: '',
    related: ['socialism-of-our-own-style', 'juche'],
    guards: [],
    examples: {
      match: [
        'The DPRK will advance along the road of socialism, KCNA said.',
        'Pyongyang vowed never to leave the road of socialism.',
      ],
      noMatch: ['The road of life is long, said the old poet.'],
    },
  },
  {
    id: 'arduous-march',
    phrase: 'Arduous March',
    patterns: ['arduous march'],
    sources: ['kcna'],
    techniques: ['euphemism', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'The official name for the famine and economic collapse of the 1990s, borrowed from a guerrilla legend. It recasts mass hunger as a heroic ordeal endured in loyalty to the leader.',
    origin: 'Named after a 1938-39 march of Kim Il Sung\'s guerrilla unit; revived in the mid-1990s for the famine years.',
    original: '고난의 행군',
    related: ['mt-paektu-spirit', 'self-reliance'],
    guards: [],
    examples: {
      match: [
        'The DPRK overcame the Arduous March with revolutionary spirit.',
        'KCNA recalled the hardships of the Arduous March.',
      ],
      noMatch: ['The soldiers began an arduous march across the desert.'],
    },
  },
  {
    id: 'fatherland-liberation-war',
    phrase: 'Fatherland Liberation War',
    patterns: ['fatherland liberation war', 'war victory day'],
    sources: ['kcna'],
    techniques: ['euphemism', 'flag-waving'],
    tier: 'signature',
    explanation:
      'The DPRK\'s name for the Korean War of 1950-53, which it presents as a defensive war against US invasion ending in victory. The name itself builds in the official account of who started the war and who won.',
    origin: '',
    original: '조국해방전쟁',
    related: ['northward-invasion', 'us-imperialists'],
    guards: [],
    examples: {
      match: [
        'Veterans of the Fatherland Liberation War were honoured.',
        'The country marked War Victory Day on 27 July.',
      ],
      noMatch: ['The liberation of the fatherland was the war aim of the partisans.'],
    },
  },
  {
    id: 'anti-japanese-armed-struggle',
    phrase: 'anti-Japanese armed struggle',
    patterns: ['anti japanese (armed|revolutionary|guerrilla) struggle', 'anti japanese revolutionary (war|martyrs|fighters)'],
    sources: ['kcna'],
    techniques: ['appeal-to-authority', 'flag-waving'],
    tier: 'common',
    explanation:
      'The founding legend of the state: Kim Il Sung\'s guerrilla war against Japanese colonial rule. KCNA invokes it to root present institutions, alliances and slogans in that struggle.',
    origin: '',
    related: ['mt-paektu-spirit', 'paektu-bloodline', 'japanese-imperialists'],
    guards: [],
    examples: {
      match: [
        'The friendship was forged in the anti-Japanese armed struggle, KCNA said.',
        'DPRK pupils visited sites of the anti-Japanese revolutionary struggle.',
      ],
      noMatch: ['The exhibition covers anti-Japanese protests in Shanghai in 1919.'],
    },
  },
  {
    id: 'byungjin-line',
    phrase: 'byungjin line',
    patterns: ['byungjin', 'pyongjin line', 'simultaneously developing the two fronts', 'economic construction and (the|) building (of|up|) nuclear (armed forces|force~n)'],
    sources: ['kcna'],
    techniques: ['slogans', 'set-formula'],
    tier: 'signature',
    explanation:
      'The strategic line of building the economy and nuclear forces at the same time. It presented nuclear weapons as compatible with, and a condition for, economic growth.',
    origin: 'Adopted at a Party plenary meeting in March 2013.',
    original: '병진로선',
    related: ['songun', 'state-nuclear-force'],
    guards: [],
    examples: {
      match: [
        'The byungjin line was declared a success.',
        'The plenum stressed economic construction and building nuclear armed forces.',
      ],
      noMatch: ['Economic construction slowed while the army built new roads.'],
    },
  },

  // ── Nuclear forces, deterrence and threats ───────────────────────────
  {
    id: 'state-nuclear-force',
    phrase: 'state nuclear force',
    patterns: ['state nuclear force~n'],
    sources: ['kcna'],
    techniques: ['set-formula', 'flag-waving'],
    tier: 'signature',
    explanation:
      'The DPRK\'s term for its nuclear arsenal as an institution of the state, written into law and the constitution. Calling the arsenal a "state" force frames demands for denuclearization as attacks on the constitution itself.',
    origin: '',
    related: ['nuclear-war-deterrent', 'full-fledged-nuclear-state', 'self-defensive'],
    guards: [],
    examples: {
      match: [
        'The law enshrines the policy on the state nuclear force.',
        'No one can touch the state nuclear force, the statement said.',
      ],
      noMatch: ['The state police force added nuclear safety training.'],
    },
  },
  {
    id: 'nuclear-war-deterrent',
    phrase: 'nuclear war deterrent',
    patterns: ['(nuclear|) war deterrent~n', 'nuclear deterrent for self (defence|defense)'],
    sources: ['kcna'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'signature',
    explanation:
      'KCNA\'s standard name for the DPRK\'s nuclear weapons. Calling them a "war deterrent" defines their purpose as preventing war, so each test or expansion is presented as a contribution to peace.',
    origin: '',
    related: ['self-defensive', 'state-nuclear-force', 'treasured-sword'],
    guards: [],
    examples: {
      match: [
        'The test bolstered the country\'s nuclear war deterrent.',
        'It will never give up its nuclear deterrent for self-defence.',
      ],
      noMatch: ['Critics say nuclear weapons deter nothing in a modern war.'],
    },
  },
  {
    id: 'treasured-sword',
    phrase: 'treasured sword',
    patterns: ['treasured (nuclear|) sword', 'nuclear sword of justice', 'powerful treasured sword'],
    sources: ['kcna'],
    techniques: ['euphemism', 'loaded-language'],
    tier: 'signature',
    explanation:
      'A heroic metaphor for the nuclear arsenal as a precious sword that guards justice. It replaces the language of weapons of mass destruction with that of a legendary weapon of defence.',
    origin: '',
    original: '보검',
    related: ['nuclear-war-deterrent', 'state-nuclear-force'],
    guards: [],
    examples: {
      match: [
        'The people hold a treasured nuclear sword, the editorial said.',
        'The missile is a treasured sword defending the nation.',
      ],
      noMatch: ['The museum displays a sword treasured by the samurai family.'],
    },
  },
  {
    id: 'full-fledged-nuclear-state',
    phrase: 'full-fledged nuclear weapons state',
    patterns: ['full fledged (nuclear weapons|strategic) state~n', 'responsible nuclear weapons state'],
    sources: ['kcna'],
    techniques: ['flag-waving', 'set-formula'],
    tier: 'signature',
    explanation:
      'Self-descriptions claiming recognised nuclear status. They treat that status as settled and irreversible, so talks about denuclearization appear pointless.',
    origin: '',
    related: ['state-nuclear-force', 'nuclear-war-deterrent'],
    guards: [],
    examples: {
      match: [
        'The DPRK has become a full-fledged nuclear weapons state, it declared.',
        'As a responsible nuclear weapons state, it will not use them first.',
      ],
      noMatch: ['Critics feared Iran would become a full-fledged nuclear power.'],
    },
  },
  {
    id: 'self-defensive',
    phrase: 'self-defensive',
    patterns: ['self defensive (nuclear|measure~n|capabilit~n|capability|capabilities|right~n|force~n|means|counteraction~n|action~n|military|deterrent~n|war)'],
    sources: ['kcna'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'signature',
    explanation:
      'KCNA\'s adjective for its missile tests, nuclear arms and military steps. Labelling every measure "self-defensive" presents it as a reaction to outside threats, so that responsibility for escalation lies elsewhere.',
    origin: '',
    related: ['nuclear-war-deterrent', 'legitimate-and-just-exercise', 'counteraction'],
    guards: [],
    examples: {
      match: [
        'The launch was a self-defensive measure, the ministry said.',
        'It will bolster its self-defensive capabilities further.',
      ],
      noMatch: ['The self-defense class teaches defensive moves.'],
    },
  },
  {
    id: 'legitimate-and-just-exercise',
    phrase: 'legitimate and just exercise of the right to self-defence',
    patterns: ['legitimate and just exercise', '(legitimate|just|reasonable) exercise of (the|its|our) (sovereign right|right to self defence|right to self defense|sovereignty)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'A justification formula for missile launches and military measures. Framing each act as a lawful exercise of sovereign rights makes criticism look like a denial of those rights.',
    origin: '',
    related: ['self-defensive', 'inviolable-sovereignty'],
    guards: [],
    examples: {
      match: [
        'The DPRK said the launch was a legitimate and just exercise of its rights.',
        'Pyongyang called it a just exercise of its sovereign right.',
      ],
      noMatch: ['The jury found the punch was a legitimate exercise of self-defence.'],
    },
  },
  {
    id: 'counteraction',
    phrase: 'overwhelming counteraction',
    patterns: ['(overwhelming|corresponding|strategic|stronger|resolute|practical|merciless|physical|toughest) counteraction~n', 'counteraction (measure~n|force~n)'],
    sources: ['kcna'],
    techniques: ['appeal-to-fear', 'set-formula'],
    tier: 'signature',
    explanation:
      'KCNA\'s word for retaliation in warnings to the United States, South Korea and Japan. Presenting future military steps as "counteraction" fixes the blame on the other side in advance.',
    origin: '',
    related: ['self-defensive', 'merciless-punishment'],
    guards: [],
    examples: {
      match: [
        'The hostile forces will face a stronger counteraction.',
        'The DPRK will take corresponding counteraction measures.',
      ],
      noMatch: ['The drug counteracts the swelling quickly.'],
    },
  },
  {
    id: 'thousand-fold-revenge',
    phrase: 'thousand-fold revenge',
    patterns: ['(thousand|hundred|thousand and hundred) fold (revenge|retaliation|vengeance)'],
    sources: ['kcna'],
    techniques: ['appeal-to-fear', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'A threat formula promising retaliation many times greater than any offence. The hyperbole is meant to deter and to show resolve rather than to describe an actual plan.',
    origin: '',
    related: ['merciless-punishment', 'sea-of-fire'],
    guards: [],
    examples: {
      match: [
        'The enemy will face a thousand-fold revenge.',
        'The people vowed hundred-fold retaliation, the rally heard.',
      ],
      noMatch: ['Sales rose a thousand fold after the revamp.'],
    },
  },
  {
    id: 'merciless-punishment',
    phrase: 'merciless punishment',
    patterns: ['merciless (punishment|retaliation|retaliatory strike~n|sledgehammer|counterstrike~n)'],
    sources: ['kcna'],
    techniques: ['appeal-to-fear', 'loaded-language'],
    tier: 'signature',
    explanation:
      'A threat formula addressed to South Korea, the United States and defectors\' groups. It presents retaliation as deserved punishment rather than escalation.',
    origin: '',
    original: '무자비한 징벌',
    related: ['thousand-fold-revenge', 'sea-of-fire', 'punishment-by-history'],
    guards: [],
    examples: {
      match: [
        'The provocateurs will face merciless punishment, KCNA warned.',
        'Any intrusion will be met with merciless retaliation.',
      ],
      noMatch: ['The judge was known for his mercy and light punishments.'],
    },
  },
  {
    id: 'sea-of-fire',
    phrase: 'sea of fire',
    patterns: ['sea of (fire|flames)', '(turn~v|turned) into (a|) sea of'],
    sources: ['kcna'],
    techniques: ['appeal-to-fear', 'loaded-language'],
    tier: 'common',
    explanation:
      'A recurring threat that Seoul or other targets would be turned into a "sea of fire". The image is meant to deter by vivid exaggeration and has become one of the best-known DPRK threat formulas.',
    origin: 'Drew wide attention in March 1994, when a North Korean delegate at inter-Korean talks warned that Seoul would become a sea of fire.',
    original: '불바다',
    related: ['reduce-to-ashes', 'merciless-punishment', 'thousand-fold-revenge'],
    guards: ['(building|house|home|warehouse|forest|factory|ship|tanker|plant|field|barn|church|tower) (was|were|became|is|turned into) a sea of (fire|flames)'],
    examples: {
      match: [
        'Pyongyang warned that Seoul would be turned into a sea of fire.',
        'KCNA said the bases would become a sea of flames.',
      ],
      noMatch: ['Witnesses said the warehouse was a sea of flames by midnight.'],
    },
  },
  {
    id: 'reduce-to-ashes',
    phrase: 'reduce to ashes',
    patterns: ['reduce~v (it|them|everything|the enemy|the bases|seoul|guam|the mainland|washington) to (ashes|a heap of ashes)', 'into a heap of ashes'],
    sources: ['kcna'],
    techniques: ['appeal-to-fear', 'loaded-language'],
    tier: 'common',
    explanation:
      'A threat formula applied to enemy bases, cities or forces. Like "sea of fire", it uses total destruction as a deterrent image.',
    origin: '',
    related: ['sea-of-fire'],
    guards: [],
    examples: {
      match: [
        'KCNA said the DPRK would reduce the bases to ashes.',
        'Pyongyang threatened to reduce Guam to ashes.',
      ],
      noMatch: ['The old barn was reduced to ashes in the night.'],
    },
  },
  {
    id: 'punishment-by-history',
    phrase: 'stern punishment by history',
    patterns: ['(stern|severe|merciless|) punishment (by|of) history'],
    sources: ['kcna'],
    techniques: ['appeal-to-fear', 'loaded-language'],
    tier: 'signature',
    explanation:
      'A closing threat in KCNA commentaries that opponents will be punished by history. It presents a political prediction as an inevitable verdict.',
    origin: '',
    related: ['merciless-punishment'],
    guards: [],
    examples: {
      match: [
        'The murderers will never escape stern punishment by history.',
        'They will face the severe punishment of history, the commentary said.',
      ],
      noMatch: ['The history teacher explained the punishment of medieval thieves.'],
    },
  },

  // ── Enemies: name calling ─────────────────────────────────────────────
  {
    id: 'us-imperialists',
    phrase: 'US imperialists',
    patterns: ['us imperialist~n', '(us|american|yankee) imperialist aggressor~n', 'imperialist aggressor~n', 'us imperialist aggressor~n'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'The classic DPRK label for the United States and its forces, standard in history articles and anti-US campaigns. It frames every US action as imperialist aggression and keeps the Korean War enmity present.',
    origin: '',
    original: '미제국주의자',
    related: ['yankee-imperialists', 'chieftain-of-aggression', 'hostile-policy'],
    guards: [],
    examples: {
      match: [
        'The US imperialists started the war in 1950, the museum guide said.',
        'Posters showed soldiers crushing the imperialist aggressors.',
      ],
      noMatch: ['Historians debate American imperialism in the Philippines.'],
    },
  },
  {
    id: 'yankee-imperialists',
    phrase: 'Yankee imperialists',
    patterns: ['yankee (imperialist~n|aggressor~n|troops|colonial|colonialist~n|warmonger~n|murderer~n|gangster~n|invader~n)'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'A contemptuous label for Americans and US forces, common in anti-US month articles and war anniversaries. The old slur personalises the enemy and keeps the wartime image of American soldiers alive.',
    origin: '',
    related: ['us-imperialists'],
    guards: [],
    examples: {
      match: [
        'The massacre by the Yankee aggressors will never be forgotten.',
        'The Yankee imperialists are sworn enemies, the rally heard.',
      ],
      noMatch: ['The Yankee fans cheered the home run.'],
    },
  },
  {
    id: 'japanese-imperialists',
    phrase: 'Japanese imperialists',
    patterns: ['japanese imperialist~n', 'japanese aggressor~n', 'japanese imperialist aggressor~n'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'common',
    explanation:
      'The label for colonial-era Japan, used whenever KCNA raises historical grievances. It links present Japanese governments to the colonial rulers and keeps demands for apology and reparation central.',
    origin: '',
    related: ['japanese-reactionaries', 'reinvasion', 'anti-japanese-armed-struggle'],
    guards: [],
    examples: {
      match: [
        'KCNA said the Japanese imperialists forcibly drafted Koreans.',
        'The DPRK will never forget the crimes of the Japanese aggressors.',
      ],
      noMatch: ['The exhibit explains how Japanese imperialist ambitions grew in the 1930s.'],
    },
  },
  {
    id: 'japanese-reactionaries',
    phrase: 'Japanese reactionaries',
    patterns: ['(japanese|south korean|rok|puppet|us|imperialist) reactionaries', 'ultra right reactionaries'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'KCNA\'s label for Japanese (and sometimes South Korean) governments and conservatives. It groups mainstream politicians with extremists and frames their policies as a return to militarism.',
    origin: '',
    related: ['japanese-imperialists', 'reinvasion', 'wild-ambition'],
    guards: [],
    examples: {
      match: [
        'The Japanese reactionaries are seeking to revise the constitution.',
        'The puppet reactionaries are doomed, the commentary said.',
      ],
      noMatch: ['The reactionary press in Japan attacked the reform.'],
    },
  },
  {
    id: 'reinvasion',
    phrase: 'reinvasion',
    patterns: ['(ambition~n|moves|track|ship|path) (for|of) reinvasion', 'reinvasion (ambition~n|track|ship|moves|policy|plan~n)', 'launch~v reinvasion'],
    sources: ['kcna'],
    techniques: ['appeal-to-fear', 'loaded-language'],
    tier: 'signature',
    explanation:
      'KCNA\'s frame for Japanese defence policy: any build-up is preparation to invade Korea again. It ties present policy to the colonial past and presents Japan as an aggressor in waiting.',
    origin: '',
    related: ['japanese-reactionaries', 'wild-ambition', 'war-criminal-state'],
    guards: [],
    examples: {
      match: [
        'Japan is running along the reinvasion track, the article said.',
        'The new destroyer reveals its ambition for reinvasion.',
      ],
      noMatch: ['The island suffered a second invasion in 1943.'],
    },
  },
  {
    id: 'wild-ambition',
    phrase: 'wild ambition',
    patterns: ['wild (ambition~n|revanchist ambition~n)', 'dead end wild ambition~n'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'common',
    explanation:
      'A stock attribution of motive to Japan, the United States or South Korea. Calling a policy a "wild ambition" casts it as reckless greed rather than a position to be argued with.',
    origin: '',
    related: ['reinvasion', 'japanese-reactionaries'],
    guards: [],
    examples: {
      match: [
        'KCNA said Japan revealed its wild revanchist ambition.',
        'Pyongyang accused Seoul of a wild ambition for northward invasion.',
      ],
      noMatch: ['As a boy he had the wild ambition of becoming an astronaut.'],
    },
  },
  {
    id: 'war-criminal-state',
    phrase: 'war criminal state',
    patterns: ['war criminal (state~n|nation~n|country|countries)', 'defeated war criminal~n'],
    sources: ['kcna'],
    techniques: ['name-calling', 'guilt-by-association'],
    tier: 'signature',
    explanation:
      'A label for Japan and Germany, and sometimes the United States, that defines them by past wars. KCNA uses it to deny them any standing to criticise the DPRK.',
    origin: '',
    related: ['reinvasion', 'japanese-imperialists'],
    guards: [],
    examples: {
      match: [
        'A war criminal state has no right to speak of peace.',
        'The defeated war criminals are joining hands again.',
      ],
      noMatch: ['The court tried the war criminal in a packed hall.'],
    },
  },
  {
    id: 'puppet-rok',
    phrase: 'puppet ROK',
    patterns: ['puppet (rok|republic of korea|south korea|korea|yoon|yoon suk yeol|lee myung bak|park geun hye)', '(rok|south korean) puppet~n', 'traitor (yoon|yoon suk yeol|lee myung bak|park geun hye)'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'KCNA\'s label for South Korea and its leaders, denying the Seoul government any legitimacy of its own. The word "puppet" presents it as a tool of the United States, so that inter-Korean issues become issues with Washington.',
    origin: '',
    related: ['puppet-clique', 'puppet-regime', 'two-hostile-states'],
    guards: [],
    examples: {
      match: [
        'The puppet ROK staged drills with its master.',
        'Crowds demanded the impeachment of puppet Yoon Suk Yeol.',
      ],
      noMatch: ['South Korean puppetry artists performed at the festival.'],
    },
  },
  {
    id: 'puppet-clique',
    phrase: 'puppet clique',
    patterns: ['puppet (clique~n|traitor~n|gang~n|military gangster~n|warmonger~n|clan~n)', '(yoon|yoon suk yeol|lee myung bak|park geun hye) (clique|group)', '(rok|puppet rok) clan~n', 'clan of the rok'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'Name calling for the government, military or officials of South Korea, and in recent years of Ukraine. "Clique" and "group" reduce a government to a faction, and "puppet" denies it independent will.',
    origin: '',
    related: ['puppet-rok', 'puppet-regime'],
    guards: [],
    examples: {
      match: [
        'The puppet clique is hell-bent on confrontation.',
        'The Yoon Suk Yeol group staged a farce, KCNA said.',
      ],
      noMatch: ['The puppet show delighted the children at the festival.'],
    },
  },
  {
    id: 'puppet-regime',
    phrase: 'puppet regime',
    patterns: ['puppet (regime~n|government~n|army|forces|authorities|military)'],
    sources: ['kcna'],
    techniques: ['name-calling'],
    tier: 'common',
    explanation:
      'A label denying a government\'s legitimacy by casting it as controlled from abroad. KCNA applies it to South Korea and Ukraine; historians also use the phrase neutrally for wartime client states.',
    origin: '',
    related: ['puppet-rok', 'puppet-clique'],
    guards: ['(vichy|manchukuo|wang jingwei|nazi|japanese|soviet|wartime) puppet (regime~n|government~n|army|forces|authorities)', 'puppet (regime~n|government~n|army|forces) (of|in) (vichy|manchukuo|manchuria|nanjing|nanking)'],
    context: ['dprk', 'pyongyang', 'kcna', 'rodong sinmun', 'rok', 'seoul', 'south korea', 'south korean', 'yoon', 'ukraine', 'zelensky', 'zelenskiy', 'kiev', 'kyiv', 'us imperialists', 'its master', 'american master', 'stooge~n'],
    examples: {
      match: [
        'KCNA said the puppet regime in Seoul obeyed its master.',
        'Pyongyang called the Yoon government a puppet regime of Washington.',
      ],
      noMatch: ['The Vichy puppet regime collaborated with the occupiers.'],
    },
  },
  {
    id: 'dotard',
    phrase: 'dotard',
    patterns: ['dotard~n', 'mentally deranged (us|american|) (dotard|old lunatic)'],
    sources: ['kcna'],
    techniques: ['name-calling'],
    tier: 'signature',
    explanation:
      'An archaic insult for a senile old man, used against a US president. It became one of the most quoted examples of DPRK personal invective.',
    origin: 'Used in Kim Jong Un\'s statement of September 2017 addressed to Donald Trump.',
    original: '늙다리',
    related: ['human-scum'],
    guards: [],
    examples: {
      match: [
        'The statement called the president a dotard.',
        'He vowed to tame the mentally deranged US dotard.',
      ],
      noMatch: ['The old man doted on his grandchildren.'],
    },
  },
  {
    id: 'human-scum',
    phrase: 'human scum',
    patterns: ['human (scum|garbage|rubbish)', '(defector|rok|puppet|south korean) scum', 'dregs of the nation'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'A dehumanising label for defectors, activists who send leaflets, and some foreign politicians. It denies the target any standing as a person whose words deserve an answer.',
    origin: '',
    original: '인간쓰레기',
    related: ['riff-raffs', 'dotard'],
    guards: [],
    examples: {
      match: [
        'The leaflets were sent by human scum who fled the country.',
        'KCNA called the defectors the dregs of the nation.',
      ],
      noMatch: ['Scum formed on the pond after the hot summer.'],
    },
  },
  {
    id: 'riff-raffs',
    phrase: 'riff-raffs',
    patterns: ['riff raffs'],
    sources: ['kcna'],
    techniques: ['name-calling'],
    tier: 'signature',
    explanation:
      'KCNA\'s plural of "riff-raff", used for US allies, critics and officials it dismisses. The unusual plural is a hallmark of its English, and the insult brushes aside critics without engaging with them.',
    origin: '',
    related: ['human-scum'],
    guards: [],
    examples: {
      match: [
        'The US and its riff-raffs staged a human rights farce.',
        'No matter what the riff raffs say, the truth stands.',
      ],
      noMatch: ['The bar kept out the riff-raff on Saturday nights.'],
    },
  },
  {
    id: 'military-gangsters',
    phrase: 'military gangsters',
    patterns: ['military gangster~n', '(rok|puppet|imperialist) gangster~n', 'horde of (brutes|gangsters)'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'A label for the armed forces of South Korea, Ukraine or the United States. It turns a national army into a criminal gang and presents its actions as crimes rather than policy.',
    origin: '',
    related: ['puppet-clique', 'chieftain-of-aggression'],
    guards: [],
    examples: {
      match: [
        'The ROK military gangsters fired shells near the border.',
        'The military gangsters are running amuck, the statement said.',
      ],
      noMatch: ['The film follows gangsters who served in the military.'],
    },
  },
  {
    id: 'chieftain-of-aggression',
    phrase: 'chieftain of aggression',
    patterns: ['(chieftain|ringleader|kingpin) of (aggression|war|evil|the aggression)', 'mastermind of disturbing peace'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'Labels casting the United States as the leader of a criminal gang of aggressors. They frame conflicts worldwide as the work of one culprit, with allies as its accomplices.',
    origin: '',
    related: ['us-imperialists', 'military-gangsters'],
    guards: [],
    examples: {
      match: [
        'The US is the chieftain of aggression, the rally declared.',
        'Washington is the ringleader of war in the region.',
      ],
      noMatch: ['The tribal chieftain welcomed the visitors.'],
    },
  },
  {
    id: 'flunkeyism',
    phrase: 'flunkeyism',
    patterns: ['flunkeyism', 'flunkyism', 'flunkeyist~n', 'toadyism', 'sycophancy (toward|towards|to) (big powers|the us|foreign forces|outside forces)'],
    sources: ['kcna'],
    techniques: ['name-calling', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'The charge of servility to great powers, the opposite of Juche independence. KCNA applies it to South Korea\'s alliance with the United States and to anyone it presents as dependent on outsiders.',
    origin: '',
    original: '사대주의',
    related: ['juche', 'master-servant-relations', 'dancing-to-the-tune-of-others'],
    guards: [],
    examples: {
      match: [
        'Flunkeyism is the road to national ruin, the article said.',
        'The puppets display sycophancy toward the US.',
      ],
      noMatch: ['The courtier flattered the king at every dinner.'],
    },
  },
  {
    id: 'dominationism',
    phrase: 'dominationism',
    patterns: ['dominationism', 'dominationist~n'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'A coined term for the pursuit of domination over other nations, paired in KCNA texts with imperialism and hegemonism. It names the outlook of opponents as a doctrine that independent states must resist.',
    origin: '',
    related: ['flunkeyism', 'anti-imperialist-independence'],
    guards: [],
    examples: {
      match: [
        'Independence is incompatible with dominationism.',
        'The dominationists seek to rule other nations.',
      ],
      noMatch: ['The team dominated the second half.'],
    },
  },
  {
    id: 'running-dog',
    phrase: 'running dog',
    patterns: ['running dog~n (of|for) (the|) (us|american|imperialist~n|imperialism|japan|capitalist~n)', '(imperialist|american|us|yankee) running dog~n'],
    sources: ['kcna'],
    techniques: ['name-calling'],
    tier: 'signature',
    explanation:
      'A Cold War insult for a servile follower of a great power. KCNA uses it for South Korean leaders and others it presents as US lackeys.',
    origin: '',
    related: ['puppet-rok', 'flunkeyism'],
    guards: [],
    examples: {
      match: [
        'He was a running dog of the US imperialists.',
        'The imperialist running dogs will be swept away.',
      ],
      noMatch: ['A running dog knocked over the bins.'],
    },
  },
  {
    id: 'hostile-forces',
    phrase: 'hostile forces',
    patterns: ['hostile forces'],
    sources: ['kcna'],
    techniques: ['name-calling', 'appeal-to-fear'],
    tier: 'common',
    explanation:
      'KCNA\'s catch-all for the United States, South Korea, Japan and their allies. Leaving the enemy unnamed lets any critic or rival be grouped in a single threatening camp.',
    origin: '',
    related: ['hostile-policy', 'anti-dprk'],
    guards: ['(fire|attack~n|attacked|ambushed|engaged|shelled) (from|by) hostile forces'],
    examples: {
      match: [
        'The DPRK will never tolerate the moves of the hostile forces.',
        'KCNA said the hostile forces are escalating tension.',
      ],
      noMatch: ['The patrol came under fire from hostile forces near the river.'],
    },
  },
  {
    id: 'hostile-policy',
    phrase: 'hostile policy toward the DPRK',
    patterns: [
      'hostile policy (toward|towards|against|to) (the|) (dprk|north korea|republic|our state|our country)',
      '(anti dprk|us|washington~n) hostile policy',
      'hostile policy of the (us|united states)',
    ],
    sources: ['kcna'],
    techniques: ['loaded-language', 'causal-oversimplification'],
    tier: 'signature',
    explanation:
      'The DPRK\'s standard explanation for tension on the peninsula: a "hostile policy" pursued by Washington. It frames sanctions, drills and diplomacy alike as one policy and makes its withdrawal the precondition for talks.',
    origin: '',
    original: '대조선적대시정책',
    related: ['hostile-forces', 'anti-dprk', 'us-imperialists'],
    guards: [],
    examples: {
      match: [
        'Talks are meaningless while the hostile policy toward the DPRK continues.',
        'The US hostile policy is the root cause of tension.',
      ],
      noMatch: ['The board adopted a hostile takeover policy.'],
    },
  },
  {
    id: 'anti-dprk',
    phrase: 'anti-DPRK',
    patterns: ['anti dprk', 'anti republic (smear|plot~n|moves|campaign~n|leaflet~n|confrontation|hostile)'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'signature',
    explanation:
      'A prefix KCNA attaches to drills, sanctions, resolutions and statements it condemns. Labelling them "anti-DPRK" presents them as directed against the nation itself rather than at specific policies.',
    origin: '',
    related: ['hostile-policy', 'hostile-forces', 'racket'],
    guards: [],
    examples: {
      match: [
        'The allies staged anti-DPRK drills in the East Sea.',
        'Anti-republic leaflets were found near the border.',
      ],
      noMatch: ['Anti-war groups marched in London.'],
    },
  },
  {
    id: 'war-drills',
    phrase: 'reckless war drills',
    patterns: [
      'war (drill~n|rehearsal~n)',
      '(nuclear|northward invasion|aggressive|provocative|reckless|madcap|dangerous) war (game~n|exercise~n)',
      'war exercises',
    ],
    sources: ['kcna'],
    techniques: ['loaded-language', 'appeal-to-fear'],
    tier: 'common',
    explanation:
      'KCNA\'s name for joint US-South Korean military exercises, which the allies describe as defensive. Calling them "war drills" or "war rehearsals" presents them as preparations for an invasion and justifies the DPRK\'s own tests as responses.',
    origin: '',
    related: ['northward-invasion', 'of-aggressive-nature', 'anti-dprk'],
    guards: [],
    examples: {
      match: [
        'KCNA condemned the reckless war drills staged by Seoul.',
        'Pyongyang called the exercise a nuclear war rehearsal.',
      ],
      noMatch: ['The school held fire drills and a war poetry class.'],
    },
  },
  {
    id: 'northward-invasion',
    phrase: 'northward invasion',
    patterns: ['northward invasion', 'north invasion war'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'The charge that South Korea and the United States are preparing to invade the North. KCNA applies it to drills and plans and also to the start of the Korean War, which historians generally attribute to the North\'s attack of June 1950.',
    origin: '',
    original: '북침',
    related: ['war-drills', 'fatherland-liberation-war'],
    guards: [],
    examples: {
      match: [
        'The drills are a rehearsal for a northward invasion.',
        'The puppets dream of northward invasion.',
      ],
      noMatch: ['The birds began their northward migration.'],
    },
  },
  {
    id: 'of-aggressive-nature',
    phrase: 'of aggressive nature',
    patterns: ['of aggressive nature', '(drill~n|exercise~n|moves|bloc~n|alliance~n) of aggressive character'],
    sources: ['kcna'],
    techniques: ['loaded-language'],
    tier: 'signature',
    explanation:
      'A fixed qualifier, without an article, attached to joint drills and alliances. It declares their character as aggressive as a matter of definition.',
    origin: '',
    related: ['war-drills'],
    guards: [],
    examples: {
      match: [
        'They staged air drills of aggressive nature near the peninsula.',
        'It joined a military alliance of aggressive nature.',
      ],
      noMatch: ['The tumour was of an aggressive nature, doctors said.'],
    },
  },
  {
    id: 'racket',
    phrase: 'confrontation racket',
    patterns: [
      '(sanctions|confrontation|military confrontation|nuclear war|provocation|anti dprk|anti republic|conspiratorial|smear|nuclear confrontation|sanctions and pressure) racket~n',
      '(sanctions|confrontation|human rights|anti dprk|smear) racketeering',
      'racket (for|of) (stifling|isolating|sanctions|aggression|confrontation)',
    ],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'KCNA calls opponents\' campaigns, from sanctions to joint drills, a "racket". The word implies a fraudulent scheme and casts policy as criminal noise rather than a position to be debated.',
    origin: '',
    related: ['anti-dprk', 'hostile-policy'],
    guards: [],
    examples: {
      match: [
        'Other states joined the racket for stifling the country.',
        'The confrontation racket kicked up by the allies is dangerous.',
      ],
      noMatch: ['Police broke up a ticket racket outside the stadium.'],
    },
  },
  {
    id: 'triangular-military-alliance',
    phrase: 'triangular military alliance',
    patterns: ['triangular (military|nuclear) alliance', 'tripartite nuclear alliance'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'KCNA\'s term for US-Japan-South Korea security cooperation, which the three describe as trilateral coordination. Calling it a military or nuclear alliance presents it as an offensive bloc aimed at the DPRK.',
    origin: '',
    related: ['nato-of-asian-version', 'war-drills'],
    guards: [],
    examples: {
      match: [
        'The triangular military alliance is a threat to peace.',
        'They are turning it into a tripartite nuclear alliance.',
      ],
      noMatch: ['Germany, Italy and Japan formed a triangular alliance in 1940.'],
    },
  },
  {
    id: 'nato-of-asian-version',
    phrase: 'NATO of Asian version',
    patterns: ['nato of (asian|asia) version', 'nato (in|of) asian (version|edition)'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'KCNA\'s wording for what it presents as US plans for a NATO-like bloc in Asia. The unusual word order marks its English; the comparison casts regional alliances as an expansion of a hostile bloc.',
    origin: '',
    related: ['triangular-military-alliance'],
    guards: [],
    examples: {
      match: [
        'It is a prelude to a NATO of Asian version.',
        'Washington wants a NATO in Asian version, KCNA said.',
      ],
      noMatch: ['NATO held a summit on Asian security.'],
    },
  },
  {
    id: 'war-confab',
    phrase: 'war confab',
    patterns: ['(war|anti dprk|confrontation|warmongers|nuclear war) confab~n', 'confab~n of (war|warmonger~n|the war)', 'confab of war chiefs'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'KCNA calls meetings of US, Japanese and South Korean officials "confabs". The dismissive word frames diplomacy among opponents as plotting.',
    origin: '',
    related: ['triangular-military-alliance', 'anti-dprk'],
    guards: [],
    examples: {
      match: [
        'The war confab in Tokyo decided on new drills.',
        'This confab of warmongers threatens the region.',
      ],
      noMatch: ['Party leaders held a confab in Iowa.'],
    },
  },
  {
    id: 'brigandish',
    phrase: 'brigandish',
    patterns: ['brigandish'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'An old word for bandit-like conduct that KCNA applies to sanctions, seizures and demands. It frames opponents\' policies as robbery.',
    origin: '',
    related: ['racket', 'military-gangsters'],
    guards: [],
    examples: {
      match: [
        'The sanctions are a brigandish act, the ministry said.',
        'The seizure of the ship was a brigandish robbery.',
      ],
      noMatch: ['The brigade marched into the town.'],
    },
  },
  {
    id: 'two-hostile-states',
    phrase: 'two states hostile to each other',
    patterns: ['two (hostile|belligerent) states', '(two|) states (most|) hostile to each other', 'most hostile state'],
    sources: ['kcna'],
    techniques: ['set-formula', 'loaded-language'],
    tier: 'common',
    explanation:
      'The current DPRK definition of relations with South Korea, replacing the language of one nation divided. It ends the frame of reunification and presents the South as a foreign enemy state.',
    origin: 'Set out in Kim Jong Un\'s report to a Party plenary meeting at the end of 2023.',
    related: ['puppet-rok', 'sacred-cause-of-reunification'],
    guards: [],
    examples: {
      match: [
        'Pyongyang says relations with Seoul are those between two hostile states.',
        'KCNA called the ROK the most hostile state.',
      ],
      noMatch: ['The two states signed a border treaty.'],
    },
  },
  {
    id: 'dignified-dprk',
    phrase: 'the dignified DPRK',
    patterns: ['dignified (dprk|republic|korean people)'],
    sources: ['kcna'],
    techniques: ['flag-waving', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'A self-description that adds the epithet "dignified" to the country\'s name. Set against insults it attributes to enemies, it frames criticism as an affront to national honour.',
    origin: '',
    related: ['sovereignty-and-dignity', 'supreme-dignity'],
    guards: [],
    examples: {
      match: [
        'They tried to tarnish the image of the dignified DPRK.',
        'The dignified Korean people will never kneel.',
      ],
      noMatch: ['He walked with a dignified air into the country club.'],
    },
  },

  // ── Commentary style: grievance, threat and diplomatic formulas ───────
  {
    id: 'touch-and-go',
    phrase: 'touch-and-go situation',
    patterns: ['touch and go (nuclear|military) (confrontation|situation|minefield|crisis|standoff)', 'touch and go situation (on|in) the korean peninsula', 'touch and go nuclear'],
    sources: ['kcna'],
    techniques: ['appeal-to-fear', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'KCNA\'s standard description of the Korean peninsula as on the brink of war. It frames the situation as caused by opponents\' drills and raises the stakes of any further move.',
    origin: '',
    related: ['war-drills', 'hostile-forces'],
    guards: [],
    examples: {
      match: [
        'There is a touch-and-go situation on the Korean peninsula.',
        'The region has become a touch and go nuclear minefield.',
      ],
      noMatch: ['It was a touch-and-go situation in the operating theatre.'],
    },
  },
  {
    id: 'as-clear-as-noonday',
    phrase: 'as clear as noonday',
    patterns: ['as clear as noonday', 'clear as noonday'],
    sources: ['kcna'],
    techniques: ['conversation-killer', 'doubt'],
    tier: 'signature',
    explanation:
      'A phrase presenting KCNA\'s interpretation as beyond dispute. It asserts that the point is obvious in place of showing why.',
    origin: '',
    related: ['guilty-party-files-suit-first'],
    guards: [],
    examples: {
      match: [
        'It is as clear as noonday who started the crisis.',
        'Their aim is clear as noonday.',
      ],
      noMatch: ['The sky was clear at noon.'],
    },
  },
  {
    id: 'guilty-party-files-suit-first',
    phrase: 'a guilty party filing the suit first',
    patterns: ['guilty party (filing|files|filed|filling|file) (the|a) suit first', 'thief (crying|cries|cried) stop thief'],
    sources: ['kcna'],
    techniques: ['appeal-to-hypocrisy', 'whataboutism'],
    tier: 'signature',
    explanation:
      'A Korean proverb in KCNA\'s English, meaning that the real culprit is first to accuse others. It turns criticism back on the critic without addressing its substance.',
    origin: '',
    related: ['turn-black-into-white', 'as-clear-as-noonday'],
    guards: [],
    examples: {
      match: [
        'This is just like a guilty party filing the suit first.',
        'Their statement is a thief crying stop thief.',
      ],
      noMatch: ['The party was found guilty and the suit was filed later.'],
    },
  },
  {
    id: 'turn-black-into-white',
    phrase: 'turning black into white',
    patterns: ['(turn|turns|turned|turning) black into white'],
    sources: ['kcna'],
    techniques: ['doubt', 'loaded-language'],
    tier: 'signature',
    explanation:
      'An idiom accusing opponents of inverting the truth. It dismisses their account as deliberate distortion and asserts KCNA\'s version as the plain fact.',
    origin: '',
    related: ['guilty-party-files-suit-first'],
    guards: [],
    examples: {
      match: [
        'He is trying to deceive the world, turning black into white.',
        'No one can turn black into white forever.',
      ],
      noMatch: ['The painter turned the black canvas into a white one.'],
    },
  },
  {
    id: 'let-loose-rhetoric',
    phrase: 'let loose rhetoric',
    patterns: ['(let|lets|letting) loose (a string of|such|) (rhetoric|remarks|invective~n|jargon~n|nonsense|balderdash|sophism~n|outbursts)', 'silly jargons'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'signature',
    explanation:
      'A dismissive way of reporting opponents\' statements as if they were uncontrolled outbursts. It frames speech as noise to be scorned rather than arguments to be answered.',
    origin: '',
    related: ['sophism', 'stereotyped-remarks'],
    guards: [],
    examples: {
      match: [
        'The secretary let loose a string of rhetoric about peace.',
        'No matter what silly jargons they utter, the truth remains.',
      ],
      noMatch: ['The farmer let loose the horses in the field.'],
    },
  },
  {
    id: 'sophism',
    phrase: 'sophism',
    patterns: ['sophism~n', 'sophistical (argument~n|remarks)'],
    sources: ['kcna'],
    techniques: ['name-calling', 'doubt'],
    tier: 'common',
    explanation:
      'KCNA\'s word for opponents\' arguments about threats, human rights or sanctions. It labels them deceptive reasoning and so avoids answering them.',
    origin: '',
    related: ['let-loose-rhetoric', 'guilty-party-files-suit-first'],
    guards: [],
    examples: {
      match: [
        'KCNA dismissed the talk of a DPRK threat as sophism.',
        'Pyongyang said the resolution was built on sophisms.',
      ],
      noMatch: ['The lecture covered sophism in ancient Athens.'],
    },
  },
  {
    id: 'stereotyped-remarks',
    phrase: 'stereotyped remarks',
    patterns: ['stereotyped (remarks|threat~n|rhetoric|assertion~n|phrase~n|words)'],
    sources: ['kcna'],
    techniques: ['name-calling', 'doubt'],
    tier: 'common',
    explanation:
      'A dismissive description of foreign officials\' statements as repeated formulas. It casts their positions as mechanical and not worth a reply.',
    origin: '',
    related: ['let-loose-rhetoric', 'sophism'],
    guards: [],
    examples: {
      match: [
        'KCNA said the envoy repeated stereotyped remarks about the DPRK.',
        'Pyongyang rejected the stereotyped rhetoric of the UN chief.',
      ],
      noMatch: ['The film was criticised for stereotyped characters.'],
    },
  },
  {
    id: 'impudent',
    phrase: 'impudent remarks',
    patterns: ['impudent (remark~n|act~n|behaviour|behavior|demand~n|provocation~n|allegation~n|statement~n|claim~n|rhetoric|words)', 'ridiculous and impudent'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'common',
    explanation:
      'A scolding adjective for statements by foreign governments and officials. It frames criticism as insolence toward the DPRK rather than a claim to be answered.',
    origin: '',
    related: ['unpardonable', 'stereotyped-remarks'],
    guards: [],
    examples: {
      match: [
        'The DPRK rejected the impudent remarks of the G7 ministers.',
        'KCNA said it was a ridiculous and impudent demand.',
      ],
      noMatch: ['The impudent child stuck out his tongue.'],
    },
  },
  {
    id: 'unpardonable',
    phrase: 'unpardonable',
    patterns: ['unpardonable (crime~n|act~n|behaviour|behavior|provocation~n|situation|insult~n|offence|offense)', '(never|not) to be pardoned', 'can never be pardoned'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'appeal-to-fear'],
    tier: 'common',
    explanation:
      'A grievance formula raising an act to an offence that cannot be forgiven. It prepares the reader for a harsh response and closes off compromise.',
    origin: '',
    related: ['impudent', 'merciless-punishment'],
    guards: [],
    examples: {
      match: [
        'The DPRK called the leaflets an unpardonable provocation.',
        'KCNA said it was an insult never to be pardoned.',
      ],
      noMatch: ['Forgetting her birthday was an unpardonable act, he joked.'],
    },
  },
  {
    id: 'thrice-cursed',
    phrase: 'thrice-cursed',
    patterns: ['thrice cursed'],
    sources: ['kcna'],
    techniques: ['loaded-language'],
    tier: 'signature',
    explanation:
      'An archaic intensifier KCNA attaches to crimes, abuses and enemies. It marks the thing named as beyond moral redemption.',
    origin: '',
    related: ['unpardonable'],
    guards: [],
    examples: {
      match: [
        'The thrice-cursed crimes of the occupiers are remembered.',
        'They committed thrice cursed abuses.',
      ],
      noMatch: ['He cursed three times when the bus left.'],
    },
  },
  {
    id: 'inviolable-sovereignty',
    phrase: 'inviolable sovereignty',
    patterns: ['inviolable (sovereignty|sovereign right~n|territory|territorial waters|dignity)'],
    sources: ['kcna'],
    techniques: ['flag-waving', 'set-formula'],
    tier: 'common',
    explanation:
      'A formula in warnings about drills, flights and sanctions. Declaring sovereignty inviolable sets up any outside action near the country as a violation requiring a response.',
    origin: '',
    related: ['sovereignty-and-dignity', 'legitimate-and-just-exercise'],
    guards: [],
    examples: {
      match: [
        'The DPRK will defend its inviolable sovereignty.',
        'KCNA warned against any intrusion into the inviolable territory.',
      ],
      noMatch: ['Human dignity is inviolable, the court said.'],
    },
  },
  {
    id: 'grave-provocation',
    phrase: 'grave political provocation',
    patterns: ['(grave|serious|open|extremely dangerous|undisguised) (political|military|politically motivated|political and military) provocation~n', 'politically motivated provocation~n'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'appeal-to-fear'],
    tier: 'common',
    explanation:
      'KCNA\'s label for statements, resolutions or drills that concern the DPRK. Calling them provocations reverses the usual charge made against the DPRK\'s own tests.',
    origin: '',
    related: ['reckless-provocative-moves', 'unpardonable'],
    guards: [],
    examples: {
      match: [
        'The DPRK called the statement a grave political provocation.',
        'KCNA said the drill was an extremely dangerous military provocation.',
      ],
      noMatch: ['The artist called the exhibit a serious political provocation.'],
    },
  },
  {
    id: 'reckless-provocative-moves',
    phrase: 'reckless provocative moves',
    patterns: ['reckless (and|) provocative (move~n|act~n|action~n|behavior|behaviour)', 'provocative (and|) reckless (move~n|act~n|action~n)', 'reckless military (moves|temerity|acts)'],
    sources: ['kcna'],
    techniques: ['loaded-language'],
    tier: 'common',
    explanation:
      'A doubled adjective for opponents\' military activity. It presents every move by the other side as both dangerous and deliberate.',
    origin: '',
    related: ['grave-provocation', 'war-drills'],
    guards: [],
    examples: {
      match: [
        'The DPRK will contain the reckless and provocative acts of the allies.',
        'KCNA condemned the provocative reckless moves near the border.',
      ],
      noMatch: ['The coach criticised the reckless and provocative tackle.'],
    },
  },
  {
    id: 'true-colours',
    phrase: 'true colours',
    patterns: ['(reveal~v|betray~v|expose~v|laid bare|lay bare|lays bare|bring~v to light) (its|their|his|her) true (colors|colours)', 'true (colors|colours) as (a|an|the)'],
    sources: ['kcna'],
    techniques: ['name-calling', 'questioning-reputation'],
    tier: 'common',
    explanation:
      'A formula claiming an opponent has exposed its real, hostile nature. KCNA uses it to present a single act as proof of an essential character.',
    origin: '',
    related: ['unpardonable'],
    guards: [],
    examples: {
      match: [
        'KCNA said the US betrayed its true colours as an instigator.',
        'The DPRK said the drill revealed their true colors.',
      ],
      noMatch: ['The autumn forest revealed its true colours.'],
    },
  },
  {
    id: 'getting-frantic',
    phrase: 'getting frantic',
    patterns: ['(getting|get|gets|got|grown|growing) (more|ever more|increasingly|) frantic (in|with|about)', 'frantic (moves|military moves|arms buildup)'],
    sources: ['kcna'],
    techniques: ['loaded-language'],
    tier: 'common',
    explanation:
      'A description of opponents\' military and diplomatic activity as desperate. It suggests panic and weakness behind their actions.',
    origin: '',
    related: ['reckless-provocative-moves', 'madcap'],
    guards: [],
    examples: {
      match: [
        'KCNA said Japan is getting frantic with its arms buildup.',
        'The DPRK condemned the frantic moves of the allies.',
      ],
      noMatch: ['Parents got frantic when the child went missing.'],
    },
  },
  {
    id: 'madcap',
    phrase: 'madcap',
    patterns: ['madcap (war|military|nuclear|provocation~n|moves|acts|drill~n|racket|confrontation|sabre|saber|hostile)'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'common',
    explanation:
      'An old word for crazy recklessness that KCNA applies to opponents\' military moves. It frames them as irrational.',
    origin: '',
    related: ['getting-frantic', 'war-drills'],
    guards: [],
    examples: {
      match: [
        'Pyongyang condemned the madcap war drills in the South.',
        'KCNA said the madcap military moves raise tension.',
      ],
      noMatch: ['The film is a madcap comedy about a wedding.'],
    },
  },
  {
    id: 'dig-own-grave',
    phrase: 'digging its own grave',
    patterns: ['dig~v (its|their|his|one\'s) own grave'],
    sources: ['kcna'],
    techniques: ['appeal-to-fear'],
    tier: 'common',
    explanation:
      'A warning that an opponent\'s policy will bring its own destruction. It presents a threat as a prediction of self-inflicted ruin.',
    origin: '',
    related: ['hasten-own-ruin', 'national-ruin'],
    guards: [],
    examples: {
      match: [
        'KCNA said Japan is digging its own grave.',
        'The DPRK warned that Seoul is digging its own grave.',
      ],
      noMatch: ['With that speech the candidate dug his own grave.'],
    },
  },
  {
    id: 'hasten-own-ruin',
    phrase: 'hasten its own ruin',
    patterns: ['hasten~v (its|their|his|the) (own|) (ruin|destruction|doom|self destruction|end)', 'bring~v earlier the'],
    sources: ['kcna'],
    techniques: ['appeal-to-fear'],
    tier: 'common',
    explanation:
      'A prediction that an opponent\'s actions will only speed its downfall. KCNA uses it to frame alliances and drills as self-defeating.',
    origin: '',
    related: ['dig-own-grave', 'national-ruin'],
    guards: [],
    examples: {
      match: [
        'KCNA said the alliance will only hasten its own ruin.',
        'Pyongyang said the drills will bring earlier the end of the puppets.',
      ],
      noMatch: ['The drought hastened the end of the empire.'],
    },
  },
  {
    id: 'held-responsible-for-consequences',
    phrase: 'held wholly responsible for all the consequences',
    patterns: ['(wholly|fully|entirely) (responsible|accountable) for all (the|) consequences'],
    sources: ['kcna'],
    techniques: ['appeal-to-fear', 'set-formula'],
    tier: 'common',
    explanation:
      'A warning formula closing DPRK statements. It assigns blame in advance for any escalation, so the DPRK\'s next step can be presented as a consequence of the other side\'s action.',
    origin: '',
    related: ['counteraction', 'merciless-punishment'],
    guards: [],
    examples: {
      match: [
        'Pyongyang said Germany will be wholly responsible for all the consequences.',
        'The DPRK said Washington is entirely accountable for all consequences.',
      ],
      noMatch: ['The tenant is fully responsible for all consequences of damage.'],
    },
  },
  {
    id: 'denounce-and-reject',
    phrase: 'denounce and reject',
    patterns: ['(denounce~v|condemn~v) and (categorically|resolutely|) reject~v'],
    sources: ['kcna'],
    techniques: ['set-formula', 'conversation-killer'],
    tier: 'common',
    explanation:
      'The paired verbs opening most DPRK foreign ministry responses. The formula signals total refusal before any argument is given.',
    origin: '',
    related: ['grave-provocation', 'invariable-stand'],
    guards: [],
    examples: {
      match: [
        'The ministry in Pyongyang strongly denounces and rejects the resolution.',
        'Pyongyang condemned and categorically rejected the statement.',
      ],
      noMatch: ['The union condemned and rejected the pay offer.'],
    },
  },
  {
    id: 'invariable-stand',
    phrase: 'invariable stand',
    patterns: ['invariable (stand|position|will|support|stance|principle~n|line)', 'as ever invariably'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'A formula asserting that a position has never changed and never will. It presents policy as principle and closes off the idea of negotiation.',
    origin: '',
    related: ['denounce-and-reject'],
    guards: [],
    examples: {
      match: [
        'It is the invariable stand of the DPRK to defend its sovereignty.',
        'Pyongyang expressed invariable support for its ally.',
      ],
      noMatch: ['The invariable rule of the club is no phones at dinner.'],
    },
  },
  {
    id: 'collusion-with-outside-forces',
    phrase: 'collusion with outside forces',
    patterns: ['collusion with (outside|outsider) forces', '(dependence|reliance) on (outside|foreign) forces', 'hegemonic forces outside the region'],
    sources: ['kcna'],
    techniques: ['guilt-by-association', 'loaded-language'],
    tier: 'common',
    explanation:
      'A charge that a neighbour acts together with powers from outside the region. KCNA uses it for Japan and South Korea to frame their alliances as betrayal of the region.',
    origin: '',
    related: ['flunkeyism', 'triangular-military-alliance'],
    guards: [],
    examples: {
      match: [
        'KCNA said Japan acts in collusion with outside forces.',
        'Pyongyang denounced Seoul for dependence on foreign forces.',
      ],
      noMatch: ['The rebels were accused of collusion with outside forces in 1920.'],
    },
  },
  {
    id: 'steeped-in-hostility',
    phrase: 'to the marrow of his bones',
    patterns: ['to the marrow of (his|her|their|its) bones', 'steeped in (hostility|hatred|confrontation) (toward|towards|against|to)'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'common',
    explanation:
      'Phrases describing an opponent\'s hostility as total and ingrained. They attribute enmity to character rather than to any policy that could change.',
    origin: '',
    related: ['hostile-forces'],
    guards: ['(chilled|frozen|cold) to the marrow'],
    examples: {
      match: [
        'KCNA said the governor is steeped in hostility toward the DPRK.',
        'The DPRK called him a confrontation maniac to the marrow of his bones.',
      ],
      noMatch: ['The climbers were chilled to the marrow of their bones.'],
    },
  },

  // ── Independence, subordination and reunification ─────────────────────
  {
    id: 'master-servant-relations',
    phrase: 'master-servant relations',
    patterns: [
      'master servant relations',
      'unequal master servant relation~n',
      '(shackled|fettered|bound|tied) by (unequal|) master servant relation~n',
      '(us rok|us south korea|us japan|rok us) master servant relation~n',
      'master servant relations (with|between) (the us|washington|the united states|seoul|tokyo|its master~n)',
    ],
    sources: ['kcna'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'signature',
    explanation:
      'KCNA\'s image for alliances it condemns, above all the US-South Korea alliance: one state is the master and the other its servant. It denies the junior partner any will of its own and contrasts it with the DPRK\'s claimed independence.',
    origin: '',
    original: '주종관계',
    related: ['dancing-to-the-tune-of-others', 'under-anothers-baton', 'flunkeyism', 'national-ruin'],
    guards: [],
    examples: {
      match: [
        'The alliance is nothing but unequal master-servant relations.',
        'Seoul is fettered by master-servant relations with the US.',
        'Such master-servant relations cannot last, the commentary said.',
      ],
      noMatch: ['The court reviewed the master-servant relationship in employment law.', 'Older statutes spoke of a master-servant relation in tort cases.'],
    },
  },
  {
    id: 'dancing-to-the-tune-of-others',
    phrase: 'dancing to the tune of others',
    patterns: [
      'dance~v to (the|) tune of (other~n|outsider~n|its master~n|their master~n|the us|washington|the united states|outside forces|foreign forces)',
      'dance~v to (other~n|another\'s|its master\'s|their master\'s) tune',
    ],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'A dance metaphor for a state that follows another\'s lead, used by KCNA for South Korea, Japan and other US allies. It presents alliance policy as servility and contrasts it with acting by one\'s own judgment.',
    origin: '',
    original: '남의 장단에 춤추다',
    related: ['under-anothers-baton', 'blindly-following-others', 'master-servant-relations'],
    guards: [],
    examples: {
      match: [
        'Seoul has danced to the tune of others for decades.',
        'A country dancing to its master\'s tune cannot be sovereign.',
      ],
      noMatch: ['The couple danced to the tune of an old waltz.'],
    },
  },
  {
    id: 'under-anothers-baton',
    phrase: 'acting under another\'s baton',
    patterns: [
      'under (other~n|another\'s|its master\'s|their master\'s|washington\'s|outsider~n) baton',
      'under the baton of (the us|washington|the united states|its master~n|their master~n|other~n|outsider~n|outside forces|foreign forces)',
    ],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'A conductor metaphor for a state that acts on another\'s orders. KCNA uses it to deny allied governments an independent will and to present their policies as directed from Washington.',
    origin: '',
    related: ['dancing-to-the-tune-of-others', 'master-servant-relations'],
    guards: [],
    examples: {
      match: [
        'A country that acts under other\'s baton is not truly sovereign.',
        'Tokyo moves under the baton of Washington, the article said.',
      ],
      noMatch: ['The orchestra played under the baton of a young conductor.'],
    },
  },
  {
    id: 'blindly-following-others',
    phrase: 'blindly following others',
    patterns: ['blindly follow~v (other~n|the us|washington|the united states|its master~n|outside forces|the west|it|them)'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'common',
    explanation:
      'A charge that a country copies a stronger state\'s policy without its own judgment. KCNA pairs it with "dancing to the tune of others" to present allies of the United States as lacking independence.',
    origin: '',
    related: ['dancing-to-the-tune-of-others', 'independent-judgment-and-determination'],
    guards: [],
    context: INDEPENDENCE_CONTEXT,
    examples: {
      match: [
        'Countries blindly following the US cannot claim sovereignty, KCNA said.',
        'Independence means not blindly following others.',
      ],
      noMatch: ['Teenagers often blindly follow others on social media.'],
    },
  },
  {
    id: 'national-ruin',
    phrase: 'national ruin',
    patterns: ['national ruin', '(road|path) to national (ruin|destruction)', 'tripartite ruin'],
    sources: ['kcna'],
    techniques: ['appeal-to-fear', 'consequential-oversimplification'],
    tier: 'common',
    explanation:
      'The fate KCNA predicts for any nation that gives up independence or relies on outside powers. It ties alliance and dependence directly to collapse, leaving independence as the only safe course.',
    origin: '',
    related: ['master-servant-relations', 'flunkeyism', 'dig-own-grave'],
    guards: [],
    context: INDEPENDENCE_CONTEXT,
    examples: {
      match: [
        'A country without independence faces national ruin, the article said.',
        'Flunkeyism is the road to national ruin.',
      ],
      noMatch: ['Hyperinflation brought national ruin to the Weimar Republic.'],
    },
  },
  {
    id: 'domination-and-subordination',
    phrase: 'domination and subordination',
    patterns: ['domination and subordination', 'dominate~v and subordinate~v'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'A pairing KCNA uses for unequal international relations, which it says independence will abolish. It frames the world as divided between dominators and the dominated and places the DPRK on the side of equality.',
    origin: '',
    related: ['master-servant-relations', 'high-and-low-country'],
    guards: [],
    context: INDEPENDENCE_CONTEXT,
    examples: {
      match: [
        'Where independence is ensured, domination and subordination end.',
        'KCNA said the DPRK rejects domination and subordination.',
      ],
      noMatch: ['The sociologist studied domination and subordination in workplaces.'],
    },
  },
  {
    id: 'master-of-destiny',
    phrase: 'the master of one\'s destiny is oneself',
    patterns: [
      'master of (your|one\'s|its|their|his|our) (own|) destiny is (yourself|oneself|itself|themselves|himself|ourselves)',
      'master~n of (the|) revolution and construction',
      'master of everything and decides everything',
    ],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'signature',
    explanation:
      'Juche doctrine holds that people, and nations, are masters of their own destiny. In foreign-policy texts the maxim serves to argue that each state must act only on its own judgment, with the DPRK as the model.',
    origin: '',
    related: ['juche', 'independent-judgment-and-determination'],
    guards: [],
    examples: {
      match: [
        'As the master of your destiny is yourself, rely on your own strength.',
        'The people are the masters of the revolution and construction.',
      ],
      noMatch: ['She became the master of her own destiny after the divorce.'],
    },
  },
  {
    id: 'high-and-low-country',
    phrase: 'high and low country',
    patterns: ['high and low (country|countries|nation~n|state~n)', 'ruling and governed (nation~n|country|countries|state~n)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'signature',
    explanation:
      'A formula for the equality of all states, set against great-power domination. KCNA uses it to present the DPRK as a champion of equality among nations.',
    origin: '',
    related: ['domination-and-subordination', 'cause-of-global-independence'],
    guards: [],
    examples: {
      match: [
        'There can be no high and low countries in the world.',
        'No ruling and governed nation should exist.',
      ],
      noMatch: ['The country has high and low seasons for tourism.'],
    },
  },
  {
    id: 'independent-judgment-and-determination',
    phrase: 'independent judgment and determination',
    patterns: ['independent (judgment|judgement) and determination', 'own (judgment|judgement) and determination'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'A Juche formula for conducting policy without outside direction. In KCNA foreign-policy texts it marks the DPRK as the model of independence and its critics\' allies as the opposite.',
    origin: '',
    related: ['master-of-destiny', 'juche', 'blindly-following-others'],
    guards: [],
    examples: {
      match: [
        'Each nation should act by its independent judgment and determination.',
        'Policy is decided by our own judgment and determination.',
      ],
      noMatch: ['The referee showed independent judgment in a tense match.'],
    },
  },
  {
    id: 'independent-stand',
    phrase: 'independent stand',
    patterns: ['(maintain~v|uphold~v|adhere~v to|keep~v) (an|its|the|their) independent stand', 'independent stand (in|on) (international|external)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'flag-waving'],
    tier: 'common',
    explanation:
      'A self-description of DPRK foreign policy as unaligned with any power. It presents the country\'s distance from blocs and partners as a matter of principle.',
    origin: '',
    related: ['independent-judgment-and-determination', 'cause-of-global-independence'],
    guards: [],
    examples: {
      match: [
        'KCNA said the DPRK keeps an independent stand in world affairs.',
        'Pyongyang will keep its independent stand in international relations.',
      ],
      noMatch: ['The senator kept an independent stand on the farm bill.'],
    },
  },
  {
    id: 'cause-of-global-independence',
    phrase: 'the cause of global independence',
    patterns: ['cause of (global|world|worldwide) independence'],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'A goal in which the DPRK presents itself as one of the leaders of a worldwide movement of independent states. It turns foreign policy into a universal cause and casts opponents as its enemies.',
    origin: '',
    related: ['anti-imperialist-independence', 'high-and-low-country'],
    guards: [],
    examples: {
      match: [
        'The DPRK contributes to the cause of global independence.',
        'Progressive people strive for the cause of world independence.',
      ],
      noMatch: ['The global cause of the drought is independent of local farming.'],
    },
  },
  {
    id: 'anti-imperialist-independence',
    phrase: 'independence against imperialism',
    patterns: [
      'independence against imperialism',
      'anti imperialist (and|) independent (countries|states|forces|nations|stand)',
      'anti imperialist independence',
      'independent and anti imperialist',
      'banner of anti imperialist independence',
    ],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'A slogan grouping the DPRK with friendly states as a bloc of "anti-imperialist independent" countries. It frames alignment with the DPRK as a shared struggle against the United States and its allies.',
    origin: '',
    related: ['cause-of-global-independence', 'aspiring-after-independence', 'us-imperialists'],
    guards: [],
    examples: {
      match: [
        'The two parties share a history of independence against imperialism.',
        'Anti-imperialist independent countries must unite.',
      ],
      noMatch: ['The colony won independence from the empire in 1960.'],
    },
  },
  {
    id: 'aspiring-after-independence',
    phrase: 'countries aspiring after independence',
    patterns: ['(aspire|aspires|aspired|aspiring) after (independence|justice|peace|sovereignty|progress)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-popularity'],
    tier: 'signature',
    explanation:
      'KCNA\'s phrase for friendly states and movements, in an archaic English form. It suggests a large camp of nations sharing the DPRK\'s goals.',
    origin: '',
    related: ['anti-imperialist-independence', 'cause-of-global-independence'],
    guards: [],
    examples: {
      match: [
        'Countries aspiring after independence support the DPRK.',
        'Peoples aspire after justice and peace.',
      ],
      noMatch: ['She aspired to independence after university.'],
    },
  },
  {
    id: 'true-sovereign-state',
    phrase: 'a true sovereign and independent state',
    patterns: ['(true|truly|genuine|genuinely) (sovereign and independent|independent and sovereign) (state~n|country|countries|nation~n)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'questioning-reputation'],
    tier: 'signature',
    explanation:
      'KCNA separates true sovereignty from formal statehood: a state that follows another power is said not to be truly sovereign. The phrase lets KCNA deny the standing of allied governments while claiming it for the DPRK.',
    origin: '',
    related: ['master-servant-relations', 'independent-sovereign-states'],
    guards: [],
    examples: {
      match: [
        'A country obeying outsiders is not a true sovereign and independent state.',
        'Only a genuinely independent and sovereign country can choose its road.',
      ],
      noMatch: ['The island became a sovereign state and an independent member of the UN.'],
    },
  },
  {
    id: 'independent-sovereign-states',
    phrase: 'independent sovereign states',
    patterns: ['independent (and|) sovereign (states|countries|nations)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-popularity'],
    tier: 'common',
    explanation:
      'KCNA\'s term for the DPRK and the states it counts as friends, set against the United States and its allies. Grouping them as "independent sovereign states" presents the DPRK as part of a wider camp under common threat.',
    origin: '',
    related: ['true-sovereign-state', 'anti-imperialist-independence'],
    guards: [],
    examples: {
      match: [
        'KCNA said Washington seeks to stifle independent sovereign states like the DPRK.',
        'Pyongyang called for solidarity among independent and sovereign countries.',
      ],
      noMatch: ['After 1991 the republics became independent sovereign states.'],
    },
  },
  {
    id: 'fair-international-relations',
    phrase: 'fair international relations',
    patterns: ['fair international (relations|order)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'A goal DPRK texts tie to independence and respect for sovereignty. It presents the DPRK\'s foreign policy as a contribution to justice and opponents\' alliances as obstacles to it.',
    origin: '',
    related: ['cause-of-global-independence', 'master-servant-relations'],
    guards: [],
    context: INDEPENDENCE_CONTEXT,
    examples: {
      match: [
        'Independence is the basis of fair international relations.',
        'The DPRK works for a fair international order, KCNA said.',
      ],
      noMatch: ['The trade body called for fair international rules on tariffs.'],
    },
  },
  {
    id: 'mutual-respect-for-sovereignty',
    phrase: 'mutual respect for sovereignty',
    patterns: ['mutual respect for sovereignty', 'equality and mutual benefits'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Diplomatic boilerplate listing the principles on which the DPRK says it builds relations: respect for sovereignty, equality, mutual benefit and non-interference. The list echoes the Five Principles of Peaceful Coexistence that Beijing also cites. It presents the DPRK as a law-abiding partner and implies that its critics violate these principles.',
    origin: '',
    related: ['independent-stand', 'fair-international-relations'],
    guards: [],
    examples: {
      match: [
        'KCNA said the DPRK builds ties through mutual respect for sovereignty.',
        'KCNA said relations rest on equality and mutual benefits.',
      ],
      noMatch: ['The partners stressed mutual respect for each other\'s work.'],
    },
  },
  {
    id: 'by-our-nation-itself',
    phrase: 'by our nation itself',
    patterns: ['by (our|the korean) nation itself', 'between our nation itself', 'uriminzokkiri'],
    sources: ['kcna'],
    techniques: ['slogans', 'flag-waving'],
    tier: 'signature',
    explanation:
      'The slogan that Koreans should settle reunification among themselves without outside powers. It framed the US presence as the main obstacle and was central to inter-Korean rhetoric before the DPRK abandoned reunification.',
    origin: '',
    related: ['sacred-cause-of-reunification', 'collusion-with-outside-forces'],
    guards: [],
    examples: {
      match: [
        'Reunification must be achieved by our nation itself.',
        'The issue should be solved by the Korean nation itself.',
      ],
      noMatch: ['The bridge was built by the nation itself with no loans.'],
    },
  },
  {
    id: 'sacred-cause-of-reunification',
    phrase: 'sacred cause of national reunification',
    patterns: ['sacred cause of (national|the national|the country\'s|) reunification', 'charter~n for national reunification'],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'For decades the central goal in DPRK rhetoric on the South, presented as a sacred duty of the whole nation. KCNA used it to cast South Korean governments as traitors to that cause; since 2024 the DPRK has dropped reunification from its line.',
    origin: '',
    related: ['by-our-nation-itself', 'two-hostile-states', 'sacred-cause'],
    guards: [],
    examples: {
      match: [
        'All Koreans must devote themselves to the sacred cause of national reunification.',
        'The three charters for national reunification were reaffirmed.',
      ],
      noMatch: ['The reunification of the band was a sacred moment for fans.'],
    },
  },
  {
    id: 'sacred-cause',
    phrase: 'sacred cause',
    patterns: ['sacred (cause|struggle) (of|for) (defending|building|accomplishing|the|national)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'flag-waving'],
    tier: 'common',
    explanation:
      'A religious register for political and military goals, used by KCNA for its own campaigns and for the causes of allies. It places the cause beyond debate and its opponents outside morality.',
    origin: '',
    related: ['sacred-cause-of-reunification'],
    guards: [],
    examples: {
      match: [
        'KCNA hailed the sacred struggle for national independence.',
        'The DPRK supports the sacred cause of defending sovereignty.',
      ],
      noMatch: ['The monks saw the restoration as a sacred cause for the abbey.'],
    },
  },
];
