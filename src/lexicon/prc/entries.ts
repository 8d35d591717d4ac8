import type { LexiconEntry } from '../../core/types';

/**
 * Markers that a passage reports the PRC government or its media speaking,
 * not merely a story about China. `common` entries whose words foreign
 * reporters also use in their own voice ("common prosperity", "the right side
 * of history") take these instead of the default markers of
 * prc/family.ts, which fire on any mention of China.
 */
export const PRC_VOICE = [
  'the chinese side', 'chinese foreign ministry', 'foreign ministry spokesperson', 'chinese embassy',
  'chinese ambassador', 'chinese envoy', 'xinhua', 'global times', 'cgtn', "people's daily", 'china daily',
  'general secretary xi', 'wang yi', 'mao ning', 'lin jian', 'wang wenbin', 'zhao lijian', 'hua chunying',
  'guo jiakun', 'geng shuang', 'cpc', 'communist party of china', 'taiwan affairs office',
  'state council information office', 'beijing (said|says|urged|urges|warned|warns)', 'chinese fm',
  'chinese foreign minister', 'foreign ministry (spokesman|spokeswoman)', 'hksar', 'the motherland', 'compatriots',
  'chinese characteristics', 'cyberspace administration',
];

export const prc: LexiconEntry[] = [
  // Grievance and protest formulas of the foreign ministry.
  {
    id: 'hurt-the-feelings-of-the-chinese-people',
    phrase: 'hurt the feelings of the Chinese people',
    patterns: [
      'hurt~v the (national|) feelings of (the|) chinese (people|nation)',
      'hurt~v the feelings of the (whole|entire) chinese (people|nation)',
      "hurt~v (the|) chinese people~n feelings",
    ],
    sources: ['prc'],
    techniques: ['loaded-language', 'flag-waving', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'The formula presents a foreign action, a statement or a visit as an injury to the emotions of the whole Chinese population, not as a disagreement with the government. It turns a policy dispute into a matter of national dignity and leaves little room for compromise. The foreign ministry and state media use it in protests against visits to the Yasukuni Shrine, meetings with the Dalai Lama, arms sales to Taiwan, and brand advertising seen as insulting.',
    origin: '',
    original: '伤害中国人民感情',
    related: ['strongly-deplores-and-firmly-opposes', 'solemn-representations', 'the-chinese-people-will-never-allow'],
    guards: [],
    examples: {
      match: [
        'The spokesperson said the visit had seriously hurt the feelings of the Chinese people.',
        'Such remarks hurt the national feelings of the Chinese nation, the ministry added.',
        'Critics said the advertisement was hurting the Chinese people’s feelings.',
      ],
      noMatch: ['The coach admitted his comments had hurt the feelings of several players.'],
    },
  },
  {
    id: 'strongly-deplores-and-firmly-opposes',
    phrase: 'strongly deplores and firmly opposes',
    patterns: [
      'strongly deplore~v and (firmly|resolutely) oppose~v',
      'strongly deplore~v and (firmly|resolutely) reject~v',
      'strong dissatisfaction and (firm|resolute) opposition',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'loaded-language'],
    tier: 'signature',
    explanation:
      'The standard English rendering of the foreign ministry’s protest formula, which pairs displeasure with opposition. The wording is fixed, so its appearance signals an official protest rather than a personal view of the spokesperson. It opens statements on sanctions, arms sales to Taiwan, resolutions on Xinjiang or Hong Kong, and similar moves by other governments.',
    origin: '',
    original: '强烈不满、坚决反对',
    related: ['solemn-representations', 'hurt-the-feelings-of-the-chinese-people', 'resolute-and-forceful-measures'],
    guards: [],
    examples: {
      match: [
        'China strongly deplores and firmly opposes the decision, the spokesperson said.',
        'Beijing expressed strong dissatisfaction and firm opposition to the arms package.',
      ],
      noMatch: ['The union strongly disagreed with the plan and voted against it.'],
    },
  },
  {
    id: 'solemn-representations',
    phrase: 'lodged solemn representations',
    patterns: ['(solemn|stern) representations', '(solemn|stern) protests and representations'],
    sources: ['prc'],
    techniques: ['set-formula', 'loaded-language'],
    tier: 'signature',
    explanation:
      'The foreign ministry’s term for a formal diplomatic protest, usually made by summoning an ambassador or contacting a foreign ministry. The adjectives "solemn" and "stern" grade the severity of the protest without saying what was said. The phrase appears in almost every ministry statement responding to a foreign action it objects to.',
    origin: '',
    original: '严正交涉',
    related: ['strongly-deplores-and-firmly-opposes', 'the-chinese-side'],
    guards: [],
    examples: {
      match: [
        'China has lodged solemn representations with the Japanese side.',
        'The embassy said it had made stern representations over the remarks.',
      ],
      noMatch: ['The tenants made representations to the council about the rent rise.'],
    },
  },
  {
    id: 'the-chinese-side',
    phrase: 'the Chinese side',
    patterns: ['the chinese side'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'A literal rendering of the word the foreign ministry uses for the Chinese government in its own statements. Spokespeople speak of "the Chinese side" and "the US side" or "the Japanese side", which frames every issue as a negotiation between two parties with positions. Reporters also use the phrase in ordinary prose about talks, so on its own it is only a weak sign of official wording.',
    origin: '',
    original: '中方',
    related: ['the-us-side', 'take-chinas-concerns-seriously', 'solemn-representations'],
    guards: ['(on|to|from|along) the chinese side of', 'the chinese side of (the|a|his|her|their) (border|family|deal|river|mountain|story)'],
    examples: {
      match: [
        'The Chinese side firmly opposes any form of official exchanges with Taiwan.',
        'Beijing said the Chinese side stands ready to deepen cooperation.',
      ],
      noMatch: ['Climbers descended on the Chinese side of the mountain.'],
    },
  },
  {
    id: 'the-us-side',
    phrase: 'the US side',
    patterns: ['the (us|american|japanese|philippine|australian|british|canadian) side'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The foreign ministry refers to other governments as "the US side", "the Japanese side" and so on, mirroring its name for itself. The phrase usually comes in demands: the US side should stop, correct or honour something. It marks the passage as an official Chinese statement about a bilateral dispute.',
    origin: '',
    original: '美方',
    related: ['the-chinese-side', 'take-chinas-concerns-seriously'],
    guards: [
      '(on|to|from|along) the (us|american|japanese|philippine|australian|british|canadian) side of',
      'the (us|american|japanese|philippine|australian|british|canadian) side of (the|a|his|her|their) (border|family|deal|story|business|team)',
    ],
    examples: {
      match: [
        'Mao Ning said the US side should stop sending wrong signals.',
        'The foreign ministry spokesperson urged the Japanese side to reflect on its history.',
      ],
      noMatch: ['Fans on the American side of the stadium cheered the winning goal.'],
    },
  },
  {
    id: 'take-chinas-concerns-seriously',
    phrase: "take China's concerns seriously",
    patterns: [
      "(take~v|took|taken) (china~n|beijing~n|the chinese side~n) (legitimate|reasonable|major|security|legitimate security|) concerns seriously",
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'A standing demand in ministry statements: other governments should take China’s concerns seriously before acting. It presents Beijing’s position as reasonable and the other side as neglectful, and it often comes before a warning of countermeasures. It is used about export controls, arms sales to Taiwan and military activity near China.',
    origin: '',
    related: ['core-interests-and-major-concerns', 'the-us-side', 'resolute-and-forceful-measures'],
    guards: [],
    examples: {
      match: [
        "We urge Washington to take China's concerns seriously and stop the sale.",
        "The ministry said Tokyo had failed to take the Chinese side's legitimate concerns seriously.",
      ],
      noMatch: ['The regulator said it would take the concerns of residents seriously.'],
    },
  },
  {
    id: 'wrong-words-and-deeds',
    phrase: 'wrong words and deeds',
    patterns: [
      '(wrong|erroneous|mistaken) words and (deeds|actions)',
      'correct~v (its|their) (wrong|erroneous) practice~n',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'loaded-language'],
    tier: 'signature',
    explanation:
      'A ministry formula that labels another government’s statements and actions as errors to be corrected. It puts China in the role of the party that decides what is right and demands correction rather than negotiation. It appears in protests and in the closing demands of press conference answers.',
    origin: '',
    original: '错误言行',
    related: ['go-further-down-the-wrong-path', 'wrong-signals-to-separatists'],
    guards: [],
    examples: {
      match: [
        'China urges the country to stop its erroneous words and deeds on Xinjiang.',
        'The spokesperson called on London to correct its wrong practices immediately.',
      ],
      noMatch: ['The children were praised for their kind words and deeds.'],
    },
  },
  {
    id: 'wrong-signals-to-separatists',
    phrase: 'send wrong signals to separatist forces',
    patterns: [
      'wrong signal~n to (the|) (taiwan independence|hong kong independence|separatist~n|anti china)',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'guilt-by-association'],
    tier: 'signature',
    explanation:
      'The ministry accuses foreign governments of sending a "wrong signal" to separatists when they deal with Taiwan, Hong Kong activists or Tibetan exiles. The formula links a diplomatic gesture to the separatist cause, so that the foreign government appears to encourage secession. It is routine in responses to congressional visits to Taipei and to arms sales.',
    origin: '',
    original: '向“台独”分裂势力发出错误信号',
    related: ['taiwan-independence-separatist-forces', 'wrong-words-and-deeds', 'the-us-side'],
    guards: [],
    examples: {
      match: [
        'The visit sends a seriously wrong signal to Taiwan independence separatist forces.',
        'Beijing said the meeting sent wrong signals to separatists.',
      ],
      noMatch: ['The late rate cut sent the wrong signal to investors.'],
    },
  },
  {
    id: 'go-further-down-the-wrong-path',
    phrase: 'go further down the wrong path',
    patterns: [
      '(go|goes|going|gone|went) (further|farther) (and further|and farther|) down the wrong (path|road)',
      'further and further down the wrong (path|road)',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'loaded-language'],
    tier: 'common',
    explanation:
      'A warning in ministry statements that another government should not "go further down the wrong path". It treats the other side’s policy as already wrong and only its continuation as open. The phrase is used as a closing demand after a protest, often with a warning of consequences. The words also occur in ordinary English, so they count only near signs of a Chinese context.',
    origin: '',
    original: '在错误的道路上越走越远',
    related: ['wrong-words-and-deeds', 'playing-with-fire'],
    guards: [],
    examples: {
      match: [
        'We urge the Philippine side not to go further down the wrong path, China said.',
        'The spokesperson said Washington was going further and further down the wrong road on Taiwan.',
      ],
      noMatch: [
        'The hikers went down the wrong path and had to turn back.',
        'Critics say the party is going further down the wrong road on housing.',
      ],
    },
  },
  {
    id: 'irresponsible-remarks',
    phrase: 'make irresponsible remarks',
    patterns: [
      '(make~v|made) irresponsible remarks',
      'irresponsible remarks (on|about) (china~n|hong kong|xinjiang|taiwan|tibet|xizang)',
    ],
    sources: ['prc'],
    techniques: ['loaded-language', 'questioning-reputation'],
    tier: 'common',
    explanation:
      'The ministry’s standard label for foreign criticism of China’s domestic affairs, rendering a Chinese idiom about gossiping and meddling. It dismisses the criticism as careless rather than engaging with it. Ordinary English also uses the words, so the phrase counts only near other signs of an official Chinese statement.',
    origin: '',
    original: '说三道四',
    related: ['in-no-position-to-lecture', 'point-fingers-at-china'],
    guards: [],
    examples: {
      match: [
        'Beijing said the minister had made irresponsible remarks on Hong Kong.',
        'China urges the EU to stop making irresponsible remarks about Xinjiang.',
      ],
      noMatch: ['The referee accused the manager of making irresponsible remarks after the game.'],
    },
  },
  {
    id: 'point-fingers-at-china',
    phrase: 'point fingers at China',
    patterns: ['point~v fingers at (china|beijing|other countries)', 'finger pointing at (china|beijing)'],
    sources: ['prc'],
    techniques: ['loaded-language', 'questioning-reputation'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'A complaint that foreign governments "point fingers" at China, rendering a Chinese idiom for meddling in others’ business. It casts criticism as rude interference and moves attention from its content to its manners. The phrase is frequent in ministry answers on human rights and trade.',
    origin: '',
    original: '指手画脚',
    related: ['irresponsible-remarks', 'in-no-position-to-lecture'],
    guards: [],
    examples: {
      match: [
        'The Chinese embassy said the US should stop pointing fingers at China.',
        'Beijing urged the bloc to stop finger-pointing at China over trade.',
      ],
      noMatch: [
        'After the defeat the players began to point fingers at each other.',
        'US officials point fingers at China over the fentanyl crisis.',
      ],
    },
  },
  {
    id: 'in-no-position-to-lecture',
    phrase: 'in no position to lecture others',
    patterns: [
      '(in no position|no right|no qualification~n|not qualified) to (lecture|preach to) (others|other countries|china|anyone)',
    ],
    sources: ['prc'],
    techniques: ['whataboutism', 'appeal-to-hypocrisy'],
    tier: 'common',
    explanation:
      'The ministry answers criticism on human rights or democracy by saying that the critic is "in no position to lecture others". It shifts the subject from China’s conduct to the critic’s record, usually followed by a list of problems in the critic’s own country. The phrase is aimed at the United States and European governments above all. The words also occur in ordinary English, so they count only near signs of a Chinese context.',
    origin: '',
    related: ['point-fingers-at-china', 'reflect-on-its-own-human-rights-problems'],
    guards: [],
    examples: {
      match: [
        'With its own record, Washington is in no position to lecture others on human rights, Beijing said.',
        'The Chinese spokesperson said Britain had no right to lecture China.',
      ],
      noMatch: [
        'As a newcomer she felt in no position to lecture her colleagues.',
        'The minister said Europe was in no position to lecture others on migration.',
      ],
    },
  },
  {
    id: 'not-worth-refuting',
    phrase: 'not worth refuting',
    patterns: ['not (even|) worth (refuting|rebutting|a rebuttal|a refutation)'],
    sources: ['prc'],
    techniques: ['conversation-killer', 'loaded-language'],
    tier: 'signature',
    explanation:
      'The ministry dismisses a report or accusation as "not worth refuting". The phrase signals contempt and declines to address the content at all. It is used for reports by think tanks, researchers and foreign media about Xinjiang, espionage or cyberattacks.',
    origin: '',
    original: '不值一驳',
    related: ['sheer-fabrication'],
    guards: [],
    examples: {
      match: [
        'The spokesperson said the report was so absurd it was not worth refuting.',
        'Such claims are not even worth a rebuttal, the ministry said.',
      ],
      noMatch: ['The argument was weak but the judge still addressed it in detail.'],
    },
  },
  {
    id: 'sheer-fabrication',
    phrase: 'sheer fabrication',
    patterns: ['(sheer|pure|total|complete|utter) fabrication~n'],
    sources: ['prc'],
    techniques: ['loaded-language', 'conversation-killer'],
    tier: 'common',
    explanation:
      'A blanket denial in ministry statements: a report is "sheer fabrication". It rejects the claim as invented without giving particulars. The words are also ordinary English, so the phrase counts only where the context shows an official Chinese response.',
    origin: '',
    original: '纯属捏造',
    related: ['not-worth-refuting', 'lie-of-the-century'],
    guards: [],
    examples: {
      match: [
        'The Chinese foreign ministry called the hacking report sheer fabrication.',
        'Beijing said the claims about the camps were pure fabrications.',
      ],
      noMatch: ['The author admitted that the memoir was a complete fabrication.'],
    },
  },
  {
    id: 'a-lie-repeated-a-thousand-times',
    phrase: 'a lie repeated a thousand times is still a lie',
    patterns: [
      'lie~n (repeated|told) a (thousand|hundred) times (is|are|remains|remain) (still|) (a lie|lies)',
    ],
    sources: ['prc'],
    techniques: ['conversation-killer', 'loaded-language'],
    tier: 'signature',
    explanation:
      'The ministry uses the saying to answer accusations that foreign governments repeat, especially about Xinjiang and Hong Kong. It presents the repetition itself as evidence of a campaign of falsehoods. The line reverses a maxim usually quoted against propaganda.',
    origin: '',
    original: '谎言重复一千遍还是谎言',
    related: ['lie-of-the-century'],
    guards: [],
    examples: {
      match: [
        'A lie repeated a thousand times is still a lie, the spokesperson said.',
        'Lies told a hundred times remain lies, the ministry added.',
      ],
      noMatch: ['The teacher repeated the question a thousand times before anyone answered.'],
    },
  },
  {
    id: 'lie-of-the-century',
    phrase: 'lie of the century',
    patterns: ['lie~n of the century', "century~n (biggest|greatest) lie"],
    sources: ['prc'],
    techniques: ['loaded-language', 'exaggeration-minimisation'],
    tier: 'common',
    explanation:
      'Chinese officials and state media call accusations of genocide and forced labour in Xinjiang "the lie of the century". The phrase rejects the accusation as a deliberate fabrication by Western governments. It appears in ministry press conferences and in press events organised on Xinjiang. The words also occur in ordinary English, so they count only near signs of a Chinese context.',
    origin: '',
    original: '世纪谎言',
    related: ['lies-about-xinjiang', 'a-lie-repeated-a-thousand-times'],
    guards: [],
    examples: {
      match: [
        'The so-called genocide in Xinjiang is the lie of the century, the spokesperson said.',
        'Chinese state media called the forced labour claims the century’s biggest lie.',
      ],
      noMatch: [
        'The diet advert made claims that seemed too good to be true.',
        'The tabloid called the scandal the lie of the century.',
      ],
    },
  },
  {
    id: 'malicious-hype',
    phrase: 'malicious hype',
    patterns: [
      'malicious (hype|hyping|smear~n|smearing|slander~n)',
      'stop hyping',
      '(maliciously|deliberately) hype~v (up|)',
    ],
    sources: ['prc'],
    techniques: ['loaded-language'],
    tier: 'common',
    explanation:
      'The ministry and Global Times say foreign media and politicians "hype" issues such as the Chinese balloon, spy cases or the origins of COVID-19. Calling coverage "malicious hype" treats it as exaggeration with a hostile motive. The phrase counts only near other signs of an official Chinese statement.',
    origin: '',
    original: '恶意炒作',
    related: ['china-threat-theory', 'some-western-media'],
    guards: [],
    examples: {
      match: [
        'The Chinese foreign ministry urged Washington to stop hyping the balloon incident.',
        'Global Times said the spy story was malicious hype.',
      ],
      noMatch: ['Fans were tired of the studio hyping every sequel.'],
    },
  },
  {
    id: 'some-western-media',
    phrase: 'some Western media',
    patterns: ['(some|certain|a few|individual) western media (outlets|organizations|organisations|)'],
    sources: ['prc'],
    techniques: ['name-calling', 'questioning-reputation'],
    tier: 'common',
    explanation:
      'Chinese officials and state media attribute critical coverage to "some Western media", a deliberately vague group. The phrase questions the motives of foreign reporting without naming the outlets. It is frequent in Global Times commentary and in ministry answers.',
    origin: '',
    original: '一些西方媒体',
    related: ['malicious-hype'],
    guards: [],
    examples: {
      match: [
        'Some Western media have distorted the facts about Xinjiang, Xinhua said.',
        'The Chinese embassy accused certain Western media outlets of bias.',
      ],
      noMatch: ['The festival drew reporters from some Western media groups last year.'],
    },
  },
  {
    id: 'presumption-of-guilt',
    phrase: 'presumption of guilt',
    patterns: ['presumption of guilt'],
    sources: ['prc'],
    techniques: ['loaded-language', 'appeal-to-hypocrisy'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The ministry rejects accusations of hacking, espionage or forced labour as based on a "presumption of guilt". Borrowing a legal term, it presents the accusers as violating their own standards of proof. The term is ordinary legal English, so it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '有罪推定',
    related: ['overstretch-the-concept-of-national-security'],
    guards: [],
    examples: {
      match: [
        'Mao Ning said the cyberattack report rested on a presumption of guilt.',
        'The Chinese embassy said the law applies a presumption of guilt to Chinese firms.',
      ],
      noMatch: ['Her lawyer argued that the new rules created a presumption of guilt.'],
    },
  },
  // Warnings and threats.
  {
    id: 'playing-with-fire',
    phrase: 'play with fire',
    patterns: ['play~v with fire'],
    sources: ['prc'],
    techniques: ['appeal-to-fear', 'loaded-language'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Chinese officials warn that foreign governments supporting Taiwan are "playing with fire". The metaphor implies danger without stating what China would do. It is an everyday English idiom too, so it counts only near signs that the passage concerns Chinese statements.',
    origin: '',
    original: '玩火',
    related: ['go-further-down-the-wrong-path'],
    guards: ['(children|kids|child) (playing|play|plays) with fire'],
    examples: {
      match: [
        'Beijing warned that Washington was playing with fire over Taiwan.',
        'The Chinese envoy said anyone who plays with fire on Taiwan should stop.',
      ],
      noMatch: [
        'The striker admitted he had been playing with fire by arguing with the referee.',
        'Critics in Congress said Washington was playing with fire over Taiwan.',
      ],
    },
  },
  {
    id: 'no-one-should-underestimate',
    phrase: 'no one should underestimate the resolve of the Chinese people',
    patterns: [
      'no one should underestimate the (strong|firm|) (resolve|determination|will)',
      'firm will and (strong|powerful) (ability|capability|capabilities)',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-fear', 'flag-waving', 'set-formula'],
    tier: 'common',
    explanation:
      'A warning formula, usually about Taiwan or territorial disputes: no one should underestimate the "strong resolve, firm will and powerful capability" of the Chinese people to defend sovereignty. It claims unanimous national backing for the government’s position and implies force without naming it. Spokespeople of the foreign ministry, the defence ministry and the Taiwan Affairs Office use it. The words also occur in ordinary English, so they count only near signs of a Chinese context.',
    origin: '',
    related: ['great-wall-of-steel', 'firmly-safeguard'],
    guards: [],
    examples: {
      match: [
        'No one should underestimate the strong resolve of the Chinese people to defend their sovereignty.',
        'China has the firm will and powerful capability to safeguard its territory.',
      ],
      noMatch: [
        'No one should underestimate how hard it is to run a small farm.',
        'No one should underestimate the resolve of the American people, the senator said.',
      ],
    },
  },
  {
    id: 'resolute-and-forceful-measures',
    phrase: 'resolute and forceful measures',
    patterns: [
      'resolute and (forceful|strong|vigorous) (measures|countermeasures|response~n|steps)',
      'resolute countermeasures',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-fear', 'set-formula'],
    tier: 'signature',
    explanation:
      'The ministry’s standard warning that China will take "resolute and forceful measures" in response to a foreign move. It signals retaliation while leaving its form unspecified, which allows both symbolic and real responses. It closes many statements on sanctions, arms sales and visits to Taiwan.',
    origin: '',
    original: '坚决有力的措施',
    related: ['strongly-deplores-and-firmly-opposes', 'all-consequences-arising-therefrom', 'firmly-safeguard'],
    guards: [],
    examples: {
      match: [
        'China will take resolute and forceful measures to defend its interests.',
        'The ministry said Beijing would respond with resolute countermeasures.',
      ],
      noMatch: ['The council promised strong measures against fly-tipping.'],
    },
  },
  {
    id: 'resolutely-smash',
    phrase: 'resolutely smash any separatist attempt',
    patterns: [
      'resolutely (smash~v|crush~v|thwart~v|foil~v)',
      'smash~v any (attempt~n|plot~n|scheme~n) (of|at|for) (taiwan independence|separatism|secession)',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-fear', 'loaded-language'],
    tier: 'signature',
    explanation:
      'Official statements promise to "resolutely smash" separatist attempts, especially moves toward Taiwan independence. The violent verb signals determination and presents opponents as plots to be destroyed. The wording is common in Taiwan Affairs Office and defence ministry statements and in Party documents.',
    origin: '',
    original: '坚决粉碎',
    related: ['taiwan-independence-separatist-forces', 'resolute-and-forceful-measures'],
    guards: [],
    examples: {
      match: [
        'The army will resolutely smash any attempt at Taiwan independence.',
        'Beijing vowed to smash any plot of secession.',
      ],
      noMatch: ['The pitcher smashed any hope of a comeback with a perfect inning.'],
    },
  },
  {
    id: 'all-consequences-arising-therefrom',
    phrase: 'all consequences arising therefrom',
    patterns: [
      'consequences arising therefrom',
      'all (the|) consequences (shall|will|must) be borne by',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-fear', 'set-formula'],
    tier: 'common',
    explanation:
      'A legalistic formula in protests: the other side "shall bear all consequences arising therefrom". It places responsibility for any escalation on the other government in advance. It often follows a demand to cancel an arms sale or a visit. Contracts use similar wording, so it counts only near signs of a Chinese context.',
    origin: '',
    original: '由此产生的一切后果',
    related: ['resolute-and-forceful-measures', 'strongly-deplores-and-firmly-opposes'],
    guards: [],
    examples: {
      match: [
        'The US side shall bear all consequences arising therefrom, the Chinese statement said.',
        'All the consequences will be borne by Tokyo, Beijing warned.',
      ],
      noMatch: [
        'Tenants must accept the consequences of late payment.',
        'The supplier is liable for all losses and consequences arising therefrom.',
      ],
    },
  },
  {
    id: 'dont-say-we-didnt-warn-you',
    phrase: "don't say we didn't warn you",
    patterns: [
      "(don't|do not) say (we|i) (didn't|did not) warn you",
      "(don't|do not) say (that|) you were not warned",
    ],
    sources: ['prc'],
    techniques: ['appeal-to-fear'],
    tier: 'common',
    explanation:
      'A classical warning formula that official commentary uses before or during confrontations with other states. In Chinese official language it is read as a signal of grave intent rather than a rhetorical flourish. It has reappeared in state commentary during border tensions with India. The idiom is also ordinary English, so it counts only near signs of a Chinese context.',
    origin: '',
    original: '勿谓言之不预',
    related: ['resolute-and-forceful-measures'],
    guards: [],
    examples: {
      match: [
        "Don't say we didn't warn you, the Global Times editorial told India.",
        "Do not say you were not warned, People's Daily wrote of the Chinese border.",
      ],
      noMatch: ["Don't say we didn't warn you about the traffic on Friday."],
    },
  },
  {
    id: 'great-wall-of-steel',
    phrase: 'great wall of steel',
    patterns: ['great wall of steel', 'heads bashed bloody', 'collision course with a great wall'],
    sources: ['prc'],
    techniques: ['appeal-to-fear', 'flag-waving'],
    tier: 'signature',
    explanation:
      'Xi Jinping warned that foreign forces trying to bully China would collide with "a great wall of steel" forged by more than 1.4 billion Chinese people. The image merges the population and the state into a single defensive force. State media quote it in nationalist commentary and military coverage.',
    origin: "Prominent since Xi Jinping's speech on the Party's centenary, 1 July 2021.",
    original: '钢铁长城',
    related: ['the-chinese-people-will-never-allow', 'no-one-should-underestimate'],
    guards: [],
    examples: {
      match: [
        'Any attempt to bully China will meet a great wall of steel, the speaker said.',
        'They will find themselves on a collision course with a great wall forged by the people.',
      ],
      noMatch: ['Tourists walked a stretch of the Great Wall near Beijing.'],
    },
  },
  {
    id: 'the-chinese-people-will-never-allow',
    phrase: 'the Chinese people will never allow',
    patterns: ['the chinese people will never (allow|accept|tolerate|permit|agree|let)'],
    sources: ['prc'],
    techniques: ['flag-waving', 'appeal-to-popularity'],
    tier: 'signature',
    explanation:
      'A formula in which the government speaks in the name of the whole people to rule something out, such as foreign bullying or Taiwan’s separation. It presents a policy as a unanimous national will that cannot be negotiated. It is frequent in leadership speeches and ministry statements.',
    origin: '',
    related: ['great-wall-of-steel', 'hurt-the-feelings-of-the-chinese-people'],
    guards: [],
    examples: {
      match: [
        'The Chinese people will never allow any foreign force to bully them.',
        'The spokesperson said the Chinese people will never accept such humiliation.',
      ],
      noMatch: ['The club will never allow fans onto the pitch after a match.'],
    },
  },
  {
    id: 'taiwan-independence-means-war',
    phrase: 'Taiwan independence means war',
    patterns: ['taiwan independence means war'],
    sources: ['prc'],
    techniques: ['appeal-to-fear', 'false-dilemma'],
    tier: 'signature',
    explanation:
      'A blunt warning from the defence ministry that any move toward formal independence for Taiwan would lead to armed conflict. It presents war as the automatic result of a political choice in Taipei. State media repeat it during military drills around the island.',
    origin: '',
    original: '“台独”就意味着战争',
    related: ['taiwan-independence-separatist-forces', 'will-never-promise-to-renounce-force'],
    guards: [],
    examples: {
      match: [
        'Taiwan independence means war, the defence ministry spokesman said.',
        'The commentary repeated that Taiwan independence means war.',
      ],
      noMatch: ['Taiwan marked its national day with a parade in Taipei.'],
    },
  },
  {
    id: 'will-never-promise-to-renounce-force',
    phrase: 'will never promise to renounce the use of force',
    patterns: ['(never|not) (promise|undertake|pledge|commit) to (renounce|abandon|give up) the use of force'],
    sources: ['prc'],
    techniques: ['appeal-to-fear', 'set-formula'],
    tier: 'signature',
    explanation:
      'A fixed line in Party and government statements on Taiwan: China strives for peaceful reunification but will never promise to renounce the use of force. It pairs a peaceful aim with a standing threat. The formula appears in white papers, Party congress reports and Taiwan Affairs Office briefings.',
    origin: '',
    original: '绝不承诺放弃使用武力',
    related: ['complete-reunification-of-the-motherland', 'taiwan-independence-means-war'],
    guards: [],
    examples: {
      match: [
        'We will never promise to renounce the use of force, the report said.',
        'Beijing does not undertake to abandon the use of force against the island.',
      ],
      noMatch: ['The rebels agreed to renounce violence in the peace deal.'],
    },
  },
  {
    id: 'stern-warning-to-separatists',
    phrase: 'a stern warning to separatist forces',
    patterns: [
      '(stern|serious|strong|severe) warning to (the|) (taiwan independence|separatist~n|external forces|dpp|lai ching te)',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-fear', 'set-formula'],
    tier: 'signature',
    explanation:
      'Military drills around Taiwan are described by the PLA and state media as "a stern warning" to separatist forces and to external interference. The phrase frames the exercises as a response to provocation and names the target audience. It accompanies announcements of large drills.',
    origin: '',
    related: ['taiwan-independence-separatist-forces', 'external-forces', 'resolutely-smash'],
    guards: [],
    examples: {
      match: [
        'The drills are a stern warning to Taiwan independence separatist forces.',
        'The command said the exercise was a serious warning to the DPP.',
      ],
      noMatch: ['The referee gave the player a stern warning for dissent.'],
    },
  },
  {
    id: 'not-afraid-of-trouble',
    phrase: 'never provokes trouble but is not afraid of trouble',
    patterns: [
      'not afraid of trouble',
      '(never|not) (provoke~v|stir~v up|seek~v) trouble (but|and|nor)',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Chinese diplomats describe their country as never provoking trouble but not afraid of trouble. The line combines a claim of restraint with a warning. It is also plausible ordinary English, so it counts only near signs of an official Chinese context.',
    origin: '',
    original: '不惹事也不怕事',
    related: ['resolute-and-forceful-measures', 'no-one-should-underestimate'],
    guards: [],
    examples: {
      match: [
        'China never provokes trouble but it is not afraid of trouble, Wang Yi said.',
        'Beijing said it does not seek trouble but will defend itself.',
      ],
      noMatch: ['The new manager said he was not afraid of trouble with the board.'],
    },
  },
  // Taiwan.
  {
    id: 'one-china-principle',
    phrase: 'one-China principle',
    patterns: ['one china principle'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The PRC’s position that there is one China, that Taiwan is part of it and that the PRC government is its sole legal government. Beijing deliberately distinguishes the "principle" from the "one-China policy" of the United States and others, which only acknowledges or takes note of that position. Official texts use the phrase as a precondition for diplomatic relations and a test of other governments’ conduct. Reporters also use the term descriptively, so it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '一个中国原则',
    related: ['there-is-but-one-china-in-the-world', 'three-joint-communiques', 'inalienable-part-of-chinas-territory'],
    guards: [],
    examples: {
      match: [
        'Mao Ning said the communique must adhere to the one-China principle.',
        'Beijing urged the parliament to abide by the one China principle.',
      ],
      noMatch: [
        'Washington says it follows a one-China policy.',
        "Analysts say the one-China principle has shaped Taiwan's diplomacy for decades.",
      ],
    },
  },
  {
    id: 'there-is-but-one-china-in-the-world',
    phrase: 'there is but one China in the world',
    patterns: [
      'there is (but|only) one china in the world',
      'belong~v to one and the same china',
      'one and the same china',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'repetition'],
    tier: 'signature',
    explanation:
      'The opening clause of Beijing’s standard statement on Taiwan, followed by the claims that Taiwan is part of China and that the PRC government is the sole legal government. The formula is repeated word for word in ministry answers and white papers. "The mainland and Taiwan belong to one and the same China" is a variant aimed at Taiwanese audiences.',
    origin: '',
    original: '世界上只有一个中国',
    related: ['one-china-principle', 'inalienable-part-of-chinas-territory'],
    guards: [],
    examples: {
      match: [
        'There is but one China in the world, and Taiwan is part of it.',
        'The two sides of the Strait belong to one and the same China.',
      ],
      noMatch: ['There is only one café in the village.'],
    },
  },
  {
    id: 'inalienable-part-of-chinas-territory',
    phrase: "an inalienable part of China's territory",
    patterns: [
      "(inalienable|inseparable|integral) part of (china~n|the chinese|chinese) territory",
      'inalienable part of china',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'flag-waving'],
    tier: 'signature',
    explanation:
      'The official description of Taiwan, Tibet, the South China Sea islands and other claimed territory. "Inalienable" presents the claim as beyond negotiation. The formula is repeated in white papers, ministry statements and state media reports on territorial questions.',
    origin: '',
    original: '中国领土不可分割的一部分',
    related: ['one-china-principle', 'inherent-territory'],
    guards: [],
    examples: {
      match: [
        "Taiwan is an inalienable part of China's territory, the spokesperson said.",
        'The islands have always been an integral part of Chinese territory, Xinhua said.',
      ],
      noMatch: ['Music is an integral part of the school day.'],
    },
  },
  {
    id: 'core-of-chinas-core-interests',
    phrase: "the core of China's core interests",
    patterns: ["core of (china~n|the chinese|its|beijing~n) core interests", 'core of the core interests'],
    sources: ['prc'],
    techniques: ['set-formula', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'Chinese leaders describe the Taiwan question as "the core of China’s core interests". The phrase ranks Taiwan above every other issue in relations with Washington. It appears in readouts of summit calls and in ministry statements.',
    origin: '',
    original: '中国核心利益中的核心',
    related: ['core-interests', 'first-red-line', 'core-interests-and-major-concerns'],
    guards: [],
    examples: {
      match: [
        "The Taiwan question is at the core of China's core interests.",
        'Xi told Biden that Taiwan is the core of the core interests.',
      ],
      noMatch: ['Customer service lies at the core of the firm’s strategy.'],
    },
  },
  {
    id: 'first-red-line',
    phrase: 'the first red line',
    patterns: ['the first red line'],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'Chinese officials call Taiwan "the first red line that must not be crossed" in China-US relations. The ordinal ranks the issue above all others and implies a graded series of red lines. The phrase appears in readouts of high-level talks and in ministry comments on visits to Taiwan.',
    origin: '',
    original: '第一条红线',
    related: ['core-of-chinas-core-interests', 'political-foundation-of-relations'],
    guards: [],
    examples: {
      match: [
        'The Taiwan question is the first red line that must not be crossed.',
        'Wang Yi warned Washington not to cross the first red line.',
      ],
      noMatch: ['The first red card of the season went to a defender.'],
    },
  },
  {
    id: 'political-foundation-of-relations',
    phrase: 'the bedrock of the political foundation',
    patterns: [
      'bedrock of the political foundation',
      'political foundation of (china us|sino us|china japan|the china us) relations',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'Official statements call the one-China principle the "political foundation" of China-US or China-Japan relations, and sometimes the bedrock of that foundation. The phrase makes Taiwan policy a condition for the whole relationship. It is a standard element of summit readouts and protests.',
    origin: '',
    original: '政治基础',
    related: ['first-red-line', 'one-china-principle', 'three-joint-communiques'],
    guards: [],
    examples: {
      match: [
        'The one-China principle is the bedrock of the political foundation of the relationship.',
        'The sale undermines the political foundation of China-US relations.',
      ],
      noMatch: ['The party’s political foundation was a network of local clubs.'],
    },
  },
  {
    id: 'three-joint-communiques',
    phrase: 'the three China-US joint communiqués',
    patterns: [
      'three (china us|sino us|) joint (communiques|communiqués)',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'The agreements of 1972, 1979 and 1982 between Beijing and Washington. Chinese statements invoke them together with the one-China principle as commitments the United States must honour, while Washington also cites the Taiwan Relations Act, which Beijing rejects. Their mention signals the official Chinese reading of the Taiwan question.',
    origin: '',
    original: '中美三个联合公报',
    related: ['one-china-principle', 'political-foundation-of-relations'],
    guards: [],
    examples: {
      match: [
        'The US should abide by the three China-US joint communiques.',
        'The spokesperson cited the three joint communiqués and the one-China principle.',
      ],
      noMatch: ['The leaders issued a joint communique after the summit.'],
    },
  },
  {
    id: 'taiwan-independence-separatist-forces',
    phrase: 'Taiwan independence separatist forces',
    patterns: [
      'taiwan independence (separatist~n|separatism|forces|elements|secessionist~n|activities|moves|attempts|provocations)',
      'separatist (forces|activities) (seeking|for) taiwan independence',
    ],
    sources: ['prc'],
    techniques: ['name-calling', 'set-formula'],
    tier: 'signature',
    explanation:
      'The official label for advocates of Taiwanese independence, which Beijing applies to the governing Democratic Progressive Party and its leaders. It groups elected politicians with "separatists" and treats their positions as a threat to the nation. The phrase appears in statements by the Taiwan Affairs Office, the defence ministry and the foreign ministry, often paired with "external forces".',
    origin: '',
    original: '“台独”分裂势力',
    related: ['taiwan-independence', 'external-forces', 'diehard-separatists', 'dpp-authorities'],
    guards: [],
    examples: {
      match: [
        'The drills target Taiwan independence separatist forces and their collusion with outsiders.',
        'Beijing condemned the latest Taiwan independence provocations.',
      ],
      noMatch: ['Taiwan held local elections on Saturday.'],
    },
  },
  {
    id: 'taiwan-independence',
    phrase: 'Taiwan independence',
    patterns: ['taiwan independence'],
    sources: ['prc'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'common',
    context: [
      'separatist~n', 'reunification', 'motherland', 'compatriots', 'the mainland', 'dpp authorities',
      'external forces', 'one china principle', 'the chinese side', 'taiwan affairs office', 'xinhua',
      'global times', 'cgtn', "people's daily", 'spokesperson',
    ],
    explanation:
      'In official Chinese usage "Taiwan independence" (often in quotation marks) names a movement to be opposed and crushed, not a political option. State media attach it to the DPP and to any expression of Taiwanese identity they object to. Because reporters use the words neutrally too, the phrase counts only near other official formulas.',
    origin: '',
    original: '台独',
    related: ['taiwan-independence-separatist-forces', 'complete-reunification-of-the-motherland'],
    guards: [],
    examples: {
      match: [
        'The spokesperson said Taiwan independence is a dead end and reunification is inevitable.',
        'The Taiwan Affairs Office said it would punish diehards who pursue Taiwan independence.',
      ],
      noMatch: ['Polls show that support for Taiwan independence has risen among young voters.'],
    },
  },
  {
    id: 'diehard-separatists',
    phrase: 'diehard Taiwan independence separatists',
    patterns: ['taiwan independence diehard~n', 'diehard (taiwan independence|separatist~n)'],
    sources: ['prc'],
    techniques: ['name-calling'],
    tier: 'signature',
    explanation:
      'The Taiwan Affairs Office names individual Taiwanese politicians as "diehard" supporters of independence and announces punishments for them and their relatives’ businesses. The label singles out a small group as incorrigible enemies. It appears in sanction lists and in statements on Taiwanese elections.',
    origin: '',
    original: '“台独”顽固分子',
    related: ['taiwan-independence-separatist-forces', 'dpp-authorities'],
    guards: [],
    examples: {
      match: [
        'The office added two lawmakers to its list of Taiwan independence diehards.',
        'Diehard separatists will be held accountable for life, the spokesperson said.',
      ],
      noMatch: ['Diehard fans queued overnight for tickets.'],
    },
  },
  {
    id: 'dpp-authorities',
    phrase: 'the DPP authorities',
    patterns: ['(the|) dpp authorities', '(lai ching te|tsai ing wen) authorities'],
    sources: ['prc'],
    techniques: ['name-calling', 'euphemism'],
    tier: 'signature',
    explanation:
      'Official Chinese texts call Taiwan’s government "the DPP authorities" or "the Lai Ching-te authorities" so as not to name it a government. The phrase treats the elected administration as a party faction. It is standard in Taiwan Affairs Office briefings and in state media reports on the island.',
    origin: '',
    original: '民进党当局',
    related: ['taiwan-region', 'taiwan-independence-separatist-forces'],
    guards: [],
    examples: {
      match: [
        'The DPP authorities are colluding with external forces, the spokeswoman said.',
        'Xinhua said the Lai Ching-te authorities were stoking confrontation.',
      ],
      noMatch: ['The DPP won a third straight presidential election.'],
    },
  },
  {
    id: 'taiwan-region',
    phrase: 'the Taiwan region',
    patterns: [
      '(leader|leaders|authorities) of (china~n|the) taiwan region',
      'taiwan region of china',
      "china~n taiwan (region|province)",
      'taiwan province of china',
    ],
    sources: ['prc'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'signature',
    explanation:
      'State media call Taiwan’s president "the leader of the Taiwan region" and the island a region or province of China. The wording denies that Taiwan has a state or a head of state. It is a consistent style rule in Xinhua, CGTN and the foreign ministry.',
    origin: '',
    original: '中国台湾地区',
    related: ['dpp-authorities', 'one-china-principle'],
    guards: [],
    examples: {
      match: [
        'The leader of the Taiwan region made a stopover in New York.',
        'Beijing objected to calling China’s Taiwan region a country.',
      ],
      noMatch: ['The typhoon brought heavy rain to the region around Taipei.'],
    },
  },
  {
    id: 'compatriots-across-the-strait',
    phrase: 'compatriots on both sides of the Strait',
    patterns: [
      'compatriots (on both sides of|across) the (taiwan|) strait~n',
      'taiwan compatriots',
      '(hong kong|macao|macau) compatriots',
      'compatriots in (taiwan|hong kong|macao|macau)',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'flag-waving'],
    tier: 'signature',
    explanation:
      'Official texts address the people of Taiwan, Hong Kong and Macao as "compatriots", members of one nation with the mainland. The word frames a political claim as a family bond. It appears in New Year messages, Taiwan Affairs Office statements and reunification rhetoric.',
    origin: '',
    original: '两岸同胞',
    related: ['complete-reunification-of-the-motherland', 'return-to-the-motherland'],
    guards: [],
    examples: {
      match: [
        'Compatriots on both sides of the Strait share the same roots, the message said.',
        'The policy will benefit Taiwan compatriots studying on the mainland.',
      ],
      noMatch: ['Ferries cross the strait every hour in summer.'],
    },
  },
  {
    id: 'complete-reunification-of-the-motherland',
    phrase: 'complete reunification of the motherland',
    patterns: [
      'complete reunification',
      'reunification of the motherland',
      '(national|china~n|the motherland~n) reunification is (a|an|) (historical|historic) inevitability',
    ],
    sources: ['prc'],
    techniques: ['flag-waving', 'slogans'],
    tier: 'signature',
    explanation:
      'The Party’s stated goal for Taiwan, described as a "historic mission" and an inevitability. "Reunification" presents bringing Taiwan, which the PRC has never governed, under Beijing’s rule as restoring a lost unity. The phrase is a staple of leadership speeches, Party congress reports and white papers.',
    origin: '',
    original: '祖国完全统一',
    related: ['peaceful-reunification', 'one-country-two-systems', 'compatriots-across-the-strait'],
    guards: [],
    examples: {
      match: [
        'The complete reunification of the motherland must be realised, Xi said.',
        'National reunification is a historical inevitability, the white paper says.',
      ],
      noMatch: ['The band announced its reunion tour in the spring.'],
    },
  },
  {
    id: 'peaceful-reunification',
    phrase: 'peaceful reunification',
    patterns: ['peaceful reunification'],
    sources: ['prc'],
    techniques: ['set-formula', 'euphemism'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Beijing’s preferred path to bringing Taiwan under its rule, always paired with the refusal to renounce force. "Peaceful" casts the aim as benign while the alternative remains on the table. Reporters also use the term when describing the policy, so it counts only near official voices.',
    origin: '',
    original: '和平统一',
    related: ['complete-reunification-of-the-motherland', 'will-never-promise-to-renounce-force', 'one-country-two-systems'],
    guards: [],
    examples: {
      match: [
        'General Secretary Xi said the CPC would strive for peaceful reunification with the greatest sincerity.',
        'The Taiwan Affairs Office said peaceful reunification serves compatriots on both sides.',
      ],
      noMatch: [
        'Analysts doubt that peaceful reunification is still a realistic goal for Beijing.',
        'Xi Jinping said Beijing would strive for peaceful reunification.',
      ],
    },
  },
  {
    id: 'one-country-two-systems',
    phrase: 'one country, two systems',
    patterns: [
      'one country , two systems',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'slogans'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The arrangement under which Hong Kong and Macao keep separate legal and economic systems under Chinese sovereignty, also offered to Taiwan. Official texts present it as a success and a model while critics say it has been hollowed out in Hong Kong. The phrase is a fixed slogan in Party documents and state media. Reporters also use the term descriptively, so it counts only near signs of an official Chinese statement.',
    origin: 'Proposed by Deng Xiaoping in the early 1980s, originally with Taiwan in mind; applied to Hong Kong in 1997 and Macao in 1999.',
    original: '一国两制',
    related: ['patriots-administering-hong-kong', 'complete-reunification-of-the-motherland'],
    guards: [],
    examples: {
      match: [
        'The one-country-two-systems model has been a great success, Xinhua said.',
        'The CPC praised the policy of one country, two systems in a statement on Macao.',
        'Xinhua said the "one country, two systems" principle guarantees the city’s prosperity.',
      ],
      noMatch: [
        'Critics say the one-country-two-systems framework has been hollowed out.',
        'Xinhua noted that the trade policy of one country can shake markets everywhere.',
      ],
    },
  },
  {
    id: 'the-1992-consensus',
    phrase: 'the 1992 Consensus',
    patterns: ['1992 consensus'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Beijing’s term for an understanding that both sides of the Strait belong to one China, which it makes a condition for official contact with Taiwan. The DPP rejects that any such consensus exists, while the KMT accepts it with its own interpretation. State media and the Taiwan Affairs Office invoke it as a test of Taiwanese politicians. Reporters also use the term descriptively, so it counts only near signs of an official Chinese statement.',
    origin: 'The term was coined in 2000 by Taiwanese official Su Chi for the outcome of cross-Strait talks in 1992.',
    original: '九二共识',
    related: ['one-china-principle', 'dpp-authorities'],
    guards: [],
    examples: {
      match: [
        'Adhering to the 1992 Consensus is the basis for dialogue, the Taiwan Affairs Office said.',
        'Xinhua said the DPP refuses to accept the 1992 Consensus.',
      ],
      noMatch: ['The KMT candidate said he accepts the 1992 Consensus.'],
    },
  },
  {
    id: 'using-taiwan-to-contain-china',
    phrase: 'using Taiwan to contain China',
    patterns: ['(use~v|used|using) taiwan to contain china', '(play~v|playing) the taiwan card'],
    sources: ['prc'],
    techniques: ['causal-oversimplification', 'loaded-language'],
    tier: 'signature',
    explanation:
      'A ministry charge that Washington supports Taiwan only as a tool against China. It reduces US policy to a strategy of containment and Taiwan to a pawn. The phrase is common in ministry answers and Global Times commentary on arms sales and visits.',
    origin: '',
    original: '以台制华',
    related: ['contain-and-suppress', 'the-us-side'],
    guards: [],
    examples: {
      match: [
        'Washington is using Taiwan to contain China, the spokesperson said.',
        'Some politicians keep playing the Taiwan card, the paper said.',
      ],
      noMatch: ['The firm is using Taiwan as a base for its Asian operations.'],
    },
  },
  {
    id: 'return-to-the-motherland',
    phrase: 'return to the motherland',
    patterns: ['(return~v|returned) to the motherland', 'embrace of the motherland'],
    sources: ['prc'],
    techniques: ['flag-waving', 'euphemism'],
    tier: 'signature',
    explanation:
      'The official term for the transfer of Hong Kong (1997) and Macao (1999) to Chinese sovereignty, also projected onto Taiwan. It casts the handover as a homecoming into the "embrace of the motherland". Anniversaries are marked with this wording in state media.',
    origin: '',
    original: '回归祖国',
    related: ['one-country-two-systems', 'compatriots-across-the-strait'],
    guards: [],
    examples: {
      match: [
        "Hong Kong marked the anniversary of its return to the motherland.",
        'Macao returned to the embrace of the motherland in 1999, Xinhua said.',
      ],
      noMatch: ['The athlete returned to her home town after the games.'],
    },
  },
  {
    id: 'chinese-mainland',
    phrase: 'the Chinese mainland',
    patterns: ['chinese mainland'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'Xinhua and other official outlets say "the Chinese mainland" where foreign media usually write "mainland China". The word order makes the mainland a part of China alongside Taiwan, Hong Kong and Macao rather than China itself. It is a marker of official style, common in routine reports on statistics and health.',
    origin: '',
    original: '中国大陆',
    related: ['taiwan-region', 'compatriots-across-the-strait'],
    guards: [],
    examples: {
      match: [
        'The Chinese mainland reported 40 new cases on Monday.',
        'Students from the Chinese mainland make up a third of the intake.',
      ],
      noMatch: ['The ferry links the island to the mainland twice a day.'],
    },
  },
  // Hong Kong, Xinjiang, Tibet: sovereignty and separatism.
  {
    id: 'patriots-administering-hong-kong',
    phrase: 'patriots administering Hong Kong',
    patterns: [
      'patriots (administering|governing|running) (hong kong|macao|macau)',
      '(hong kong|macao|macau) (is|be|being|must be) (administered|governed) by patriots',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'flag-waving'],
    tier: 'signature',
    explanation:
      'The principle that only "patriots" may hold power in Hong Kong and Macao. Since patriotism is defined by loyalty to the central government and the Party, the phrase justifies vetting candidates and excluding the opposition. It is the official rationale for Hong Kong’s electoral overhaul.',
    origin: "Deng Xiaoping set the standard in the 1980s; it became the basis of Hong Kong's electoral overhaul in 2021.",
    original: '爱国者治港',
    related: ['hong-kong-people-administering-hong-kong', 'one-country-two-systems', 'from-chaos-to-order'],
    guards: [],
    examples: {
      match: [
        'The new rules ensure patriots administering Hong Kong, the liaison office said.',
        'Hong Kong must be governed by patriots, officials insisted.',
      ],
      noMatch: ['Fans waved flags as patriots cheered the team in Hong Kong.'],
    },
  },
  {
    id: 'hong-kong-people-administering-hong-kong',
    phrase: 'Hong Kong people administering Hong Kong',
    patterns: ['hong kong people (administering|governing) hong kong', 'macao people (administering|governing) macao'],
    sources: ['prc'],
    techniques: ['set-formula', 'slogans'],
    tier: 'signature',
    explanation:
      'One of the founding slogans of the Hong Kong handover, paired with "a high degree of autonomy". Official texts still repeat it, now qualified by the requirement that those in power be patriots. Its use signals the official account of the territory’s constitutional order.',
    origin: '',
    original: '港人治港',
    related: ['patriots-administering-hong-kong', 'one-country-two-systems'],
    guards: [],
    examples: {
      match: [
        'The principle of Hong Kong people administering Hong Kong remains unchanged.',
        'Officials said Macao people governing Macao had been a success.',
      ],
      noMatch: ['Hong Kong people queued for hours to buy the new phone.'],
    },
  },
  {
    id: 'from-chaos-to-order',
    phrase: 'from chaos to order',
    patterns: ['from chaos to (order|governance|good governance|stability)', 'from (order|stability) to prosperity'],
    sources: ['prc'],
    techniques: ['slogans', 'causal-oversimplification'],
    tier: 'common',
    explanation:
      'The official narrative of Hong Kong since 2019: the national security law moved the city "from chaos to order", and now "from order to prosperity". The slogan credits Beijing’s measures with ending unrest and frames the protests as chaos. It recurs in statements by the Hong Kong and Macao Affairs Office and in state media.',
    origin: '',
    original: '由乱到治、由治及兴',
    related: ['patriots-administering-hong-kong', 'black-clad-rioters'],
    guards: [],
    examples: {
      match: [
        'Hong Kong has moved from chaos to order and is advancing from order to prosperity, Xinhua said.',
        'Officials in Beijing said the law took Hong Kong from chaos to good governance.',
      ],
      noMatch: ['The new coach took the team from chaos to order in a single season.'],
    },
  },
  {
    id: 'black-clad-rioters',
    phrase: 'black-clad rioters',
    patterns: ['black clad rioters', 'rioters in black', 'black (violence|terror) in hong kong'],
    sources: ['prc'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'common',
    explanation:
      'State media called the 2019 Hong Kong protesters "black-clad rioters" and the protests "black violence". The labels treat a mass movement as criminal violence. They recur in retrospective coverage of the national security law.',
    origin: '',
    original: '黑衣暴徒',
    related: ['from-chaos-to-order', 'anti-china-forces'],
    guards: [],
    examples: {
      match: [
        'CGTN showed footage of black-clad rioters attacking a police station in Hong Kong.',
        'The paper said Hong Kong residents had suffered from rioters in black.',
      ],
      noMatch: ['Police in Paris arrested several rioters in black hoods.'],
    },
  },
  {
    id: 'overall-jurisdiction',
    phrase: 'overall jurisdiction over Hong Kong',
    patterns: [
      '(overall|comprehensive) jurisdiction over (hong kong|macao|macau|the hksar|the sar|the special administrative region~n)',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'The central government’s claim to "overall jurisdiction" over Hong Kong and Macao, set out in a 2014 white paper. It places the territories’ autonomy under Beijing’s authority rather than beside it. Official texts pair it with "a high degree of autonomy".',
    origin: "Set out in the State Council's white paper on Hong Kong of June 2014.",
    original: '全面管治权',
    related: ['one-country-two-systems', 'patriots-administering-hong-kong'],
    guards: [],
    examples: {
      match: [
        'The central government exercises overall jurisdiction over Hong Kong.',
        'Beijing affirmed its comprehensive jurisdiction over the special administrative region.',
      ],
      noMatch: ['The federal court has overall jurisdiction over the dispute.'],
    },
  },
  {
    id: 'stop-interfering',
    phrase: "stop interfering in China's internal affairs",
    patterns: [
      "stop (interfering|meddling) in (china~n|hong kong~n|xinjiang~n|taiwan~n|tibet~n|xizang~n|chinese|other countries~n)",
      "(stop|cease) (using|exploiting) (hong kong|xinjiang|taiwan|tibet|human rights) (issues|) to (interfere|meddle)",
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'conversation-killer'],
    tier: 'signature',
    explanation:
      'The standard closing demand of ministry statements on foreign criticism: stop interfering in China’s internal affairs. It recasts comment or sanctions as illegitimate meddling. The formula appears almost daily in press conferences during disputes over Hong Kong, Xinjiang and Taiwan.',
    origin: '',
    original: '停止干涉中国内政',
    related: ['the-us-side'],
    guards: [],
    examples: {
      match: [
        "We urge the US to stop interfering in China's internal affairs.",
        'The embassy told London to stop using Hong Kong issues to interfere in China.',
      ],
      noMatch: ['Her mother told her to stop interfering in her brother’s wedding plans.'],
    },
  },
  {
    id: 'xinjiang-related-issues',
    phrase: 'Xinjiang-related issues',
    patterns: [
      '(xinjiang|hong kong|tibet|xizang) related (issue~n|affair~n|question~n|lie~n|rumour~n|rumor~n|disinformation)',
    ],
    sources: ['prc'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'signature',
    explanation:
      'The official term for the controversies over Xinjiang, Hong Kong or Tibet. Calling them "related issues" names the place rather than the accusations, which keeps detentions or arrests out of the sentence. The ministry usually adds that they are not about human rights but about security.',
    origin: '',
    original: '涉疆问题',
    related: ['lies-about-xinjiang'],
    guards: [],
    examples: {
      match: [
        'The spokesperson answered questions on Xinjiang-related issues.',
        'Beijing rejected the Hong Kong-related rumours spread abroad.',
      ],
      noMatch: ['Flights to Xinjiang were delayed by snow.'],
    },
  },
  {
    id: 'vocational-education-and-training-centres',
    phrase: 'vocational education and training centres',
    patterns: [
      'vocational (skills|) education and training (centers|centres|center|centre|institution~n)',
      'education and training (centers|centres) in xinjiang',
    ],
    sources: ['prc'],
    techniques: ['euphemism'],
    tier: 'common',
    context: ['xinjiang', 'uygur~n', 'uyghur~n', 'uighur~n', 'trainees', 'extremism', 'deradicalization', 'de radicalization', 'terrorism'],
    explanation:
      'The official name for the detention facilities in Xinjiang, which the government describes as voluntary schools for counter-terrorism. Researchers and journalists describe them as internment camps, and the UN human rights office called the detention there arbitrary in 2022. The name presents mass detention as education; the phrase counts only in a Xinjiang context because vocational colleges elsewhere use similar names.',
    origin: '',
    original: '职业技能教育培训中心',
    related: ['counter-terrorism-and-deradicalization', 'three-evil-forces', 'lies-about-xinjiang'],
    guards: [],
    examples: {
      match: [
        'Officials in Xinjiang said the vocational education and training centres had closed.',
        'Trainees at the vocational skills education and training center learned Mandarin.',
      ],
      noMatch: ['The college runs vocational education and training centres across Bavaria.'],
    },
  },
  {
    id: 'counter-terrorism-and-deradicalization',
    phrase: 'counter-terrorism and de-radicalization',
    patterns: [
      '(counter terrorism|counterterrorism|anti terrorism) and (de radicalization|de radicalisation|deradicalization|deradicalisation)',
    ],
    sources: ['prc'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'common',
    explanation:
      'The official justification for security policy in Xinjiang. Presenting the measures as counter-terrorism places them in a familiar international frame and the critics outside it. The phrase is paired with claims that no terrorist attack has happened in the region for years.',
    origin: '',
    original: '反恐、去极端化',
    related: ['vocational-education-and-training-centres', 'three-evil-forces'],
    guards: [],
    examples: {
      match: [
        'Xinjiang’s counter-terrorism and de-radicalization efforts have brought stability, Xinhua said.',
        'The white paper on Xinjiang praised counterterrorism and deradicalization work.',
      ],
      noMatch: ['The ministry funds counter-terrorism and de-radicalisation programmes in prisons.'],
    },
  },
  {
    id: 'three-evil-forces',
    phrase: 'three evil forces',
    patterns: ['three evil forces'],
    sources: ['prc'],
    techniques: ['name-calling', 'set-formula'],
    tier: 'signature',
    explanation:
      'Terrorism, separatism and religious extremism, grouped as the "three evil forces". The grouping lets official texts treat peaceful advocacy for autonomy and violent attacks as one threat. It is used in Xinjiang policy and in the Shanghai Cooperation Organisation.',
    origin: 'Mirrors the 2001 Shanghai Convention on combating terrorism, separatism and extremism.',
    original: '三股势力',
    related: ['east-turkistan-forces', 'counter-terrorism-and-deradicalization'],
    guards: [],
    examples: {
      match: [
        'The region will crack down on the three evil forces, the official said.',
        'SCO members pledged to fight the three evil forces together.',
      ],
      noMatch: ['The film’s villains are three evil wizards.'],
    },
  },
  {
    id: 'east-turkistan-forces',
    phrase: 'East Turkistan forces',
    patterns: ['east (turkistan|turkestan) (forces|terrorist~n|elements|separatist~n|terrorist forces)'],
    sources: ['prc'],
    techniques: ['name-calling'],
    tier: 'signature',
    explanation:
      'The official label for Uyghur groups abroad, from militant organisations to exile advocacy groups. The label places all of them under terrorism and separatism. It appears in white papers, ministry statements and state media on Xinjiang.',
    origin: '',
    original: '“东突”势力',
    related: ['three-evil-forces', 'lies-about-xinjiang'],
    guards: [],
    examples: {
      match: [
        'East Turkistan forces abroad spread rumours, the spokesperson said.',
        'The ministry named the group as East Turkestan terrorists.',
      ],
      noMatch: ['The museum exhibits carpets from East Turkestan.'],
    },
  },
  {
    id: 'people-of-all-ethnic-groups',
    phrase: 'people of all ethnic groups',
    patterns: ['people of all ethnic groups', 'all ethnic groups in (xinjiang|xizang|tibet|china)'],
    sources: ['prc'],
    techniques: ['appeal-to-popularity', 'set-formula'],
    tier: 'common',
    explanation:
      'Official texts credit policies to, and claim the support of, "the people of all ethnic groups". The phrase presents minority regions as united behind the Party and is used to answer criticism about Xinjiang and Tibet. It is a standard element of leadership speeches.',
    origin: '',
    original: '各族人民',
    related: ['sense-of-community-for-the-chinese-nation', 'ethnic-unity'],
    guards: [],
    examples: {
      match: [
        'People of all ethnic groups in Xinjiang live in harmony, the official said.',
        'Xi Jinping called on people of all ethnic groups to unite around the Party.',
      ],
      noMatch: ['The charity welcomes people of all ethnic groups and faiths.'],
    },
  },
  {
    id: 'sense-of-community-for-the-chinese-nation',
    phrase: 'a strong sense of community for the Chinese nation',
    patterns: ['sense of community (for|of) the chinese nation'],
    sources: ['prc'],
    techniques: ['slogans', 'flag-waving'],
    tier: 'signature',
    explanation:
      'A slogan of ethnic policy under Xi Jinping, calling for a shared national identity above ethnic ones. It underpins Mandarin-first schooling and the promotion of a single Chinese identity in minority regions. The phrase is frequent in Party documents on Xinjiang, Tibet and Inner Mongolia.',
    origin: '',
    original: '铸牢中华民族共同体意识',
    related: ['people-of-all-ethnic-groups', 'ethnic-unity'],
    guards: [],
    examples: {
      match: [
        'Officials must forge a strong sense of community for the Chinese nation.',
        'The schools promote a sense of community of the Chinese nation.',
      ],
      noMatch: ['The festival gave residents a strong sense of community.'],
    },
  },
  {
    id: 'ethnic-unity',
    phrase: 'ethnic unity',
    patterns: ['ethnic (unity|solidarity)', 'unity (among|of) all ethnic groups'],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Official Chinese texts praise "ethnic unity" in minority regions and award model units for it. The phrase frames state policy as harmony and dissent as a threat to it. The words also appear in other countries’ politics, so the phrase counts only near signs of an official Chinese statement.',
    origin: '',
    original: '民族团结',
    related: ['people-of-all-ethnic-groups', 'sense-of-community-for-the-chinese-nation'],
    guards: [],
    examples: {
      match: [
        'Xinjiang held a month of events to promote ethnic unity, Xinhua said.',
        'The CPC praised Tibet as a model of ethnic solidarity.',
      ],
      noMatch: [
        'The president appealed for ethnic unity after the election.',
        "Beijing's ethnic unity campaigns have drawn criticism from rights groups.",
      ],
    },
  },
  {
    id: 'lies-about-xinjiang',
    phrase: 'lies about Xinjiang',
    patterns: [
      '(lie~n|rumour~n|rumor~n|fabrication~n) about xinjiang',
      '(forced labor|forced labour|genocide) (lie~n|rumour~n|rumor~n|narrative~n|fabrication~n)',
    ],
    sources: ['prc'],
    techniques: ['loaded-language', 'doubt'],
    tier: 'signature',
    explanation:
      'The ministry and state media dismiss reports of forced labour, mass detention and birth controls in Xinjiang as "lies" or "rumours". The phrase denies the substance of the reports while questioning the motives of those who make them. It often accompanies press events featuring residents of the region.',
    origin: '',
    original: '涉疆谎言',
    related: ['lie-of-the-century', 'xinjiang-related-issues'],
    guards: [],
    examples: {
      match: [
        'The press conference aimed to debunk lies about Xinjiang.',
        'State media said the forced labour narrative was designed to hurt the cotton industry.',
      ],
      noMatch: ['The museum tells stories about Xinjiang’s silk road past.'],
    },
  },
  {
    id: 'dalai-clique',
    phrase: 'the Dalai clique',
    patterns: ['dalai (lama|) clique'],
    sources: ['prc'],
    techniques: ['name-calling'],
    tier: 'signature',
    explanation:
      'The official label for the Dalai Lama and the Tibetan government in exile. "Clique" denies them any standing as a religious or political authority. The term appears in white papers, ministry statements and Tibet coverage.',
    origin: '',
    original: '达赖集团',
    related: ['xizang', 'peaceful-liberation-of-xizang', 'anti-china-forces'],
    guards: [],
    examples: {
      match: [
        'The Dalai clique has long engaged in separatist activities, Xinhua said.',
        'The spokesperson criticised the Dalai Lama clique for the meeting.',
      ],
      noMatch: ['The Dalai Lama spoke to students in Dharamsala.'],
    },
  },
  {
    id: 'xizang',
    phrase: 'Xizang',
    patterns: ['xizang'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'The Mandarin name for Tibet, which official English-language texts now use instead of "Tibet". Using the Mandarin name in English stresses that the region is part of China. Foreign media rarely use it except when quoting official sources.',
    origin: 'Official English-language material has used it increasingly since about 2023.',
    original: '西藏',
    related: ['peaceful-liberation-of-xizang', 'dalai-clique'],
    guards: [],
    examples: {
      match: [
        'The white paper describes development in Xizang over the past decade.',
        'Tourism in Xizang hit a record, CGTN said.',
      ],
      noMatch: ['Monks in Tibet marked the festival quietly.'],
    },
  },
  {
    id: 'peaceful-liberation-of-xizang',
    phrase: 'peaceful liberation of Xizang',
    patterns: ['peaceful liberation of (tibet|xizang)'],
    sources: ['prc'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'signature',
    explanation:
      'The official name for the People’s Liberation Army’s entry into Tibet in 1950-51 and the agreement that followed. "Liberation" presents the takeover as freeing Tibetans from feudal rule. Anniversaries are marked with this wording in official media.',
    origin: '',
    original: '西藏和平解放',
    related: ['xizang', 'feudal-serfdom-in-old-tibet'],
    guards: [],
    examples: {
      match: [
        'The city celebrated the anniversary of the peaceful liberation of Xizang.',
        'Since the peaceful liberation of Tibet, living standards have soared, the paper said.',
      ],
      noMatch: ['The peaceful protest ended without arrests.'],
    },
  },
  {
    id: 'feudal-serfdom-in-old-tibet',
    phrase: 'feudal serfdom in old Tibet',
    patterns: [
      'theocratic feudal serfdom',
      'serfdom in old (tibet|xizang)',
      '(serf~n|serfs) emancipation day',
    ],
    sources: ['prc'],
    techniques: ['loaded-language', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'Official histories describe pre-1959 Tibet as a "theocratic feudal serfdom" from which the Party freed a million serfs. The description presents Chinese rule as emancipation and the old Tibetan elite, including the Dalai Lama, as serf owners. It is repeated in white papers and in state media around Serfs’ Emancipation Day.',
    origin: "Serfs' Emancipation Day has been marked in Tibet every 28 March since 2009.",
    original: '政教合一的封建农奴制',
    related: ['peaceful-liberation-of-xizang', 'dalai-clique'],
    guards: [],
    examples: {
      match: [
        'The exhibition shows the cruelty of theocratic feudal serfdom.',
        'Lhasa celebrated Serfs’ Emancipation Day with a flag-raising ceremony.',
      ],
      noMatch: ['The lecture covered serfdom in medieval Russia.'],
    },
  },
  {
    id: 'uygur-spelling',
    phrase: 'Uygur',
    patterns: ['uygur~n'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'The official PRC spelling of Uyghur, as in "Xinjiang Uygur Autonomous Region". Most foreign media write Uyghur or Uighur, so the spelling marks text that follows Xinhua’s style. It is a sign of the source rather than a persuasive device in itself.',
    origin: '',
    original: '维吾尔',
    related: ['xinjiang-related-issues', 'people-of-all-ethnic-groups'],
    guards: [],
    examples: {
      match: [
        'The Xinjiang Uygur Autonomous Region reported a record cotton harvest.',
        'Uygur dancers performed at the gala.',
      ],
      noMatch: ['Uyghur activists protested outside the embassy.'],
    },
  },
  {
    id: 'sinicization-of-religion',
    phrase: 'Sinicization of religion',
    patterns: [
      '(sinicization|sinicisation) of (religion~n|islam|christianity|buddhism|catholicism|protestantism)',
      '(sinicize~v|sinicise~v) (religion~n|islam|christianity|buddhism)',
      '(religion~n|religious groups) (to|) adapt~v to (a|the|) socialist society',
    ],
    sources: ['prc'],
    techniques: ['euphemism', 'slogans'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The Party’s policy of making religions "Chinese in orientation" and compatible with socialism. In practice it has covered new official interpretations of scripture, the removal of domes and crosses, and closer Party oversight of clergy. Official texts present it as a natural adaptation to Chinese culture. Reporters also use the term descriptively, so it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '宗教中国化',
    related: ['sense-of-community-for-the-chinese-nation', 'core-socialist-values'],
    guards: [],
    examples: {
      match: [
        'The CPC called for upholding the Sinicization of Islam.',
        'The rules require religions to adapt to socialist society, Xinhua said.',
      ],
      noMatch: ['Rights groups criticise the sinicization of religion in Xinjiang.'],
    },
  },
  {
    id: 'splittist',
    phrase: 'splittist',
    patterns: ['splittist~n', 'splittism'],
    sources: ['prc'],
    techniques: ['name-calling'],
    tier: 'signature',
    explanation:
      'An official English coinage for advocates of independence or autonomy in Tibet, Xinjiang, Taiwan or Hong Kong. The word puts peaceful activists and militants under one charge of splitting the country. It is rare outside Chinese official translation.',
    origin: '',
    original: '分裂分子',
    related: ['taiwan-independence-separatist-forces', 'dalai-clique'],
    guards: [],
    examples: {
      match: [
        'The court convicted him of splittism.',
        'Xinhua accused the group of splittist activities.',
      ],
      noMatch: ['The band split after a bitter tour.'],
    },
  },
  {
    id: 'separatist-forces',
    phrase: 'separatist forces',
    patterns: ['separatist forces'],
    sources: ['prc'],
    techniques: ['name-calling'],
    tier: 'common',
    context: ['taiwan', 'xinjiang', 'tibet', 'xizang', 'hong kong', 'the motherland', 'reunification', 'the chinese side', 'cpc', 'xinhua'],
    explanation:
      'Official texts call supporters of Taiwanese, Tibetan, Uyghur or Hong Kong self-determination "separatist forces". The word "forces" presents political opponents as an organised hostile power. The phrase is also used neutrally about armed rebels elsewhere, so it counts only in a Chinese context.',
    origin: '',
    original: '分裂势力',
    related: ['taiwan-independence-separatist-forces', 'splittist', 'external-forces'],
    guards: ['(russian backed|russia backed|pro russian|kurdish|tamil) separatist forces'],
    examples: {
      match: [
        'The drills targeted separatist forces seeking independence for Taiwan.',
        'Xinhua said separatist forces in Tibet had been defeated.',
      ],
      noMatch: ['Separatist forces in the east shelled the city overnight.'],
    },
  },
  {
    id: 'hostile-foreign-forces',
    phrase: 'hostile foreign forces',
    patterns: ['hostile (foreign|western|overseas|external) forces', '(foreign|western|overseas) hostile forces'],
    sources: ['prc'],
    techniques: ['name-calling', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'The Party’s term for foreign actors it accuses of trying to subvert socialist rule, from governments to NGOs and media. It frames domestic dissent as the product of outside enemies. It is frequent in security, propaganda and education directives.',
    origin: '',
    original: '境外敌对势力',
    related: ['external-forces', 'anti-china-forces', 'black-hands'],
    guards: [],
    examples: {
      match: [
        'Hostile foreign forces are trying to westernize and divide China, the directive warned.',
        'The official blamed Western hostile forces for the unrest.',
      ],
      noMatch: ['The troops came under fire from hostile forces near the border.'],
    },
  },
  {
    id: 'external-forces',
    phrase: 'external forces',
    patterns: ['external forces'],
    sources: ['prc'],
    techniques: ['name-calling', 'causal-oversimplification'],
    tier: 'common',
    context: [...PRC_VOICE, 'separatist~n', 'taiwan independence', 'motherland', 'reunification', 'hong kong affairs'],
    explanation:
      'Official statements blame unrest or Taiwan’s stance on "external forces", usually meaning the United States and its allies. The vague phrase attributes local events to foreign manipulation without naming evidence. It is paired with "separatist forces" in statements on Taiwan and Hong Kong.',
    origin: '',
    original: '外部势力',
    related: ['hostile-foreign-forces', 'separatist-forces', 'collusion-with-external-forces'],
    guards: ['external forces (acting|applied|act|exerted)', 'external forces such as'],
    examples: {
      match: [
        'The Taiwan Affairs Office warned against collusion between separatists and external forces.',
        'Wang Yi said external forces were meddling in Hong Kong affairs.',
      ],
      noMatch: ['The beam bends when external forces act on it.'],
    },
  },
  {
    id: 'collusion-with-external-forces',
    phrase: 'collusion with external forces',
    patterns: [
      'collusion with (foreign|external|overseas) (forces|elements|countries|powers)',
      'collude~v with (foreign|external|overseas) (forces|elements|powers)',
    ],
    sources: ['prc'],
    techniques: ['guilt-by-association', 'name-calling'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'One of the offences under Hong Kong’s national security law, also used loosely to accuse Taiwanese politicians and activists. The phrase turns foreign contact such as lobbying or interviews into a security crime. It appears in charges, court reports and ministry statements. Reporters also use the term descriptively, so it counts only near signs of an official Chinese statement.',
    origin: "One of the four offences in Hong Kong's national security law of June 2020.",
    original: '勾结外国或者境外势力',
    related: ['external-forces', 'hostile-foreign-forces', 'patriots-administering-hong-kong'],
    guards: [],
    examples: {
      match: [
        'Xinhua said he was charged with collusion with foreign forces.',
        'The DPP authorities collude with external forces to seek independence, the Taiwan Affairs Office said.',
      ],
      noMatch: ['He was charged with collusion with foreign forces.'],
    },
  },
  {
    id: 'black-hands',
    phrase: 'black hands',
    patterns: ['black hand~n (behind|of (the us|washington|foreign|external|western))', 'black hands (meddling|interfering)'],
    sources: ['prc'],
    techniques: ['name-calling', 'causal-oversimplification'],
    tier: 'common',
    explanation:
      'Official statements describe foreign governments as "black hands" behind protests in Hong Kong or elsewhere. The image of a hidden hand attributes unrest to foreign manipulation. It was frequent during the 2019 Hong Kong protests.',
    origin: '',
    original: '黑手',
    related: ['external-forces', 'hostile-foreign-forces'],
    guards: [],
    examples: {
      match: [
        'The ministry said the US was the black hand behind the Hong Kong unrest.',
        'Beijing accused foreign black hands meddling in its affairs.',
      ],
      noMatch: ['The novel tells of a secret society called the Black Hand behind the murders.'],
    },
  },
  {
    id: 'anti-china-forces',
    phrase: 'anti-China forces',
    patterns: [
      'anti china (forces|elements|politicians|troublemakers|rioters|figures|clowns)',
    ],
    sources: ['prc'],
    techniques: ['name-calling'],
    tier: 'signature',
    explanation:
      'The official label for critics of Beijing at home and abroad, from Hong Kong activists to US lawmakers. It presents opposition to the Party’s policies as hostility to China and the Chinese people. The phrase is frequent in Global Times commentary and ministry answers.',
    origin: '',
    original: '反华势力',
    related: ['hostile-foreign-forces', 'china-threat-theory'],
    guards: [],
    examples: {
      match: [
        'The paper said anti-China forces were behind the report.',
        'Anti-China politicians in Washington keep hyping the issue, he said.',
      ],
      noMatch: ['Anti-corruption officials raided the offices on Monday.'],
    },
  },
  // Sovereignty, interests and territory.
  {
    id: 'core-interests',
    phrase: 'core interests',
    patterns: ['core interests'],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Beijing labels issues it will not compromise on, above all Taiwan, Tibet, Xinjiang and Hong Kong, as "core interests". The label moves an issue out of negotiation and warns that pressure will be met with retaliation. The words are also ordinary business English, so they count only near signs of a Chinese context.',
    origin: '',
    original: '核心利益',
    related: ['core-interests-and-major-concerns', 'core-of-chinas-core-interests', 'firmly-safeguard'],
    guards: ['(business|company~n|firm~n|shareholder~n|customer~n|member~n|client~n) core interests'],
    examples: {
      match: [
        'Beijing said Taiwan touched on its core interests.',
        'China will never compromise on its core interests, the foreign ministry spokesperson said.',
      ],
      noMatch: [
        'The merger would protect the shareholders’ core interests, the board said.',
        'Beijing views Taiwan as part of its core interests, analysts say.',
      ],
    },
  },
  {
    id: 'core-interests-and-major-concerns',
    phrase: 'core interests and major concerns',
    patterns: [
      'core interests and major concerns',
      "each other~n core interests",
      "(respect~v|accommodate~v) china~n core interests",
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'A formula of Chinese diplomacy calling on partners to respect "each other’s core interests and major concerns". In practice it asks other governments to accept Beijing’s positions on Taiwan and other sensitive issues in exchange for cooperation. It is standard in joint statements and summit readouts.',
    origin: '',
    original: '核心利益和重大关切',
    related: ['core-interests', 'mutual-respect', 'take-chinas-concerns-seriously'],
    guards: [],
    examples: {
      match: [
        'The two sides agreed to support each other’s core interests and major concerns.',
        "Washington must respect China's core interests, Wang said.",
      ],
      noMatch: ['The survey asked voters about their major concerns.'],
    },
  },
  {
    id: 'sovereignty-security-and-development-interests',
    phrase: 'sovereignty, security and development interests',
    patterns: ['security and development interests'],
    sources: ['prc'],
    techniques: ['set-formula', 'repetition'],
    tier: 'common',
    context: ['sovereignty', 'sovereign'],
    explanation:
      'A standing triad in ministry statements: China will defend its sovereignty, security and development interests. Adding "development" places trade and technology disputes in the same category as territorial defence. The phrase often follows announcements of countermeasures. The phrase counts only when "sovereignty" stands nearby, completing the triad.',
    origin: '',
    original: '主权、安全、发展利益',
    related: ['firmly-safeguard', 'core-interests', 'resolute-and-forceful-measures'],
    guards: [],
    examples: {
      match: [
        'China will firmly safeguard its sovereignty, security and development interests.',
        'The sanctions harm China’s sovereignty and its security and development interests, the ministry said.',
      ],
      noMatch: ['The summit discussed the region’s security and development interests.'],
    },
  },
  {
    id: 'firmly-safeguard',
    phrase: 'firmly safeguard',
    patterns: [
      '(firmly|resolutely|staunchly) safeguard~v',
      'resolutely (defend~v|uphold~v) china~n (sovereignty|territorial integrity|security|dignity)',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'flag-waving'],
    tier: 'signature',
    explanation:
      'A fixed verb phrase in official statements: China will "firmly safeguard" its sovereignty, interests or the international order. The adverb signals resolve and carries an implied warning. It is very frequent in ministry and defence statements.',
    origin: '',
    original: '坚定维护',
    related: ['sovereignty-security-and-development-interests', 'jointly-safeguard', 'resolute-and-forceful-measures'],
    guards: [],
    examples: {
      match: [
        'China will firmly safeguard its territorial sovereignty, the spokesperson said.',
        "The army will resolutely defend China's sovereignty.",
      ],
      noMatch: ['The charity works to protect children from harm.'],
    },
  },
  {
    id: 'jointly-safeguard',
    phrase: 'jointly safeguard',
    patterns: ['jointly safeguard~v'],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'A verb phrase of Chinese joint statements: the two sides will "jointly safeguard" peace, multilateralism or regional stability. It presents a partner as aligned with China’s positions. Other governments use it too, so it counts only near signs of a Chinese context.',
    origin: '',
    original: '共同维护',
    related: ['firmly-safeguard', 'true-multilateralism'],
    guards: [],
    examples: {
      match: [
        'China and Russia will jointly safeguard regional peace and stability.',
        'Beijing and its partners pledged to jointly safeguard the international order.',
      ],
      noMatch: ['The two countries pledged to jointly safeguard the Baltic Sea against sabotage.'],
    },
  },
  {
    id: 'inherent-territory',
    phrase: 'inherent territory',
    patterns: [
      'inherent territory',
      "(chinese|china~n) territory since ancient times",
      'part of china since ancient times',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'Official texts call Taiwan, the Diaoyu Islands and the South China Sea islands China’s "inherent territory" that has belonged to it "since ancient times". The formula appeals to history to put the claim beyond dispute. Japan uses the same legal term for its own claims, which the guard excludes.',
    origin: '',
    original: '固有领土',
    related: ['inalienable-part-of-chinas-territory', 'diaoyu-dao', 'chinese-names-for-south-china-sea-features'],
    guards: ['inherent territory of (japan|korea|south korea|the republic of korea)', "(japan~n|korea~n) inherent territory"],
    examples: {
      match: [
        'The Diaoyu Dao are China’s inherent territory, the ministry said.',
        'The islands have been Chinese territory since ancient times.',
      ],
      noMatch: ["Tokyo says the islands are an inherent territory of Japan."],
    },
  },
  {
    id: 'diaoyu-dao',
    phrase: 'Diaoyu Dao and its affiliated islands',
    patterns: ['diaoyu dao', '(diaoyu|its) affiliated islands'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'The official Chinese name for the islands Japan administers as the Senkaku. Using "Diaoyu Dao and its affiliated islands" asserts China’s claim in the name itself. Foreign media usually write "Senkaku/Diaoyu islands".',
    origin: '',
    original: '钓鱼岛及其附属岛屿',
    related: ['inherent-territory', 'chinese-names-for-south-china-sea-features'],
    guards: [],
    examples: {
      match: [
        'The coast guard patrolled the waters off Diaoyu Dao.',
        'Diaoyu and its affiliated islands belong to China, the statement said.',
      ],
      noMatch: ['Japan’s coast guard reported ships near the Senkaku islands.'],
    },
  },
  {
    id: 'chinese-names-for-south-china-sea-features',
    phrase: 'Huangyan Dao',
    patterns: [
      'huangyan dao',
      "ren'ai jiao",
      'ren ai jiao',
      'xianbin jiao',
      'tiexian jiao',
      'nansha qundao',
      'xisha qundao',
      'nanhai zhudao',
      'meiji jiao',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'Official Chinese names for disputed features in the South China Sea, such as Huangyan Dao (Scarborough Shoal) and Ren’ai Jiao (Second Thomas Shoal). State media use them in English to assert the claim through naming. Foreign media normally use the English or Philippine names.',
    origin: '',
    original: '黄岩岛',
    related: ['inherent-territory', 'infringement-and-provocation', 'a-piece-of-waste-paper'],
    guards: [],
    examples: {
      match: [
        'The China Coast Guard expelled a vessel near Huangyan Dao.',
        "Manila tried to resupply the warship grounded at Ren'ai Jiao.",
      ],
      noMatch: ['Philippine boats reached Second Thomas Shoal on Sunday.'],
    },
  },
  {
    id: 'infringement-and-provocation',
    phrase: 'infringement and provocation',
    patterns: ['infringement~n and provocation~n', 'infringing and provocative (acts|actions|activities|moves)'],
    sources: ['prc'],
    techniques: ['loaded-language', 'set-formula'],
    tier: 'signature',
    explanation:
      'The China Coast Guard and the ministry describe Philippine and Vietnamese activity in disputed waters as "infringement and provocation". The label assumes China’s claim and casts the other side as the aggressor. It heads statements after confrontations at sea.',
    origin: '',
    original: '侵权挑衅',
    related: ['chinese-names-for-south-china-sea-features', 'a-piece-of-waste-paper'],
    guards: [],
    examples: {
      match: [
        'The coast guard said it had dealt with the infringement and provocation according to law.',
        'Manila must stop its infringing and provocative acts, the spokesperson said.',
      ],
      noMatch: ['The lawsuit alleges patent infringement by a rival firm.'],
    },
  },
  {
    id: 'a-piece-of-waste-paper',
    phrase: 'a piece of waste paper',
    patterns: ['piece of waste paper', 'null and void and (has|have|with) no binding force'],
    sources: ['prc'],
    techniques: ['loaded-language', 'conversation-killer'],
    tier: 'signature',
    explanation:
      'Chinese officials dismissed the 2016 South China Sea arbitration award as "nothing more than a piece of waste paper". The phrase denies the ruling any legal weight without engaging its reasoning. It reappears on each anniversary of the award and in maritime disputes with Manila.',
    origin: 'Used by Chinese officials about the South China Sea arbitration award of July 2016.',
    original: '一张废纸',
    related: ['infringement-and-provocation', 'chinese-names-for-south-china-sea-features'],
    guards: [],
    examples: {
      match: [
        'The award is nothing more than a piece of waste paper, the official said.',
        'China says the ruling is null and void and has no binding force.',
      ],
      noMatch: ['Please put waste paper in the blue bin.'],
    },
  },
  {
    id: 'not-an-inch-of-territory',
    phrase: 'not an inch of territory',
    patterns: [
      "(an|one|a single) inch of (china~n|chinese|its|our|the motherland~n|foreign|other countries~n) (territory|land)",
    ],
    sources: ['prc'],
    techniques: ['flag-waving', 'exaggeration-minimisation'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Chinese leaders say China will never give up "an inch" of its territory and has never taken an inch of anyone else’s. The formula pairs absolute firmness with a claim of innocence. It recurs in leadership speeches and defence ministry statements.',
    origin: '',
    related: ['inherent-territory', 'firmly-safeguard'],
    guards: [],
    examples: {
      match: [
        'The CPC will not give up a single inch of its territory, the editorial said.',
        'China has never occupied an inch of foreign land, Wang Yi said.',
      ],
      noMatch: ['The general said his troops would not give up an inch of our land to the invaders.'],
    },
  },
  // Party doctrine, leader formulas and slogans.
  {
    id: 'socialism-with-chinese-characteristics',
    phrase: 'socialism with Chinese characteristics',
    patterns: ['socialism with chinese characteristics'],
    sources: ['prc'],
    techniques: ['set-formula', 'slogans'],
    tier: 'signature',
    explanation:
      'The Party’s name for its system, combining one-party rule with market economics. The formula claims continuity with Marxism while allowing almost any policy to be presented as adapted to Chinese conditions. It appears in the Party constitution and in nearly every leadership speech.',
    origin: "Deng Xiaoping's formula, set out at the 12th Party Congress in 1982.",
    original: '中国特色社会主义',
    related: ['xi-jinping-thought', 'new-era-new-journey', 'four-confidences'],
    guards: [],
    examples: {
      match: [
        'The plenum vowed to advance socialism with Chinese characteristics.',
        'Delegates praised the path of socialism with Chinese characteristics.',
      ],
      noMatch: ['The restaurant serves pizza with Chinese toppings.'],
    },
  },
  {
    id: 'xi-jinping-thought',
    phrase: 'Xi Jinping Thought',
    patterns: [
      'xi jinping (economic|) thought',
      'thought on socialism with chinese characteristics for a new era',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-authority', 'set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Short for "Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era", the doctrine written into the Party and state constitutions. Naming a "Thought" after a living leader puts him alongside Mao and makes his statements guiding doctrine. Official texts call for studying and applying it across every field, with variants on diplomacy, the economy and the rule of law. Reporters also use the term descriptively, so it counts only near signs of an official Chinese statement.',
    origin: 'Added to the Party constitution at the 19th Party Congress in October 2017 and to the state constitution in 2018.',
    original: '习近平新时代中国特色社会主义思想',
    related: ['socialism-with-chinese-characteristics', 'comrade-xi-jinping-at-the-core', 'two-establishments'],
    guards: [],
    examples: {
      match: [
        'Officials must study Xi Jinping Thought in depth, the CPC circular said.',
        'The course covers Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, Xinhua said.',
      ],
      noMatch: [
        'Xi Jinping arrived in Paris on Sunday for a state visit.',
        'Students in Shanghai now take classes on Xi Jinping Thought.',
      ],
    },
  },
  {
    id: 'comrade-xi-jinping-at-the-core',
    phrase: 'with Comrade Xi Jinping at its core',
    patterns: [
      'with (comrade|) xi jinping at (its|the) core',
      'core of the (cpc|party) central committee',
      'core of the (whole|entire) party',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-authority', 'set-formula'],
    tier: 'signature',
    explanation:
      'The honorific formula "the Party Central Committee with Comrade Xi Jinping at its core" names Xi as the "core" of the leadership. It marks his personal authority over the collective leadership and recurs in almost every Xinhua political report. Officials pledge loyalty to the core as a test of political reliability.',
    origin: "Xi Jinping was named the leadership's core at the Sixth Plenary Session of the 18th Central Committee in October 2016.",
    original: '以习近平同志为核心的党中央',
    related: ['two-establishments', 'rally-closely-around-the-central-committee', 'xi-jinping-thought'],
    guards: [],
    examples: {
      match: [
        'Under the Party Central Committee with Comrade Xi Jinping at its core, the country achieved great things.',
        'Delegates hailed Xi as the core of the Party Central Committee.',
      ],
      noMatch: ['The committee kept its core members after the vote.'],
    },
  },
  {
    id: 'two-establishments',
    phrase: 'the Two Establishments',
    patterns: [
      '(decisive significance of|uphold~v|upholding|understand~v) the two establishments',
      'two establishments and (the|) two (upholds|safeguards)',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'The Party formula that affirms Xi Jinping’s status as the core and the guiding role of his Thought. Officials are required to grasp the "decisive significance" of these two establishments, which makes loyalty to Xi a doctrinal matter. The phrase is used in Party study material and official speeches.',
    origin: "Drawn from the Party's historical resolution of November 2021.",
    original: '两个确立',
    related: ['two-upholds', 'comrade-xi-jinping-at-the-core', 'four-consciousnesses'],
    guards: [],
    examples: {
      match: [
        'Cadres must fully understand the decisive significance of the Two Establishments.',
        'The meeting stressed the Two Establishments and the Two Upholds.',
      ],
      noMatch: ['Inspectors closed two establishments for hygiene breaches.'],
    },
  },
  {
    id: 'two-upholds',
    phrase: 'the Two Upholds',
    patterns: ['two upholds', '(achieve~v|achieving|realize~v|ensure~v) the two safeguards'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'The duty to uphold Xi Jinping’s core status and the Central Committee’s centralised authority. The slogan translates political loyalty into a checklist for officials. It is frequent in discipline inspection reports and Party meeting readouts.',
    origin: '',
    original: '两个维护',
    related: ['two-establishments', 'four-consciousnesses'],
    guards: [],
    examples: {
      match: [
        'Officials must put the Two Upholds into practice, the inspectors said.',
        'The bureau vowed to achieve the Two Safeguards.',
      ],
      noMatch: ['The contract includes two safeguards for tenants.'],
    },
  },
  {
    id: 'four-consciousnesses',
    phrase: 'the Four Consciousnesses',
    patterns: ['four consciousnesses', 'four spheres of (awareness|consciousness)'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'A Party slogan listing awareness of politics, of the overall picture, of the core and of alignment with the leadership. It is a loyalty test for officials, cited in disciplinary rulings and study sessions. The awkward English marks it as a translated Party formula.',
    origin: '',
    original: '四个意识',
    related: ['four-confidences', 'two-upholds', 'two-establishments'],
    guards: [],
    examples: {
      match: [
        'Members must strengthen the Four Consciousnesses, the notice said.',
        'He was criticised for lacking the four consciousnesses.',
      ],
      noMatch: ['The poem describes four states of mind.'],
    },
  },
  {
    id: 'four-confidences',
    phrase: 'the Four Confidences',
    patterns: ['four confidences', 'four matters of confidence', 'four spheres of confidence'],
    sources: ['prc'],
    techniques: ['slogans', 'flag-waving'],
    tier: 'signature',
    explanation:
      'Confidence in the path, theory, system and culture of socialism with Chinese characteristics. The slogan presents the political system as a source of pride and rejects Western models. It appears in Party study material and speeches.',
    origin: '',
    original: '四个自信',
    related: ['four-consciousnesses', 'socialism-with-chinese-characteristics'],
    guards: [],
    examples: {
      match: [
        'Students should firmly hold the Four Confidences.',
        'The lecture explained the four matters of confidence.',
      ],
      noMatch: ['The coach listed four reasons for confidence before the final.'],
    },
  },
  {
    id: 'four-comprehensives',
    phrase: 'the Four Comprehensives',
    patterns: ['four comprehensives', 'four pronged comprehensive strategy'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'Xi Jinping’s strategic slogan bundling a prosperous society, deep reform, rule of law and strict Party governance. Numbered bundles like this package policy as doctrine that officials memorise. The phrase appears in Party texts and Xinhua explainers.',
    origin: '',
    original: '四个全面',
    related: ['five-sphere-integrated-plan', 'full-and-rigorous-self-governance'],
    guards: [],
    examples: {
      match: [
        'The plan follows the Four Comprehensives strategic layout.',
        'Xinhua explained the four-pronged comprehensive strategy.',
      ],
      noMatch: ['The survey was comprehensive and covered four regions.'],
    },
  },
  {
    id: 'five-sphere-integrated-plan',
    phrase: 'five-sphere integrated plan',
    patterns: ['five sphere integrated plan', 'five in one (overall|) (plan|layout)'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'The Party’s overall plan covering economic, political, cultural, social and ecological progress. Like other numbered formulas it turns policy into a doctrine to be recited. It appears alongside the Four Comprehensives in Party documents.',
    origin: '',
    original: '五位一体',
    related: ['four-comprehensives', 'ecological-civilization'],
    guards: [],
    examples: {
      match: [
        'The region implemented the five-sphere integrated plan.',
        'The report stressed the five-in-one overall layout.',
      ],
      noMatch: ['The shop sells a five-in-one cleaning spray.'],
    },
  },
  {
    id: 'chinese-dream',
    phrase: 'the Chinese Dream',
    patterns: [
      'chinese dream',
      'chinese dream of (the great|great|) (national|) rejuvenation',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'flag-waving'],
    tier: 'signature',
    explanation:
      'Xi Jinping’s signature slogan, defined as the great rejuvenation of the Chinese nation. It links personal aspirations to national power under Party leadership. State media attach it to achievements in sport, space and the economy.',
    origin: 'Put forward by Xi Jinping in November 2012, shortly after he became Party leader.',
    original: '中国梦',
    related: ['rejuvenation-of-the-chinese-nation', 'two-centenary-goals'],
    guards: [],
    examples: {
      match: [
        'Young people should work hard to realize the Chinese Dream.',
        'The Chinese Dream of national rejuvenation inspires the nation, the paper said.',
        'Posters about the Chinese Dream lined the streets of the county town.',
      ],
      noMatch: ['Many migrants came with dreams of a better life in China.'],
    },
  },
  {
    id: 'rejuvenation-of-the-chinese-nation',
    phrase: 'the great rejuvenation of the Chinese nation',
    patterns: ['rejuvenation of the chinese nation', 'great national rejuvenation'],
    sources: ['prc'],
    techniques: ['flag-waving', 'slogans'],
    tier: 'signature',
    explanation:
      'The Party’s overarching historical goal: restoring China to what official texts call its rightful place after a century of humiliation. It frames policy, including unification with Taiwan, as part of a national destiny. The phrase appears in most major speeches by Xi Jinping.',
    origin: '',
    original: '中华民族伟大复兴',
    related: ['chinese-dream', 'century-of-humiliation', 'complete-reunification-of-the-motherland'],
    guards: [],
    examples: {
      match: [
        'Xi called for the great rejuvenation of the Chinese nation.',
        'Reunification is essential to the great national rejuvenation, the white paper said.',
      ],
      noMatch: ['The town centre is undergoing rejuvenation.'],
    },
  },
  {
    id: 'chinese-people-have-stood-up',
    phrase: 'the Chinese people have stood up',
    patterns: [
      'the chinese people have stood up',
      'standing up to growing (rich|prosperous)',
      'growing (rich|prosperous) to becoming strong',
    ],
    sources: ['prc'],
    techniques: ['flag-waving', 'slogans'],
    tier: 'signature',
    explanation:
      'A line associated with the founding of the People’s Republic, now extended into a three-step story: China stood up under Mao, grew rich under reform and is becoming strong under Xi. The narrative credits the Party with each stage. It recurs in anniversary speeches and commentary.',
    origin: "Associated with Mao Zedong's speech to the first plenary session of the CPPCC in September 1949.",
    original: '中国人民站起来了',
    related: ['rejuvenation-of-the-chinese-nation', 'century-of-humiliation'],
    guards: [],
    examples: {
      match: [
        'The film recalls the day Mao declared that the Chinese people have stood up.',
        'The nation has made a leap from standing up to growing rich.',
      ],
      noMatch: ['The audience stood up to applaud the Chinese pianist.'],
    },
  },
  {
    id: 'chinese-modernization',
    phrase: 'Chinese-style modernization',
    patterns: [
      'chinese (style|path to|) (modernization|modernisation)',
      '(modernization|modernisation) with chinese characteristics',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'The Party’s name for its development model, presented as an alternative to Western modernization that avoids colonialism and war. It positions China as a model for the Global South. The phrase is the central theme of recent Party congress reports and state media commentary.',
    origin: 'Made the central theme of the 20th Party Congress report in October 2022.',
    original: '中国式现代化',
    related: ['socialism-with-chinese-characteristics', 'high-quality-development', 'new-quality-productive-forces'],
    guards: [],
    examples: {
      match: [
        'Chinese-style modernization offers a new choice for developing countries.',
        'The plenum mapped out the Chinese path to modernization.',
        'Officials were told to advance Chinese modernization on all fronts.',
      ],
      noMatch: ['The palace was modernized in a Chinese style in the 1920s.'],
    },
  },
  {
    id: 'whole-process-peoples-democracy',
    phrase: "whole-process people's democracy",
    patterns: ["whole process (people~n|) democracy"],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'The Party’s term for China’s political system, presented as a fuller democracy than electoral systems because the people are consulted at every stage. It answers Western criticism by redefining democracy rather than rejecting it. It features in white papers, Two Sessions coverage and ministry statements.',
    origin: "Xi Jinping called people's democracy a whole-process democracy during a visit to Shanghai in November 2019; the term became standard from 2021.",
    original: '全过程人民民主',
    related: ['democracy-is-not-coca-cola', 'two-sessions'],
    guards: [],
    examples: {
      match: [
        "China practises whole-process people's democracy, the white paper said.",
        'Deputies praised whole-process democracy at the session.',
      ],
      noMatch: ['The whole process took three weeks.'],
    },
  },
  {
    id: 'people-centred-development',
    phrase: 'people-centred development philosophy',
    patterns: [
      'people (centered|centred) development (philosophy|thought)',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'signature',
    explanation:
      'The Party’s claim that its development policy puts the people at the centre. The formula claims popular backing for decisions taken by the Party leadership. It appears in Party documents and Xinhua features.',
    origin: '',
    original: '以人民为中心的发展思想',
    related: ['aspiration-for-a-better-life', 'common-prosperity'],
    guards: [],
    examples: {
      match: [
        'The plan follows a people-centered development philosophy.',
        'Officials stressed the people-centred development thought.',
      ],
      noMatch: ['The clinic takes a people-centred approach to care.'],
    },
  },
  {
    id: 'common-prosperity',
    phrase: 'common prosperity',
    patterns: ['common prosperity'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'A Party goal of narrowing income gaps, revived by Xi Jinping amid regulation of tech firms and high incomes. It frames redistribution and regulation as a moral and socialist aim. The words also appear in other countries’ and regional bodies’ speeches, so they count only near signs of a Chinese context.',
    origin: 'An old Party goal, revived by Xi Jinping in 2021.',
    original: '共同富裕',
    related: ['people-centred-development', 'high-quality-development'],
    guards: [],
    examples: {
      match: [
        'Common prosperity is an essential requirement of socialism, the CPC journal said.',
        'Chinese tech firms pledged billions to common prosperity, Global Times said.',
      ],
      noMatch: [
        'The charity’s aim is common prosperity for the valley’s farmers.',
        'Xi Jinping has made common prosperity a signature theme.',
      ],
    },
  },
  {
    id: 'aspiration-for-a-better-life',
    phrase: "the people's aspiration for a better life",
    patterns: [
      "people~n (aspiration~n|yearning|longing) for a (better|beautiful) life",
      '(ever growing|growing) needs for a better life',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values'],
    tier: 'common',
    explanation:
      'Xi Jinping’s line that "the people’s aspiration for a better life is our goal" presents Party policy as serving popular wishes. It appears in leadership speeches and in Xinhua features on livelihood projects. The words are also ordinary English, so they count only near signs of a Chinese context.',
    origin: '',
    original: '人民对美好生活的向往',
    related: ['people-centred-development', 'principal-contradiction'],
    guards: [],
    examples: {
      match: [
        "Xi Jinping said the people's aspiration for a better life is the Party's goal.",
        'China must meet the ever-growing needs for a better life, the report said.',
      ],
      noMatch: ['Migrants spoke of their longing for a better life abroad.'],
    },
  },
  {
    id: 'principal-contradiction',
    phrase: 'the principal contradiction facing Chinese society',
    patterns: [
      'principal contradiction (facing|in) (chinese|our) society',
      'unbalanced and inadequate development',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'Marxist language for the main problem the Party must solve, now defined as unbalanced and inadequate development versus the people’s growing needs for a better life. The formula frames economic policy in doctrinal terms. It is cited in Party documents and speeches.',
    origin: 'Redefined in the 19th Party Congress report of October 2017.',
    original: '社会主要矛盾',
    related: ['aspiration-for-a-better-life', 'high-quality-development'],
    guards: [],
    examples: {
      match: [
        'The principal contradiction facing Chinese society has changed.',
        'The report blamed unbalanced and inadequate development.',
      ],
      noMatch: ['The main contradiction in the novel is between love and duty.'],
    },
  },
  {
    id: 'new-era-new-journey',
    phrase: 'the new journey in the new era',
    patterns: ['new journey (in|of) the new era', 'new era and (on|) (the|) new journey'],
    sources: ['prc'],
    techniques: ['slogans', 'repetition'],
    tier: 'signature',
    explanation:
      'A pair of slogans that divide recent history into a "new era" under Xi Jinping and a "new journey" toward modernization. The phrasing frames the present as a decisive historical stage. It is ubiquitous in Xinhua political reporting.',
    origin: '',
    original: '新时代新征程',
    related: ['xi-jinping-thought', 'historic-achievements-and-historic-changes'],
    guards: [],
    examples: {
      match: [
        'Youth should shoulder their mission on the new journey in the new era.',
        'The province will forge ahead in the new era and on the new journey.',
      ],
      noMatch: ['The explorer began a new journey across the desert.'],
    },
  },
  {
    id: 'historic-achievements-and-historic-changes',
    phrase: 'historic achievements and historic changes',
    patterns: ['historic achievements and historic (changes|transformations|transformation)'],
    sources: ['prc'],
    techniques: ['exaggeration-minimisation', 'repetition'],
    tier: 'signature',
    explanation:
      'A repeated pairing used to sum up the record of the Xi Jinping era. The doubled "historic" stresses the scale of the claim, and the formula leaves no room for setbacks. It appears in Party congress reports and anniversary commentary.',
    origin: '',
    original: '历史性成就、历史性变革',
    related: ['new-era-new-journey', 'comrade-xi-jinping-at-the-core'],
    guards: [],
    examples: {
      match: [
        'The country has made historic achievements and historic changes, the report said.',
        'Xinhua reviewed the historic achievements and historic transformations of the decade.',
      ],
      noMatch: ['The museum records the historic achievements of local engineers.'],
    },
  },
  {
    id: 'spirit-of-the-party-congress',
    phrase: 'the guiding principles of the Party congress',
    patterns: [
      '(spirit|guiding principles) of the (18th|19th|20th|21st) (cpc|party|) national congress',
      '(spirit|guiding principles) of the (first|second|third|fourth|fifth|sixth|seventh) plenary session',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-authority', 'set-formula'],
    tier: 'signature',
    explanation:
      'Officials and units are told to study and implement the "spirit" of each Party congress or plenum. The phrase treats a meeting’s decisions as doctrine to be absorbed and acted on. It opens countless Xinhua reports on local meetings.',
    origin: '',
    original: '党的二十大精神',
    related: ['study-and-implement', 'xi-jinping-thought'],
    guards: [],
    examples: {
      match: [
        'The province launched a campaign to study the spirit of the 20th CPC National Congress.',
        'Officials discussed the guiding principles of the third plenary session.',
      ],
      noMatch: ['The spirit of the third act lifted the whole play.'],
    },
  },
  {
    id: 'study-and-implement',
    phrase: 'thoroughly study and implement',
    patterns: ['(thoroughly|earnestly|fully) (study~v|studied) and implement~v', 'study and implement (the|) (guiding|) (spirit|principles|thought)'],
    sources: ['prc'],
    techniques: ['set-formula', 'repetition'],
    tier: 'signature',
    explanation:
      'The standard instruction in Party texts to "thoroughly study and implement" a speech, plenum or Thought. It presents political campaigns as study and application. The phrase appears in Xinhua reports on meetings at every level.',
    origin: '',
    original: '深入学习贯彻',
    related: ['spirit-of-the-party-congress', 'xi-jinping-thought'],
    guards: [],
    examples: {
      match: [
        'Cadres must thoroughly study and implement the important speech.',
        'The committee met to study and implement the guiding principles.',
      ],
      noMatch: ['Students study hard and implement what they learn at work.'],
    },
  },
  {
    id: 'rally-closely-around-the-central-committee',
    phrase: 'rally closely around the Party Central Committee',
    patterns: [
      '(rally~v|unite~v|united) (more|) closely around the cpc central committee',
      'closely around the party central committee with',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-popularity', 'set-formula'],
    tier: 'signature',
    explanation:
      'A call for the nation to "rally closely around the Party Central Committee with Comrade Xi Jinping at its core". It turns political loyalty into a collective pledge. The phrase closes Party meeting communiques and major editorials.',
    origin: '',
    original: '紧密团结在党中央周围',
    related: ['comrade-xi-jinping-at-the-core', 'whole-party-and-whole-nation'],
    guards: [],
    examples: {
      match: [
        'The nation should rally more closely around the CPC Central Committee.',
        'We must unite closely around the Party Central Committee with Comrade Xi at its core.',
      ],
      noMatch: ['Fans rallied around the team after the defeat.'],
    },
  },
  {
    id: 'whole-party-and-whole-nation',
    phrase: 'the whole Party and the whole nation',
    patterns: [
      'the whole party and the (whole|entire) (nation|country)',
      'the whole party and (the|) (chinese|) people of all ethnic groups',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-popularity', 'set-formula'],
    tier: 'signature',
    explanation:
      'A formula addressing "the whole Party and the people of all ethnic groups" as one body. It presents Party decisions as the shared will of the nation. It is standard in communiques and leadership speeches.',
    origin: '',
    original: '全党全国各族人民',
    related: ['rally-closely-around-the-central-committee', 'people-of-all-ethnic-groups'],
    guards: [],
    examples: {
      match: [
        'The whole Party and the whole nation must unite, the communique said.',
        'The whole Party and the Chinese people of all ethnic groups celebrated.',
      ],
      noMatch: ['The whole party enjoyed the fireworks.'],
    },
  },
  {
    id: 'party-leads-everything',
    phrase: 'the Party leads everything',
    patterns: [
      'the party (leads|exercises leadership over) everything',
      "(party~n|the cpc~n) (overall|centralized and unified|centralised and unified) leadership",
      '(overall|centralized and unified|centralised and unified) leadership of the (party|cpc|communist party of china)',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-authority', 'set-formula'],
    tier: 'signature',
    explanation:
      'Official doctrine that the Party leads every sector, from government to the military and universities. Phrases like "the Party’s overall leadership" assert this supremacy as a principle. They are frequent in Party regulations and Xinhua reports on governance.',
    origin: '',
    original: '党是领导一切的',
    related: ['comrade-xi-jinping-at-the-core', 'socialism-with-chinese-characteristics'],
    guards: [],
    examples: {
      match: [
        'The Party leads everything, including the government and the army.',
        "Universities must uphold the Party's overall leadership.",
      ],
      noMatch: ['The opposition party leads in the latest poll.'],
    },
  },
  {
    id: 'xi-important-instructions',
    phrase: "Xi's important instructions",
    patterns: [
      "(xi~n|xi jinping~n) important (instruction~n|speech~n|remark~n|exposition~n|directive~n)",
      'important (instructions|speech|remarks) (by|of|from) (general secretary|president) xi',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-authority'],
    tier: 'signature',
    explanation:
      'Xinhua and local officials refer to Xi Jinping’s comments as "important instructions" or an "important speech". The fixed adjective marks his words as binding guidance. Reports on disasters, campaigns and meetings start from these instructions.',
    origin: '',
    original: '重要指示',
    related: ['study-and-implement', 'xi-jinping-thought'],
    guards: [],
    examples: {
      match: [
        "Rescue teams acted on Xi's important instructions.",
        'Officials studied the important speech by General Secretary Xi.',
      ],
      noMatch: ['The pilot followed important instructions from the tower.'],
    },
  },
  {
    id: 'self-revolution',
    phrase: "the Party's self-revolution",
    patterns: ['self revolution'],
    sources: ['prc'],
    techniques: ['slogans', 'euphemism'],
    tier: 'signature',
    explanation:
      'Xi Jinping’s term for the Party’s internal discipline campaigns, presented as the way a ruling party corrects itself. Xi has called it the Party’s second answer to the historical cycle of rise and decline, after supervision by the people. It is used in anti-corruption coverage and Party texts.',
    origin: '',
    original: '自我革命',
    related: ['full-and-rigorous-self-governance', 'tigers-and-flies'],
    guards: [],
    examples: {
      match: [
        "Self-revolution is the Party's second answer to the historical cycle, Xi said.",
        'The conference stressed advancing the Party’s self-revolution.',
      ],
      noMatch: ['The novel follows a woman’s personal revolution after divorce.'],
    },
  },
  {
    id: 'full-and-rigorous-self-governance',
    phrase: 'full and rigorous self-governance of the Party',
    patterns: [
      'full and rigorous (self governance|governance)',
      '(exercise~v|exercising) (full and rigorous|strict) (self governance|governance) over the party',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'set-formula'],
    tier: 'signature',
    explanation:
      'The Party’s name for its discipline drive under Xi Jinping. It presents purges and anti-corruption investigations as strict internal governance. The phrase heads discipline inspection reports and plenum communiques.',
    origin: '',
    original: '全面从严治党',
    related: ['self-revolution', 'tigers-and-flies', 'eight-point-rules'],
    guards: [],
    examples: {
      match: [
        'The Party will continue full and rigorous self-governance.',
        'The meeting called for exercising strict governance over the Party.',
      ],
      noMatch: ['The school board has full and rigorous oversight of spending.'],
    },
  },
  {
    id: 'tigers-and-flies',
    phrase: 'tigers and flies',
    patterns: ['tigers and flies'],
    sources: ['prc'],
    techniques: ['slogans', 'name-calling'],
    tier: 'signature',
    explanation:
      'The anti-corruption slogan for pursuing both senior officials ("tigers") and low-level ones ("flies"). The imagery presents the campaign as impartial. It is used in state media on discipline cases.',
    origin: "From Xi Jinping's speech to the Party's discipline inspection commission in January 2013.",
    original: '老虎苍蝇一起打',
    related: ['full-and-rigorous-self-governance', 'self-revolution'],
    guards: [],
    examples: {
      match: [
        'The campaign targets both tigers and flies, Xinhua said.',
        'The drive against tigers and flies has reached the army.',
      ],
      noMatch: ['The zoo’s new enclosure houses two tigers and a snow leopard.'],
    },
  },
  {
    id: 'eight-point-rules',
    phrase: 'the eight-point rules',
    patterns: ['eight point (rules|regulation~n|code|frugality (rules|code))', 'central eight point'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'The Party’s code of conduct limiting banquets, travel and ceremonies for officials. Reports of violations are a regular part of discipline coverage, presenting the Party as cleaning itself. The phrase is specific to Chinese official texts.',
    origin: 'Adopted by the Politburo in December 2012.',
    original: '中央八项规定',
    related: ['four-forms-of-decadence', 'full-and-rigorous-self-governance'],
    guards: [],
    examples: {
      match: [
        'The official was punished for violating the eight-point rules.',
        'Inspectors enforce the central eight-point regulation.',
      ],
      noMatch: ['The team won by eight points in the final quarter.'],
    },
  },
  {
    id: 'four-forms-of-decadence',
    phrase: 'the four forms of decadence',
    patterns: ['four forms of decadence', 'four undesirable (work|working) styles', 'formalism and bureaucratism'],
    sources: ['prc'],
    techniques: ['name-calling', 'set-formula'],
    tier: 'signature',
    explanation:
      'Formalism, bureaucratism, hedonism and extravagance, the four "undesirable work styles" targeted in Party rectification. The list frames misconduct as a problem of style that the Party corrects itself. It appears in discipline reports and Party directives.',
    origin: '',
    original: '四风',
    related: ['eight-point-rules', 'full-and-rigorous-self-governance'],
    guards: [],
    examples: {
      match: [
        'The campaign targets formalism and bureaucratism at the grassroots.',
        'Officials must resist the four forms of decadence.',
      ],
      noMatch: ['The critic attacked the film’s formalism.'],
    },
  },
  {
    id: 'original-aspiration',
    phrase: 'original aspiration and founding mission',
    patterns: ['original aspiration~n'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'The slogan "never forget our original aspiration, keep our mission firmly in mind" calls Party members back to its founding ideals. It frames loyalty campaigns as a return to roots. It is used in Party education drives and anniversary coverage.',
    origin: 'The theme of the 19th Party Congress in 2017.',
    original: '不忘初心、牢记使命',
    related: ['self-revolution', 'serve-the-people-wholeheartedly'],
    guards: [],
    examples: {
      match: [
        'Members must stay true to the original aspiration.',
        'The campaign reminds officials of their original aspirations and founding mission.',
      ],
      noMatch: ['Her original ambition was to become a pilot.'],
    },
  },
  {
    id: 'seek-truth-from-facts',
    phrase: 'seek truth from facts',
    patterns: ['seek~v truth from facts'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'A classical maxim adopted by Mao Zedong and made a watchword of reform by Deng Xiaoping. In Party texts it presents policy as pragmatic and evidence-based. It remains a standard formula in speeches and ministry answers.',
    origin: "Adopted by Mao Zedong and made a watchword by Deng Xiaoping in 1978.",
    original: '实事求是',
    related: ['emancipate-the-mind', 'deng-xiaoping-theory'],
    guards: [],
    examples: {
      match: [
        'Officials must seek truth from facts, the editorial said.',
        'Seeking truth from facts is the Party’s ideological line.',
      ],
      noMatch: ['Researchers seek the truth about the ancient facts of the case.'],
    },
  },
  {
    id: 'emancipate-the-mind',
    phrase: 'emancipate the mind',
    patterns: ['(further|continue to) emancipate~v (the|our|their) (mind|minds)'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'A reform-era slogan calling on officials to free themselves from dogma. It is invoked when the leadership wants to signal new policy within existing doctrine. It appears in speeches and reform commentary.',
    origin: "From Deng Xiaoping's December 1978 speech 'Emancipate the Mind, Seek Truth from Facts and Unite as One in Looking to the Future'.",
    original: '解放思想',
    related: ['seek-truth-from-facts', 'deng-xiaoping-theory'],
    guards: [],
    examples: {
      match: [
        'Officials must further emancipate their minds and deepen reform.',
        'The plenum urged cadres to further emancipate the mind.',
      ],
      noMatch: ['The country emancipated its serfs in 1861.'],
    },
  },
  {
    id: 'core-socialist-values',
    phrase: 'core socialist values',
    patterns: ['core socialist values', 'socialist core values'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'Twelve values promoted by the Party, from prosperity and democracy to patriotism and friendliness. They appear on posters and in film, education and internet rules, which are required to "carry forward" them. The phrase signals official cultural policy.',
    origin: 'Set out at the 18th Party Congress in 2012.',
    original: '社会主义核心价值观',
    related: ['positive-energy', 'historical-nihilism'],
    guards: [],
    examples: {
      match: [
        'Online platforms must promote core socialist values.',
        'The film was praised for carrying forward socialist core values.',
      ],
      noMatch: ['The party’s core values include social justice.'],
    },
  },
  {
    id: 'historical-nihilism',
    phrase: 'historical nihilism',
    patterns: ['historical nihilism'],
    sources: ['prc'],
    techniques: ['name-calling'],
    tier: 'signature',
    explanation:
      'The Party’s label for accounts of history that question its official version, such as on the famine or the Cultural Revolution. Calling them nihilism treats critical history as an attack on the nation. It appears in propaganda directives and campaigns against online "rumours".',
    origin: '',
    original: '历史虚无主义',
    related: ['core-socialist-values', 'hostile-foreign-forces'],
    guards: [],
    examples: {
      match: [
        'The regulator removed posts spreading historical nihilism.',
        'We must firmly oppose historical nihilism, the circular said.',
      ],
      noMatch: ['The philosopher wrote about moral nihilism.'],
    },
  },
  {
    id: 'serve-the-people-wholeheartedly',
    phrase: 'serve the people wholeheartedly',
    patterns: ['serve~v the people wholeheartedly', 'wholeheartedly serv~v the people', 'serve~v the people heart and soul'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'A Maoist slogan that remains the Party’s stated purpose. It casts the Party as selfless servant of the people. It is used in official profiles of model officials and in Party education.',
    origin: '',
    original: '全心全意为人民服务',
    related: ['original-aspiration', 'the-people-are-the-country'],
    guards: [],
    examples: {
      match: [
        'Model officials serve the people wholeheartedly, Xinhua said.',
        'She has served the people heart and soul for thirty years.',
      ],
      noMatch: ['The restaurant served people until midnight.'],
    },
  },
  {
    id: 'the-people-are-the-country',
    phrase: 'the people are the country',
    patterns: ['the people are the country'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'Xi Jinping’s line "the people are the country, and the country is the people" identifies the Party’s rule with the nation. It equates the governing party’s cause with the people themselves. State media quote it in anniversary coverage.',
    origin: '',
    original: '江山就是人民',
    related: ['serve-the-people-wholeheartedly', 'people-centred-development'],
    guards: [],
    examples: {
      match: [
        'The people are the country and the country is the people, Xi said.',
        'Banners read that the people are the country.',
      ],
      noMatch: ['The people of the country voted on Sunday.'],
    },
  },
  {
    id: 'the-mass-line',
    phrase: 'the mass line',
    patterns: ['the mass line', "party~n mass line"],
    sources: ['prc'],
    techniques: ['set-formula', 'slogans'],
    tier: 'signature',
    explanation:
      'A Maoist method of leadership, "from the masses, to the masses", revived under Xi Jinping in an education campaign for officials. It presents top-down direction as drawing on popular wisdom. The phrase appears in Party documents.',
    origin: '',
    original: '群众路线',
    related: ['serve-the-people-wholeheartedly', 'original-aspiration'],
    guards: ['mass line up'],
    examples: {
      match: [
        'Officials must follow the mass line, the notice said.',
        'The campaign revived the Party’s mass line.',
      ],
      noMatch: ['The mass line-up of tanks filled the square.'],
    },
  },
  {
    id: 'leading-cadres',
    phrase: 'leading cadres',
    patterns: ['leading cadres', 'party members and cadres', 'officials and cadres'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'The Party’s term for officials in positions of authority. It is rare in English except in translated Party texts, where it marks discipline rules, study campaigns and appointments.',
    origin: '',
    original: '领导干部',
    related: ['four-forms-of-decadence', 'study-and-implement'],
    guards: [],
    examples: {
      match: [
        'Leading cadres must set an example in frugality.',
        'Party members and cadres studied the speech.',
      ],
      noMatch: ['The leading candidates debated on television.'],
    },
  },
  // Historical doctrines still cited.
  {
    id: 'deng-xiaoping-theory',
    phrase: 'Deng Xiaoping Theory',
    patterns: ['deng xiaoping theory'],
    sources: ['prc'],
    techniques: ['appeal-to-authority', 'set-formula'],
    tier: 'signature',
    explanation:
      'One of the guiding doctrines listed in the Party constitution after Marxism-Leninism and Mao Zedong Thought. Listing the leaders’ doctrines in sequence presents Party history as continuous development. The phrase appears in constitutional and ceremonial texts.',
    origin: '',
    original: '邓小平理论',
    related: ['mao-zedong-thought', 'three-represents', 'scientific-outlook-on-development'],
    guards: [],
    examples: {
      match: [
        'The Party is guided by Deng Xiaoping Theory and the Three Represents.',
        'Students read Deng Xiaoping Theory in their politics class.',
      ],
      noMatch: ['Deng Xiaoping visited Shenzhen in 1992.'],
    },
  },
  {
    id: 'mao-zedong-thought',
    phrase: 'Mao Zedong Thought',
    patterns: ['mao zedong thought', 'mao tse tung thought'],
    sources: ['prc'],
    techniques: ['appeal-to-authority', 'set-formula'],
    tier: 'signature',
    explanation:
      'The Party’s name for Mao’s doctrine, which remains in the constitution as a guiding ideology. Its continued citation signals the Party’s claim to an unbroken revolutionary line. It appears in constitutional texts and anniversary speeches.',
    origin: '',
    original: '毛泽东思想',
    related: ['deng-xiaoping-theory', 'peoples-democratic-dictatorship'],
    guards: [],
    examples: {
      match: [
        'The Party upholds Marxism-Leninism and Mao Zedong Thought.',
        'The lecture covered Mao Zedong Thought and its legacy.',
      ],
      noMatch: ['Mao Zedong died in 1976.'],
    },
  },
  {
    id: 'three-represents',
    phrase: 'the Three Represents',
    patterns: ['three represents'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'Jiang Zemin’s doctrine that the Party represents advanced productive forces, advanced culture and the interests of the majority. It justified admitting private entrepreneurs to the Party. The phrase remains in the Party constitution’s list of guiding theories.',
    origin: "Jiang Zemin's theory, first put forward in 2000.",
    original: '三个代表',
    related: ['deng-xiaoping-theory', 'scientific-outlook-on-development'],
    guards: [],
    examples: {
      match: [
        'The important thought of the Three Represents guides the Party.',
        'Entrepreneurs joined the Party under the Three Represents.',
      ],
      noMatch: ['The three representatives met the minister.'],
    },
  },
  {
    id: 'scientific-outlook-on-development',
    phrase: 'the Scientific Outlook on Development',
    patterns: ['scientific outlook on development', 'scientific concept of development'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'Hu Jintao’s guiding doctrine calling for balanced and sustainable growth. Like the other named doctrines it entered the Party constitution and is cited as part of the Party’s theoretical lineage. It is rare outside official texts.',
    origin: "Hu Jintao's guiding idea, put forward in 2003.",
    original: '科学发展观',
    related: ['three-represents', 'harmonious-society'],
    guards: [],
    examples: {
      match: [
        'The plan applies the Scientific Outlook on Development.',
        'Officials studied the scientific concept of development.',
      ],
      noMatch: ['The scientific development of vaccines took a year.'],
    },
  },
  {
    id: 'harmonious-society',
    phrase: 'socialist harmonious society',
    patterns: ['(socialist|) harmonious society', 'harmonious socialist society'],
    sources: ['prc'],
    techniques: ['slogans', 'euphemism'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'A signature goal of the Hu Jintao era that presented social stability and reduced inequality as harmony. The word "harmony" was also used to justify censorship, which internet users mocked as being "harmonised". The phrase counts only near signs of an official Chinese statement.',
    origin: 'A signature goal of the Hu Jintao era, formally adopted in 2006.',
    original: '社会主义和谐社会',
    related: ['scientific-outlook-on-development', 'positive-energy'],
    guards: [],
    examples: {
      match: [
        'The CPC pledged to build a socialist harmonious society.',
        'Xinhua said the reforms would help build a harmonious society.',
      ],
      noMatch: [
        'The philosopher imagined a harmonious society without money.',
        'Hu Jintao said China needed a harmonious society.',
      ],
    },
  },
  {
    id: 'four-cardinal-principles',
    phrase: 'the Four Cardinal Principles',
    patterns: ['four cardinal principles'],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'Adherence to the socialist road, the people’s democratic dictatorship, the leadership of the Party, and Marxism-Leninism and Mao Zedong Thought. Deng Xiaoping set them as the limits of reform. They are still cited as non-negotiable in Party texts.',
    origin: 'Set out by Deng Xiaoping in March 1979.',
    original: '四项基本原则',
    related: ['peoples-democratic-dictatorship', 'deng-xiaoping-theory'],
    guards: [],
    examples: {
      match: [
        'Reform must adhere to the Four Cardinal Principles.',
        'The constitution enshrines the four cardinal principles.',
      ],
      noMatch: ['The four principles of design are contrast, balance, rhythm and unity.'],
    },
  },
  {
    id: 'peoples-democratic-dictatorship',
    phrase: "people's democratic dictatorship",
    patterns: ["people~n democratic dictatorship"],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'The constitutional description of the PRC state: democracy for the people and dictatorship over its enemies. The formula reserves the right to decide who counts as the people. It appears in the constitution and in legal and political texts.',
    origin: "From Mao Zedong's 1949 essay On the People's Democratic Dictatorship.",
    original: '人民民主专政',
    related: ['four-cardinal-principles', 'mao-zedong-thought'],
    guards: [],
    examples: {
      match: [
        "The state is a socialist state under the people's democratic dictatorship.",
        'The course explained people’s democratic dictatorship.',
      ],
      noMatch: ['The people voted to end the dictatorship.'],
    },
  },
  {
    id: 'primary-stage-of-socialism',
    phrase: 'the primary stage of socialism',
    patterns: ['primary stage of socialism'],
    sources: ['prc'],
    techniques: ['set-formula', 'euphemism'],
    tier: 'signature',
    explanation:
      'The doctrine that China will remain in an early stage of socialism for a long time. It reconciles market reforms and inequality with the socialist goal. Party documents still cite it.',
    origin: 'Made official doctrine at the 13th Party Congress in 1987.',
    original: '社会主义初级阶段',
    related: ['socialism-with-chinese-characteristics', 'principal-contradiction'],
    guards: [],
    examples: {
      match: [
        'China is still in the primary stage of socialism.',
        'The report reaffirmed the primary stage of socialism.',
      ],
      noMatch: ['The primary stage of the project ends in May.'],
    },
  },
  // Economy, development and governance.
  {
    id: 'high-quality-development',
    phrase: 'high-quality development',
    patterns: ['high quality development'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The leading economic slogan since 2017, calling for growth based on innovation and efficiency rather than speed. It lets official texts present slower growth as a deliberate upgrade. The phrase also appears in planning and property English, so it counts only near signs of an official Chinese statement.',
    origin: 'Made a central economic goal at the 19th Party Congress in 2017.',
    original: '高质量发展',
    related: ['new-quality-productive-forces', 'new-development-philosophy', 'chinese-modernization'],
    guards: ['high quality development (site~n|scheme~n|plot~n|of homes|of houses|team~n|tool~n|environment~n)'],
    examples: {
      match: [
        'The CPC called for high-quality development in the northeast.',
        'China is promoting high-quality development, Xinhua said.',
      ],
      noMatch: [
        'The council approved a high-quality development of forty homes.',
        'Beijing pushed high-quality development as growth slowed, economists said.',
      ],
    },
  },
  {
    id: 'new-quality-productive-forces',
    phrase: 'new quality productive forces',
    patterns: ['new quality productive forces', 'new quality productivity'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'A recent economic slogan for growth driven by advanced technology and innovation. Its Marxist vocabulary frames industrial policy as a theoretical advance. It is ubiquitous in state media coverage of the economy since 2024.',
    origin: 'Coined by Xi Jinping during an inspection tour of Heilongjiang in September 2023.',
    original: '新质生产力',
    related: ['high-quality-development', 'chinese-modernization'],
    guards: [],
    examples: {
      match: [
        'Provinces are racing to develop new quality productive forces.',
        'AI will drive new quality productive forces, the paper said.',
      ],
      noMatch: ['The new factory boosted the town’s productivity.'],
    },
  },
  {
    id: 'new-development-philosophy',
    phrase: 'the new development philosophy',
    patterns: ['new development (philosophy|paradigm)'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'The "new development philosophy" of innovative, coordinated, green, open and shared growth, and the "new development paradigm" built around dual circulation. The terms package economic policy as doctrine. They recur in Party and planning documents.',
    origin: '',
    original: '新发展理念',
    related: ['dual-circulation', 'high-quality-development'],
    guards: [],
    examples: {
      match: [
        'Officials must apply the new development philosophy in full.',
        'The plan aims to foster a new development paradigm.',
      ],
      noMatch: ['The company described a new development in the case.'],
    },
  },
  {
    id: 'dual-circulation',
    phrase: 'dual circulation',
    patterns: ['dual circulation'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'An economic strategy centred on domestic demand ("internal circulation") supported by foreign trade ("external circulation"). It presents self-reliance as a response to foreign pressure. It appears in planning documents and economic commentary. Reporters also use the term descriptively, so it counts only near signs of an official Chinese statement.',
    origin: 'Introduced by the Party leadership in May 2020 and built into the 14th Five-Year Plan (2021-2025).',
    original: '双循环',
    related: ['new-development-philosophy', 'science-and-technology-self-reliance'],
    guards: [],
    examples: {
      match: [
        'The dual circulation strategy relies on the domestic market, Xinhua said.',
        'Exports will support dual circulation, the CPC Central Committee said.',
      ],
      noMatch: ['Economists doubt the dual circulation strategy will lift consumption.'],
    },
  },
  {
    id: 'supply-side-structural-reform',
    phrase: 'supply-side structural reform',
    patterns: ['supply side structural reform~n'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'An economic slogan covering capacity cuts, deleveraging and deregulation. It borrows a Western economic term but gives it a Chinese policy content. It appears in Party economic work conferences and state media.',
    origin: 'Launched by the leadership in late 2015.',
    original: '供给侧结构性改革',
    related: ['high-quality-development', 'new-development-philosophy'],
    guards: [],
    examples: {
      match: [
        'The province deepened supply-side structural reform.',
        'Supply side structural reforms cut excess steel capacity.',
      ],
      noMatch: ['The supply of structural steel fell in March.'],
    },
  },
  {
    id: 'high-level-opening-up',
    phrase: 'high-level opening up',
    patterns: [
      'high (level|standard) opening up',
      '(deepen~v|further deepen~v) reform and opening up',
      "door (of opening up|to the world) will only (open|get|become) (wider|bigger)",
    ],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'Official texts promise "high-level opening up" and that "China’s door will only open wider". The slogans present China as committed to openness, often in response to concerns about market access. They are frequent at trade fairs and forums.',
    origin: '',
    original: '高水平对外开放',
    related: ['dual-circulation', 'win-win-cooperation'],
    guards: [],
    examples: {
      match: [
        'China will promote high-level opening up, the premier said.',
        "China's door to the world will only open wider, Xi told the expo.",
      ],
      noMatch: ['The museum will open later than usual on Sunday.'],
    },
  },
  {
    id: 'two-centenary-goals',
    phrase: 'the Two Centenary Goals',
    patterns: ['(two|first|second) centenary goal~n'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'The goals set for the Party’s centenary in 2021 (a moderately prosperous society) and the PRC’s centenary in 2049 (a great modern socialist country). They frame policy as progress toward historical deadlines. They appear in Party texts and anniversary coverage.',
    origin: '',
    original: '两个一百年奋斗目标',
    related: ['moderately-prosperous-society', 'modern-socialist-country', 'chinese-dream'],
    guards: [],
    examples: {
      match: [
        'China has achieved the first centenary goal.',
        'The Two Centenary Goals guide the nation, Xinhua said.',
      ],
      noMatch: ['The club celebrated its centenary with a gala.'],
    },
  },
  {
    id: 'moderately-prosperous-society',
    phrase: 'a moderately prosperous society in all respects',
    patterns: ['moderately prosperous society', 'xiaokang'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'The Party’s goal for 2021, declared achieved in the Party’s centenary year. The term xiaokang presents development as reaching a modest comfort for all. It is used in anniversary speeches and development statistics.',
    origin: 'Deng Xiaoping used the term xiaokang in 1979; the Party declared the goal achieved in July 2021.',
    original: '全面建成小康社会',
    related: ['two-centenary-goals', 'targeted-poverty-alleviation'],
    guards: [],
    examples: {
      match: [
        'China has built a moderately prosperous society in all respects.',
        'Villages celebrated reaching xiaokang.',
      ],
      noMatch: ['The town became moderately prosperous after the mine opened.'],
    },
  },
  {
    id: 'modern-socialist-country',
    phrase: 'a great modern socialist country',
    patterns: ['modern socialist country', 'socialist modernization (drive|cause)'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'The Party’s goal for the PRC’s centenary in 2049, defined as prosperous, strong, democratic, culturally advanced, harmonious and beautiful. It ties present policy to a long-term national mission. It is standard in Party congress reports.',
    origin: '',
    original: '社会主义现代化强国',
    related: ['two-centenary-goals', 'chinese-modernization'],
    guards: [],
    examples: {
      match: [
        'China aims to become a great modern socialist country by 2049.',
        'Youth are the main force in the socialist modernization drive.',
      ],
      noMatch: ['The modern country house sold for a record price.'],
    },
  },
  {
    id: 'targeted-poverty-alleviation',
    phrase: 'targeted poverty alleviation',
    patterns: [
      'targeted poverty alleviation',
      'complete victory (in|over) (the|) (fight|battle|war) against (absolute|) poverty',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'The Party’s anti-poverty campaign, which it declared won when China "eliminated absolute poverty". The slogan credits the Party with a historic feat and defines poverty by its own line. It features in anniversary coverage and external publicity about development.',
    origin: 'Xi Jinping declared complete victory over absolute poverty in February 2021.',
    original: '精准扶贫',
    related: ['moderately-prosperous-society', 'common-prosperity'],
    guards: [],
    examples: {
      match: [
        'The county lifted thousands out of poverty through targeted poverty alleviation.',
        'China won a complete victory in the fight against poverty, Xi announced.',
      ],
      noMatch: ['The charity targets poverty in rural Wales.'],
    },
  },
  {
    id: 'science-and-technology-self-reliance',
    phrase: 'self-reliance in science and technology',
    patterns: [
      '(science and technology|scientific and technological|sci tech) self reliance',
      'self reliance (and|) self (strengthening|improvement) in (science and technology|sci tech)',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'flag-waving'],
    tier: 'signature',
    explanation:
      'A slogan calling for Chinese control of key technologies in response to US export controls. It frames industrial policy as national self-strengthening. It appears in planning documents and coverage of chips and AI.',
    origin: '',
    original: '科技自立自强',
    related: ['dual-circulation', 'technological-blockade'],
    guards: [],
    examples: {
      match: [
        'China will achieve greater self-reliance and self-strengthening in science and technology.',
        'Xinhua hailed advances in sci-tech self-reliance.',
      ],
      noMatch: ['The scouts learned self-reliance in the woods.'],
    },
  },
  {
    id: 'ecological-civilization',
    phrase: 'ecological civilization',
    patterns: ['ecological (civilization|civilisation)'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The Party’s environmental doctrine, written into the constitution and presented as a Chinese contribution to global governance. It frames environmental policy as a civilizational achievement. The term also appears in environmental philosophy, so it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '生态文明',
    related: ['lucid-waters-and-lush-mountains', 'beautiful-china'],
    guards: [],
    examples: {
      match: [
        'Xi Jinping Thought on Ecological Civilization guides the CPC plan.',
        'China is building an ecological civilization, CGTN said.',
      ],
      noMatch: [
        'The philosopher wrote a book about building an ecological civilization.',
        "China's ecological civilization push includes record solar installations.",
      ],
    },
  },
  {
    id: 'lucid-waters-and-lush-mountains',
    phrase: 'lucid waters and lush mountains are invaluable assets',
    patterns: ['lucid waters and lush mountains', 'clear waters and green mountains are', 'green mountains are gold mountains'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'Xi Jinping’s slogan that a healthy environment is as valuable as mountains of gold. It presents environmental policy as wisdom from the leader. State media use it in features on rural development and conservation.',
    origin: 'Coined by Xi Jinping in 2005, when he was Party chief of Zhejiang province.',
    original: '绿水青山就是金山银山',
    related: ['ecological-civilization', 'beautiful-china'],
    guards: [],
    examples: {
      match: [
        'Lucid waters and lush mountains are invaluable assets, the village sign reads.',
        'Clear waters and green mountains are as valuable as gold, Xi said.',
      ],
      noMatch: ['The trail offers views of clear lakes and green hills.'],
    },
  },
  {
    id: 'beautiful-china',
    phrase: 'building a Beautiful China',
    patterns: ['(build~v|building) a beautiful china', 'beautiful china (initiative|goal|vision|drive|campaign)'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'A slogan for environmental goals set for 2035. It packages pollution control and conservation as a national aesthetic project. It appears in planning documents and state media.',
    origin: '',
    original: '美丽中国',
    related: ['ecological-civilization', 'lucid-waters-and-lush-mountains'],
    guards: [],
    examples: {
      match: [
        'The plan sets out steps toward building a Beautiful China.',
        'The Beautiful China initiative targets cleaner air.',
      ],
      noMatch: ['The photographer captured beautiful scenes of China’s mountains.'],
    },
  },
  {
    id: 'holistic-approach-to-national-security',
    phrase: 'holistic approach to national security',
    patterns: ['holistic (approach to|view of|outlook on) national security', 'overall national security (outlook|concept|approach)'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Xi Jinping’s security doctrine that extends national security to politics, culture, ideology, the economy and cyberspace. It is cited as the basis for security rules in fields from data to education. The phrase is used in laws, education campaigns and official commentary. Other speakers use the same words, so it counts only near signs of an official Chinese statement.',
    origin: 'Put forward by Xi Jinping in April 2014 at the first meeting of the Central National Security Commission.',
    original: '总体国家安全观',
    related: ['bottom-line-thinking', 'hostile-foreign-forces'],
    guards: [],
    examples: {
      match: [
        'Schools teach the holistic approach to national security, Xinhua said.',
        'The law implements the overall national security outlook, the CPC said.',
      ],
      noMatch: [
        'The nurse took a holistic approach to the patient’s care.',
        'The think tank urged a holistic approach to national security.',
      ],
    },
  },
  {
    id: 'bottom-line-thinking',
    phrase: 'bottom-line thinking',
    patterns: ['bottom line thinking'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'A governance instruction to prepare for the worst case and guard against risks. It frames policy in terms of avoiding disaster rather than achieving gains. It is frequent in Party meetings on security and the economy.',
    origin: '',
    original: '底线思维',
    related: ['holistic-approach-to-national-security', 'dare-to-struggle'],
    guards: [],
    examples: {
      match: [
        'Officials must adhere to bottom-line thinking, the meeting said.',
        'Bottom-line thinking helps prevent major risks.',
      ],
      noMatch: ['The bottom line is that sales fell.'],
    },
  },
  {
    id: 'dare-to-struggle',
    phrase: 'dare to struggle',
    patterns: ['dare~v to struggle', 'dare to fight and dare to win'],
    sources: ['prc'],
    techniques: ['slogans', 'flag-waving'],
    tier: 'signature',
    explanation:
      'A call for a fighting spirit in the face of external pressure and internal risks. It revives Maoist vocabulary of struggle for the present. It is used in leadership speeches and Party education.',
    origin: '',
    original: '敢于斗争',
    related: ['bottom-line-thinking', 'changes-unseen-in-a-century'],
    guards: [],
    examples: {
      match: [
        'Young officials must dare to struggle and be good at struggle.',
        'The Party dares to struggle and dares to win.',
      ],
      noMatch: ['The climbers struggled on in the storm.'],
    },
  },
  {
    id: 'dynamic-zero-covid',
    phrase: 'dynamic zero-COVID',
    patterns: ['dynamic zero covid', 'dynamic zero (policy|approach|strategy|target)', 'dynamic clearing'],
    sources: ['prc'],
    techniques: ['euphemism', 'slogans'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The official name for China’s pandemic policy of mass testing, lockdowns and quarantine until its end in late 2022. "Dynamic" stressed flexibility in handling outbreaks, while the goal of clearing cases stayed fixed. State media defended it as putting people’s lives first. Reporters also use the term descriptively, so it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '动态清零',
    related: ['peoples-war-against-the-epidemic', 'origins-tracing'],
    guards: [],
    examples: {
      match: [
        'Shanghai must stick to dynamic zero-COVID, Xinhua said.',
        "The dynamic zero policy saved lives, People's Daily said.",
      ],
      noMatch: ['Economists said the dynamic zero-COVID policy hurt growth.'],
    },
  },
  {
    id: 'peoples-war-against-the-epidemic',
    phrase: "people's war against the epidemic",
    patterns: ["people~n war (against|on) (the|) (epidemic|virus|pandemic|covid|coronavirus)"],
    sources: ['prc'],
    techniques: ['flag-waving', 'loaded-language'],
    tier: 'signature',
    explanation:
      'A Maoist military metaphor applied to epidemic control. It mobilises the population as soldiers and frames compliance as patriotic duty. It was used widely in 2020 and during later lockdowns.',
    origin: '',
    original: '人民战争',
    related: ['dynamic-zero-covid'],
    guards: [],
    examples: {
      match: [
        "The city launched a people's war against the epidemic.",
        'Xinhua praised the people’s war on the virus.',
      ],
      noMatch: ['The museum tells the story of the people in the war.'],
    },
  },
  {
    id: 'origins-tracing',
    phrase: 'origins tracing',
    patterns: ['(origins|origin) tracing'],
    sources: ['prc'],
    techniques: ['set-formula', 'whataboutism'],
    tier: 'common',
    context: ['covid', 'coronavirus', 'virus', 'pandemic', 'wuhan', 'fort detrick', 'laboratory', 'lab'],
    explanation:
      'The official term for investigations into the origin of COVID-19. Officials call for "science-based origins tracing" in many countries, which widens the focus beyond Wuhan. The phrase is used in ministry statements rejecting the lab-leak theory.',
    origin: '',
    original: '溯源',
    related: ['dynamic-zero-covid', 'malicious-hype'],
    guards: ['(food|product|supply chain|seafood|beef) (origin|origins) tracing'],
    examples: {
      match: [
        'Beijing called for global origins tracing of the virus, the spokesperson said.',
        'Origins tracing of the coronavirus should also cover Fort Detrick, he added.',
      ],
      noMatch: ['The app supports origin tracing for seafood sold in supermarkets.'],
    },
  },
  // Diplomacy and world order.
  {
    id: 'win-win-cooperation',
    phrase: 'win-win cooperation',
    patterns: ['win win cooperation', '(mutual benefit|mutually beneficial) and win win'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'A keystone of Chinese diplomatic language, presenting every agreement as benefiting both sides. It pre-empts criticism of debt, trade imbalances or dependency by defining the relationship as mutually beneficial. It appears in almost every joint statement and Xinhua report on bilateral ties.',
    origin: '',
    original: '合作共赢',
    related: ['win-win', 'community-with-a-shared-future', 'mutual-respect'],
    guards: [],
    examples: {
      match: [
        'The two sides pledged to deepen win-win cooperation.',
        'The projects follow the principle of mutual benefit and win-win results.',
      ],
      noMatch: ['The two teams cooperated on the rescue.'],
    },
  },
  {
    id: 'win-win',
    phrase: 'win-win',
    patterns: ['win win'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The short form of China’s diplomatic claim that cooperation benefits all sides. Officials use it to describe trade, investment and the Belt and Road. Because "win-win" is ordinary business English, it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '共赢',
    related: ['win-win-cooperation', 'joint-contribution-and-shared-benefits'],
    guards: ['win win (deal|contract|agreement|situation|outcome) for (workers|the union|both clubs|customers|consumers|fans|staff)'],
    examples: {
      match: [
        'Beijing said the deal was a win-win for both sides.',
        'China-Africa trade is win-win, the Chinese ambassador said.',
      ],
      noMatch: [
        'The pay rise is a win-win for workers and the company.',
        'The deal is a win-win for Chinese exporters and European buyers, analysts said.',
      ],
    },
  },
  {
    id: 'mutual-respect',
    phrase: 'mutual respect',
    patterns: ['mutual respect'],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The first of the principles Xi Jinping set for China-US relations, with peaceful coexistence and win-win cooperation. In official usage it often includes respect for Beijing’s positions on its core interests, not only courtesy. The words are ordinary English, so they count only near signs of a Chinese context.',
    origin: '',
    original: '相互尊重',
    related: ['core-interests-and-major-concerns', 'win-win-cooperation', 'peaceful-coexistence-and-win-win-cooperation'],
    guards: ['mutual respect (between|among) (players|colleagues|staff|teammates|fans|partners|couples|students|teachers)'],
    examples: {
      match: [
        'Relations must be based on mutual respect, Wang Yi told Blinken.',
        'Beijing urged Washington to show mutual respect and treat China as an equal.',
      ],
      noMatch: [
        'A good marriage depends on mutual respect.',
        'Analysts say the mutual respect shown at the summit helped U.S.-China ties.',
      ],
    },
  },
  {
    id: 'peaceful-coexistence-and-win-win-cooperation',
    phrase: 'mutual respect, peaceful coexistence and win-win cooperation',
    patterns: ['peaceful coexistence and win win cooperation'],
    sources: ['prc'],
    techniques: ['slogans', 'set-formula'],
    tier: 'signature',
    explanation:
      'Xi Jinping’s three principles for China-US relations, repeated in summit readouts and ministry statements. The triad frames relations on China’s terms and treats US competition policy as a departure from them. The formula is specific to Chinese official texts.',
    origin: '',
    original: '相互尊重、和平共处、合作共赢',
    related: ['mutual-respect', 'win-win-cooperation', 'five-principles-of-peaceful-coexistence'],
    guards: [],
    examples: {
      match: [
        'Xi called for mutual respect, peaceful coexistence and win-win cooperation.',
        'Ties should follow peaceful coexistence and win-win cooperation, the readout said.',
      ],
      noMatch: ['The tribes achieved peaceful coexistence for centuries.'],
    },
  },
  {
    id: 'community-with-a-shared-future',
    phrase: 'community with a shared future for mankind',
    patterns: [
      'community (with|of) (a|) shared future',
      'community of (common|shared) destiny',
      'shared future for (mankind|humanity)',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'Xi Jinping’s central foreign-policy concept, presenting China’s vision of world order as humanity’s common interest. It frames Chinese initiatives as universal goods and implicitly contrasts them with alliances and Western-led institutions. Variants are applied to regions, cyberspace and bilateral ties.',
    origin: 'Promoted by Xi Jinping from 2013; written into the Party constitution in 2017 and the state constitution in 2018.',
    original: '人类命运共同体',
    related: ['global-development-initiative', 'global-security-initiative', 'global-civilization-initiative'],
    guards: [],
    examples: {
      match: [
        'China will work to build a community with a shared future for mankind.',
        'The leaders agreed to build a China-Africa community of shared future.',
      ],
      noMatch: ['The village community shared a meal after the harvest.'],
    },
  },
  {
    id: 'major-country-diplomacy',
    phrase: 'major-country diplomacy with Chinese characteristics',
    patterns: ['major country diplomacy', '(major power|great power) diplomacy with chinese characteristics'],
    sources: ['prc'],
    techniques: ['slogans', 'set-formula'],
    tier: 'signature',
    explanation:
      'The official name for Xi Jinping’s foreign policy. It asserts China’s status as a great power with its own diplomatic style. The phrase appears in foreign ministry reviews and Party texts on diplomacy.',
    origin: '',
    original: '中国特色大国外交',
    related: ['new-type-of-major-country-relations', 'xi-jinping-thought'],
    guards: [],
    examples: {
      match: [
        'Wang Yi reviewed the achievements of major-country diplomacy with Chinese characteristics.',
        'The forum discussed China’s major country diplomacy.',
      ],
      noMatch: ['The country’s diplomacy focuses on trade.'],
    },
  },
  {
    id: 'new-type-of-major-country-relations',
    phrase: 'a new type of major-country relations',
    patterns: ['new (type|model) of major (country|power) relations'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'A formula proposed for China-US relations, calling for no conflict, mutual respect and win-win cooperation between the two powers. It casts China as an equal of the United States. Washington did not adopt the term.',
    origin: '',
    original: '新型大国关系',
    related: ['major-country-diplomacy', 'peaceful-coexistence-and-win-win-cooperation'],
    guards: [],
    examples: {
      match: [
        'Xi proposed a new type of major-country relations with the US.',
        'The paper praised a new model of major power relations.',
      ],
      noMatch: ['The new type of battery powers major appliances.'],
    },
  },
  {
    id: 'new-type-of-international-relations',
    phrase: 'a new type of international relations',
    patterns: ['new type of international relations'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'A formula for a world order based on mutual respect, fairness and win-win cooperation. It implies that the existing order is unfair and that China proposes a better one. It appears in Party reports and diplomatic speeches.',
    origin: '',
    original: '新型国际关系',
    related: ['community-with-a-shared-future', 'true-multilateralism'],
    guards: [],
    examples: {
      match: [
        'China is committed to building a new type of international relations.',
        'The speech called for a new type of international relations.',
      ],
      noMatch: ['The new type of relationship counselling is popular.'],
    },
  },
  {
    id: 'true-multilateralism',
    phrase: 'true multilateralism',
    patterns: ['true multilateralism', '(practise~v|practice~v) genuine multilateralism'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-hypocrisy'],
    tier: 'signature',
    explanation:
      'Chinese officials call for "true multilateralism" centred on the UN, as opposed to what they call the selective or bloc-based multilateralism of the West. The qualifier implies that others’ multilateralism is fake. It is frequent in speeches at international forums.',
    origin: '',
    original: '真正的多边主义',
    related: ['un-at-its-core', 'jointly-safeguard'],
    guards: [],
    examples: {
      match: [
        'China practises true multilateralism, the envoy told the Security Council.',
        'We must uphold true multilateralism, Wang said.',
      ],
      noMatch: ['The summit produced a true meeting of minds.'],
    },
  },
  {
    id: 'global-development-initiative',
    phrase: 'Global Development Initiative',
    patterns: ['global development initiative'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Xi Jinping’s proposal for development cooperation aligned with the UN 2030 Agenda. It presents China as a leader of the Global South. State media report a growing "group of friends" of the initiative. Reporters also use the term descriptively, so it counts only near signs of an official Chinese statement.',
    origin: 'Proposed by Xi Jinping at the UN General Assembly in September 2021.',
    original: '全球发展倡议',
    related: ['global-security-initiative', 'global-civilization-initiative', 'community-with-a-shared-future'],
    guards: [],
    examples: {
      match: [
        'More than 100 countries support the Global Development Initiative, Wang Yi said.',
        'Xinhua said the fund supports projects under the Global Development Initiative.',
      ],
      noMatch: ['Diplomats in Geneva debated the Global Development Initiative.'],
    },
  },
  {
    id: 'global-security-initiative',
    phrase: 'Global Security Initiative',
    patterns: ['global security initiative'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Xi Jinping’s proposal for international security based on "indivisible security" and opposition to alliances and unilateral sanctions. It offers an alternative to US-led security arrangements. It is promoted in ministry speeches and state media. Reporters also use the term descriptively, so it counts only near signs of an official Chinese statement.',
    origin: 'Proposed by Xi Jinping at the Boao Forum for Asia in April 2022.',
    original: '全球安全倡议',
    related: ['global-development-initiative', 'global-civilization-initiative'],
    guards: [],
    examples: {
      match: [
        'The Global Security Initiative offers a Chinese solution, Global Times said.',
        'Wang Yi explained the Global Security Initiative to his counterpart.',
      ],
      noMatch: ['Analysts say the Global Security Initiative borrows ideas from Moscow.'],
    },
  },
  {
    id: 'global-civilization-initiative',
    phrase: 'Global Civilization Initiative',
    patterns: ['global (civilization|civilisation) initiative'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Xi Jinping’s proposal for respect for the diversity of civilizations. It frames criticism on human rights as imposing one civilization’s values on others. It is the third of the global initiatives promoted by Chinese diplomacy. Reporters also use the term descriptively, so it counts only near signs of an official Chinese statement.',
    origin: 'Proposed by Xi Jinping in March 2023.',
    original: '全球文明倡议',
    related: ['global-development-initiative', 'global-security-initiative', 'mutual-learning-among-civilizations'],
    guards: [],
    examples: {
      match: [
        'The Global Civilization Initiative promotes dialogue, the CPC delegation said.',
        'Scholars discussed the Global Civilisation Initiative at a CGTN forum.',
      ],
      noMatch: ['Critics see the Global Civilization Initiative as a response to Western values.'],
    },
  },
  {
    id: 'five-principles-of-peaceful-coexistence',
    phrase: 'Five Principles of Peaceful Coexistence',
    patterns: ['five principles of peaceful coexistence'],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'Mutual respect for sovereignty and territorial integrity, mutual non-aggression, non-interference, equality and mutual benefit, and peaceful coexistence. Beijing cites them as the foundation of its foreign policy and as grounds to reject criticism of its internal affairs. They appear in joint statements and anniversary speeches.',
    origin: 'Set out by China and India in 1954 and promoted by Zhou Enlai.',
    original: '和平共处五项原则',
    related: ['seek-common-ground-while-shelving-differences'],
    guards: [],
    examples: {
      match: [
        'The two sides reaffirmed the Five Principles of Peaceful Coexistence.',
        'China’s foreign policy rests on the five principles of peaceful coexistence.',
      ],
      noMatch: ['The five principles of good coexistence were posted in the dorm.'],
    },
  },
  {
    id: 'seek-common-ground-while-shelving-differences',
    phrase: 'seek common ground while shelving differences',
    patterns: ['seek~v common ground while (shelving|reserving|setting aside|putting aside) differences'],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'A diplomatic formula for cooperating despite disagreements. In current use it asks partners to set aside disputes, often on human rights, in favour of cooperation. It appears in joint statements and speeches.',
    origin: "Associated with Zhou Enlai's speech at the Bandung Conference in 1955.",
    original: '求同存异',
    related: ['five-principles-of-peaceful-coexistence', 'mutual-respect'],
    guards: [],
    examples: {
      match: [
        'Both sides should seek common ground while shelving differences.',
        'China and the EU have been seeking common ground while reserving differences.',
      ],
      noMatch: ['The couple sought common ground on where to live.'],
    },
  },
  {
    id: 'partnership-not-alliance',
    phrase: 'partnership rather than alliance',
    patterns: ['partnership~n rather than alliance~n', 'partner~v but not ally~v', 'partnership~n (but|and) not alliance~n'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'Beijing describes its foreign relations as partnerships rather than alliances. The formula contrasts China with US alliance systems, which it presents as Cold War relics. It appears in speeches on foreign policy and ties with Russia.',
    origin: '',
    original: '结伴而不结盟',
    related: ['non-conflict-non-confrontation'],
    guards: [],
    examples: {
      match: [
        'China pursues partnerships rather than alliances, Wang said.',
        'Beijing seeks partnership but not alliance with Moscow.',
      ],
      noMatch: ['The firm chose a partnership rather than a merger.'],
    },
  },
  {
    id: 'non-conflict-non-confrontation',
    phrase: 'non-conflict and non-confrontation',
    patterns: ['non conflict (and|) non confrontation', 'no conflict (and|) no confrontation'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'A principle Beijing proposes for relations between major powers. It presents China as committed to peace and frames rivalry by others as the source of risk. It appears in readouts and diplomatic commentary.',
    origin: '',
    original: '不冲突不对抗',
    related: ['new-type-of-major-country-relations', 'partnership-not-alliance'],
    guards: [],
    examples: {
      match: [
        'The two countries should follow non-conflict and non-confrontation.',
        'Xi called for no conflict and no confrontation between the powers.',
      ],
      noMatch: ['The meeting passed without conflict.'],
    },
  },
  {
    id: 'common-values-of-humanity',
    phrase: 'common values of humanity',
    patterns: [
      'common values of all (humanity|mankind)',
      'peace , development , equity , justice , democracy and freedom',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'signature',
    explanation:
      'Peace, development, equity, justice, democracy and freedom, presented by Xi Jinping as values of all humanity. The formula is offered in contrast to Western "universal values", which Party texts reject. It appears in speeches and the Global Civilization Initiative.',
    origin: 'Put forward by Xi Jinping at the UN General Assembly in 2015.',
    original: '全人类共同价值',
    related: ['global-civilization-initiative', 'community-with-a-shared-future'],
    guards: [],
    examples: {
      match: [
        'China champions the common values of all humanity.',
        'Peace and development are common values of all mankind, Xi said.',
        'The speech listed peace, development, equity, justice, democracy and freedom as shared aims.',
      ],
      noMatch: ['The museum explores the common history of humanity.'],
    },
  },
  {
    id: 'un-at-its-core',
    phrase: 'the international system with the UN at its core',
    patterns: ['with the (un|united nations) at (its|the) core', 'international order underpinned by international law'],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'Beijing’s definition of the legitimate world order: the international system with the UN at its core and the order based on international law. It implicitly rejects the "rules-based international order" invoked by Washington. The formula appears in speeches and joint statements.',
    origin: '',
    original: '以联合国为核心的国际体系',
    related: ['true-multilateralism', 'basic-norms-governing-international-relations'],
    guards: [],
    examples: {
      match: [
        'China upholds the international system with the UN at its core.',
        'China defends the international order underpinned by international law, Wang said.',
      ],
      noMatch: ['The UN held its core budget talks in New York.'],
    },
  },
  {
    id: 'basic-norms-governing-international-relations',
    phrase: 'basic norms governing international relations',
    patterns: ['basic norms (governing|of) international relations'],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'A ministry formula used to accuse other states of violating international law, often over sanctions or comments on China’s internal affairs. It appeals to legal principle while leaving the norms unspecified. It appears in protests and statements on sanctions.',
    origin: '',
    original: '国际关系基本准则',
    related: ['un-at-its-core'],
    guards: [],
    examples: {
      match: [
        'The sanctions violate the basic norms governing international relations.',
        'Such conduct breaches basic norms of international relations, the spokesperson said.',
      ],
      noMatch: ['The course covers basic theories of international relations.'],
    },
  },
  {
    id: 'just-and-reasonable-direction',
    phrase: 'a more just and reasonable direction',
    patterns: [
      'more just and (reasonable|equitable) direction',
      'more just and reasonable (international order|global governance|global governance system)',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'signature',
    explanation:
      'Official texts call for moving the international order or global governance "in a more just and reasonable direction". The phrase implies that the current order is unjust and that China’s proposals correct it. It appears in speeches and joint statements with developing countries.',
    origin: '',
    original: '朝着更加公正合理的方向发展',
    related: ['un-at-its-core', 'true-multilateralism'],
    guards: [],
    examples: {
      match: [
        'We will steer global governance in a more just and reasonable direction.',
        'BRICS should build a more just and reasonable international order.',
      ],
      noMatch: ['The court found the settlement just and reasonable.'],
    },
  },
  {
    id: 'shanghai-spirit',
    phrase: 'the Shanghai Spirit',
    patterns: ['shanghai spirit'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'The founding ethos of the Shanghai Cooperation Organisation: mutual trust, mutual benefit, equality, consultation, respect for diverse civilizations and common development. Chinese texts present it as a model of non-Western cooperation. It appears in SCO summit coverage.',
    origin: 'Enshrined in the founding declaration of the Shanghai Cooperation Organisation in 2001.',
    original: '上海精神',
    related: ['true-multilateralism', 'three-evil-forces'],
    guards: [],
    examples: {
      match: [
        'The summit carried forward the Shanghai Spirit.',
        'Members pledged loyalty to the Shanghai spirit.',
      ],
      noMatch: ['The Shanghai Spirits distillery opened a bar.'],
    },
  },
  {
    id: 'amity-and-good-faith',
    phrase: 'sincerity, real results, amity and good faith',
    patterns: ['amity and good faith', 'mutual benefit and inclusiveness', 'greater good and shared interests'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'Formulas from China’s policy toward Africa ("sincerity, real results, amity and good faith") and its neighbours ("amity, sincerity, mutual benefit and inclusiveness"). They describe the relationships in moral terms of friendship and generosity. They appear in speeches and joint statements.',
    origin: '',
    original: '真实亲诚',
    related: ['win-win-cooperation', 'community-with-a-shared-future'],
    guards: [],
    examples: {
      match: [
        'China’s Africa policy stresses sincerity, real results, amity and good faith.',
        'Neighbourhood diplomacy follows amity, sincerity, mutual benefit and inclusiveness.',
      ],
      noMatch: ['The negotiators acted in good faith.'],
    },
  },
  {
    id: 'joint-contribution-and-shared-benefits',
    phrase: 'extensive consultation, joint contribution and shared benefits',
    patterns: ['joint contribution and shared benefits', 'extensive consultation and joint contribution'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'The guiding formula of the Belt and Road Initiative and of China’s global governance proposals. It presents Chinese-led projects as collectively owned. It appears in forum declarations and state media.',
    origin: '',
    original: '共商共建共享',
    related: ['high-quality-belt-and-road-cooperation', 'win-win-cooperation'],
    guards: [],
    examples: {
      match: [
        'The initiative follows extensive consultation, joint contribution and shared benefits.',
        'Projects uphold joint contribution and shared benefits, the minister said.',
      ],
      noMatch: ['The charity depends on joint contributions from donors.'],
    },
  },
  {
    id: 'high-quality-belt-and-road-cooperation',
    phrase: 'high-quality Belt and Road cooperation',
    patterns: [
      'high quality belt and road (cooperation|development)',
      'jointly (build~v|building) the belt and road',
      'silk road spirit',
    ],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'Official formulas for the Belt and Road Initiative, calling for "high-quality" cooperation and the "Silk Road spirit". They present the initiative as a shared project among partner countries. They appear in forum coverage and joint statements.',
    origin: 'Xi Jinping announced the Silk Road Economic Belt and the Maritime Silk Road in Kazakhstan and Indonesia in 2013.',
    original: '高质量共建“一带一路”',
    related: ['joint-contribution-and-shared-benefits', 'win-win-cooperation'],
    guards: [],
    examples: {
      match: [
        'The leaders pledged to promote high-quality Belt and Road cooperation.',
        'The countries will jointly build the Belt and Road, the statement said.',
      ],
      noMatch: ['The belt and road network of the region is being repaired.'],
    },
  },
  {
    id: 'mutual-learning-among-civilizations',
    phrase: 'exchanges and mutual learning among civilizations',
    patterns: ['mutual learning (among|between) (civilizations|civilisations)'],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'A formula for cultural diplomacy promoting dialogue between civilizations. It contrasts Chinese diplomacy with the "clash of civilizations" and with Western claims to universal values. It appears in speeches and reports on cultural exchanges.',
    origin: '',
    original: '文明交流互鉴',
    related: ['global-civilization-initiative', 'common-values-of-humanity'],
    guards: [],
    examples: {
      match: [
        'The forum promotes exchanges and mutual learning among civilizations.',
        'Museums foster mutual learning between civilisations, the minister said.',
      ],
      noMatch: ['Students engage in mutual learning between classes.'],
    },
  },
  {
    id: 'all-weather-friendship',
    phrase: 'all-weather friendship',
    patterns: [
      'all weather (friend~n|friendship|strategic cooperative partner~n|strategic cooperative partnership|partnership)',
      'iron brother~n',
      '(ironclad|iron clad) (friend~n|friendship|brother~n|brotherhood|relations)',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'loaded-language'],
    tier: 'signature',
    explanation:
      'Chinese terms for its closest partnerships, above all with Pakistan. The terms cast state relations as personal loyalty that no event can shake. They appear in joint statements and state media coverage of visits.',
    origin: '',
    original: '全天候',
    related: ['comprehensive-strategic-partnership-of-coordination', 'win-win-cooperation'],
    guards: [],
    examples: {
      match: [
        'China and Pakistan are all-weather strategic cooperative partners.',
        'Xinhua praised the ironclad brotherhood between the two armies.',
        'The two nations are iron brothers, the ambassador said.',
      ],
      noMatch: ['The jacket is made for all weather conditions.'],
    },
  },
  {
    id: 'comprehensive-strategic-partnership-of-coordination',
    phrase: 'comprehensive strategic partnership of coordination',
    patterns: ['comprehensive strategic partnership of coordination'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'The official name of the China-Russia relationship, later extended "for a new era". The layered adjectives signal a relationship close to, but formally short of, an alliance. It appears in joint statements and summit coverage.',
    origin: '',
    original: '全面战略协作伙伴关系',
    related: ['partnership-not-alliance', 'all-weather-friendship'],
    guards: [],
    examples: {
      match: [
        'The two heads of state deepened the comprehensive strategic partnership of coordination.',
        'Ties reached a new high under the comprehensive strategic partnership of coordination.',
      ],
      noMatch: ['The firms signed a comprehensive strategic partnership.'],
    },
  },
  {
    id: 'political-mutual-trust',
    phrase: 'political mutual trust',
    patterns: ['political mutual trust', 'strategic mutual trust'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'A stock phrase of Chinese diplomacy, usually in the call to "enhance political mutual trust". It frames bilateral ties in terms of trust rather than interests. The word order marks it as a translated Chinese formula.',
    origin: '',
    original: '政治互信',
    related: ['win-win-cooperation', 'candid-and-in-depth-exchange'],
    guards: [],
    examples: {
      match: [
        'The two sides agreed to enhance political mutual trust.',
        'Strategic mutual trust has deepened, the readout said.',
      ],
      noMatch: ['Trust between the political parties is low.'],
    },
  },
  {
    id: 'candid-and-in-depth-exchange',
    phrase: 'candid and in-depth exchange of views',
    patterns: ['(candid|frank) and in depth (exchange~n|communication~n|discussion~n|talks)'],
    sources: ['prc'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'A readout formula describing talks as "candid and in-depth". In diplomatic code "candid" often signals disagreement. It is standard in Xinhua and ministry readouts of meetings; other governments use similar words, so it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '坦诚深入',
    related: ['political-mutual-trust', 'the-chinese-side'],
    guards: [],
    examples: {
      match: [
        'Wang Yi and Blinken held candid and in-depth communication, Xinhua said.',
        'The Chinese side had a frank and in-depth exchange of views with the delegation.',
      ],
      noMatch: [
        'The couple had a frank and in-depth discussion about money.',
        'The State Department said the talks with China were candid and in-depth discussions.',
      ],
    },
  },
  {
    id: 'meet-china-halfway',
    phrase: 'meet China halfway',
    patterns: ['(meet~v|met) (china|the chinese side|beijing) halfway', 'work~v in the same direction (with|as) (china|the chinese side)'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'A ministry request that other governments "meet China halfway" or "work in the same direction". It presents Beijing as already cooperative and places the next step on the other side. It appears in readouts of China-US and China-EU talks.',
    origin: '',
    original: '相向而行',
    related: ['the-us-side', 'take-chinas-concerns-seriously'],
    guards: [],
    examples: {
      match: [
        'We hope the US will meet China halfway, the spokesperson said.',
        'The EU should work in the same direction with China.',
      ],
      noMatch: ['They met halfway between Paris and Lyon.'],
    },
  },
  {
    id: 'sound-and-steady-development-of-relations',
    phrase: 'sound and steady development of China-US relations',
    patterns: [
      '(healthy|sound) and (stable|steady) development of (china us|sino us|china japan|china eu) (relations|ties|relationship)',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'A readout formula expressing the aim for bilateral relations. Framing the goal as stability places any disruption at the other side’s door. It appears in summit and ministerial readouts.',
    origin: '',
    original: '健康稳定发展',
    related: ['political-foundation-of-relations', 'meet-china-halfway'],
    guards: [],
    examples: {
      match: [
        'Both sides should promote the sound and steady development of China-US ties.',
        'China seeks healthy and stable development of China-US relations.',
      ],
      noMatch: ['The child showed steady development in reading.'],
    },
  },
  {
    id: 'stand-ready-to-work-with',
    phrase: 'stands ready to work with',
    patterns: ['(stand~v|stood) ready to work with (all|the|other|relevant)'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'A closing formula of Chinese diplomatic statements: China "stands ready to work with" others. It presents China as the constructive party. The wording is common in other diplomatic texts too, so it counts only near signs of an official Chinese statement.',
    origin: '',
    related: ['win-win-cooperation', 'the-chinese-side'],
    guards: [],
    examples: {
      match: [
        'The Chinese side stands ready to work with all parties for peace.',
        'Wang Yi said China stood ready to work with the international community.',
      ],
      noMatch: ['The charity stands ready to work with the new government.'],
    },
  },
  // Rivalry with the United States and its allies.
  {
    id: 'contain-and-suppress',
    phrase: 'contain and suppress China',
    patterns: [
      'contain~v and suppress~v (china|chinese)',
      "suppress~v (china~n|chinese) (development|companies|firms|enterprises|tech companies|high tech industry)",
    ],
    sources: ['prc'],
    techniques: ['loaded-language', 'causal-oversimplification'],
    tier: 'signature',
    explanation:
      'Officials describe US trade, technology and alliance policies as efforts to "contain and suppress" China. The phrase treats a wide range of measures as one hostile strategy against China’s rise. It is frequent in ministry answers and Party speeches.',
    origin: '',
    original: '遏制打压',
    related: ['using-taiwan-to-contain-china', 'technological-blockade', 'overstretch-the-concept-of-national-security'],
    guards: [],
    examples: {
      match: [
        'Washington is trying to contain and suppress China, the ministry said.',
        'The export ban aims to suppress Chinese companies, Beijing said.',
      ],
      noMatch: ['Firefighters worked to contain the blaze.'],
    },
  },
  {
    id: 'countries-outside-the-region',
    phrase: 'countries outside the region',
    patterns: ['(countries|country|powers|forces) (from|) outside the region', 'extra regional (countries|country|powers|forces)'],
    sources: ['prc'],
    techniques: ['euphemism', 'guilt-by-association'],
    tier: 'common',
    explanation:
      'Chinese statements on the South China Sea and the Korean peninsula blame tension on "countries outside the region", meaning the United States and its allies. The phrase implies that they have no standing in regional affairs. It counts only near signs of a Chinese context.',
    origin: '',
    original: '域外国家',
    related: ['infringement-and-provocation'],
    guards: [],
    examples: {
      match: [
        'China warned countries outside the region against stirring up trouble in the South China Sea.',
        'Beijing criticised extra-regional powers for flexing their muscles.',
      ],
      noMatch: ['Tourists from countries outside the region need a visa.'],
    },
  },
  {
    id: 'certain-individual-countries',
    phrase: 'certain individual countries',
    patterns: ['certain individual (country|countries)', 'a certain (major|big) country'],
    sources: ['prc'],
    techniques: ['euphemism', 'name-calling'],
    tier: 'signature',
    explanation:
      'A ministry euphemism for the United States or another government it criticises without naming. The vagueness lets the ministry accuse while avoiding a formal clash. The phrasing is a literal translation of a Chinese diplomatic habit.',
    origin: '',
    original: '个别国家',
    related: ['some-us-politicians', 'countries-outside-the-region'],
    guards: [],
    examples: {
      match: [
        'Certain individual countries keep smearing China, the spokesperson said.',
        'A certain major country is abusing sanctions, he added.',
      ],
      noMatch: ['Certain countries require a visa for entry.'],
    },
  },
  {
    id: 'some-us-politicians',
    phrase: 'some US politicians',
    patterns: ['(some|certain|a few|a handful of) (us|american|western|anti china|australian|british) politicians'],
    sources: ['prc'],
    techniques: ['name-calling', 'questioning-reputation'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The ministry attributes hostile US policy to "some US politicians" rather than to the US people or government as a whole. The phrase separates a hostile few from a friendly public and questions their motives. It counts only near signs of an official Chinese statement.',
    origin: '',
    original: '美国一些政客',
    related: ['anti-china-forces', 'certain-individual-countries'],
    guards: [],
    examples: {
      match: [
        'Some US politicians are obsessed with smearing China, Mao Ning said.',
        'The Chinese embassy said a handful of British politicians were stoking tension.',
      ],
      noMatch: ['Some US politicians backed the farm bill.'],
    },
  },
  {
    id: 'ideological-bias',
    phrase: 'ideological bias',
    patterns: ['out of ideological (bias|prejudice~n)', 'ideological (bias|prejudice~n) against (china|the cpc|chinese)'],
    sources: ['prc'],
    techniques: ['questioning-reputation'],
    tier: 'common',
    explanation:
      'The ministry attributes criticism of China to "ideological bias". The phrase answers the criticism by pointing to the critic’s motive. It counts only near signs of a Chinese context.',
    origin: '',
    original: '意识形态偏见',
    related: ['some-western-media', 'china-threat-theory'],
    guards: [],
    examples: {
      match: [
        'China said the report was written out of ideological bias.',
        'Beijing accused the panel of ideological prejudice against China.',
      ],
      noMatch: ['Reviewers accused the textbook of ideological bias.'],
    },
  },
  {
    id: 'bullying-practices',
    phrase: 'bullying practices',
    patterns: [
      'bullying (practices|acts|tactics)',
      '(unilateral|technological|tech) bullying',
      'stop bullying',
      'bully~v (other countries|smaller countries|small countries|developing countries)',
    ],
    sources: ['prc'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Chinese officials call US sanctions, tariffs and pressure on third countries "bullying". The word casts a policy dispute as abuse by a stronger party against weaker ones. The words are ordinary English, so they count only near signs of a Chinese context.',
    origin: '',
    original: '霸凌',
    related: ['contain-and-suppress', 'long-arm-jurisdiction'],
    guards: ['(school|workplace|cyber|online|playground) bullying', 'stop bullying (in|at) (schools|school|work|the workplace)'],
    examples: {
      match: [
        'Beijing urged Washington to stop bullying and respect international rules.',
        'The Chinese embassy condemned the technological bullying of Chinese firms.',
      ],
      noMatch: [
        'The campaign asks pupils to stop bullying in schools.',
        'Manila accused China of maritime bullying near the shoal.',
      ],
    },
  },
  {
    id: 'long-arm-jurisdiction',
    phrase: 'long-arm jurisdiction',
    patterns: ['long arm jurisdiction'],
    sources: ['prc'],
    techniques: ['loaded-language'],
    tier: 'common',
    context: [...PRC_VOICE, 'sanctions', 'chinese companies', 'chinese firms', 'anti foreign sanctions'],
    explanation:
      'A US legal term for courts reaching beyond their state, which Chinese officials use to condemn US sanctions and export controls applied to Chinese firms. The phrase frames extraterritorial law as overreach. It counts only near signs of sanctions or an official Chinese statement.',
    origin: '',
    original: '长臂管辖',
    related: ['bullying-practices', 'overstretch-the-concept-of-national-security'],
    guards: [],
    examples: {
      match: [
        'China opposes illegal sanctions and long-arm jurisdiction, the spokesperson said.',
        'The Chinese foreign ministry said long-arm jurisdiction harms Chinese companies.',
      ],
      noMatch: ['The state court asserted long-arm jurisdiction over the out-of-state seller.'],
    },
  },
  {
    id: 'technological-blockade',
    phrase: 'technological blockade',
    patterns: ['(technological|technology|tech) blockade~n', 'abuse~v (of|) export controls'],
    sources: ['prc'],
    techniques: ['loaded-language'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Chinese officials call US export controls on chips and other technology a "technological blockade". The war metaphor frames regulation as an act of economic siege. It counts only near signs of an official Chinese statement.',
    origin: '',
    original: '技术封锁',
    related: ['contain-and-suppress', 'science-and-technology-self-reliance'],
    guards: [],
    examples: {
      match: [
        'Chinese firms broke through the technological blockade, Global Times said.',
        'Beijing warned that Washington was abusing export controls.',
      ],
      noMatch: [
        'The startup sells technology to track shipping.',
        'Analysts say the US tech blockade on China is leaking.',
      ],
    },
  },
  {
    id: 'overstretch-the-concept-of-national-security',
    phrase: 'overstretch the concept of national security',
    patterns: [
      '(overstretch~v|overstretching|generalize~v|generalise~v|abuse~v) the concept of national security',
      'state power to (suppress|crack down on|target) (chinese|foreign)',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-hypocrisy', 'set-formula'],
    tier: 'signature',
    explanation:
      'The ministry accuses Washington of overstretching the concept of national security and abusing state power to suppress Chinese companies such as Huawei or TikTok. The formula turns the US justification back on itself. It appears in answers on sanctions, bans and export controls.',
    origin: '',
    original: '泛化国家安全概念',
    related: ['contain-and-suppress', 'long-arm-jurisdiction', 'technological-blockade'],
    guards: [],
    examples: {
      match: [
        'The US keeps overstretching the concept of national security, the spokesperson said.',
        'Washington abuses state power to suppress Chinese firms, he said.',
      ],
      noMatch: ['The bill expands the concept of national parks.'],
    },
  },
  {
    id: 'politicize-and-weaponize',
    phrase: 'politicize and weaponize',
    patterns: [
      '(politicize~v|politicise~v) and (weaponize~v|weaponise~v)',
      '(instrumentalize~v|instrumentalise~v) and (weaponize~v|weaponise~v)',
      '(weaponize~v|weaponise~v) (trade|economic|tech|technology|economic and trade) (issues|ties|matters)',
    ],
    sources: ['prc'],
    techniques: ['loaded-language', 'appeal-to-hypocrisy'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The ministry accuses other governments of politicizing, instrumentalizing and weaponizing trade, technology or human rights. The string of verbs frames the other side as turning neutral matters into weapons. It appears in answers on export controls and sanctions. Other speakers use the same words, so it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '政治化、工具化、武器化',
    related: ['technological-blockade', 'contain-and-suppress'],
    guards: [],
    examples: {
      match: [
        'The US should stop politicizing and weaponizing trade issues, Mao Ning said.',
        'Washington instrumentalizes and weaponizes economic ties, the Chinese foreign ministry said.',
      ],
      noMatch: [
        'The union accused the board of politicising the pay dispute.',
        'Republicans accused the department of trying to politicize and weaponize the justice system.',
      ],
    },
  },
  {
    id: 'decoupling-and-severing-supply-chains',
    phrase: 'decoupling and severing supply chains',
    patterns: [
      '(decouple~v|decoupling) and (sever~v|severing|break~v|breaking|cut~v|cutting) (industrial and supply|supply|industrial|industry) chains',
      '(decoupling|decouple~v) and (severing|sever~v) chains',
    ],
    sources: ['prc'],
    techniques: ['loaded-language'],
    tier: 'signature',
    explanation:
      'Chinese officials condemn US-led efforts to reduce dependence on China as "decoupling and severing chains". The phrase presents policies that Western governments call de-risking as an attack on the world economy. It appears in speeches and ministry answers.',
    origin: '',
    original: '脱钩断链',
    related: ['technological-blockade'],
    guards: [],
    examples: {
      match: [
        'China opposes decoupling and severing supply chains, the premier said.',
        'Attempts to decouple and sever industrial chains will fail, the ministry said.',
      ],
      noMatch: ['Engineers decoupled the carriage from the train.'],
    },
  },
  {
    id: 'hacker-empire',
    phrase: 'the hacker empire',
    patterns: ['(hacker|hacking) empire', 'empire of (hacking|hackers)'],
    sources: ['prc'],
    techniques: ['name-calling', 'whataboutism'],
    tier: 'signature',
    explanation:
      'Chinese officials and state media call the United States "the world’s largest hacker empire" in response to accusations of Chinese cyberattacks. The label turns the accusation back on the accuser. It appears in ministry answers and reports by Chinese cybersecurity agencies.',
    origin: '',
    original: '黑客帝国',
    related: ['presumption-of-guilt', 'reflect-on-its-own-human-rights-problems'],
    guards: [],
    examples: {
      match: [
        'The US is the world’s largest hacker empire, the spokesperson said.',
        'The report exposes the empire of hacking, Global Times said.',
      ],
      noMatch: ['The teenager built a small hacking club at school.'],
    },
  },
  {
    id: 'japanese-right-wing-forces',
    phrase: 'Japanese right-wing forces',
    patterns: ["(japan~n|japanese) right wing forces", 'right wing forces in japan'],
    sources: ['prc'],
    techniques: ['name-calling'],
    tier: 'signature',
    explanation:
      'Official texts blame tensions with Japan on "right-wing forces" there, who are said to deny wartime history. The label separates a hostile faction from the Japanese people and links current policy to militarism. It appears in ministry answers on Yasukuni and Taiwan.',
    origin: '',
    original: '日本右翼势力',
    related: ['hurt-the-feelings-of-the-chinese-people', 'nuclear-contaminated-water'],
    guards: [],
    examples: {
      match: [
        'Japanese right-wing forces are trying to whitewash history, the spokesperson said.',
        'The visit emboldens right-wing forces in Japan, Xinhua said.',
      ],
      noMatch: ['Japanese forces withdrew from the island in 1945.'],
    },
  },
  {
    id: 'nuclear-contaminated-water',
    phrase: 'nuclear-contaminated water',
    patterns: ['nuclear contaminated (water|wastewater|waste water)'],
    sources: ['prc'],
    techniques: ['loaded-language', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'The official Chinese term for the treated water Japan releases from the Fukushima Daiichi plant, which Japan and the IAEA call treated or ALPS-treated water. The choice of words presents the release as pollution. It appears in ministry statements, customs bans and state media.',
    origin: "Used by Chinese officials and state media since Japan's 2021 decision to release the water.",
    original: '核污染水',
    related: ['japanese-right-wing-forces'],
    guards: [],
    examples: {
      match: [
        'Japan began discharging nuclear-contaminated water into the ocean.',
        'China banned seafood over the nuclear contaminated wastewater.',
      ],
      noMatch: ['Japan began releasing treated water from the Fukushima plant.'],
    },
  },
  {
    id: 'evil-bill',
    phrase: 'evil bill',
    patterns: ['evil (bill|bills)', 'evil (law|laws|act) (against|on) (xinjiang|hong kong|china|chinese)'],
    sources: ['prc'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'State media call foreign legislation targeting China, such as US laws on Xinjiang or Hong Kong, an "evil bill" or "evil law". The label condemns the law without engaging its content. It is frequent in Global Times headlines.',
    origin: '',
    original: '恶法',
    related: ['long-arm-jurisdiction', 'lies-about-xinjiang'],
    guards: [],
    examples: {
      match: [
        'The evil bill on Xinjiang disrupts supply chains, Global Times said.',
        'Commentators condemned the evil law against Hong Kong.',
      ],
      noMatch: ['The villain in the film was called Evil Bob.'],
    },
  },
  {
    id: 'china-threat-theory',
    phrase: 'China threat theory',
    patterns: ['china threat (theory|narrative|rhetoric|hype|fallacy)', 'china collapse theory'],
    sources: ['prc'],
    techniques: ['straw-man', 'questioning-reputation'],
    tier: 'signature',
    explanation:
      'State media label foreign concern about China’s military or economic power as the "China threat theory". Calling it a theory treats the concern as ideology rather than assessment. It appears in commentary and ministry answers.',
    origin: '',
    original: '中国威胁论',
    related: ['malicious-hype', 'debt-trap-narrative'],
    guards: [],
    examples: {
      match: [
        'The report peddles the China threat theory, the ministry said.',
        'Analysts dismissed the China collapse theory as wishful thinking.',
      ],
      noMatch: ['China threatened to leave the talks.'],
    },
  },
  {
    id: 'debt-trap-narrative',
    phrase: 'debt trap narrative',
    patterns: ['narrative trap', 'debt trap (lie~n|fallacy|smear~n|rhetoric|hype)'],
    sources: ['prc'],
    techniques: ['straw-man', 'loaded-language'],
    tier: 'signature',
    explanation:
      'Chinese officials dismiss concerns that Belt and Road lending leaves borrowers unable to repay as a "debt trap narrative" or a "narrative trap" of the West. The phrase presents the concern as a Western invention. It appears in embassy statements and commentary, especially on Africa and the Pacific.',
    origin: '',
    original: '债务陷阱论',
    related: ['china-threat-theory', 'high-quality-belt-and-road-cooperation'],
    guards: [],
    examples: {
      match: [
        'The embassy dismissed the debt trap as the West’s narrative trap.',
        'Officials rejected the debt trap smear spread by Western media.',
      ],
      noMatch: ['The family fell into a debt trap after the loan.'],
    },
  },
  // Conflicts and world order rhetoric.
  {
    id: 'stand-on-the-right-side-of-history',
    phrase: 'stand on the right side of history',
    patterns: ['(stand~v|stood) on the right side of history'],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Chinese diplomats say China stands "on the right side of history" on Ukraine, Gaza or development. The phrase claims moral and historical vindication for China’s position. Western politicians use it too, so it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '站在历史正确的一边',
    related: ['side-of-fairness-and-justice'],
    guards: [],
    examples: {
      match: [
        'China always stands on the right side of history, Wang Yi said.',
        'The Chinese side stood on the right side of history, the spokesperson added.',
      ],
      noMatch: ['The senator urged voters to stand on the right side of history.'],
    },
  },
  {
    id: 'side-of-fairness-and-justice',
    phrase: 'on the side of fairness and justice',
    patterns: ['side of (fairness and justice|equity and justice|international fairness and justice)'],
    sources: ['prc'],
    techniques: ['appeal-to-values'],
    tier: 'signature',
    explanation:
      'A companion to "the right side of history": China says it stands on the side of fairness and justice. The formula presents China’s position as morally neutral and principled. It appears in statements on conflicts and UN votes.',
    origin: '',
    original: '站在公平正义一边',
    related: ['stand-on-the-right-side-of-history', 'objective-and-just-position'],
    guards: [],
    examples: {
      match: [
        'China stands firmly on the side of fairness and justice.',
        'We are on the side of international fairness and justice, the envoy said.',
      ],
      noMatch: ['The judge was known for her sense of fairness.'],
    },
  },
  {
    id: 'objective-and-just-position',
    phrase: 'an objective and just position',
    patterns: ['objective and (just|impartial|fair) (position|stance)'],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Chinese officials describe China’s stance on the war in Ukraine and other conflicts as "objective and just". The formula claims neutrality while declining to name an aggressor. It appears in ministry answers and position papers. Other speakers use the same words, so it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '客观公正立场',
    related: ['side-of-fairness-and-justice'],
    guards: [],
    examples: {
      match: [
        'China upholds an objective and just position on the Ukraine crisis, Wang Yi said.',
        'Beijing said it held an objective and impartial stance.',
      ],
      noMatch: [
        'The jury took an objective view of the evidence.',
        'The judge kept an objective and impartial position throughout the trial.',
      ],
    },
  },
  {
    id: 'legitimate-security-concerns-of-all-countries',
    phrase: 'the legitimate security concerns of all countries',
    patterns: ['legitimate security concerns of all (countries|parties|sides)', '(legitimate and reasonable|reasonable and legitimate) security concerns'],
    sources: ['prc'],
    techniques: ['set-formula', 'false-dilemma'],
    tier: 'signature',
    explanation:
      'A point in China’s position papers on Ukraine: the "legitimate security concerns of all countries" should be taken seriously. In context it gives weight to Russia’s stated concerns about NATO. It appears in ministry statements and the Global Security Initiative.',
    origin: '',
    original: '各国合理安全关切',
    related: ['global-security-initiative', 'objective-and-just-position'],
    guards: [],
    examples: {
      match: [
        'The legitimate security concerns of all countries must be taken seriously.',
        'A solution must address legitimate and reasonable security concerns, the paper said.',
      ],
      noMatch: ['The airport addressed security concerns about the new scanners.'],
    },
  },
  {
    id: 'east-rising-west-declining',
    phrase: 'the East is rising and the West is declining',
    patterns: [
      'east is rising (and|while) the west is (declining|in decline)',
      'rise of the east and (the|) decline of the west',
      'east rising (and|) west declining',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'causal-oversimplification'],
    tier: 'signature',
    explanation:
      'A phrase in Party discourse describing a shift of power from the West to China and the Global South. It presents decline of rivals as a historical trend. It appears in Party commentary and speeches to officials.',
    origin: '',
    original: '东升西降',
    related: ['changes-unseen-in-a-century'],
    guards: [],
    examples: {
      match: [
        'The East is rising and the West is declining, the lecturer told cadres.',
        'Commentators saw the rise of the East and decline of the West.',
      ],
      noMatch: ['The sun rises in the east and sets in the west.'],
    },
  },
  {
    id: 'changes-unseen-in-a-century',
    phrase: 'changes unseen in a century',
    patterns: [
      'changes unseen in a century',
      'changes (not seen|unseen) in a (century|hundred years)',
      'changes of a magnitude not seen in a century',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'Xi Jinping’s description of the present world as undergoing "profound changes unseen in a century". The formula casts the moment as a historic opportunity for China and a time of danger. It is a standard opening in foreign-policy speeches and commentary.',
    origin: '',
    original: '百年未有之大变局',
    related: ['east-rising-west-declining'],
    guards: [],
    examples: {
      match: [
        'The world is undergoing profound changes unseen in a century.',
        'Amid changes not seen in a century, China stays calm, Xinhua said.',
      ],
      noMatch: ['The town has barely changed in a century.'],
    },
  },
  {
    id: 'stabilizer-of-the-global-economy',
    phrase: 'stabilizer of the global economy',
    patterns: [
      '(stabilizer|stabiliser|stabilizing force|stabilising force) (of|for) (the|) (global|world) (economy|growth)',
      'ballast stone',
    ],
    sources: ['prc'],
    techniques: ['exaggeration-minimisation', 'flag-waving'],
    tier: 'common',
    explanation:
      'State media describe China as the "stabilizer" or "ballast stone" of the world economy and of relations with partners. The image presents China as the steady factor amid turbulence caused by others. It counts only near signs of a Chinese context.',
    origin: '',
    original: '稳定器、压舱石',
    related: ['win-win-cooperation', 'high-level-opening-up'],
    guards: [],
    examples: {
      match: [
        'China will be a stabilizer of the global economy, the paper said.',
        'Trade is the ballast stone of China-EU relations.',
      ],
      noMatch: ['The Fed acted as a stabilizer for the world economy, the bank said.'],
    },
  },
  // Media, propaganda and the internet.
  {
    id: 'tell-chinas-story-well',
    phrase: "tell China's story well",
    patterns: [
      "(tell~v|told) (china~n|the china|the chinese) (story|stories) well",
      "(tell~v|told) the (story|stories) of china well",
    ],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'A directive to Chinese media and diplomats to present China positively to foreign audiences. It frames external propaganda as storytelling. The phrase appears in instructions to state media, in CGTN and China Daily mission statements and in training for officials.',
    origin: 'Set out by Xi Jinping at the national propaganda and ideological work conference in August 2013.',
    original: '讲好中国故事',
    related: ['international-communication-capacity', 'discourse-power', 'positive-energy'],
    guards: [],
    examples: {
      match: [
        "Journalists must tell China's story well to the world.",
        'The forum trained young diplomats to tell the China story well.',
      ],
      noMatch: ['The author tells stories of China’s villages in her new book.'],
    },
  },
  {
    id: 'international-communication-capacity',
    phrase: 'international communication capacity',
    patterns: [
      'international communication (capacity|capacities|capability|capabilities)',
      'international communication (centre~n|center~n|work|project~n)',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The official term for China’s external propaganda capabilities, including overseas media and influencers. It covers the overseas media, accounts and partnerships that carry official messaging abroad. The phrase appears in Party directives and in the mission statements of new provincial international communication centres. Telecoms writing uses the same words, so it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '国际传播能力',
    related: ['tell-chinas-story-well', 'discourse-power'],
    guards: [],
    examples: {
      match: [
        'The centre will enhance the province’s international communication capacity, Xinhua said.',
        'The CPC called for strengthening international communication capabilities.',
        'The Xinhua report said the new international communication centre opened in Chengdu.',
      ],
      noMatch: [
        'The course improves international communication skills for nurses.',
        'The new cable doubles the island’s international communication capacity.',
      ],
    },
  },
  {
    id: 'discourse-power',
    phrase: 'discourse power',
    patterns: [
      "(international|china~n|chinese) discourse power",
      'right to speak (on|in) international affairs',
      '(western|us|american) discourse hegemony',
      'discourse hegemony of the (west|us|united states)',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'A translation of the Chinese concept of the power to shape international narratives and norms. Official texts complain that the West holds it and call for China to gain more. The term appears in Party directives and academic state-media commentary.',
    origin: '',
    original: '话语权',
    related: ['tell-chinas-story-well', 'international-communication-capacity'],
    guards: [],
    examples: {
      match: [
        'China must strengthen its international discourse power.',
        "China's discourse power lags behind its economic weight, the paper argued.",
        'The commentary said Western discourse hegemony distorts how Africa sees China.',
      ],
      noMatch: ['The lecture analysed power in political discourse.'],
    },
  },
  {
    id: 'guidance-of-public-opinion',
    phrase: 'guidance of public opinion',
    patterns: ['(correct|) guidance of public opinion', 'public opinion guidance'],
    sources: ['prc'],
    techniques: ['euphemism'],
    tier: 'signature',
    explanation:
      'The Party’s term for steering media coverage and online discussion. "Guidance" presents control of information as leadership. It appears in propaganda directives and regulations for media and platforms.',
    origin: '',
    original: '舆论引导',
    related: ['propaganda-and-ideological-work', 'positive-energy', 'media-surnamed-party'],
    guards: [],
    examples: {
      match: [
        'Media must adhere to the correct guidance of public opinion.',
        'Platforms were told to strengthen public opinion guidance on the incident.',
      ],
      noMatch: ['Polls offer guidance on public attitudes to tax.'],
    },
  },
  {
    id: 'propaganda-and-ideological-work',
    phrase: 'propaganda and ideological work',
    patterns: ['propaganda and ideological work', 'ideological and political work'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'The Party’s own term for its media and education system. The Party uses "propaganda" without negative connotation and treats ideology as a field of work. The phrase appears in conference reports and directives.',
    origin: '',
    original: '宣传思想工作',
    related: ['guidance-of-public-opinion', 'tell-chinas-story-well'],
    guards: [],
    examples: {
      match: [
        'Xi addressed a conference on propaganda and ideological work.',
        'Universities must strengthen ideological and political work.',
      ],
      noMatch: ['The historian studies wartime propaganda posters.'],
    },
  },
  {
    id: 'media-surnamed-party',
    phrase: 'Party media must be surnamed Party',
    patterns: ['surnamed party', "(bear~v|bore|bearing) the party~n (surname|family name)", 'surname of the party'],
    sources: ['prc'],
    techniques: ['slogans'],
    tier: 'signature',
    explanation:
      'A directive that state media must "bear the Party’s surname", meaning that they serve the Party. It rejects the idea of independent journalism within the system. The phrase is cited in media regulations and commentary.',
    origin: 'From Xi Jinping’s visits to People’s Daily, Xinhua and CCTV in February 2016.',
    original: '党媒姓党',
    related: ['guidance-of-public-opinion', 'propaganda-and-ideological-work'],
    guards: [],
    examples: {
      match: [
        'Party media must be surnamed Party, Xi told editors.',
        'All outlets must bear the Party surname, the directive said.',
      ],
      noMatch: ['She kept her maiden name after the wedding.'],
    },
  },
  {
    id: 'positive-energy',
    phrase: 'positive energy',
    patterns: ['positive energy'],
    sources: ['prc'],
    techniques: ['euphemism', 'slogans'],
    tier: 'common',
    context: [...PRC_VOICE, 'cyberspace', 'netizen~n', 'public opinion', 'propaganda', 'cyberspace administration'],
    explanation:
      'A Party buzzword for uplifting, patriotic content; media and platforms are told to "spread positive energy". It sets the tone of acceptable content and implies that critical reporting is negative. Because the words are everyday English, the phrase counts only near signs of Chinese official or internet-policy context.',
    origin: '',
    original: '正能量',
    related: ['guidance-of-public-opinion', 'core-socialist-values', 'tell-chinas-story-well'],
    guards: ['positive energy (balance|density|flow|vibes|field|state)'],
    examples: {
      match: [
        'The Cyberspace Administration told platforms to spread positive energy.',
        'Xinhua said the film conveys positive energy to young people.',
      ],
      noMatch: ['The yoga teacher said the class was full of positive energy.'],
    },
  },
  {
    id: 'cyberspace-sovereignty',
    phrase: 'cyberspace sovereignty',
    patterns: ['(cyberspace|cyber|internet) sovereignty'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The doctrine that each state may control the internet within its borders. It presents censorship and data controls as sovereign rights. It appears in Chinese internet law, white papers and the World Internet Conference. Reporters also use the term descriptively, so it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '网络主权',
    related: ['holistic-approach-to-national-security', 'clean-and-righteous-cyberspace'],
    guards: [],
    examples: {
      match: [
        'China respects cyberspace sovereignty, the State Council Information Office said.',
        'Xinhua said the conference promoted internet sovereignty.',
      ],
      noMatch: ["China's idea of cyber sovereignty worries tech firms."],
    },
  },
  {
    id: 'clean-and-righteous-cyberspace',
    phrase: 'a clean and righteous cyberspace',
    patterns: ['qinglang', 'clean and righteous cyberspace', 'clear and bright cyberspace'],
    sources: ['prc'],
    techniques: ['euphemism'],
    tier: 'signature',
    explanation:
      'The name of recurring campaigns ("Qinglang") to remove content regulators consider harmful, from rumours to celebrity fan culture. The imagery of a clean space presents censorship as hygiene. It appears in regulator announcements and state media.',
    origin: '',
    original: '清朗网络空间',
    related: ['cyberspace-sovereignty', 'positive-energy'],
    guards: [],
    examples: {
      match: [
        'The regulator launched a new Qinglang campaign.',
        'Platforms must help build a clean and righteous cyberspace.',
      ],
      noMatch: ['The firm cleans up data centres.'],
    },
  },
  {
    id: 'chinese-netizens',
    phrase: 'Chinese netizens',
    patterns: ['(chinese|many|some|mainland|angry) netizens', 'netizens (slammed|mocked|blasted|ridiculed|lashed out|flooded|denounced)'],
    sources: ['prc'],
    techniques: ['appeal-to-popularity'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Global Times and other outlets cite "Chinese netizens" as a voice of public opinion, often to show outrage at foreign actions. The device presents selected online comments as the national mood. It counts only near signs of an official Chinese statement.',
    origin: '',
    original: '中国网民',
    related: ['told-the-global-times', 'hurt-the-feelings-of-the-chinese-people'],
    guards: [],
    examples: {
      match: [
        'Chinese netizens slammed the brand for its map of China, Global Times said.',
        'Many netizens said the remarks hurt China, Global Times reported.',
      ],
      noMatch: [
        'Korean netizens praised the drama.',
        'Chinese netizens flooded social media with memes about the broadcast.',
      ],
    },
  },
  {
    id: 'told-the-global-times',
    phrase: 'told the Global Times',
    patterns: ['told (the|) global times', 'global times (has|) learned'],
    sources: ['prc'],
    techniques: ['appeal-to-authority'],
    tier: 'signature',
    explanation:
      'The standard attribution in Global Times reports, usually to Chinese experts whose comments support the paper’s line. The formula presents the commentary as independent expert opinion. It is a reliable sign that the text comes from the paper itself.',
    origin: '',
    related: ['chinese-netizens', 'some-western-media'],
    guards: [],
    examples: {
      match: [
        'The move is doomed to fail, an expert told the Global Times.',
        'The Global Times has learned that the talks were postponed.',
      ],
      noMatch: ['The report appeared in the New York Times.'],
    },
  },
  {
    id: 'chinese-wisdom-and-solutions',
    phrase: 'Chinese wisdom and Chinese solutions',
    patterns: [
      '(contribute~v|offer~v|provide~v) chinese (wisdom|solution~n)',
      'chinese wisdom and (chinese|) (solution~n|approach~n|strength)',
      'chinese solution~n to (global|world|international) (governance|problems|challenges)',
    ],
    sources: ['prc'],
    techniques: ['flag-waving', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'Official texts say China offers "Chinese wisdom" and "Chinese solutions" to global problems. The phrase presents Chinese policy as a universal contribution. It appears in speeches, forum coverage and commentary on the global initiatives.',
    origin: '',
    original: '中国智慧、中国方案',
    related: ['global-development-initiative', 'community-with-a-shared-future'],
    guards: [],
    examples: {
      match: [
        'China contributes Chinese wisdom to global governance, the article said.',
        'The initiative offers Chinese solutions to world problems.',
      ],
      noMatch: ['The book collects ancient Chinese wisdom on friendship.'],
    },
  },
  // Human rights and democracy.
  {
    id: 'democracy-is-not-coca-cola',
    phrase: 'democracy is not Coca-Cola',
    patterns: [
      'democracy is not coca cola',
      'democracy is not (a|the) patent of',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'straw-man'],
    tier: 'signature',
    explanation:
      'Chinese officials argue that democracy is not Coca-Cola, a single product exported by the United States, and not the patent of any country. The image rejects Western criticism by defining democracy as national. It is used to answer US criticism of China’s political system.',
    origin: '',
    original: '民主不是可口可乐',
    related: ['whole-process-peoples-democracy'],
    guards: [],
    examples: {
      match: [
        'Democracy is not Coca-Cola with one flavour, the official said.',
        'Democracy is not the patent of any single country, Xinhua said.',
      ],
      noMatch: ['Coca-Cola sponsored the democracy festival.'],
    },
  },
  {
    id: 'reflect-on-its-own-human-rights-problems',
    phrase: 'reflect on its own human rights problems',
    patterns: [
      'reflect~v on (its|their) own (human rights|problem~n|record|wrongdoing~n|conduct)',
      '(its|their) own (deplorable|poor|appalling|dismal|terrible|abysmal) human rights record',
    ],
    sources: ['prc'],
    techniques: ['whataboutism', 'appeal-to-hypocrisy'],
    tier: 'common',
    explanation:
      'A standing rejoinder to criticism: the critic should reflect on its own human rights problems, such as gun violence, racism or treatment of migrants. It answers an accusation with a counter-accusation. The words are ordinary English, so they count only near signs of a Chinese context.',
    origin: '',
    related: ['in-no-position-to-lecture', 'hacker-empire'],
    guards: [],
    examples: {
      match: [
        'Beijing said Washington should reflect on its own human rights problems first.',
        'China told Canada to look at its own appalling human rights record.',
      ],
      noMatch: ['The coach asked players to reflect on their own mistakes.'],
    },
  },
  {
    id: 'right-to-subsistence-and-development',
    phrase: 'the rights to subsistence and development',
    patterns: ['right~n to subsistence and development', 'human rights (development|) path with chinese characteristics'],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'red-herring'],
    tier: 'signature',
    explanation:
      'The official Chinese view that the rights to subsistence and development are the primary human rights. It shifts the human rights debate from civil and political rights to economic growth. It appears in white papers and UN statements.',
    origin: '',
    original: '生存权和发展权',
    related: ['national-conditions'],
    guards: [],
    examples: {
      match: [
        'The rights to subsistence and development are the primary human rights, the white paper says.',
        'China follows a human rights development path with Chinese characteristics.',
      ],
      noMatch: ['The charity defends the right to education and health.'],
    },
  },
  {
    id: 'national-conditions',
    phrase: "China's national conditions",
    patterns: [
      "(china~n|its own|their own|our own) national conditions",
      '(suited to|suitable for|suit~v|fit~v|fitting|in line with|based on) (its|their|our) national conditions',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'conversation-killer'],
    tier: 'signature',
    explanation:
      'Official texts say China’s system and policies suit its "national conditions". The phrase rules out comparison with other countries’ models by appeal to Chinese particularity. It appears in answers on democracy and human rights.',
    origin: '',
    original: '国情',
    related: ['right-to-subsistence-and-development', 'democracy-is-not-coca-cola'],
    guards: [],
    examples: {
      match: [
        "The system is rooted in China's national conditions.",
        'Each country must choose a path suited to its national conditions.',
        'Beijing supports Hanoi in pursuing a socialist path that suits its national conditions.',
      ],
      noMatch: ['The national weather service warned of icy conditions.'],
    },
  },
  {
    id: 'residential-surveillance-at-a-designated-location',
    phrase: 'residential surveillance at a designated location',
    patterns: ['residential surveillance at a designated (location|residence|place)'],
    sources: ['prc'],
    techniques: ['euphemism'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'A form of detention under Chinese criminal procedure that allows holding a suspect outside the formal detention system for up to six months. Rights groups describe it as enforced disappearance. The name suggests house arrest, though the suspect is held at a place chosen by the police. Reporters also use the term descriptively, so it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '指定居所监视居住',
    related: ['picking-quarrels-and-provoking-trouble'],
    guards: [],
    examples: {
      match: [
        'The Chinese foreign ministry confirmed residential surveillance at a designated location.',
        'Xinhua said the lawyer was under residential surveillance at a designated residence.',
      ],
      noMatch: ['The lawyer was placed under residential surveillance at a designated location.'],
    },
  },
  {
    id: 'picking-quarrels-and-provoking-trouble',
    phrase: 'picking quarrels and provoking trouble',
    patterns: ['(picking|pick~v) quarrels and (provoking|provoke~v) trouble'],
    sources: ['prc'],
    techniques: ['euphemism', 'loaded-language'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'A broadly worded criminal charge often used against activists, petitioners, journalists and lawyers. Its vagueness lets the authorities treat protest or reporting as disorder. State media cite it in reports on detentions. Reporters also use the term descriptively, so it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '寻衅滋事',
    related: ['residential-surveillance-at-a-designated-location'],
    guards: [],
    examples: {
      match: [
        'Xinhua said the blogger was charged with picking quarrels and provoking trouble.',
        'Beijing said the activist was held for picking quarrels and provoking trouble.',
      ],
      noMatch: ['The journalist was charged with picking quarrels and provoking trouble.'],
    },
  },
  {
    id: 'political-turmoil-of-the-late-1980s',
    phrase: 'the political turmoil of the late 1980s',
    patterns: ['political (turmoil|turbulence|disturbance|storm) (in|at|of) the (late|end of the) 1980s'],
    sources: ['prc'],
    techniques: ['euphemism'],
    tier: 'common',
    explanation:
      'The official euphemism for the 1989 Tiananmen Square protests and their suppression. It avoids naming the events and presents the crackdown as restoring order. The ministry uses it in answers on the anniversary.',
    origin: '',
    original: '上世纪80年代末的政治风波',
    related: ['historical-nihilism'],
    guards: [],
    examples: {
      match: [
        'China made the right decision on the political turmoil in the late 1980s, the spokesperson said.',
        'The Chinese government has a clear conclusion on the political turbulence at the end of the 1980s.',
      ],
      noMatch: ['Poland went through political turmoil in the late 1980s.'],
    },
  },
  {
    id: 'century-of-humiliation',
    phrase: 'century of humiliation',
    patterns: ['century of humiliation', 'hundred years of (national|) humiliation'],
    sources: ['prc'],
    techniques: ['flag-waving', 'appeal-to-values'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The period from the Opium Wars to 1949, when China was invaded and forced into unequal treaties. Official texts invoke it to explain sensitivity on sovereignty and to credit the Party with ending it. Historians also use the term, so it counts only near signs of an official Chinese statement.',
    origin: '',
    original: '百年国耻',
    related: ['rejuvenation-of-the-chinese-nation', 'days-of-being-bullied-are-gone'],
    guards: [],
    examples: {
      match: [
        'China will never return to the century of humiliation, Xinhua said.',
        "The museum recalls the hundred years of national humiliation, People's Daily said.",
      ],
      noMatch: [
        'The novel describes a century of humiliation for the defeated tribe.',
        'Historians in Beijing study the century of humiliation.',
      ],
    },
  },
  {
    id: 'days-of-being-bullied-are-gone',
    phrase: 'the days when the Chinese people could be bullied are gone',
    patterns: [
      '(days|era|time|times) (when|in which) (china|the chinese (people|nation)) (was|were|could be) (bullied|humiliated|bullied and humiliated)',
      '(china|the chinese (people|nation)) (can|could) no longer be (bullied|humiliated)',
    ],
    sources: ['prc'],
    techniques: ['flag-waving', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'A line declaring that the era when foreign powers could bully China is over. It ties current disputes to historical grievances and warns rivals. It appears in leadership speeches and commentary.',
    origin: '',
    original: '中国人民任人宰割、饱受欺凌的时代一去不复返了',
    related: ['century-of-humiliation', 'great-wall-of-steel'],
    guards: [],
    examples: {
      match: [
        'The days when the Chinese people could be bullied are gone forever.',
        'China can no longer be bullied by foreign powers, the editorial said.',
      ],
      noMatch: ['The days when children could be caned are gone.'],
    },
  },
  {
    id: 'paper-tiger',
    phrase: 'paper tiger',
    patterns: ['paper tiger~n'],
    sources: ['prc'],
    techniques: ['name-calling', 'exaggeration-minimisation'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Mao Zedong’s label for enemies that look powerful but are weak, still used in Chinese commentary about US power. It minimises a rival’s strength. The expression has entered ordinary English, so it counts only near signs of an official Chinese statement.',
    origin: "Popularised by Mao Zedong, who called reactionaries 'paper tigers' in a 1946 interview with Anna Louise Strong.",
    original: '纸老虎',
    related: ['east-rising-west-declining', 'china-threat-theory'],
    guards: [],
    examples: {
      match: [
        'Global Times called the sanctions threat a paper tiger.',
        "Mao said all reactionaries are paper tigers, People's Daily recalled.",
      ],
      noMatch: [
        'The regulator was dismissed as a paper tiger by consumer groups.',
        "China's navy is no paper tiger, analysts warned.",
      ],
    },
  },
  // Annual political calendar.
  {
    id: 'two-sessions',
    phrase: 'the Two Sessions',
    patterns: [
      '(this year~n|annual|national|china~n) two sessions',
      'two sessions (deputies|delegates|season|period|week)',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The annual meetings of the National People’s Congress and the Chinese People’s Political Consultative Conference in March. State media present them as a showcase of whole-process democracy, with set coverage of deputies’ proposals and the government work report. The phrase counts only near signs of an official Chinese statement.',
    origin: '',
    original: '两会',
    related: ['national-political-advisors', 'whole-process-peoples-democracy'],
    guards: [],
    examples: {
      match: [
        "China's two sessions opened on Tuesday, Xinhua reported.",
        'This year’s Two Sessions focus on the economy, Xinhua said.',
      ],
      noMatch: [
        'The course runs two sessions a week.',
        "China's two sessions opened in Beijing on Tuesday.",
      ],
    },
  },
  {
    id: 'national-political-advisors',
    phrase: 'national political advisors',
    patterns: [
      'national political (advisor~n|adviser~n)',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'euphemism'],
    tier: 'signature',
    explanation:
      'Xinhua’s English term for members of the CPPCC, the Party-led consultative body. The English term presents the body as part of China’s consultative democracy. It appears in Two Sessions coverage.',
    origin: '',
    original: '全国政协委员',
    related: ['two-sessions', 'whole-process-peoples-democracy'],
    guards: [],
    examples: {
      match: [
        'National political advisors urged more support for farmers.',
        'Thousands of national political advisers gathered in Beijing.',
      ],
      noMatch: ['The minister’s political adviser resigned.'],
    },
  },
  {
    id: 'suspension-for-suspension',
    phrase: 'suspension for suspension',
    patterns: [
      'suspension for suspension',
      'dual suspension (proposal|initiative|approach)',
      'dual track (approach|thinking) (on|to|for) the (korean|) peninsula',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'China’s proposal for the Korean peninsula: North Korea suspends nuclear and missile tests while the US and South Korea suspend large military exercises. It treats allied military exercises and North Korean weapons tests as equivalent provocations. It appears in ministry statements and UN debates.',
    origin: '',
    original: '双暂停',
    related: ['countries-outside-the-region'],
    guards: [],
    examples: {
      match: [
        'China renewed its suspension for suspension proposal.',
        'The dual suspension initiative remains valid, the envoy said.',
        'Beijing again urged a dual-track approach to the Korean Peninsula.',
      ],
      noMatch: ['The player received a suspension for dissent.'],
    },
  },
  {
    id: 'unswervingly',
    phrase: 'unswervingly follow',
    patterns: ['unswervingly (follow~v|pursue~v|advance~v|uphold~v|adhere~v|promote~v|take~v|implement~v)'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'An adverb typical of translated Party texts, as in "unswervingly follow the path of peaceful development". It signals that a policy is fixed and not open to debate. It is rare in English outside Chinese official texts.',
    origin: '',
    original: '坚定不移',
    related: ['path-of-peaceful-development', 'socialism-with-chinese-characteristics'],
    guards: [],
    examples: {
      match: [
        'China will unswervingly follow the path of peaceful development.',
        'The Party unswervingly upholds reform and opening up.',
      ],
      noMatch: ['She walked steadily toward the door.'],
    },
  },
  {
    id: 'path-of-peaceful-development',
    phrase: 'the path of peaceful development',
    patterns: ['path of peaceful development', 'never seek hegemony (or expansion|)'],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'signature',
    explanation:
      'The official description of China’s foreign policy: it follows the path of peaceful development and will never seek hegemony or expansion. It answers fears of China’s rise with a pledge. It appears in white papers, defence documents and speeches.',
    origin: '',
    original: '和平发展道路',
    related: ['unswervingly', 'builder-of-world-peace'],
    guards: [],
    examples: {
      match: [
        'China is committed to the path of peaceful development.',
        'China will never seek hegemony or expansion, the white paper says.',
      ],
      noMatch: ['The path through the park was peaceful in the morning.'],
    },
  },
  {
    id: 'builder-of-world-peace',
    phrase: 'a builder of world peace',
    patterns: ['builder of world peace'],
    sources: ['prc'],
    techniques: ['flag-waving', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'China describes itself as "a builder of world peace, a contributor to global development and a defender of the international order". The triad is a standard self-description in speeches and white papers. It presents China’s rise as benefiting the world.',
    origin: '',
    original: '世界和平的建设者',
    related: ['path-of-peaceful-development', 'true-multilateralism'],
    guards: [],
    examples: {
      match: [
        'China is a builder of world peace, the defence minister said.',
        'China will always be a builder of world peace, the envoy said.',
      ],
      noMatch: ['The builder finished the house in spring.'],
    },
  },
];
