import type { LexiconEntry } from '../../core/types';

/**
 * Recall, round 2: formulas found by reading the development corpus and by
 * `rhetoric-lens mine`, written in our own words. Same rules as `entries.ts`.
 */
export const kcnaRecall: LexiconEntry[] = [
  // ── Home news: the Party, its meetings and its plans ───────────────────
  {
    id: 'socialist-construction',
    phrase: 'socialist construction',
    patterns: ['socialist construction'],
    sources: ['kcna'],
    techniques: ['set-formula', 'slogans'],
    tier: 'common',
    explanation:
      'KCNA\'s umbrella term for all economic and civic work in the DPRK, from mines and farms to housing. Naming a factory shift or a harvest as part of "socialist construction" turns ordinary labour into a contribution to the Party\'s historic project. It appears in nearly every home-news report on production.',
    origin: '',
    original: '사회주의건설',
    related: ['grand-socialist-construction', 'revolution-and-construction', 'powerful-socialist-country'],
    guards: [],
    examples: {
      match: [
        'Youths in the DPRK volunteered for posts in socialist construction this spring.',
        'KCNA said the miners had raised output for socialist construction.',
      ],
      noMatch: ['The historian studied socialist construction in the early Soviet years.'],
    },
  },
  {
    id: 'grand-socialist-construction',
    phrase: 'the grand socialist construction',
    patterns: [
      'grand socialist construction',
      '(worksite~n|post~n|site~n|theatre~n|theater~n) (of|for) socialist construction',
      'all (fields|sectors|domains|fronts|spheres) of socialist construction',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'Fuller forms of KCNA\'s term for the national economic effort: the "grand" socialist construction, its "major worksites" and "all fields". The scale words present each project as a front in one vast campaign led by the Party. Reports of youth volunteers and production drives use them most.',
    origin: '',
    related: ['socialist-construction', 'revolutionary-upsurge'],
    guards: [],
    examples: {
      match: [
        'Graduates left for the major worksites of socialist construction.',
        'Women played their part in all fields of socialist construction.',
      ],
      noMatch: ['The museum shows posters from the era of socialist realism.'],
    },
  },
  {
    id: 'party-central-committee',
    phrase: 'the Party Central Committee',
    patterns: ['(great|) party central committee~n'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'common',
    explanation:
      'KCNA\'s short name for the leadership of the Workers\' Party of Korea, used as the subject of plans, intentions and decisions ("the goal set by the Party Central Committee"). Work and sacrifice are framed as answers to its call, and "the great Party Central Committee" stands in for the leader himself. Western reports name the body differently ("the party\'s Central Committee").',
    origin: '',
    original: '당중앙위원회',
    related: ['headquarters-of-the-revolution', 'rally-close-around', 'true-to-the-high-intention'],
    guards: ['(communist|cpc|cpv|chinese|vietnamese|lao|cuban) party central committee~n'],
    examples: {
      match: [
        'Workers in Pyongyang pledged to meet the goal set by the Party Central Committee.',
        'The DPRK youth advanced under the guidance of the great Party Central Committee.',
      ],
      noMatch: ['The communist party\'s central committee met in Hanoi this week.', 'Pyongyang received a delegation of the Communist Party Central Committee of Vietnam.'],
    },
  },
  {
    id: 'historic-plenary-meeting',
    phrase: 'the historic plenary meeting',
    patterns: [
      'historic (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|enlarged|december|june|year end|) plenary meeting~n',
      '(decision|decisions|programme|tasks) (of|set forth at|adopted at) the (historic|) plenary (meeting|meetings)',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'Party meetings in KCNA are "historic" by definition, and their "decisions" are cited as the reason for every later campaign. The formula ties a harvest, a volunteer drive or a new factory back to a line laid down at the top. Outside reporting names such a meeting without the epithet.',
    origin: '',
    related: ['party-central-committee', 'true-to-the-high-intention', 'in-hearty-response'],
    guards: [],
    examples: {
      match: [
        'Farmers carried out the decisions of the plenary meeting on time.',
        'The historic Ninth Plenary Meeting set the tasks for the new year.',
      ],
      noMatch: ['The plenary meeting of the council ended without a vote.'],
    },
  },
  {
    id: 'five-year-plan',
    phrase: 'the new five-year plan',
    patterns: [
      '(first|second|third|fourth|final|last) year of the new five year plan',
      'five year plan for (the|) national economic development',
    ],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'The economic plan adopted at the Eighth Party Congress, which KCNA counts down year by year ("the fourth year of the new five-year plan"). Each year is framed as decisive for the plan\'s success, so that output figures become tests of loyalty to the Party\'s programme.',
    origin: 'The Eighth Congress of the Workers\' Party of Korea, January 2021.',
    related: ['historic-plenary-meeting', 'socialist-construction'],
    guards: [],
    examples: {
      match: [
        'The DPRK steel works pledged to mark the final year of the new five-year plan with record output.',
        'KCNA said the plant would fulfil the five-year plan for national economic development.',
      ],
      noMatch: ['India launched its first five-year plan in 1951.', 'Pyongyang unveiled a new five-year plan at the congress, analysts said.'],
    },
  },
  {
    id: 'regional-development-policy',
    phrase: 'the Regional Development 20×10 Policy',
    patterns: [
      'regional development 20',
      '20x10 policy',
      '(ten|10) year revolution for (the|) regional development',
      'regional development policy (of the wpk|of the party|in the new era)',
      'regional industry (factory|factories|development policy)',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'slogans'],
    tier: 'signature',
    explanation:
      'The Party\'s programme for building modern local-industry factories in twenty cities and counties each year for ten years. KCNA cites it by its full name as the reason for factory openings and volunteer drives in the provinces, and calls it a "revolution". The label presents local consumer goods as the leader\'s gift to the regions.',
    origin: '',
    related: ['rural-revolution-new-era', 'socialist-construction'],
    guards: [],
    examples: {
      match: [
        'Builders are implementing the Regional Development 20×10 Policy in the county.',
        'New regional-industry factories opened in three counties this month.',
      ],
      noMatch: ['The regional development bank approved a loan for the port.'],
    },
  },
  {
    id: 'rural-revolution-new-era',
    phrase: 'the rural revolution in the new era',
    patterns: [
      'rural revolution in the new era',
      'programme for (the|) rural revolution',
      'socialist rural (civilization|civilisation|revolution)',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'slogans'],
    tier: 'signature',
    explanation:
      'The Party\'s agricultural and village-building programme under Kim Jong Un, named as a "revolution" in KCNA\'s reports on harvests and new farm houses. The label turns rural housing and grain output into milestones of a Party-led transformation.',
    origin: 'The Fourth Plenary Meeting of the Eighth Central Committee, December 2021.',
    related: ['regional-development-policy', 'socialist-construction'],
    guards: [],
    examples: {
      match: [
        'Our co-op set its spring targets under the rural revolution in the new era.',
        'The new village is a model of socialist rural civilization.',
      ],
      noMatch: ['Historians describe a rural revolution in eighteenth-century England.'],
    },
  },
  {
    id: 'new-era-of-comprehensive-development',
    phrase: 'the new era of comprehensive development',
    patterns: [
      'new era of (comprehensive development|socialist construction|comprehensive national development)',
      'comprehensive development of (socialism|our style socialism|korean style socialism)',
      'comprehensive national rejuvenation',
      'comprehensive rejuvenation of (the|our) (state|country|nation)',
    ],
    sources: ['kcna'],
    techniques: ['slogans', 'set-formula'],
    tier: 'signature',
    explanation:
      'Slogans of the Kim Jong Un period announcing that the country has entered a new stage of all-round growth. KCNA attaches them to factory openings, housing and youth campaigns so that each event becomes evidence of national revival under the Party.',
    origin: '',
    related: ['socialist-construction', 'powerful-socialist-country', 'rural-revolution-new-era'],
    guards: [],
    examples: {
      match: [
        'Youths pledged to add glory to the new era of comprehensive development.',
        'The plan will speed up the comprehensive development of socialism.',
      ],
      noMatch: ['The company promised a new era of growth for shareholders.'],
    },
  },
  {
    id: 'new-era-of-national-prosperity',
    phrase: 'the new era of national prosperity',
    patterns: ['new era of national prosperity', 'comprehensive (state|) rejuvenation', 'comprehensive state development'],
    sources: ['kcna'],
    techniques: ['slogans', 'exaggeration-minimisation'],
    tier: 'common',
    explanation:
      'The looser forms of the Kim Jong Un period slogans of national revival: a "new era of national prosperity", "comprehensive rejuvenation", "comprehensive state development". The words also occur in ordinary political speech, so they count only near other signs of DPRK text.',
    origin: '',
    related: ['new-era-of-comprehensive-development', 'usher-in-a-new-heyday'],
    guards: [],
    examples: {
      match: [
        'Young shock brigaders in the DPRK vowed to serve the new era of national prosperity.',
        'KCNA said the plan will hasten comprehensive rejuvenation.',
      ],
      noMatch: ['The mayor promised a new era of national prosperity for the city.'],
    },
  },
  {
    id: 'party-and-government',
    phrase: 'the Party and the government',
    patterns: [
      'the party and the (government|state)',
      'the party and government',
      'the party , the government and the (military|army)',
    ],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'KCNA names the Party before the state in every listing of authority: measures are taken "by the Party and the government", officials are "of the Party, the government and the military". The order states the Party\'s leading role in grammar.',
    origin: '',
    related: ['party-and-power-organs', 'party-central-committee'],
    guards: [],
    examples: {
      match: [
        'The DPRK citizens trusted the measures taken by the Party and the government.',
        'Senior officials of the Party and government attended in Pyongyang.',
        'Officials of the Party, the government and the military met in Pyongyang.',
      ],
      noMatch: ['The birthday party and the government shutdown dominated the week.'],
    },
  },
  // ── Home news: reporting formulas ───────────────────────────────────────
  {
    id: 'present-there-were',
    phrase: 'Present there were',
    patterns: ['present there (were|was)'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'The inverted sentence with which KCNA lists dignitaries at a ceremony, meeting or performance, ranked by Party rank. The fixed order of names signals standing in the hierarchy, and readers of KCNA watch it for promotions and absences. Ordinary English news puts the attendees in the subject instead.',
    origin: '',
    related: ['there-took-place', 'officials-concerned'],
    guards: [],
    examples: {
      match: [
        'Present there were senior officials of the ministry and local farmers.',
        'Present there was the chairman of the provincial committee.',
      ],
      noMatch: ['There were many people present at the town meeting.'],
    },
  },
  {
    id: 'there-took-place',
    phrase: 'There took place',
    patterns: ['there took place'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'An inverted opening typical of KCNA event reports ("There took place a ceremony..."). It carries over Korean word order and gives the agency\'s reports of meetings and celebrations their ceremonial, impersonal tone.',
    origin: '',
    related: ['present-there-were', 'with-splendour'],
    guards: [],
    examples: {
      match: [
        'There took place a meeting in Pyongyang to mark the DPRK founding day.',
        'KCNA said there took place film shows and seminars abroad.',
      ],
      noMatch: ['The talks took place in Geneva last week.'],
    },
  },
  {
    id: 'with-splendour',
    phrase: 'with splendour',
    patterns: ['with (great|) (splendor|splendour)', 'significantly celebrated'],
    sources: ['kcna'],
    techniques: ['set-formula', 'exaggeration-minimisation'],
    tier: 'common',
    explanation:
      'KCNA\'s stock adverb for state celebrations, parades and openings, which are held "with splendour". It asserts grandeur rather than describing the event, and marks the occasion as a national festivity.',
    origin: '',
    related: ['there-took-place', 'cheers-of-hurrah'],
    guards: [],
    examples: {
      match: [
        'The DPRK celebrated the new year with splendour in Pyongyang.',
        'A ceremony for the new street was held with great splendor, KCNA said.',
      ],
      noMatch: ['The palace rooms were decorated with splendour in the eighteenth century.'],
    },
  },
  {
    id: 'press-review-items',
    phrase: 'major news items and articles in leading newspapers',
    patterns: ['news items and articles (in|of) (the|) leading newspapers', 'leading newspapers of the dprk'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'The fixed heading of KCNA\'s daily press review, which summarises the front pages of Rodong Sinmun and other papers. It presents the DPRK press as one voice, with the leader\'s activities always listed first.',
    origin: '',
    related: ['present-there-were'],
    guards: [],
    examples: {
      match: [
        'Here is a digest of news items and articles in leading newspapers, KCNA wrote.',
        'The leading newspapers of the DPRK carried the speech in full.',
      ],
      noMatch: ['Leading newspapers in Europe carried the story on their front pages.'],
    },
  },
  {
    id: 'officials-and-working-people',
    phrase: 'officials and working people',
    patterns: [
      '(officials|cadres) and working people',
      'working people across the country',
      'working people\'s organizations',
      'working people\'s organisations',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-popularity'],
    tier: 'common',
    explanation:
      'KCNA\'s collective subject for home-news reports: "officials and working people" of a province or sector turn out, pledge and fulfil plans together. The pairing presents cadres and workers as one body acting on the Party\'s call. "Working people\'s organizations" are the Party-led mass bodies for youth, women, workers and farmers.',
    origin: '',
    related: ['officials-concerned', 'turn-out-as-one', 'patriotic-devotion'],
    guards: [],
    examples: {
      match: [
        'Officials and working people in the DPRK province turned out to repair the dykes.',
        'Working people\'s organizations in Pyongyang held rallies on Monday.',
      ],
      noMatch: ['The tax cut was sold as help for working people and small firms.'],
    },
  },
  {
    id: 'patriotic-devotion',
    phrase: 'patriotic devotion',
    patterns: ['patriotic (devotion|zeal|enthusiasm|sweat|sincerity|deed~n|labour|labor)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'flag-waving'],
    tier: 'common',
    explanation:
      'KCNA describes extra work, donations and volunteering as "patriotic devotion", "patriotic zeal" or "patriotic deeds". The label turns unpaid or mobilised labour into a freely given moral act for the country and the Party.',
    origin: '',
    related: ['officials-and-working-people', 'devote-their-all', 'loyalty-and-patriotism'],
    guards: [],
    examples: {
      match: [
        'Women in the DPRK displayed patriotic zeal in planting trees.',
        'KCNA praised the patriotic deeds of the youth league members.',
      ],
      noMatch: ['The parade stirred patriotic feelings among veterans.'],
    },
  },
  {
    id: 'in-hearty-response',
    phrase: 'in hearty response to',
    patterns: ['in hearty response to', 'hearty response to the (call|appeal|decision~n)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-popularity'],
    tier: 'signature',
    explanation:
      'A KCNA formula for why people act: they move "in hearty response to" a Party decision or call. It presents mobilisation as a spontaneous and warm reply to the leadership, never as an order.',
    origin: '',
    related: ['true-to-the-high-intention', 'militant-call', 'historic-plenary-meeting'],
    guards: [],
    examples: {
      match: [
        'In hearty response to the call of the Party, youths left for the mines.',
        'Miners in the DPRK met the target in hearty response to the decision of the plenum.',
      ],
      noMatch: ['The audience gave the band a hearty welcome.'],
    },
  },
  {
    id: 'shock-brigade',
    phrase: 'shock brigade',
    patterns: ['(youth|trade union|hero youth|youth league|) shock brigade~n'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Work units formed for urgent or heavy projects, borrowed from the vocabulary of early Soviet labour campaigns. KCNA reports on youth and trade-union shock brigades present construction work as a military-style offensive carried out by volunteers.',
    origin: '',
    related: ['labour-innovators', 'revolutionary-upsurge'],
    guards: [],
    examples: {
      match: [
        'A youth shock brigade in the DPRK finished the dam ahead of time.',
        'KCNA said the trade union shock brigades overfulfilled their plans.',
      ],
      noMatch: ['The novel describes a shock to the brigade commander.'],
    },
  },
  {
    id: 'labour-innovators',
    phrase: 'labour innovators',
    patterns: ['(labor|labour) innovator~n', '(labor|labour) innovation~n', '(make|makes|made|making) (a|) collective innovation~n', 'mass (technological|technical) innovation~n', '(technical|technological) innovation movement~n', '(labor|labour) feat~n'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'KCNA\'s terms for workers and teams who exceed their quotas and for the records they set. The vocabulary of "innovation" and "feats" frames higher output as heroism in the Party\'s campaigns, and the leader honours such workers with gifts and receptions.',
    origin: '',
    related: ['shock-brigade', 'chollima', 'over-fulfil'],
    guards: [],
    examples: {
      match: [
        'Labour innovators were invited to the celebrations in the capital.',
        'The miners made a collective innovation by doubling their output.',
      ],
      noMatch: ['The labour ministry held a forum on innovation in training.'],
    },
  },
  {
    id: 'material-and-technical-foundation',
    phrase: 'material and technical foundations',
    patterns: ['material and technical (foundation~n|base~n|basis)'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'A term from socialist economic planning for the equipment, buildings and supplies of an enterprise. KCNA reports that units "strengthen the material and technical foundations", a phrase that reports investment as a campaign success without figures.',
    origin: '',
    related: ['socialist-construction', 'sectors-of-national-economy'],
    guards: [],
    examples: {
      match: [
        'The DPRK coal mines strengthened their material and technical foundations.',
        'KCNA said the farm had laid the material and technical basis for growth.',
      ],
      noMatch: ['The museum lacks both material and technical support.'],
    },
  },
  {
    id: 'turn-out-as-one',
    phrase: 'turn out as one',
    patterns: ['turn~v out as one'],
    sources: ['kcna'],
    techniques: ['appeal-to-popularity', 'set-formula'],
    tier: 'common',
    explanation:
      'KCNA\'s description of mass mobilisation: a county, a factory or "all the people" turn out as one for a harvest, a flood recovery or a construction drive. It presents unanimity as a fact and leaves no room for anyone who stayed away.',
    origin: '',
    related: ['officials-and-working-people', 'single-hearted-unity'],
    guards: [],
    examples: {
      match: [
        'All the people of the DPRK county turned out as one to bring in the harvest.',
        'KCNA said the workers are turning out as one to rebuild the dam.',
      ],
      noMatch: ['The match turned out to be one of the best of the season.'],
    },
  },
  {
    id: 'validity-and-vitality',
    phrase: 'validity and vitality',
    patterns: ['validity and vitality', 'vitality and validity', 'invincibility and vitality', 'validity and invincibility'],
    sources: ['kcna'],
    techniques: ['set-formula', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'A paired formula KCNA uses to declare that a Party line, policy or idea has been proved right: each success "demonstrates the validity and vitality" of the policy. Results are read as proof of doctrine, never as the outcome of circumstance.',
    origin: '',
    related: ['precious-fruition', 'juche'],
    guards: [],
    examples: {
      match: [
        'The harvest shows the validity and vitality of the Party\'s agricultural policy.',
        'Speakers noted the invincibility and vitality of the idea.',
      ],
      noMatch: ['The study tested the validity of the survey and the vitality of the plants.'],
    },
  },
  {
    id: 'precious-fruition',
    phrase: 'precious fruition',
    patterns: [
      '(precious|proud|brilliant|rich|splendid) fruition',
      'fruition of the (energetic|wise|tireless|outstanding|seasoned|meticulous) (leadership|guidance)',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'KCNA calls a new street, farm village or record harvest the "precious fruition" of the leader\'s guidance or the people\'s devotion. The formula credits results to leadership and turns each completed project into a tribute.',
    origin: '',
    related: ['validity-and-vitality', 'wise-leadership', 'energetic-guidance'],
    guards: [],
    examples: {
      match: [
        'The new village is a precious fruition of the Party\'s care for farmers.',
        'This is the fruition of the energetic leadership of the General Secretary.',
      ],
      noMatch: ['After years of work the plan finally came to fruition.'],
    },
  },
  {
    id: 'heroic-kpa',
    phrase: 'the heroic Korean People\'s Army',
    patterns: [
      'heroic (korean people\'s army|kpa|people\'s army)',
      'heroic (soldiers|service personnel|officers and men|soldier builders) of the (kpa|korean people\'s army|people\'s army)',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'flag-waving'],
    tier: 'signature',
    explanation:
      'The fixed epithet for the DPRK\'s armed forces in KCNA. The army is always "heroic", in war anniversaries and in reports of soldiers building houses or fighting floods, which makes military service the model of loyalty for the whole society.',
    origin: '',
    related: ['ever-victorious', 'match-for-a-hundred'],
    guards: [],
    examples: {
      match: [
        'The heroic Korean People\'s Army stands guard over the country.',
        'Heroic soldiers of the KPA finished the new hospital.',
      ],
      noMatch: ['The heroic rescue was carried out by a fishing crew.'],
    },
  },
  {
    id: 'servants-of-the-people',
    phrase: 'faithful servants of the people',
    patterns: ['(faithful|devoted|genuine|true|loyal|honest) servant~n (of|for) the people'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'KCNA\'s ideal for Party officials, who must become "faithful servants of the people". The phrase supports the people-first slogans of the Kim Jong Un period and is used both to praise model officials and to rebuke others.',
    origin: '',
    related: ['people-first-principle', 'officials-and-working-people'],
    guards: [],
    examples: {
      match: [
        'Officials in the DPRK must become faithful servants of the people, KCNA said.',
        'The Party called on cadres in Pyongyang to act as devoted servants for the people.',
      ],
      noMatch: ['Civil servants received a pay rise this year.'],
    },
  },
  {
    id: 'fatherly-love',
    phrase: 'fatherly love',
    patterns: ['(fatherly|paternal) (love|loving care|affection)', 'benevolent father', 'great father of (the|our|all the) (korean|) people', 'warm benevolence'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'KCNA presents the leader as a father to the nation: gifts, houses and relief are his "fatherly love", and he is the "benevolent father" of children and flood victims. The family image turns state provision into personal care that calls for gratitude and loyalty.',
    origin: '',
    related: ['respected-fatherly-marshal', 'benevolent-love', 'motherly-party'],
    guards: [],
    examples: {
      match: [
        'The children of the DPRK thanked the leader for his fatherly love.',
        'KCNA called him the benevolent father of the flood victims.',
      ],
      noMatch: ['The film is about a daughter who never knew a father\'s love.'],
    },
  },
  {
    id: 'heart-and-soul-devotion',
    phrase: 'working heart and soul',
    patterns: ['(work|works|worked|working|devote~v himself) heart and soul (to|for)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'KCNA says the leader "is working heart and soul" for the people\'s well-being, a phrase attached to new houses, hospitals and flood relief. It frames public works as the fruit of personal self-sacrifice by the leader.',
    origin: '',
    related: ['fatherly-love', 'people-first-principle'],
    guards: [],
    examples: {
      match: [
        'The DPRK leader is working heart and soul to provide the people with a better life.',
        'KCNA said he worked heart and soul for the well-being of the people.',
      ],
      noMatch: ['She put her heart and soul into the garden.'],
    },
  },
  {
    id: 'cradle-of-happiness',
    phrase: 'cradle of happiness',
    patterns: ['cradle~n of happiness', 'happiness (provided|given|bestowed) by the (party|leader|motherly party|respected|great)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'signature',
    explanation:
      'KCNA calls new homes, orphanages and kindergartens "cradles of happiness" built under the leader\'s care. The phrase converts buildings into emblems of the leader\'s love and of the good life under the Party.',
    origin: '',
    related: ['fatherly-love', 'affluent-and-civilized-life'],
    guards: [],
    examples: {
      match: [
        'The new flats are a cradle of happiness for the farmers.',
        'The orphanages became cradles of happiness for the children.',
      ],
      noMatch: ['The cradle rocked gently in the breeze.'],
    },
  },
  {
    id: 'affluent-and-civilized-life',
    phrase: 'an affluent and civilized life',
    patterns: [
      '(affluent|rich|happy) and (civilized|civilised|cultured) (life|lives|living)',
      '(civilized|civilised|cultured) and (affluent|rich|happy) (life|lives|living)',
      'more (civilized|civilised) and affluent',
    ],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'The promised standard of life in KCNA\'s reports on new housing and rural projects: the Party provides the people with "an affluent and civilized life". The pair of adjectives states the goal as already being met and credits it to the leadership.',
    origin: '',
    related: ['cradle-of-happiness', 'rural-revolution-new-era'],
    guards: [],
    examples: {
      match: [
        'The new DPRK village will give farmers an affluent and civilized life.',
        'KCNA said the houses provide more civilized and affluent living conditions.',
      ],
      noMatch: ['The novel contrasts a rich life in the city with a quiet one.'],
    },
  },
  {
    id: 'people-as-heaven',
    phrase: 'regarding the people as heaven',
    patterns: ['regard~v (the people|them) as (heaven|god)', 'people (as|are) (its|our|their) heaven'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'signature',
    explanation:
      'A motto of the DPRK leadership, rendered as regarding the people as heaven (or as God). KCNA attaches it to relief and housing reports to present the Party as devoted to the people\'s welfare above all.',
    origin: '',
    original: '이민위천',
    related: ['people-first-principle', 'servants-of-the-people'],
    guards: [],
    examples: {
      match: [
        'The Party takes care of the people, regarding them as heaven.',
        'Officials must serve, regarding the people as god.',
      ],
      noMatch: ['Some cultures regard the sky as heaven.'],
    },
  },
  {
    id: 'difficult-and-labour-consuming',
    phrase: 'difficult and labour-consuming fields',
    patterns: ['difficult and (labor|labour) consuming'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'KCNA\'s phrase for the mines, farms and remote posts to which young people "volunteer" in reported waves. Naming the hardship makes the choice heroic and shows the young generation\'s loyalty to the Party.',
    origin: '',
    related: ['socialist-construction', 'shock-brigade'],
    guards: [],
    examples: {
      match: [
        'Graduates volunteered to work in difficult and labour-consuming fields.',
        'Youths petitioned to go to difficult and labor-consuming posts.',
      ],
      noMatch: ['The repair was difficult and consumed most of the labour budget.'],
    },
  },
  {
    id: 'front-style-political-work',
    phrase: 'front-style political work',
    patterns: [
      '(front|frontline|front line) style (political|motivation|motivational|information) (work|activities)',
      '(mobile|) artistic (motivation|motivational|propaganda) team~n',
      'information and motivation (work|activities)',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'slogans'],
    tier: 'signature',
    explanation:
      'KCNA\'s terms for agitation at worksites: music, slogans and performances by "artistic motivation teams" meant to raise output, done "front-style" as if in battle. The vocabulary presents propaganda work as an ordinary and welcome part of production.',
    origin: '',
    related: ['shock-brigade', 'revolutionary-upsurge'],
    guards: [],
    examples: {
      match: [
        'Youth league officials conducted front-style political work at the dam.',
        'A mobile artistic motivation team performed for the builders.',
      ],
      noMatch: ['The front office handled political questions from reporters.'],
    },
  },
  {
    id: 'successes-made',
    phrase: 'successes are made',
    patterns: ['successes (are|have been|were) (being|) made', 'made (remarkable|great|big|) successes in'],
    sources: ['kcna'],
    techniques: ['set-formula', 'exaggeration-minimisation'],
    tier: 'common',
    explanation:
      'A fixed line of KCNA\'s press reviews and economic reports ("Successes are made in different sectors"). It announces achievement without figures, so that the statement cannot be checked and only the mood of progress remains.',
    origin: '',
    related: ['sectors-of-national-economy', 'precious-fruition'],
    guards: [],
    examples: {
      match: [
        'KCNA said successes have been made in different sectors of the DPRK economy.',
        'Successes are being made at mines in the DPRK, the paper said.',
      ],
      noMatch: ['Her many successes made her famous.'],
    },
  },
  {
    id: 'sectors-of-national-economy',
    phrase: 'sectors of the national economy',
    patterns: ['(sector~n|field~n|unit~n) of the national economy', 'economic sectors and units'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'The planning vocabulary KCNA uses for enterprises and ministries: "all sectors and units of the national economy". It presents the economy as one centrally directed body reporting to the Party.',
    origin: '',
    related: ['successes-made', 'material-and-technical-foundation'],
    guards: [],
    examples: {
      match: [
        'All sectors of the national economy in the DPRK are striving to fulfil the plan.',
        'KCNA said economic sectors and units raised output.',
      ],
      noMatch: ['The report covers every sector of the economy.'],
    },
  },
  {
    id: 'over-fulfil',
    phrase: 'over-fulfil the plan',
    patterns: ['over (fulfil|fulfill|fulfils|fulfills|fulfilled|fulfilling)', 'overfulfil', 'overfulfill', 'overfulfils', 'overfulfills', 'overfulfilled', 'overfulfilling'],
    sources: ['kcna'],
    techniques: ['set-formula', 'exaggeration-minimisation'],
    tier: 'common',
    explanation:
      'Planned-economy vocabulary for exceeding a quota, still routine in KCNA. Reports that units "over-fulfilled" their plans present production as a competition in loyalty without giving the base figures.',
    origin: '',
    related: ['labour-innovators', 'successes-made'],
    guards: [],
    examples: {
      match: [
        'Farms in the DPRK over-fulfilled the state grain production plan.',
        'KCNA said the mine is overfulfilling its daily quota.',
      ],
      noMatch: ['The order was filled over the weekend.'],
    },
  },
  {
    id: 'socialist-motherland',
    phrase: 'the socialist motherland',
    patterns: [
      'socialist (motherland|fatherland)',
      'our socialist (country|motherland|state|system)',
      'socialist country with rice',
      'socialist (benefits|patriotism|cause)',
    ],
    sources: ['kcna'],
    techniques: ['flag-waving', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'KCNA\'s name for the DPRK as the object of devotion: the "socialist motherland" that young people serve, defended as "our socialist system". Combining nation and system makes loyalty to one loyalty to the other.',
    origin: '',
    related: ['socialism-of-our-own-style', 'our-state-first', 'loyalty-and-patriotism'],
    guards: [],
    examples: {
      match: [
        'Young people of the DPRK pledged to defend the socialist motherland.',
        'KCNA said farmers uphold the socialist country with rice.',
      ],
      noMatch: ['The old socialist party lost its majority.'],
    },
  },
  {
    id: 'loyalty-and-patriotism',
    phrase: 'loyalty and patriotism',
    patterns: ['(road|spirit) of loyalty and patriotism', 'loyalty and patriotism', 'loyalty to the party and patriotism'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'flag-waving'],
    tier: 'common',
    explanation:
      'A paired virtue in KCNA: loyalty to the Party and leader comes first, patriotism second, and the two are treated as one. Women, youth and workers are praised for "covering the road of loyalty and patriotism".',
    origin: '',
    related: ['absolute-loyalty', 'patriotic-devotion', 'socialist-motherland'],
    guards: [],
    examples: {
      match: [
        'The DPRK women are covering the road of loyalty and patriotism.',
        'KCNA praised the loyalty and patriotism of the veterans.',
      ],
      noMatch: ['The loyalty card gives discounts on petrol.'],
    },
  },
  // ── Leaders: honorifics and praise formulas ─────────────────────────────
  {
    id: 'kim-il-sungs-nation',
    phrase: 'Kim Il Sung\'s nation and Kim Jong Il\'s Korea',
    patterns: ['kim il sung\'s nation', 'kim jong il\'s korea', 'nation of kim il sung'],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'A slogan that names the country and the Korean people after the two late leaders. It fuses nation and dynasty, so that pride in the nation becomes devotion to the Kim line. KCNA uses it in editorials and in speeches it reports on anniversaries.',
    origin: '',
    original: '김일성민족, 김정일조선',
    related: ['great-leader', 'eternal-president', 'kimilsungism-kimjongilism'],
    guards: [],
    examples: {
      match: [
        'He said the world will admire Kim Il Sung\'s nation.',
        'The editorial praised the dignity of Kim Jong Il\'s Korea.',
      ],
      noMatch: ['Citizens laid flowers at the statues of Kim Il Sung and Kim Jong Il.'],
    },
  },
  {
    id: 'personifiers-of-loyalty',
    phrase: 'personifiers of loyalty',
    patterns: ['personifier~n of (loyalty|patriotism|the chollima spirit|the great history|extraordinary courage)', '(staunch|true|genuine) personifier~n'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'KCNA praises model workers, soldiers and veterans as "personifiers" of loyalty, patriotism or the Chollima spirit. The word turns people into embodiments of a virtue the Party asks of everyone, and holds them up as examples.',
    origin: '',
    related: ['absolute-loyalty', 'loyalty-and-patriotism', 'chollima'],
    guards: [],
    examples: {
      match: [
        'The veterans are staunch personifiers of the revolutionary spirit.',
        'Youths pledged to become personifiers of loyalty at the mine.',
      ],
      noMatch: ['In the play, the ghost personifies the guilt of the king.'],
    },
  },
  {
    id: 'moved-to-tears-by-benevolence',
    phrase: 'moved to tears by his warm benevolence',
    patterns: [
      'moved to tears by (his|the|the leader\'s|the president\'s) (warm|great|noble|) (benevolence|love|loving care|care|trust)',
      'benevolent (image|politics of love)',
    ],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'signature',
    explanation:
      'A scene that recurs in KCNA reminiscences and relief reports: workers, soldiers or flood victims are "moved to tears" by the leader\'s warm benevolence. The emotional response is reported as fact and offered to readers as the proper feeling toward the leader.',
    origin: '',
    related: ['benevolent-love', 'fatherly-love'],
    guards: [],
    examples: {
      match: [
        'The miners were moved to tears by his warm benevolence.',
        'Officials looked up to the benevolent image of the President.',
      ],
      noMatch: ['The audience was moved to tears by the final scene.'],
    },
  },
  // ── Insults and the enemy ─────────────────────────────────────────────
  {
    id: 'war-maniacs',
    phrase: 'war maniacs',
    patterns: ['(war|nuclear war|confrontation|confrontational|military) maniac~n', 'war merchant~n', 'harasser~n of peace'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'KCNA\'s label for US, South Korean and Japanese leaders and military officials, especially during joint drills: they are "war maniacs" or "confrontation maniacs". Calling them insane removes the need to address their stated reasons and casts the DPRK as the sane party.',
    origin: '',
    related: ['warmongers', 'military-gangsters', 'war-drills'],
    guards: [],
    examples: {
      match: [
        'The war maniacs staged another live-fire drill near the border.',
        'KCNA called the defence minister a confrontation maniac.',
      ],
      noMatch: ['The war museum attracts history buffs and model-making maniacs.'],
    },
  },
  {
    id: 'confrontational-hysteria',
    phrase: 'confrontational hysteria',
    patterns: ['(confrontational|confrontation|war drill|anti dprk confrontation) (hysteria|frenzy|mania)', 'height of confrontational hysteria'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'signature',
    explanation:
      'KCNA describes joint exercises and statements of its adversaries as "confrontational hysteria": a fit of madness rather than policy. The phrase is a variant of the war-hysteria formula that the agency applies above all to Seoul.',
    origin: '',
    related: ['war-hysteria', 'war-maniacs', 'war-drills'],
    guards: [],
    examples: {
      match: [
        'The drills were the height of confrontational hysteria, KCNA said.',
        'Seoul\'s confrontation frenzy is raising tension on the peninsula.',
      ],
      noMatch: ['The debate grew confrontational but never hysterical.'],
    },
  },
  {
    id: 'zionists',
    phrase: 'the Israeli Zionists',
    patterns: ['israeli zionist~n', 'zionist (regime|entity|aggressor~n|gangster~n|occupier~n|army|forces|butcher~n)'],
    sources: ['kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'common',
    explanation:
      'In KCNA\'s reports on the Middle East, Israel is named through its founding ideology: "the Israeli Zionists" or "the Zionist regime". The label denies Israel the standing of a state and aligns the DPRK with Iran\'s and its allies\' usage.',
    origin: '',
    related: ['us-imperialists', 'gangster-like-logic'],
    guards: [],
    examples: {
      match: [
        'KCNA said the Israeli Zionists are committing massacres in Gaza.',
        'The DPRK denounced the Zionist regime and its backer.',
      ],
      noMatch: ['The archive holds papers of the early Zionist movement.'],
    },
  },
  {
    id: 'dirty-leaflets',
    phrase: 'dirty leaflets',
    patterns: ['dirty leaflet~n', 'leaflet scattering (racket|provocation~n|operation~n)', 'enemy dropped (objects|things|rubbish~n)'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'signature',
    explanation:
      'KCNA\'s terms for leaflets sent across the border by South Korean activists: "dirty leaflets", "leaflet-scattering racket", "enemy-dropped objects". The words treat the messages as filth to be burned, not as information, and justify retaliation.',
    origin: '',
    related: ['human-scum', 'anti-dprk', 'racket'],
    guards: [],
    examples: {
      match: [
        'Dirty leaflets from the south were found near the border.',
        'Units burned the enemy-dropped objects according to the rules.',
      ],
      noMatch: ['The leaflets were printed on dirty recycled paper.'],
    },
  },
  {
    id: 'sworn-enemy',
    phrase: 'sworn enemy of the Korean people',
    patterns: ['sworn enemy of the (korean|dprk|) (people|nation)'],
    sources: ['kcna'],
    techniques: ['name-calling', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'KCNA\'s fixed description of the United States in war anniversaries and anti-US campaigns: the "sworn enemy" of the Korean people. It keeps the Korean War present as an unsettled personal feud.',
    origin: '',
    related: ['us-imperialists', 'fatherland-liberation-war'],
    guards: [],
    examples: {
      match: [
        'The US imperialists are the sworn enemy of the Korean people.',
        'They vowed revenge on the Yankees, the sworn enemy of the Korean nation.',
      ],
      noMatch: ['The two chess champions were sworn enemies for years.'],
    },
  },
  // ── Home news: more reporting formulas ─────────────────────────────────
  {
    id: 'moving-into-new-houses',
    phrase: 'a ceremony for moving into new houses',
    patterns: [
      'ceremony for moving into (the|) new (houses|flats|dwelling houses|homes)',
      '(licence|licences|license|licenses) for (the use of|using) (the|) (new|) (houses|flats|dwelling houses)',
    ],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'The ritual reported at every handover of state housing in the DPRK: a ceremony for moving into new houses, a speech, and "licences for the use of houses" handed to the families. KCNA presents the houses as gifts from the Party and the leader rather than as property.',
    origin: '',
    related: ['cradle-of-happiness', 'affluent-and-civilized-life', 'present-there-were'],
    guards: [],
    examples: {
      match: [
        'On Sunday the villagers held a ceremony for moving into new homes built by soldiers.',
        'Licences for the use of the new flats were handed to the families.',
      ],
      noMatch: ['They held a small party after moving into their new house.'],
    },
  },
  {
    id: 'normal-footing',
    phrase: 'put production on a normal footing',
    patterns: ['on a normal (footing|track|basis)', 'on a (scientific and technological|high sci tech|sci tech) basis'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'KCNA\'s phrase for restoring steady output at mines, factories and farms. The formula reports stability as an achievement of the workers\' devotion, without saying why production had stopped.',
    origin: '',
    related: ['successes-made', 'sectors-of-national-economy'],
    guards: [],
    examples: {
      match: [
        'The DPRK mine put production on a normal footing despite the rains.',
        'KCNA said the farm put the milk production on a normal basis.',
      ],
      noMatch: ['Relations returned to normal after the talks.'],
    },
  },
  {
    id: 'guidance-organs',
    phrase: 'economic guidance organs',
    patterns: ['(economic|agricultural|state economic|industrial) guidance organ~n', 'power organs at all levels'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'KCNA\'s bureaucratic vocabulary for the state bodies that direct the economy: "state economic guidance organs", "agricultural guidance organs", "power organs at all levels". The term "organ" marks them as parts of one body under the Party.',
    origin: '',
    related: ['party-and-power-organs', 'sectors-of-national-economy'],
    guards: [],
    examples: {
      match: [
        'The Cabinet and state economic guidance organs organized the transport.',
        'Officials of the agricultural guidance organs met in the province.',
      ],
      noMatch: ['The surgeon gave guidance on organ donation.'],
    },
  },
  {
    id: 'local-raw-materials',
    phrase: 'locally available raw materials',
    patterns: ['locally available raw (materials|and other materials)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'A self-reliance formula of DPRK economic reports: factories produce "with locally available raw materials". It presents shortages of imports as a virtue of independence and links local industry to the Juche line.',
    origin: '',
    related: ['self-reliance', 'regional-development-policy'],
    guards: [],
    examples: {
      match: [
        'DPRK factories make consumer goods with locally available raw materials.',
        'KCNA said the mill relies on locally available raw and other materials.',
      ],
      noMatch: ['The bakery buys flour from a local mill.'],
    },
  },
  {
    id: 'army-people-unity',
    phrase: 'army-people unity',
    patterns: ['army people (unity|power station~n|joint operation~n)', 'unity between the army and (the|) people', 'army and people (are|were|remain) (united|one)'],
    sources: ['kcna'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'A slogan of the DPRK presenting the army and civilians as one family: soldiers build houses and power stations ("Army-People Power Station") and civilians support the troops. It makes the military presence in civilian life a mark of unity rather than of control.',
    origin: '',
    related: ['single-hearted-unity', 'heroic-kpa'],
    guards: [],
    examples: {
      match: [
        'The song celebrates army-people unity.',
        'Builders hurried to finish the army-people power station on the river.',
      ],
      noMatch: ['The army told people to stay indoors during the storm.'],
    },
  },
  // ── Party and revolution: epithets and stock verbs ────────────────────
  {
    id: 'great-party',
    phrase: 'the great Workers\' Party of Korea',
    patterns: ['(great|glorious) workers\' party of korea', '(great|glorious) wpk', 'great party of (comrade|president|general) kim'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'KCNA adds "great" or "glorious" to the Party\'s name when it speaks of its care, its history or its leadership. The epithet makes praise part of the name itself, so that any mention of the Party carries the expected reverence. Outside reporting uses the bare name.',
    origin: '',
    related: ['motherly-party', 'party-central-committee'],
    guards: [],
    examples: {
      match: [
        'The warm sincerity of the great Workers\' Party of Korea reached the flood victims.',
        'Youths pledged loyalty to the glorious WPK.',
      ],
      noMatch: ['The Workers\' Party of Korea held a congress in January.'],
    },
  },
  {
    id: 'genuine-peoples-country',
    phrase: 'a genuine people\'s country',
    patterns: ['genuine people\'s (country|state|party|power|government)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'signature',
    explanation:
      'KCNA\'s description of the DPRK and its Party as "genuine people\'s" institutions, by contrast with capitalist states said to serve the rich. The adjective asserts legitimacy by definition and is repeated in anniversary editorials and reports on welfare measures.',
    origin: '',
    related: ['people-first-principle', 'servants-of-the-people'],
    guards: [],
    examples: {
      match: [
        'The editorial called the DPRK a genuine people\'s country.',
        'The WPK has grown into a genuine people\'s party, the speaker said.',
      ],
      noMatch: ['The museum is a genuine people\'s favourite.'],
    },
  },
  {
    id: 'party-and-revolution',
    phrase: 'the Party and the revolution',
    patterns: ['(to|for|of) the party and (the|) revolution', 'party and revolution (entrusted|assigned|demand~v)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'KCNA pairs the Party with "the revolution" as the object of loyalty and service: officials are faithful "to the Party and the revolution", and duties are "entrusted by the Party and the revolution". The pairing identifies the Party with history itself.',
    origin: '',
    related: ['absolute-loyalty', 'revolution-and-construction'],
    guards: [],
    examples: {
      match: [
        'The veteran kept his loyalty to the Party and the revolution to the end, KCNA said.',
        'The DPRK officials swore to fulfil the tasks for the Party and revolution.',
      ],
      noMatch: ['Historians study the party and the revolution of 1848 in France.'],
    },
  },
  {
    id: 'revolutionary-armed-forces',
    phrase: 'our revolutionary armed forces',
    patterns: ['revolutionary (armed forces|army)', 'revolutionary (army|armed forces) of the (party|wpk|juche)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'flag-waving'],
    tier: 'common',
    explanation:
      'KCNA calls the Korean People\'s Army "our revolutionary armed forces" or "the revolutionary army of the Party". The epithet makes the army the Party\'s own force, loyal to its line, rather than a neutral national institution.',
    origin: '',
    related: ['heroic-kpa', 'ever-victorious'],
    guards: ['revolutionary armed forces of colombia', '(cuban|cuba\'s|national|chinese) revolutionary (armed forces|army)', 'irish republican army'],
    examples: {
      match: [
        'KCNA said our revolutionary armed forces are ready for any mission.',
        'He called for a powerful revolutionary army of the Party in the DPRK.',
      ],
      noMatch: ['The Revolutionary Armed Forces of Colombia signed a peace deal in 2016.'],
    },
  },
  {
    id: 'revolutionary-martyrs',
    phrase: 'revolutionary martyrs',
    patterns: ['revolutionary (martyr~n|forerunner~n|predecessor~n)', 'revolutionary battle site~n', '(patriotic|revolutionary) martyrs cemetery'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'KCNA honours the guerrillas and Party founders as "revolutionary martyrs" and "forerunners", and their sites as "revolutionary battle sites" visited on study tours. The terms present the state as the heir of their sacrifice and ask the living to match it.',
    origin: '',
    related: ['anti-japanese-armed-struggle', 'carry-forward-the-cause'],
    guards: [],
    examples: {
      match: [
        'Youths from the DPRK toured the revolutionary battle sites on Mt Paektu.',
        'KCNA said flowers were laid before the graves of revolutionary martyrs.',
      ],
      noMatch: ['The square is named after martyrs of the independence movement.'],
    },
  },
  {
    id: 'revolutionary-enthusiasm',
    phrase: 'revolutionary enthusiasm',
    patterns: ['revolutionary (enthusiasm|zeal|mettle|ardour|ardor|fervour|fervor)', 'revolutionary will (to|for|of)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'loaded-language'],
    tier: 'common',
    explanation:
      'KCNA\'s praise for effort in production and study: workers display "revolutionary enthusiasm" or "revolutionary zeal". The adjective turns work discipline into a political virtue owed to the Party.',
    origin: '',
    related: ['revolutionary-spirit', 'revolutionary-faith', 'patriotic-devotion'],
    guards: [],
    examples: {
      match: [
        'The DPRK builders showed high revolutionary enthusiasm at the site.',
        'KCNA said the soldiers displayed the revolutionary will to defend the country.',
      ],
      noMatch: ['The novel captures the revolutionary fervour of Paris in 1789 only in passing.'],
    },
  },
  {
    id: 'bolster-up',
    phrase: 'bolster up',
    patterns: ['bolster~v up'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'KCNA\'s stock verb for military build-up, both its own ("bolstering up the nuclear war deterrent") and its adversaries\'. The phrasal form, rare in ordinary English, recurs across statements and reports on weapons tests.',
    origin: '',
    related: ['nuclear-war-deterrent', 'self-defensive'],
    guards: [],
    examples: {
      match: [
        'The DPRK will keep bolstering up its war deterrent, KCNA said.',
        'Pyongyang said the enemies are bolstering up their forces near the border.',
      ],
      noMatch: ['Sales were bolstered by the holiday season.'],
    },
  },
  {
    id: 'usher-in-a-new-heyday',
    phrase: 'usher in a new heyday',
    patterns: ['usher~v in (a|an) (new|great|gigantic|) (era|heyday|phase|period) of', '(new|great) heyday of', '(period|era) of (overall|great) efflorescence'],
    sources: ['kcna'],
    techniques: ['slogans', 'exaggeration-minimisation'],
    tier: 'common',
    explanation:
      'KCNA credits the leader and the Party with "ushering in a new heyday" or "a new era" of national development, of the youth movement or of the artillery. The phrase declares a historic turning point with every campaign and attaches it to the leadership.',
    origin: '',
    related: ['new-era-of-comprehensive-development', 'revolutionary-upsurge'],
    guards: [],
    examples: {
      match: [
        'KCNA said the leader is ushering in a new heyday of socialist construction.',
        'The DPRK youth movement is in a great heyday of its development.',
      ],
      noMatch: ['The band enjoyed its heyday in the seventies.'],
    },
  },
  {
    id: 'rosy-future',
    phrase: 'the rosy future of the country',
    patterns: ['rosy future of (the|our|a|its) (country|nation|revolution|socialism|socialist|powerful)', 'brighter and rosier future'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'common',
    explanation:
      'KCNA promises a "rosy future" that the people build under the Party\'s leadership. The phrase points from present hardship to certain future prosperity and ties that future to loyalty now.',
    origin: '',
    related: ['powerful-socialist-country', 'new-era-of-comprehensive-development'],
    guards: [],
    examples: {
      match: [
        'DPRK youths are the pillars of the rosy future of the country.',
        'KCNA said the plan opens up the rosy future of our socialist homeland.',
      ],
      noMatch: ['Analysts do not see a rosy future for the airline.'],
    },
  },
  {
    id: 'historic-cause',
    phrase: 'the historic cause',
    patterns: ['historic cause (of|for)', 'great cause of (building|national|the revolution|socialism)'],
    sources: ['kcna'],
    techniques: ['slogans', 'exaggeration-minimisation'],
    tier: 'common',
    explanation:
      'KCNA names Party programmes and the leaders\' achievements as "the historic cause" of national liberation, of regional development or of building a powerful country. The word lifts a policy into a mission of history that cannot be questioned.',
    origin: '',
    related: ['sacred-cause', 'carry-forward-the-cause'],
    guards: [],
    examples: {
      match: [
        'KCNA said the historic cause of regional development is sure to be accomplished.',
        'The DPRK people advance in the great cause of building a powerful country.',
      ],
      noMatch: ['The committee could not find the historic cause of the fire.'],
    },
  },
  {
    id: 'dignity-and-prestige',
    phrase: 'dignity and prestige',
    patterns: ['dignity and prestige', 'prestige and dignity', 'dignity and honour of the (country|nation|dprk|republic)'],
    sources: ['kcna'],
    techniques: ['flag-waving', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'KCNA speaks of the "dignity and prestige" of the DPRK, its state and its army, raised by weapons tests and sports wins and insulted by adversaries. The pairing makes national standing a matter of honour to be defended.',
    origin: '',
    related: ['sovereignty-and-dignity', 'supreme-dignity', 'dignified-dprk'],
    guards: [],
    examples: {
      match: [
        'The test raised the dignity and prestige of the DPRK, KCNA said.',
        'Pyongyang said the athletes defended the prestige and dignity of the country.',
      ],
      noMatch: ['The old firm lost both dignity and prestige.'],
    },
  },
  {
    id: 'amid-the-playing-of-the-anthem',
    phrase: 'amid the playing of the national anthem',
    patterns: ['amid the (solemn|) playing of the (national anthem|anthem|song)'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'A ceremonial formula in KCNA\'s reports of meetings, launches and welcomes ("amid the playing of the national anthem of the DPRK"). It gives each report a set opening and marks the event as a state ritual.',
    origin: '',
    related: ['there-took-place', 'present-there-were'],
    guards: [],
    examples: {
      match: [
        'The ceremony opened amid the playing of the national anthem of the DPRK.',
        'KCNA said the flag rose amid the solemn playing of the anthem.',
      ],
      noMatch: ['The band was playing the national anthem before kick-off.'],
    },
  },
  {
    id: 'world-people',
    phrase: 'the world people',
    patterns: ['(the|all|progressive) world people', 'world people\'s', 'progressive (people|peoples|mankind) of the world'],
    sources: ['kcna'],
    techniques: ['appeal-to-popularity', 'set-formula'],
    tier: 'common',
    explanation:
      'KCNA invokes "the world people" or "progressive mankind" as an audience that admires the DPRK and condemns its enemies. The unattributed collective stands in for evidence of international support.',
    origin: '',
    related: ['personages-of-various-circles', 'independent-sovereign-states'],
    guards: [],
    examples: {
      match: [
        'KCNA said the world people are denouncing the US war drills.',
        'The DPRK won the admiration of progressive people of the world.',
      ],
      noMatch: ['People around the world watched the final.'],
    },
  },
  // ── Ceremony and diplomacy formulas; more labels ─────────────────────
  {
    id: 'speeches-were-made',
    phrase: 'Speeches were made there',
    patterns: ['speeches were made (there|at|by)', 'speeches made there', 'oath taking speech~n', '(made|delivered) a congratulatory (address|speech)'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'The fixed closing of KCNA\'s reports on meetings and ceremonies: "a congratulatory address", then "oath-taking speeches", and "speeches were made there". The formula reports the ritual rather than what was said, since the content is already known from the Party line.',
    origin: '',
    related: ['present-there-were', 'there-took-place', 'moving-into-new-houses'],
    guards: [],
    examples: {
      match: [
        'The DPRK vice-premier made a congratulatory address, and speeches were made there.',
        'KCNA said oath-taking speeches followed the ceremony.',
      ],
      noMatch: ['Several speeches were long and dull.'],
    },
  },
  {
    id: 'message-of-greeting',
    phrase: 'a message of greeting',
    patterns: ['message~n of greeting', 'reply message~n (to|from)'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'KCNA\'s term for the congratulatory letters the leader sends and receives on national days and birthdays, each reported in full with its praise. The stream of "messages of greeting" and "reply messages" is presented as proof of the leader\'s international standing.',
    origin: '',
    related: ['personages-of-various-circles', 'floral-baskets-to-statues'],
    guards: [],
    examples: {
      match: [
        'Kim Jong Un received a message of greeting from the president of Laos.',
        'The DPRK foreign minister sent a reply message to her counterpart.',
      ],
      noMatch: ['The message was greeted with silence.'],
    },
  },
  {
    id: 'ruling-crisis',
    phrase: 'ruling crisis',
    patterns: ['ruling crisis', '(worst|deepening|serious) crisis of (his|its|their) rule'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'causal-oversimplification'],
    tier: 'signature',
    explanation:
      'KCNA explains South Korean policy by the president\'s "ruling crisis": drills, tension and anti-DPRK moves are said to be staged to divert attention from his unpopularity. The phrase turns every act of Seoul into a symptom of weakness.',
    origin: '',
    related: ['puppet-rok', 'puppet-clique'],
    guards: [],
    examples: {
      match: [
        'Yoon is provoking tension to tide over his worst ruling crisis.',
        'The puppets are in the deepening crisis of their rule, the paper said.',
      ],
      noMatch: ['The court\'s ruling ended the crisis at the port.'],
    },
  },
  {
    id: 'invincible-might',
    phrase: 'invincible might',
    patterns: ['invincible (might|friendship|friendly relations|unity|power of|strength of)'],
    sources: ['kcna'],
    techniques: ['exaggeration-minimisation', 'flag-waving'],
    tier: 'common',
    explanation:
      'KCNA attributes "invincible might" to the single-hearted unity of the people, to the army and to alliances it favours, such as the DPRK-Russia relations. The adjective declares a permanent quality rather than a measured strength.',
    origin: '',
    related: ['single-hearted-unity', 'ever-victorious'],
    guards: [],
    examples: {
      match: [
        'KCNA said the parade showed the invincible might of the DPRK army.',
        'Pyongyang hailed the invincible friendship with Moscow.',
      ],
      noMatch: ['The champion seemed invincible all season.'],
    },
  },
  {
    id: 'model-whole-society',
    phrase: 'modelling the whole society on Kimilsungism-Kimjongilism',
    patterns: ['(model|models|modelled|modeled|modelling|modeling) the whole society on', 'modelling of the whole society', 'whole society on kimilsungism'],
    sources: ['kcna'],
    techniques: ['slogans', 'set-formula'],
    tier: 'signature',
    explanation:
      'The Party\'s stated supreme programme: to remake every part of society after the ideas of the two late leaders. KCNA repeats it in Party documents and editorials as the final goal to which all work is subordinate.',
    origin: '',
    related: ['kimilsungism-kimjongilism', 'monolithic-leadership'],
    guards: [],
    examples: {
      match: [
        'The Party set the task of modelling the whole society on Kimilsungism-Kimjongilism.',
        'Officials must strive to model the whole society on the revolutionary ideas.',
      ],
      noMatch: ['The whole society was shaken by the scandal.'],
    },
  },
  {
    id: 'sun-of-the-nation',
    phrase: 'the Sun of Juche',
    patterns: ['sun of (juche|mankind|the nation|the korean nation|the 21st century|songun)', 'guiding star of the (nation|revolution|korean revolution|21st century)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'Celestial titles for the leaders: Kim Il Sung as the "Sun of the nation" or "Sun of Juche", Kim Jong Il as the "guiding star". The imagery, tied to the Day of the Sun, places the leaders above ordinary politics as sources of life and direction.',
    origin: '',
    related: ['day-of-the-sun', 'eternal-president', 'great-leader'],
    guards: [],
    examples: {
      match: [
        'The anthology praises the Sun of Juche.',
        'He was hailed as the guiding star of the Korean revolution.',
      ],
      noMatch: ['The sun of the tropics burned their skin.'],
    },
  },
  {
    id: 'anti-popular',
    phrase: 'anti-popular',
    patterns: ['anti popular', 'anti people (policy|policies|regime~n|rule|nature|character|acts|politics|society)'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'common',
    explanation:
      'KCNA\'s adjective for capitalist societies and for the South Korean government: "anti-popular" rule, an "anti-people" regime. It defines the adversary as hostile to its own people and so contrasts it with the DPRK\'s people-first slogans.',
    origin: '',
    related: ['rotten-capitalist-society', 'people-first-principle'],
    guards: [],
    examples: {
      match: [
        'KCNA said capitalism is an anti-popular society that violates rights.',
        'The DPRK paper denounced the anti-people policy of the puppet regime.',
      ],
      noMatch: ['The anti-virus update was popular with users.'],
    },
  },
  {
    id: 'socialist-emulation',
    phrase: 'socialist emulation',
    patterns: ['socialist emulation', '(mass|patriotic|production) emulation (drive~n|campaign~n|movement~n)', 'emulation (drive~n|campaign~n) (among|between|for)', 'conducting the emulation (for|among)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Competitions between factories, farms and work teams to exceed production plans, a practice carried over from Soviet planning. KCNA reports them as proof of enthusiasm and uses the winners as models for everyone else.',
    origin: '',
    related: ['labour-innovators', 'shock-brigade', 'over-fulfil'],
    guards: [],
    examples: {
      match: [
        'The DPRK coal mines launched a socialist emulation to raise output.',
        'KCNA said an emulation drive among farms is under way.',
      ],
      noMatch: ['Children learn by emulation of their parents.'],
    },
  },
  // ── The leader's visits and the Party's line ────────────────────────────
  {
    id: 'orientation-and-ways',
    phrase: 'indicated the orientation and ways',
    patterns: ['orientation and ways (for|of|to)', 'ways and orientation (for|of|to)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'In KCNA\'s accounts of the leader\'s visits and speeches he "indicates the orientation and ways" for a factory, a farm or a whole sector. The formula presents every plan as the leader\'s personal instruction and every later success as its result.',
    origin: '',
    related: ['on-the-spot-guidance', 'energetic-guidance', 'set-forth-by-the-party'],
    guards: [],
    examples: {
      match: [
        'He indicated the orientation and ways for modernizing the mill.',
        'The speech set out the orientation and ways for the work of the youth league.',
      ],
      noMatch: ['The map shows the orientation of the old roads.'],
    },
  },
  {
    id: 'set-forth-by-the-party',
    phrase: 'the tasks set forth by the Party',
    patterns: [
      '(task|tasks|goal|goals|line|policy|policies|programme|plan|plans|orientation) set forth (by|at) (the|) (party|wpk|party congress|central committee|eighth congress|general secretary|president)',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'KCNA traces every goal to its source: tasks and policies are "set forth by the Party" or "at the plenary meeting". The formula makes the leadership the author of all economic and social aims, and the people their executors.',
    origin: '',
    related: ['historic-plenary-meeting', 'militant-call', 'party-policy'],
    guards: [],
    examples: {
      match: [
        'Builders strive to attain the goals set forth by the Party.',
        'The policy set forth by the general secretary is being carried out.',
      ],
      noMatch: ['The rules set forth by the club were strict.'],
    },
  },
  {
    id: 'party-policy',
    phrase: 'implementing the Party\'s policy',
    patterns: [
      '(implement|implements|implemented|implementing|implementation of|carry out|carrying out|uphold|upholding|true to) the party\'s (policy|policies|line|decision|decisions|idea|ideas|plan|plans)',
    ],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'common',
    explanation:
      'The stated purpose of work in KCNA\'s home news: units are "implementing the Party\'s policy" on sericulture, housing or science. Capital-P "the Party\'s" needs no name, since in DPRK media there is only one party.',
    origin: '',
    related: ['set-forth-by-the-party', 'true-to-the-high-intention'],
    guards: [],
    examples: {
      match: [
        'Farmers in the DPRK are implementing the Party\'s policy on sericulture.',
        'KCNA said the workers are true to the Party\'s line on self-reliance.',
      ],
      noMatch: ['The opposition criticised the ruling party\'s tax plans.'],
    },
  },
  {
    id: 'photo-session',
    phrase: 'had a photo session with',
    patterns: ['(had|have|has|having) a (commemorative|) photo session', 'photo session with (the|them|him|her|participants|officials|soldiers|service personnel)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'common',
    explanation:
      'The leader\'s group photograph with workers, soldiers or delegates, which KCNA reports as an honour ("He had a photo session with them"). The photo session is a reward in itself, and reports present it as the high point of the participants\' lives.',
    origin: '',
    related: ['on-the-spot-guidance', 'look-up-to-the-leader'],
    guards: [],
    examples: {
      match: [
        'Kim Jong Un had a photo session with the participants in the DPRK congress.',
        'KCNA said the soldiers were honoured with a photo session with him.',
      ],
      noMatch: ['The model booked a photo session for Friday.'],
    },
  },
  {
    id: 'looked-round-various-places',
    phrase: 'looked round various places',
    patterns: ['(look|looks|looked|looking|go|goes|went|going) round various (places|parts|production lines|rooms|sections|workshops|units)', '(learn|learns|learned|learnt|learning) in detail about'],
    sources: ['kcna'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'The stock narrative of a leader\'s visit in KCNA: he "looked round various places" of a factory and "learned in detail about" production before giving instructions. The fixed steps present the visit as expert, thorough inspection.',
    origin: '',
    related: ['on-the-spot-guidance', 'orientation-and-ways'],
    guards: [],
    examples: {
      match: [
        'He looked round various places of the DPRK factory on Monday.',
        'KCNA said he learned in detail about the production at the farm.',
      ],
      noMatch: ['We looked round the old town before lunch.'],
    },
  },
  {
    id: 'before-the-world',
    phrase: 'fully demonstrated before the world',
    patterns: ['(demonstrate|demonstrates|demonstrated|demonstrating|show|shows|showed|showing|prove|proves|proved|proving|display|displays|displayed|displaying) (fully|clearly|once again|) before the (whole|) world', 'fully (demonstrated|displayed|proved|shown) (the|its|our)'],
    sources: ['kcna'],
    techniques: ['flag-waving', 'exaggeration-minimisation'],
    tier: 'common',
    explanation:
      'KCNA claims that each weapons test, sports victory or mass event "fully demonstrated before the world" the might or dignity of the DPRK. The imagined global audience magnifies a domestic event into a world-historical proof.',
    origin: '',
    related: ['dignity-and-prestige', 'world-people'],
    guards: [],
    examples: {
      match: [
        'The launch demonstrated before the world the might of the DPRK, KCNA said.',
        'Pyongyang said the parade fully demonstrated the strength of the army.',
      ],
      noMatch: ['The athlete showed the world what she could do.'],
    },
  },
  {
    id: 'our-great-state',
    phrase: 'our great state',
    patterns: ['our great (state|motherland)', 'great state of (juche|ours)'],
    sources: ['kcna'],
    techniques: ['flag-waving', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'The first-person praise KCNA uses for the DPRK and its people, in the spirit of the "our state first" slogan. Speaking as "our great state" makes the agency\'s voice the nation\'s own.',
    origin: '',
    related: ['our-state-first', 'dignified-dprk'],
    guards: [],
    examples: {
      match: [
        'The DPRK youths pledged to add glory to our great state.',
        'KCNA said our great motherland will grow stronger.',
      ],
      noMatch: ['Our great aunt lives in the country.', 'Trump told the rally that our great country would not be threatened by Pyongyang.'],
    },
  },
  {
    id: 'infringement-upon',
    phrase: 'infringement upon the sovereignty',
    patterns: ['infringement upon (the|its|our|their|a) (sovereignty|sovereign right~n|security|interests|territory|dignity)'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'flag-waving'],
    tier: 'common',
    explanation:
      'KCNA\'s wording for acts it rejects, from UN resolutions to reconnaissance flights: an "infringement upon the sovereignty" of the DPRK. The old-fashioned "upon" is characteristic of its English; the phrase frames a dispute as a violation of rights.',
    origin: '',
    related: ['trample-on-sovereignty', 'inviolable-sovereignty'],
    guards: [],
    examples: {
      match: [
        'KCNA called the flights an infringement upon the sovereignty of the DPRK.',
        'Pyongyang said the resolution is an infringement upon its sovereign rights.',
      ],
      noMatch: ['The new fence infringed on the neighbour\'s garden.'],
    },
  },
  // ── Stock slogans and praise known from KCNA's wider output ────────────
  {
    id: 'nothing-to-envy',
    phrase: 'nothing to envy in the world',
    patterns: ['nothing to envy in the world'],
    sources: ['kcna'],
    techniques: ['slogans', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'A slogan of the DPRK since Kim Il Sung\'s time, from the children\'s song "We Have Nothing to Envy in the World". KCNA uses it to describe the life the Party promises or claims to provide, so that comparison with other countries is ruled out in advance.',
    origin: '',
    original: '세상에 부럼없어라',
    related: ['cradle-of-happiness', 'affluent-and-civilized-life'],
    guards: [],
    examples: {
      match: [
        'Our children grow up with nothing to envy in the world, the teacher said in Pyongyang.',
        'Children sang that they have nothing to envy in the world.',
      ],
      noMatch: ['There is nothing in the world like a cold drink in summer.'],
    },
  },
  {
    id: 'towering-hatred',
    phrase: 'towering hatred',
    patterns: ['towering (hatred|anger|wrath|indignation|fury)', 'retaliatory will', 'will for (retaliation|revenge)'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'KCNA reports that the Korean people burn with "towering hatred" and "retaliatory will" against the United States and Japan, especially around war anniversaries. The emotion is ascribed to the whole nation as a fixed attribute, which presents hostility as popular rather than official.',
    origin: '',
    related: ['sworn-enemy', 'thousand-fold-revenge', 'us-imperialists'],
    guards: [],
    examples: {
      match: [
        'The rally showed the towering hatred of the people for the aggressors.',
        'Films depicted the retaliatory will of the nation.',
      ],
      noMatch: ['The towering hotel dominated the skyline.'],
    },
  },
  {
    id: 'heaven-sent-leader',
    phrase: 'heaven-sent great man',
    patterns: ['heaven sent (leader~n|general~n|great man|commander~n)', 'great (thinker|thinker and theoretician|theoretician) and (statesman|leader)', 'genius of (ideology and theory|literature and art)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'Superlatives from the leader cult: the Kims are "heaven-sent" generals and great men, "great thinkers and theoreticians", geniuses of ideology and of military strategy. KCNA repeats them in anniversary articles and in reports of foreign admirers, presenting the leaders as gifted beyond human measure.',
    origin: '',
    related: ['peerlessly-great-man', 'great-leader', 'brilliant-commander'],
    guards: [],
    examples: {
      match: [
        'The book praises him as a heaven-sent great man.',
        'Speakers called him a genius of ideology and theory.',
      ],
      noMatch: ['The rain was heaven-sent for the farmers.'],
    },
  },
  {
    id: 'class-education',
    phrase: 'anti-imperialist class education',
    patterns: ['anti imperialist class (education|consciousness|awareness|stand)', 'class education', 'class (enemy|enemies) (of|and)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-fear'],
    tier: 'common',
    explanation:
      'Political schooling that keeps memories of colonial rule, the war and landlords alive as lessons in enmity. KCNA reports "anti-imperialist class education" in schools, museums and army units as a defence against foreign ideas.',
    origin: '',
    related: ['reactionary-ideology-and-culture', 'us-imperialists'],
    guards: [],
    examples: {
      match: [
        'DPRK students visited the museum for anti-imperialist class education.',
        'KCNA said class education is being intensified among the youth.',
      ],
      noMatch: ['The class education budget was cut by the school board.'],
    },
  },
  {
    id: 'virtues-and-traits',
    phrase: 'good virtues and traits',
    patterns: ['(good|beautiful|noble) virtues and traits', 'communist (traits|virtues|morality)', '(beautiful|noble) traits'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'The moral vocabulary of KCNA\'s campaigns for helping others: citizens and officials show "good virtues and traits" or "communist traits" by aiding neighbours and orphans. The acts are framed as the fruit of Party education and of the socialist system.',
    origin: '',
    related: ['patriotic-devotion', 'servants-of-the-people'],
    guards: [],
    examples: {
      match: [
        'KCNA said officials must become pioneers of good virtues and traits.',
        'The DPRK woman adopted orphans, showing communist traits.',
      ],
      noMatch: ['Honesty and patience are good traits in a teacher.'],
    },
  },
  {
    id: 'sci-tech-power',
    phrase: 'building a sci-tech power',
    patterns: [
      'sci tech (power|powerful (state|country)|dissemination|farming|complex|learning (space~n|base~n)|successes)',
      '(national|) sci tech (presentation~n|exhibition~n|festival~n)',
      'talent (power|powerful state)',
    ],
    sources: ['kcna'],
    techniques: ['slogans', 'set-formula'],
    tier: 'common',
    explanation:
      'KCNA\'s science slogans and institutions: building a "sci-tech power", "sci-tech farming", national sci-tech presentations and the Sci-Tech Complex in Pyongyang. The clipped "sci-tech" and the slogan of a science power recur in reports on innovation campaigns.',
    origin: '',
    related: ['labour-innovators', 'defeatism-and-mysticism'],
    guards: [],
    examples: {
      match: [
        'The DPRK is building a sci-tech power, KCNA said.',
        'A national sci-tech presentation opened in Pyongyang.',
      ],
      noMatch: ['The sci-fi festival opened in Berlin.'],
    },
  },
  // ── More praise and narrative formulas ─────────────────────────────────
  {
    id: 'unthinkable-without',
    phrase: 'unthinkable without his leadership',
    patterns: ['unthinkable without (the|his|its) (outstanding|wise|energetic|seasoned|tireless|) (leadership|guidance|ideology|exploits)', 'unthinkable apart from (the|his) (leadership|guidance)'],
    sources: ['kcna'],
    techniques: ['appeal-to-authority', 'causal-oversimplification'],
    tier: 'signature',
    explanation:
      'KCNA credits each achievement entirely to the leader by declaring it "unthinkable without" his leadership or care. The formula rules out any other cause of success, from workers\' effort to outside help.',
    origin: '',
    related: ['wise-leadership', 'precious-fruition'],
    guards: [],
    examples: {
      match: [
        'The victory would have been unthinkable without his wise leadership.',
        'Such change is unthinkable without the guidance of the Party.',
      ],
      noMatch: ['A summer holiday is unthinkable without ice cream.'],
    },
  },
  {
    id: 'boundless-reverence',
    phrase: 'boundless reverence',
    patterns: ['boundless (reverence|respect|admiration|gratitude) (for|to)', 'deep reverence (for|to) (the|him|his)'],
    sources: ['kcna'],
    techniques: ['appeal-to-authority', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'The feeling KCNA ascribes to citizens and foreign admirers toward the leaders: "boundless reverence" or "boundless gratitude". Measureless emotion is reported as fact and offered as the norm for readers.',
    origin: '',
    related: ['look-up-to-the-leader', 'absolute-loyalty'],
    guards: [],
    examples: {
      match: [
        'The DPRK people expressed boundless reverence for the President.',
        'KCNA said the visitors showed deep reverence for him.',
      ],
      noMatch: ['Pilgrims show deep reverence at the shrine.'],
    },
  },
  {
    id: 'in-an-excited-tone',
    phrase: 'said in an excited tone',
    patterns: ['in an excited (tone|voice)', 'with (a|the) (broad|bright|) smile on his face'],
    sources: ['kcna'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Stage directions of KCNA\'s reports on the leader: he speaks "in an excited tone" or "with a broad smile on his face" when pleased with a weapon test or a factory. The details present his approval as the emotional climax of the event.',
    origin: '',
    related: ['looked-round-various-places', 'on-the-spot-guidance'],
    guards: [],
    examples: {
      match: [
        'Kim Jong Un said in an excited tone that the DPRK test was a success.',
        'KCNA said he watched the launch with a broad smile on his face.',
      ],
      noMatch: ['The fans shouted in an excited way.'],
    },
  },
  {
    id: 'epoch-making',
    phrase: 'epoch-making change',
    patterns: ['(epoch making|epochal) (change~n|turn|turning point|progress|development~n|event~n|victory|milestone~n|significance|results|improvement|regional development|occasion~n)'],
    sources: ['kcna'],
    techniques: ['exaggeration-minimisation', 'set-formula'],
    tier: 'common',
    explanation:
      'KCNA calls new policies, factories and weapons "epoch-making" or "epochal", so that routine events are presented as turning points of history. The inflation is steady enough to be a mark of the register.',
    origin: '',
    related: ['usher-in-a-new-heyday', 'historic-cause'],
    guards: [],
    examples: {
      match: [
        'KCNA said the policy brought about an epochal change in the DPRK regions.',
        'The plant marks an epoch-making turn in Pyongyang\'s light industry.',
      ],
      noMatch: ['The novel was hailed as an epoch-making work.'],
    },
  },
  {
    id: 'sure-guarantee',
    phrase: 'a sure guarantee',
    patterns: ['sure guarantee (for|of)', 'surest guarantee (for|of)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'causal-oversimplification'],
    tier: 'common',
    explanation:
      'KCNA declares unity, loyalty or nuclear strength "a sure guarantee" of victory, peace or prosperity. The phrase turns a hope into a certainty and links it to the quality the text demands of readers.',
    origin: '',
    related: ['single-hearted-unity', 'nuclear-war-deterrent'],
    guards: [],
    examples: {
      match: [
        'KCNA said single-hearted unity is a sure guarantee for victory.',
        'The DPRK war deterrent is the surest guarantee of peace, the paper said.',
      ],
      noMatch: ['Practice is no guarantee of success.'],
    },
  },
  {
    id: 'immutable-truth',
    phrase: 'an immutable truth',
    patterns: ['immutable (truth|science and truth|law of history)', '(immutable|invariable) will (of|to)'],
    sources: ['kcna'],
    techniques: ['conversation-killer', 'appeal-to-authority'],
    tier: 'common',
    explanation:
      'KCNA states that the Party\'s plans are "an immutable science and truth" and that history\'s verdict is "an immutable truth". The phrase closes debate by placing policy beyond change and question.',
    origin: '',
    related: ['validity-and-vitality', 'invariable-stand'],
    guards: [],
    examples: {
      match: [
        'KCNA said the Party\'s plans are an immutable science and truth.',
        'The DPRK editorial called it an immutable truth proved by history.',
      ],
      noMatch: ['The laws of physics are often described as immutable.'],
    },
  },
  {
    id: 'victorious-advance',
    phrase: 'the victorious advance of the revolution',
    patterns: ['victorious advance of (the|our) (revolution|revolutionary cause|socialist cause|socialist construction|cause|korean revolution)', 'advance victoriously', '(cherished|long cherished) desire of (the|our) (party|wpk|korean people|people|nation)'],
    sources: ['kcna'],
    techniques: ['slogans', 'exaggeration-minimisation'],
    tier: 'common',
    explanation:
      'KCNA narrates Party history as a "victorious advance" that fulfils the "cherished desire" of the Party and the people. The phrases present each campaign as a step in a march whose success is assured.',
    origin: '',
    related: ['usher-in-a-new-heyday', 'revolutionary-upsurge'],
    guards: [],
    examples: {
      match: [
        'KCNA said the youth will accelerate the victorious advance of the socialist cause.',
        'The DPRK plan realizes the cherished desire of the Party.',
      ],
      noMatch: ['The army\'s advance was slowed by rain.'],
    },
  },
  {
    id: 'running-amuck',
    phrase: 'running amuck',
    patterns: ['(run|runs|ran|running) amuck'],
    sources: ['kcna'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'common',
    explanation:
      'KCNA\'s dated English for an adversary\'s conduct: the US, its "stooges" or Israel are "running amuck". The old spelling is characteristic of the agency, and the image reduces policy to frenzy.',
    origin: '',
    related: ['getting-frantic'],
    guards: [],
    examples: {
      match: [
        'KCNA said the stooges are running amuck with war drills.',
        'Pyongyang said the lunatic ran amuck to stage provocations.',
      ],
      noMatch: ['The dog ran along the beach.'],
    },
  },
  // ── Duty, and the weapons-test report ──────────────────────────────────
  {
    id: 'mission-and-duty',
    phrase: 'mission and duty',
    patterns: ['(their|its|our|his|her) (mission and duty|duty and mission|responsibility and role|responsibility and duty)'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'KCNA reminds officials, soldiers and youth of their "mission and duty" or "responsibility and role" before the Party and the country. The doubled nouns turn any task into an obligation of conscience, and reports praise those who remain "true to their mission and duty".',
    origin: '',
    related: ['revolutionary-faith', 'true-to-the-high-intention'],
    guards: [],
    examples: {
      match: [
        'The DPRK soldiers remain true to their mission and duty on the border.',
        'KCNA called on officials to fulfil their responsibility and role.',
      ],
      noMatch: ['The mission failed and the duty officer resigned.'],
    },
  },
  {
    id: 'no-negative-impact-on-neighbours',
    phrase: 'no negative impact on the security of neighbouring countries',
    patterns: ['(no|not any) (negative|adverse) (impact|effect|influence) on the security of (the|) (neighbouring|neighboring|neighbour|neighbor) (countries|states)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'A stock sentence in KCNA\'s reports of missile and rocket tests: the launch "had no negative impact on the security of neighbouring countries". It presents each test as routine and harmless, answering foreign criticism before it is made.',
    origin: '',
    related: ['self-defensive', 'legitimate-and-just-exercise'],
    guards: [],
    examples: {
      match: [
        'The test-fire had no negative impact on the security of neighbouring countries.',
        'The launch had no adverse effect on the security of neighboring states, the report said.',
      ],
      noMatch: ['The dam had no negative impact on the neighbouring farms.'],
    },
  },
  // ── Service and mass movements ──────────────────────────────────────────
  {
    id: 'devoted-service',
    phrase: 'the spirit of devoted service for the people',
    patterns: ['(spirit|work|idea) of devoted service (for|to) the (people|country|motherland)', 'devoted service for the people', 'devoted service to the people'],
    sources: ['kcna'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'The ethic KCNA demands of officials and holds up in model workers: "devoted service for the people" in the spirit of the Party. It presents the state apparatus as a servant whose members compete in self-sacrifice.',
    origin: '',
    related: ['servants-of-the-people', 'people-first-principle'],
    guards: [],
    examples: {
      match: [
        'Officials in the DPRK displayed the spirit of devoted service for the people.',
        'KCNA praised the clinic for its devoted service to the people.',
      ],
      noMatch: ['She retired after forty years of devoted service to the bank.'],
    },
  },
  {
    id: 'three-revolution-red-flag',
    phrase: 'the Three-Revolution Red Flag Movement',
    patterns: ['(double|) three revolution red flag (movement|title|unit~n|model unit~n)', 'three revolutions (ideological|ideological technical and cultural)'],
    sources: ['kcna'],
    techniques: ['set-formula', 'slogans'],
    tier: 'signature',
    explanation:
      'A mass campaign in which work units compete for the "Three-Revolution Red Flag" by advancing the ideological, technical and cultural revolutions. KCNA reports the titles won by factories and farms as proof of political as well as economic progress.',
    origin: '',
    original: '3대혁명붉은기쟁취운동',
    related: ['socialist-emulation', 'ideological-and-spiritual-strength', 'labour-innovators'],
    guards: [],
    examples: {
      match: [
        'The farm won the title of Three-Revolution Red Flag unit.',
        'The Three-Revolution Red Flag Movement is being conducted at the mine.',
      ],
      noMatch: ['The three revolutions of the eighteenth century changed Europe.'],
    },
  },
  {
    id: 'legendary-tale',
    phrase: 'another legendary tale',
    patterns: ['legendary (tale~n|miracle~n) (of|about|in)', '(another|a world startling|world startling) legendary (tale|feat|miracle)', 'legendary feats (the|of)'],
    sources: ['kcna'],
    techniques: ['exaggeration-minimisation', 'set-formula'],
    tier: 'common',
    explanation:
      'KCNA narrates the leader\'s care, the war generation\'s feats and the youth\'s flood repairs as "legendary tales" and "legendary miracles". The register of legend lifts recent events out of ordinary history and beyond question.',
    origin: '',
    related: ['undying-feats', 'recorded-in-history'],
    guards: [],
    examples: {
      match: [
        'KCNA said the youth would produce another legendary tale in the flood areas.',
        'The DPRK paper recalled the legendary feats of the wartime generation.',
      ],
      noMatch: ['The band played its legendary show in 1969.'],
    },
  },
  {
    id: 'recorded-in-history',
    phrase: 'specially recorded in the history',
    patterns: ['specially recorded in the history', 'recorded in the history of (the country|the nation|our revolution|the revolution|the party|building)', 'with (immortal|) gold letters'],
    sources: ['kcna'],
    techniques: ['exaggeration-minimisation', 'set-formula'],
    tier: 'common',
    explanation:
      'KCNA announces that an event will be specially recorded in the history of the nation, sometimes "with gold letters". The formula settles the historical verdict in advance, as each ceremony or campaign is announced as a milestone while it happens.',
    origin: '',
    related: ['epoch-making', 'legendary-tale'],
    guards: [],
    examples: {
      match: [
        'The launch, KCNA wrote, will be specially recorded in the history of our revolution.',
        'KCNA said the day is recorded in the history of the country with gold letters.',
      ],
      noMatch: ['The storm was the worst ever recorded in the region.'],
    },
  },
  {
    id: 'with-a-single-mind',
    phrase: 'with a single mind',
    patterns: ['with (a|one) single mind to', 'single mind to (uphold|defend|support|follow|carry out)'],
    sources: ['kcna'],
    techniques: ['appeal-to-popularity', 'set-formula'],
    tier: 'common',
    explanation:
      'KCNA says farmers, soldiers or the whole people act "with a single mind" to uphold the Party\'s line. The phrase asserts that no one thinks differently and ties unanimity to loyalty.',
    origin: '',
    related: ['single-hearted-unity', 'single-mind-and-purpose', 'turn-out-as-one'],
    guards: [],
    examples: {
      match: [
        'Workers in Pyongyang pressed ahead with a single mind to defend the Party line.',
        'KCNA said soldiers acted with a single mind to defend the leader.',
      ],
      noMatch: ['She pursued the goal with single-minded focus.'],
    },
  },
];
