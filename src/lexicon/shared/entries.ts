import type { LexiconEntry } from '../../core/types';
import { kcnaFamily } from '../kcna/family';
import { prcFamily } from '../prc/family';
import { rusFamily } from '../rus/family';

/**
 * Formulas that several state-media families share: the vocabulary of
 * anti-hegemony diplomacy, the grievance formulas about sanctions and
 * interference, and the name calling aimed at the United States and its allies.
 * Each entry lists every family that really uses the phrase.
 */
export const shared: LexiconEntry[] = [
  {
    id: 'hegemonism',
    phrase: 'hegemonism',
    patterns: ['hegemonism', 'hegemonist~n', 'hegemonistic'],
    sources: ['prc', 'kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'An "-ism" built on hegemony: it turns a rival power\'s conduct into a doctrine of domination. Chinese official texts pair it with "power politics" in a fixed formula, and KCNA also uses it of the United States. Ordinary English speaks of hegemony; the "-ism" form is almost only found in translated Chinese and North Korean statements.',
    origin: 'A staple of PRC foreign-policy language since the 1970s, when Beijing aimed it chiefly at the Soviet Union.',
    original: '霸权主义',
    related: ['power-politics', 'hegemonic-moves', 'hegemonic-ambitions', 'high-handedness-and-bullying'],
    guards: [],
    examples: {
      match: [
        'Beijing vowed to oppose hegemonism in all its forms.',
        'The commentary accused Washington of hegemonist arrogance.',
        'The envoy spoke of a struggle against hegemonistic forces.',
      ],
      noMatch: ['The lecture traced how Athens gained hegemony over the Aegean.'],
    },
  },
  {
    id: 'hegemonic-moves',
    phrase: 'hegemonic moves',
    patterns: [
      'hegemonic (move~n|policy|policies|scheme~n|practice~n|act~n|behavior|behaviour|bullying|interests|privilege~n|strategy|war~n|forces|nature|plot~n|attempt~n)',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'Labels a rival\'s policy as a bid for domination rather than a defence of interests. The adjective is attached to almost any noun (moves, policy, strategy, privilege, war), so that each action reads as one more step of the same plan. KCNA uses it often of the United States, and Chinese and Russian outlets use it of Washington and NATO.',
    origin: '',
    related: ['hegemonism', 'hegemonic-ambitions', 'power-politics'],
    guards: [],
    examples: {
      match: [
        'The drills are part of the hegemonic strategy of the United States.',
        'Such hegemonic moves will only isolate Washington further.',
        'The alliance exists to protect American hegemonic privileges.',
      ],
      noMatch: ['Sociologists still debate the idea of hegemonic masculinity.'],
    },
  },
  {
    id: 'hegemonic-ambitions',
    phrase: 'hegemonic ambitions',
    patterns: [
      'hegemonic (ambition~n|design~n|aspiration~n|appetite~n|dream~n)',
      '(ambition~n|design~n|dream~n|bid~n) (for|of) (world|global) (hegemony|domination|supremacy)',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['loaded-language', 'appeal-to-fear'],
    tier: 'common',
    explanation:
      'Attributes a hidden goal of dominating a region or the world to a rival power. It shifts attention from what a country does to what it supposedly wants, so any alliance or deployment can be read as evidence of the plan. All three families use it of the United States; the same words also appear in ordinary commentary and history writing, so only uses near state-media context count.',
    origin: '',
    related: ['hegemonism', 'hegemonic-moves', 'sinister-intentions'],
    guards: [
      '(napoleon\'s|hitler\'s|the kaiser\'s|nazi|napoleonic) (ambition|ambitions|dream|dreams|design|designs|bid) (for|of) (world|global) (hegemony|domination|supremacy)',
    ],
    examples: {
      match: [
        'Pyongyang said the exercises betray the hegemonic ambitions of the United States.',
        'Moscow accused NATO of harbouring an ambition for global domination.',
      ],
      noMatch: [
        'The museum exhibit covers Napoleon\'s dream of world domination.',
        'The villain in the cartoon has hegemonic ambitions over the whole playground.',
      ],
    },
  },
  {
    id: 'double-standards',
    phrase: 'double standards',
    patterns: ['double standard~n', 'double standardism'],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['appeal-to-hypocrisy', 'whataboutism'],
    tier: 'common',
    explanation:
      'Charges an accuser with judging others by rules it does not apply to itself or its friends. The phrase turns criticism back on the critic: instead of answering the substance, it points to a comparable case the other side tolerated. All three families use it constantly, KCNA often as "the height of double standards"; because it is also everyday English, only uses near state-media context count.',
    origin: '',
    original: '双重标准 / двойные стандарты',
    related: ['human-rights-racket'],
    guards: [],
    examples: {
      match: [
        'Beijing said the report was another example of Western double standards.',
        'Pyongyang said the UN statement was a display of double-standards.',
        'Moscow denounced the double standard applied to Russian athletes.',
      ],
      noMatch: [
        'The referee was accused of double standards after the second penalty.',
        'Parents often hold their eldest child to a double standard.',
      ],
    },
  },
  {
    id: 'colour-revolution',
    phrase: 'colour revolution',
    patterns: ['(colour|color) revolution~n'],
    sources: ['prc', 'rus'],
    techniques: ['name-calling', 'causal-oversimplification', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'Describes mass protests as a regime-change operation staged from abroad. The label removes the protesters\' own grievances from the story and casts them as tools of Western governments, NGOs or intelligence services. Russian officials apply it to the protests in Georgia, Ukraine and Belarus, and Chinese state media to Hong Kong in 2019.',
    origin: 'The name grew out of the protest movements in Georgia (2003), Ukraine (2004) and Kyrgyzstan (2005), each named after a colour or flower.',
    original: '颜色革命 / цветная революция',
    related: ['interference-in-internal-affairs', 'us-and-its-vassals'],
    guards: [
      '(colour|color) revolution~n in (fashion|design|knitwear|interiors|interior design|printing|photography|cinema|television|make up|makeup|gardening|the garden|the kitchen|magazine design|packaging)',
    ],
    examples: {
      match: [
        'The foreign ministry warned against attempts to stage a colour revolution.',
        'Western NGOs were blamed for the color revolutions of the last two decades.',
      ],
      noMatch: ['Spring brought a colour revolution in knitwear, with mustard and teal everywhere.'],
    },
  },
  {
    id: 'so-called-human-rights',
    phrase: 'so-called human rights',
    patterns: [
      'so-called (human rights|democracy|democracies|democratic values|universal values|western values|liberal values|liberal democracy|western democracy|american democracy|american-style democracy|press freedom|freedom of the press|freedom of speech|freedom of navigation|free world|values-based diplomacy|beacon of democracy|human rights issue~n|human rights situation)',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['doubt', 'loaded-language', 'appeal-to-hypocrisy'],
    tier: 'signature',
    explanation:
      '"So-called" placed before a value the other side claims to defend, so that the value itself is put in doubt. The construction lets the writer deny that the rival\'s democracy or human rights are real without arguing the point. KCNA, Chinese and Russian outlets all use it; KCNA often adds quotation marks around the noun as well.',
    origin: '',
    related: ['so-called-international-community', 'human-rights-racket', 'pretext-of-human-rights'],
    guards: ['so-called democracy (wall~n|sausage~n|index|village~n)'],
    examples: {
      match: [
        'The commentary mocked the so-called human rights of a country that jails whistleblowers.',
        'Such is the so-called democracy that Washington wants to export.',
        'The patrols were carried out in the name of so-called freedom of navigation.',
      ],
      noMatch: ['Students pinned notes to the so-called democracy wall in the union building.'],
    },
  },
  {
    id: 'so-called-international-community',
    phrase: 'so-called international community',
    patterns: [
      '(so-called|self-proclaimed|self-styled) (international community|world community)',
    ],
    sources: ['rus', 'prc'],
    techniques: ['doubt', 'loaded-language'],
    tier: 'signature',
    explanation:
      'Questions whether the governments that speak for "the international community" represent the world at all. The phrase implies that the term is a cover for the United States and a few allies, while the majority of countries think otherwise. Russian officials and commentators use it often, and Chinese commentary uses it against Western claims to speak for everyone.',
    origin: '',
    related: ['so-called-human-rights', 'small-circles', 'us-and-its-vassals'],
    guards: [],
    examples: {
      match: [
        'The so-called international community is just Washington and its allies.',
        'Moscow said the self-proclaimed international community speaks for a handful of capitals.',
      ],
      noMatch: ['The international community pledged aid after the earthquake.'],
    },
  },
  {
    id: 'so-called-threat',
    phrase: 'so-called threat',
    patterns: [
      'so-called (threat~n|provocation~n)',
      'so-called (china|chinese|russian|north korean|dprk|nuclear|missile|military) threat~n',
      'so-called threat~n from (the dprk|china|russia|north korea|pyongyang|beijing|moscow)',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['doubt', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'Denies that the danger others describe exists, by prefixing it with "so-called". The phrase recasts the rival\'s security concerns as an invented pretext for arms build-ups or alliances. KCNA uses it of the "threat" from the DPRK that justifies US drills, Chinese media of the "China threat", and Russian outlets of the "Russian threat".',
    origin: '',
    related: ['pretext-of-human-rights', 'so-called-human-rights'],
    guards: [],
    examples: {
      match: [
        'The alliance keeps expanding under the banner of the so-called threat from the DPRK.',
        'Nobody in the region believes the so-called China threat story.',
      ],
      noMatch: ['The board discussed the threat of a hostile takeover.'],
    },
  },
  {
    id: 'interference-in-internal-affairs',
    phrase: 'interference in internal affairs',
    patterns: [
      '(interference|interfere~v|meddling|meddle~v|intervention|intervene~v) in (the|its|our|their|each other\'s|one another\'s|china\'s|russia\'s|the dprk\'s|dprk\'s|sovereign states\'|) internal affairs',
      '(noninterference|non-interference)',
      'internal affairs of (the dprk|china|russia|other countries|other states|other nations|another country|another state|sovereign states|sovereign countries|a sovereign state|a sovereign country|independent states)',
      '(purely|entirely|wholly) (china\'s|russia\'s|the dprk\'s) internal (affair~n|matter~n)',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['set-formula', 'appeal-to-values', 'conversation-killer'],
    tier: 'common',
    explanation:
      'Invokes the principle of non-interference to rule outside criticism out of order. Any statement, sanction or report about human rights, elections or a territorial dispute is classed as interference, so the debate moves from the substance to the right to raise it. All three families use it routinely in rebuttals; the words also appear in ordinary diplomatic reporting and in the names of ministries, so only uses near state-media context count and ministry names are excluded.',
    origin: '',
    original: '干涉内政 / вмешательство во внутренние дела / 내정간섭',
    related: ['sovereign-equality', 'colour-revolution', 'trample-on-sovereignty'],
    guards: [
      '(ministry|minister|department|committee|secretary|commissioner|division|bureau|directorate|office|unit) (of|for) internal affairs',
      'internal affairs (ministry|minister|department|division|bureau|unit|office|officer~n|investigator~n|investigation~n|probe~n|committee|police|detective~n|section|directorate|agency|inquiry|inquiries|case~n|file~n|report~n)',
    ],
    examples: {
      match: [
        'Beijing rejected the remarks as gross interference in China\'s internal affairs.',
        'Moscow warned Washington not to meddle in Russia\'s internal affairs.',
        'The DPRK foreign ministry called the statement interference in the internal affairs of a sovereign state.',
        'Beijing said its ties with Africa rest on non-interference and mutual respect.',
      ],
      noMatch: [
        'The commissioner promised not to interfere in internal affairs investigations at the precinct.',
        'She spent ten years at Russia\'s Ministry of Internal Affairs before retiring.',
        'The club chairman said he would not interfere in the internal affairs of the supporters\' trust.',
        'Switzerland has a long tradition of non-interference in foreign wars.',
      ],
    },
  },
  {
    id: 'interfere-in-others-affairs',
    phrase: "interfere in others' affairs",
    patterns: [
      'interfere~v in and find fault with',
      '(interfere~v|meddle~v) in (others\'|other countries\'|other countries|other nations\'|other states\'|another country\'s) (internal|domestic|) affairs',
      '(interference|meddling|intervention) in (others\'|other countries\'|other countries|other nations\'|other states\'|another country\'s) (internal|domestic|) affairs',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'The general form of the non-interference formula: a power that "interferes in others\' affairs" is by definition in the wrong, whatever the matter at issue. KCNA pairs it with "finding fault" with other countries\' systems, and Chinese and Russian statements set it against their own claim never to meddle abroad. The wording is rare in ordinary English, which says "interfering in other countries\' politics" or names the act.',
    origin: '',
    related: ['interference-in-internal-affairs', 'impose-its-will', 'sovereign-equality'],
    guards: [],
    examples: {
      match: [
        'No country has the right to interfere in and find fault with the choice of another people.',
        'Washington must stop meddling in other countries\' internal affairs.',
        'China never interferes in other countries\' affairs, the spokesperson said.',
      ],
      noMatch: ['The agony aunt told readers not to meddle in their neighbours\' affairs.'],
    },
  },
  {
    id: 'smear-china',
    phrase: 'smear China',
    patterns: [
      '(smear~v|slander~v|vilify~v|demonize~v|demonise~v|denigrate~v|discredit~v) (china|russia|the dprk|the cpc|the communist party of china|xinjiang|hong kong|the chinese government|the russian federation)',
      '(smear|smears|smeared|smearing|slander|slanders|slandered|slandering) and (attack|attacks|attacked|attacking|discredit|discredits|suppress|contain) (china|russia|the dprk)',
    ],
    sources: ['prc', 'rus', 'kcna'],
    techniques: ['questioning-reputation', 'doubt'],
    tier: 'signature',
    explanation:
      'Casts criticism as an attempt to "smear" or "slander" a country as a whole, so that a report about a policy becomes an attack on the nation. Chinese spokespeople say that critics "smear China" or "smear Xinjiang", Russian officials speak of attempts to demonize Russia, and KCNA of slandering the DPRK. The construction turns the government and the country into one target.',
    origin: '',
    original: '抹黑中国',
    related: ['smear-campaign', 'groundless-accusations', 'ulterior-motives'],
    guards: [],
    examples: {
      match: [
        'Experts said the report was written to smear China.',
        'Western outlets keep trying to demonize Russia, the ministry said.',
        'The envoy said the hearing only slandered the DPRK.',
      ],
      noMatch: ['The tabloid tried to smear the singer before her tour.'],
    },
  },
  {
    id: 'cold-war-mentality',
    phrase: 'Cold War mentality',
    patterns: ['cold war (mentality|mentalities|mindset~n|thinking)', 'cold war zero-sum (mentality|thinking|mindset)'],
    sources: ['prc', 'rus'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'Diagnoses a rival\'s policy as a relic of a past era rather than a response to present events. The phrase presents alliances, export controls or sanctions as outdated thinking, which makes them easy to dismiss without discussing their stated reasons. It is a fixed item in Chinese foreign ministry briefings, usually paired with "zero-sum game", and Russian officials use it of NATO.',
    origin: '',
    original: '冷战思维',
    related: ['zero-sum-game', 'bloc-confrontation', 'small-circles'],
    guards: [],
    examples: {
      match: [
        'The spokesperson urged Washington to abandon its Cold War mentality.',
        'Such Cold War thinking has no place in the twenty-first century.',
      ],
      noMatch: ['The exhibition recreates the Cold War atmosphere of divided Berlin.'],
    },
  },
  {
    id: 'zero-sum-game',
    phrase: 'zero-sum game',
    patterns: [
      'zero-sum (mentality|mentalities|mindset~n|thinking)',
      'zero-sum game (mentality|mindset|thinking)',
      '(is|are|was|were) not a zero-sum game',
      '(should|must|will|would|can|could|cannot) not be a zero-sum game',
      '(cold war|outdated|obsolete|old) zero-sum (game~n|logic|approach)',
      '(abandon~v|discard~v|reject~v|oppose~v|transcend~v|go beyond|move beyond|get rid of) (the|a|) zero-sum (game~n|logic|approach)',
    ],
    sources: ['prc', 'rus'],
    techniques: ['false-dilemma', 'loaded-language'],
    tier: 'common',
    explanation:
      'Accuses the other side of seeing every gain for one country as a loss for another. Chinese statements set it against their own "win-win cooperation", so the rival appears narrow-minded and China generous. "Zero-sum" is ordinary economics and commentary vocabulary too ("the zero-sum logic of the war"), so only the diplomatic set forms count: a zero-sum mentality or mindset, relations that are "not a zero-sum game", a zero-sum game to abandon; and only near Chinese or Russian context.',
    origin: '',
    original: '零和博弈',
    related: ['cold-war-mentality', 'bloc-confrontation'],
    guards: [],
    examples: {
      match: [
        'Beijing said relations with Washington should not be a zero-sum game.',
        'Moscow criticised the zero-sum mentality of NATO planners.',
      ],
      noMatch: [
        'Poker is a zero-sum game between the players at the table.',
        'In the zero-sum logic of some Western capitals, Kyiv can win only if Russia loses badly.',
      ],
    },
  },
  {
    id: 'unilateralism-and-protectionism',
    phrase: 'unilateralism and protectionism',
    patterns: [
      'unilateralism and (protectionism|hegemonism|bullying|power politics|bullying practices)',
      '(protectionism|hegemonism|bullying|power politics) and unilateralism',
      '(oppose~v|opposing|opposition to|reject~v|rejecting|against|pursue~v|practise~v|practice~v|resist~v|resisting) unilateralism',
      'unilateralism (of|by) (the us|washington|the united states|america|the west)',
    ],
    sources: ['prc', 'kcna', 'rus'],
    techniques: ['set-formula', 'name-calling'],
    tier: 'signature',
    explanation:
      'Names the policy of acting alone, without UN or multilateral approval, as the opposite of the "true multilateralism" these governments claim for themselves. Chinese statements pair it with protectionism in trade disputes and with hegemonism in security ones. KCNA and Russian outlets use the same pairing when they describe the United States acting outside the UN.',
    origin: '',
    original: '单边主义和保护主义',
    related: ['illegal-unilateral-sanctions', 'hegemonism'],
    guards: [],
    examples: {
      match: [
        'Beijing called on all countries to resist unilateralism and protectionism.',
        'The forum was a rebuke to the unilateralism of the United States.',
        'Delegates rejecting unilateralism and power politics signed the declaration.',
      ],
      noMatch: ['The union voted to end the strike unilaterally.'],
    },
  },
  {
    id: 'bloc-confrontation',
    phrase: 'bloc confrontation',
    patterns: [
      'bloc confrontation~n',
      'bloc-based confrontation~n',
      'camp confrontation~n',
      'confrontation between (blocs|military blocs|camps)',
      '(bloc|camp) (mentality|mentalities)',
    ],
    sources: ['prc', 'rus'],
    techniques: ['loaded-language', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'Casts Western alliances as the revival of hostile military camps. The phrase presents a partnership such as AUKUS or NATO\'s Asia outreach as a step towards a divided world, and the speaker as the party of peace. Chinese officials use it whenever a new alliance is announced, and Russian officials use it of NATO.',
    origin: '',
    original: '阵营对抗',
    related: ['cold-war-mentality', 'small-circles', 'us-led-bloc', 'asian-version-of-nato'],
    guards: [],
    examples: {
      match: [
        'China opposes any attempt to stir up bloc confrontation in the Asia-Pacific.',
        'The minister warned that bloc mentality is pushing Europe towards disaster.',
      ],
      noMatch: ['The voting bloc split on the question of rents.'],
    },
  },
  {
    id: 'power-politics',
    phrase: 'power politics',
    patterns: ['power politics'],
    sources: ['prc', 'rus'],
    techniques: ['name-calling', 'set-formula'],
    tier: 'common',
    explanation:
      'Names the use of military or economic strength to impose outcomes on weaker states. In Chinese official language it is half of the fixed pair "hegemonism and power politics", directed at the United States. The term is also ordinary political science and office slang, so only uses near Chinese or Russian context count.',
    origin: '',
    original: '强权政治',
    related: ['hegemonism', 'high-handedness-and-bullying', 'law-of-the-jungle'],
    guards: [
      '(office|workplace|boardroom|family|school|playground|newsroom|dressing room|locker room|kitchen|village|parish) power politics',
      'power politics (of|in) (the|a|an|our) (office|workplace|boardroom|family|school|playground|newsroom|dressing room|locker room|kitchen|village|parish)',
    ],
    examples: {
      match: [
        'China firmly opposes hegemonism and power politics.',
        'Moscow said the era of Western power politics is ending.',
      ],
      noMatch: ['Russian-born novelist Anna Petrova writes about office power politics in her latest book.'],
    },
  },
  {
    id: 'high-handedness-and-bullying',
    phrase: 'high-handedness and bullying',
    patterns: [
      'high-handed and arbitrary (practice~n|act~n|policy|policies|behavior|behaviour|moves)',
      '(high-handed|domineering|hegemonic) and bullying (practice~n|act~n|policy|policies|behavior|behaviour|moves|nature|conduct)',
      'high-handedness and bullying',
      'bullying and high-handedness',
      'hegemonic and high-handed',
      'high-handed practice~n',
    ],
    sources: ['prc', 'kcna'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'Characterises a great power as a bully that imposes its will by force. The Chinese foreign ministry strings "hegemonic, high-handed and bullying" together as one formula for US conduct, and KCNA\'s favourite version is "high-handed and arbitrary practices". The effect is to frame the dispute as one between a bully and its victims rather than between two sets of interests.',
    origin: '',
    related: ['hegemonism', 'power-politics', 'law-of-the-jungle'],
    guards: [],
    examples: {
      match: [
        'The world has had enough of the high-handed and arbitrary practices of the United States.',
        'The spokesperson condemned the hegemonic and bullying acts of Washington.',
        'Developing countries reject high-handedness and bullying.',
      ],
      noMatch: ['The headteacher was criticised for a high-handed approach to parents.'],
    },
  },
  {
    id: 'illegal-unilateral-sanctions',
    phrase: 'illegal unilateral sanctions',
    patterns: [
      'illegal unilateral (sanction~n|restriction~n|coercive measure~n|measure~n)',
      'unilateral illegal sanction~n',
      '(illegal|illegitimate) and unilateral (sanction~n|measure~n)',
      'unilateral and (illegal|illegitimate) (sanction~n|measure~n)',
      'unilateral coercive measure~n',
      '(illegal|illegitimate) (sanction~n|sanctions regime~n)',
      '(illegal|illegitimate) (western|us|american|anti-russian|anti-russia|anti-dprk|anti-china) sanction~n',
    ],
    sources: ['prc', 'rus', 'kcna'],
    techniques: ['loaded-language', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'Describes sanctions imposed without a UN Security Council decision as unlawful in themselves. The phrase moves the argument from the conduct that prompted the sanctions to the legality of the sanctions. China and Russia use it in almost every statement on Western sanctions, often with the UN-derived term "unilateral coercive measures", and KCNA calls sanctions against the DPRK illegal as a matter of course.',
    origin: '',
    original: '非法单边制裁 / незаконные односторонние санкции',
    related: ['unilateralism-and-protectionism', 'interference-in-internal-affairs'],
    guards: [],
    examples: {
      match: [
        'Beijing will take countermeasures against the illegal unilateral sanctions.',
        'Moscow said the unilateral coercive measures violate the UN Charter.',
        'Pyongyang said the illegal sanctions would never stop its development.',
      ],
      noMatch: ['The Security Council unanimously adopted new sanctions on arms dealers.'],
    },
  },
  {
    id: 'vassal-forces',
    phrase: 'vassal forces',
    patterns: [
      'vassal (force~n|army|armies|regime~n)',
      'and (its|their) vassal~n',
    ],
    sources: ['kcna', 'rus'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'Calls US allies vassals: feudal dependants who obey an overlord. The word denies that Japan, South Korea or European governments act on their own interests and presents their policies as orders from Washington. KCNA writes "the US and its vassal forces" in most military commentaries, and Russian officials and commentators speak of America\'s European vassals.',
    origin: '',
    related: ['us-and-its-vassals', 'lackeys', 'stooges'],
    guards: [
      '(kingdom|empire|emperor|dynasty|realm|crown|king|lord|sultan|sultanate|caliph|caliphate|khan|khanate|shogun|shogunate|duke|duchy|overlord|liege|pharaoh) and (its|their|his) vassal~n',
      '(feudal|medieval|ancient|tributary|ottoman|roman|mongol|byzantine|persian|assyrian|carolingian|frankish) vassal (army|armies|regime~n|force~n)',
    ],
    examples: {
      match: [
        'Tokyo and the other vassal forces staged another provocative drill.',
        'Pyongyang said the drills of Washington\'s allies and their vassal forces raise tension.',
        'The commentary mocked the vassal armies that joined the drills.',
      ],
      noMatch: ['The Ottoman Empire and its vassals paid tribute in grain and horses.'],
    },
  },
  {
    id: 'us-and-its-vassals',
    phrase: 'the US and its vassals',
    patterns: [
      '(us|united states|america|washington|the west) and (its|their) (vassal~n|satellite~n|followers|lackey~n|stooge~n|minions|henchmen|underlings|puppet~n|servants|hangers-on)',
    ],
    sources: ['kcna', 'rus', 'prc'],
    techniques: ['name-calling', 'guilt-by-association'],
    tier: 'signature',
    explanation:
      'Pairs the United States with allies cast as its dependants: vassals, satellites, followers or stooges. The formula makes every action by an ally an action of Washington, and it sorts the world into one master and its servants. KCNA uses "the US and its followers" or "vassal forces" routinely; Russian and Chinese commentators use the satellite and vassal variants.',
    origin: '',
    related: ['vassal-forces', 'lackeys', 'stooges', 'us-led-bloc'],
    guards: [],
    examples: {
      match: [
        'The drills of the United States and its followers threaten regional peace.',
        'Washington and its satellites keep arming Kiev.',
      ],
      noMatch: ['The United States and its allies met in Brussels on Tuesday.'],
    },
  },
  {
    id: 'lackeys',
    phrase: 'lackeys',
    patterns: ['lackey~n'],
    sources: ['kcna', 'rus'],
    techniques: ['name-calling'],
    tier: 'signature',
    explanation:
      'A servant in livery, used to call a government or official a servile follower of a foreign power. The insult removes any agency from the target: what it does is done on its master\'s orders. KCNA uses it of South Korean and Japanese leaders, and Russian commentators of European governments.',
    origin: '',
    related: ['stooges', 'vassal-forces', 'us-and-its-vassals'],
    guards: ['(liveried|footman|footmen|royal|palace|court|hotel) lackey~n', 'lackey~n and (footmen|footman|maids|valets|grooms)'],
    examples: {
      match: [
        'The puppet authorities behaved like lackeys of Washington.',
        'The commentary mocked the lackey\'s eagerness to please his master.',
      ],
      noMatch: ['In the costume drama a liveried lackey opens the carriage door.'],
    },
  },
  {
    id: 'stooges',
    phrase: 'stooges',
    patterns: [
      '(its|their|washington\'s|america\'s|us|american|japanese|western|south korean|faithful|servile|loyal|pro-us|pro-american) stooge~n',
      'stooge~n of (the us|washington|america|the united states|the west|the imperialists|the yankees|nato|the pentagon)',
      'master and (the|its|their) stooge~n',
      'the two stooges',
    ],
    sources: ['kcna', 'rus'],
    techniques: ['name-calling'],
    tier: 'signature',
    explanation:
      'Calls a government or politician the tool of a foreign patron. KCNA applies it to South Korean and Japanese leaders and to Israel as agents of the United States, and Russian outlets to Ukrainian and Baltic leaders. Like "lackey" and "puppet", it denies the target any will of its own.',
    origin: '',
    related: ['lackeys', 'vassal-forces', 'us-and-its-vassals'],
    guards: ['(kremlin|moscow|putin|beijing|pyongyang|russia|china|the mob|the gang|the cartel|the mafia|the boss) and (its|their|his) stooge~n'],
    examples: {
      match: [
        'The U.S. summoned its Japanese stooges to another confab.',
        'The commentary said the master and the stooges are drawing closer.',
        'Kiev is a stooge of Washington, the presenter said.',
      ],
      noMatch: [
        'Reruns of The Three Stooges still air on Sunday mornings.',
        'The comedian was happy to play the stooge in every sketch.',
        'Critics said the Kremlin and its stooges control the regional press.',
      ],
    },
  },
  {
    id: 'sinister-intentions',
    phrase: 'sinister intentions',
    patterns: [
      'sinister (intention~n|intent~n|purpose~n|aim~n|scheme~n|design~n|motive~n|plot~n|ambition~n|attempt~n|move~n|policy|policies|goal~n|agenda~n|plan~n)',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['loaded-language', 'appeal-to-fear'],
    tier: 'common',
    explanation:
      'Reads a hidden, hostile purpose into a rival\'s actions. Once a deployment or an agreement is said to reveal a sinister intention, its stated purpose no longer needs to be discussed. KCNA uses it often of US alliances, and Chinese and Russian statements use it too; the words are ordinary English, so only uses near state-media context count.',
    origin: '',
    original: '险恶用心',
    related: ['ulterior-motives', 'hegemonic-ambitions'],
    guards: ['(no|nothing) sinister (intention~n|intent~n|purpose~n|aim~n|motive~n|plan~n|agenda~n|design~n|goal~n)'],
    examples: {
      match: [
        'The drills reveal the sinister intention of the U.S. to stifle the DPRK.',
        'Beijing said the report served a sinister agenda.',
      ],
      noMatch: [
        'Police said there was no sinister motive behind the fire.',
        'In the thriller the butler has a sinister plan for the inheritance.',
      ],
    },
  },
  {
    id: 'ulterior-motives',
    phrase: 'ulterior motives',
    patterns: ['ulterior (motive~n|purpose~n|intention~n|aim~n|agenda~n|design~n)'],
    sources: ['prc', 'kcna'],
    techniques: ['loaded-language', 'questioning-reputation'],
    tier: 'common',
    explanation:
      'Suggests that critics do not mean what they say and act for a hidden, hostile reason. Chinese statements speak of "people with ulterior motives" who hype an issue to smear China, which dismisses the criticism without answering it. KCNA uses similar wording; as the words are ordinary English, only uses near state-media context count.',
    origin: '',
    original: '别有用心',
    related: ['sinister-intentions', 'smear-campaign'],
    guards: ['(no|without|without any) ulterior (motive~n|purpose~n|intention~n|aim~n|agenda~n|design~n)'],
    examples: {
      match: [
        'Beijing said some politicians with ulterior motives are hyping the issue.',
        'Pyongyang said the report had an ulterior purpose.',
      ],
      noMatch: ['She insisted she had no ulterior motive in offering to help.', 'The detective suspected an ulterior motive behind the generous gift.'],
    },
  },
  {
    id: 'in-defiance-of-the-just-demand',
    phrase: 'in defiance of the just demand',
    patterns: [
      'in defiance of (the|) (just|unanimous|legitimate|strong|repeated) (demand~n|call~n|will|voice~n|aspiration~n|warning~n|protest~n|opposition)',
      'in (wanton|flagrant|brazen|) defiance of (the dprk\'s|china\'s|russia\'s|our) (warning~n|demand~n|protest~n|opposition|position|grave warning~n|repeated warning~n|serious concern~n)',
      'in (wanton|flagrant|brazen|) defiance of (world public opinion|the world public opinion|the will of the international community|the unanimous will)',
      'in wanton defiance of',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['appeal-to-popularity', 'loaded-language'],
    tier: 'common',
    explanation:
      'Describes a rival acting "in defiance of" a demand or warning that the speaker presents as just or universal. The phrase ranks the speaker\'s own warnings alongside world opinion and makes the rival\'s action an offence against both. KCNA uses it in the frame "in defiance of the DPRK\'s warning", and Chinese and Russian statements use similar wording.',
    origin: '',
    related: ['pay-a-heavy-price', 'will-not-sit-idly-by'],
    guards: [],
    examples: {
      match: [
        'Pyongyang said the drills went ahead in defiance of the DPRK\'s repeated warnings.',
        'Beijing said the arms sale was made in defiance of the just demand of the Chinese people.',
      ],
      noMatch: ['The pub stayed open in defiance of the council\'s licensing rules.'],
    },
  },
  {
    id: 'gangster-like-logic',
    phrase: 'gangster-like logic',
    patterns: ['gangster-like', 'gangster (logic|act~n|practice~n|demand~n|method~n|diplomacy)', '(robber\'s|robber|bandit) logic'],
    sources: ['kcna', 'prc'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'Likens a government\'s demands to the extortion of a criminal gang. KCNA used "gangster-like demand" of US calls for denuclearisation and applies the adjective to other US and Japanese measures; Chinese spokespeople call US arguments "gangster logic" or "robber\'s logic". The image makes negotiation look like submission to a mugging.',
    origin: '',
    original: '强盗逻辑',
    related: ['law-of-the-jungle', 'high-handedness-and-bullying'],
    guards: [],
    examples: {
      match: [
        'KCNA rejected the gangster-like demand for unilateral disarmament.',
        'The spokesperson called the ban a typical piece of gangster logic.',
      ],
      noMatch: ['The film follows a gangster in 1920s Chicago.'],
    },
  },
  {
    id: 'double-dealing',
    phrase: 'double-dealing',
    patterns: ['double-dealing', 'double-dealer~n'],
    sources: ['kcna', 'prc'],
    techniques: ['name-calling', 'appeal-to-hypocrisy'],
    tier: 'common',
    explanation:
      'Accuses the other side of saying one thing and doing another, for example calling for peace while supplying weapons. KCNA uses it of US diplomacy ("a double-dealing farce"), and Chinese official language uses "double-dealers" of officials judged disloyal to the Party. The word is ordinary English as well, so only uses near state-media context count.',
    origin: '',
    original: '两面派',
    related: ['double-standards', 'height-of-double-standards', 'political-farce'],
    guards: [],
    examples: {
      match: [
        'Pyongyang said Washington\'s ceasefire talk was a double-dealing farce.',
        'Beijing said the double-dealers among local officials would be punished.',
      ],
      noMatch: ['The novel follows a double-dealing landlord in Victorian Leeds.'],
    },
  },
  {
    id: 'smear-campaign',
    phrase: 'smear campaign',
    patterns: [
      'smear campaign~n',
      '(smear~v|smearing) and (attack~v|slander~v|discredit~v|vilify~v|demonize~v|demonise~v|denigrate~v)',
      '(slander~v|slandering|vilify~v) and (smear~v|smearing)',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['questioning-reputation', 'doubt'],
    tier: 'common',
    explanation:
      'Dismisses reporting or criticism as a deliberate campaign to damage a country\'s image. Once a report is called a smear, the question of whether it is accurate no longer arises. KCNA, the Chinese foreign ministry and Russian officials all use it of Western media and human rights reports; since the phrase is common in ordinary politics, only uses near state-media context count.',
    origin: '',
    related: ['groundless-accusations', 'human-rights-racket'],
    guards: [
      'smear campaign~n against (his|her|their|a) (rival~n|opponent~n|challenger~n|ex-wife|ex-husband|boss|colleague~n|coach|manager|neighbour~n|neighbor~n)',
    ],
    examples: {
      match: [
        'Beijing said the report was part of a smear campaign against Xinjiang.',
        'Moscow accused Western outlets of smearing and demonizing Russia.',
      ],
      noMatch: ['The candidate said she was the target of a smear campaign by a rival.'],
    },
  },
  {
    id: 'democratization-of-international-relations',
    phrase: 'democratization of international relations',
    patterns: [
      '(democratization|democratisation) of international relations',
      'democracy in international relations',
      '(democratic|democratized|democratised) international relations',
    ],
    sources: ['prc', 'rus'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'signature',
    explanation:
      'Applies the language of democracy to relations between states rather than to how states are governed. The phrase claims the word democracy for a foreign-policy goal (one country, one voice) and sets it against US leadership, while leaving domestic politics out of the picture. It appears in Chinese and Russian official documents and in their joint statements.',
    origin: '',
    original: '国际关系民主化 / демократизация международных отношений',
    related: ['sovereign-equality'],
    guards: [],
    examples: {
      match: [
        'Both sides support the democratization of international relations.',
        'Beijing called for greater democracy in international relations.',
      ],
      noMatch: ['The course covers the democratization of Eastern Europe after 1989.'],
    },
  },
  {
    id: 'us-led-bloc',
    phrase: 'US-led bloc',
    patterns: [
      '(us|washington|american|america)-led (bloc~n|military bloc~n|west)',
      'aggressive (military|) bloc~n',
      '(expand~v|cook~v up|knock~v together|rig~v up|patch~v up|forge~v) (military|exclusive military|various military) bloc~n',
      '(expand|expanding|strengthen|strengthening) and (expand|expanding|strengthen|strengthening) (military|) bloc~n',
    ],
    sources: ['rus', 'prc', 'kcna'],
    techniques: ['name-calling', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'Calls NATO and other US alliances a "bloc": a Cold War word that makes them sound like closed, hostile camps rather than treaties among sovereign states. Russian officials speak of NATO as an "aggressive bloc", and Chinese and North Korean outlets of US-led military blocs in Asia. The wording sets the speaker against blocs in general.',
    origin: '',
    related: ['bloc-confrontation', 'asian-version-of-nato', 'us-and-its-vassals'],
    guards: [],
    examples: {
      match: [
        'Beijing warned against a US-led bloc in the Pacific.',
        'The aggressive military bloc is preparing for war.',
        'Pyongyang said Washington keeps cooking up military blocs in Asia.',
      ],
      noMatch: ['The trade bloc cut tariffs on farm goods.'],
    },
  },
  {
    id: 'small-circles',
    phrase: 'small circles',
    patterns: [
      '(exclusive|closed) small (circle~n|clique~n|group~n|bloc~n)',
      'exclusive (bloc~n|military bloc~n)',
      'closed bloc~n',
      'small (circle~n|clique~n) (and|or) (bloc~n|clique~n)',
      '(form~v|build~v|create~v|forge~v) (small|exclusive) (circle~n|clique~n|bloc~n)',
      '(knit~v|cobble~v) together (small|exclusive) (circle~n|clique~n|bloc~n)',
      'small (circle~n|clique~n) and exclusive (clique~n|bloc~n)',
      'small circle~n based on (ideology|ideological lines|values)',
    ],
    sources: ['prc', 'rus'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'signature',
    explanation:
      'Describes Western alliances and groupings such as the G7, the Quad or AUKUS as "small circles" or "exclusive cliques". The phrase presents them as narrow clubs against the majority of the world, and contrasts them with the speaker\'s claim to stand for inclusive multilateralism. Xi Jinping and the Chinese foreign ministry use it often; Russian and Chinese joint statements oppose "closed bloc structures" in the same spirit.',
    origin: '',
    original: '小圈子',
    related: ['bloc-confrontation', 'cold-war-mentality', 'so-called-international-community'],
    guards: [],
    examples: {
      match: [
        'Beijing said the world does not need exclusive small circles.',
        'China and Russia oppose the formation of closed blocs in the region.',
        'Washington keeps trying to build small cliques against China.',
      ],
      noMatch: ['She shared the draft with a small circle of friends.'],
    },
  },
  {
    id: 'wheel-of-history',
    phrase: 'the wheel of history',
    patterns: [
      '(turn~v|roll~v|reverse~v|push~v|drag~v) back the wheel~n of history',
      '(turn~v|roll~v) the wheel~n of history (back|backward|backwards)',
      'wheel~n of history (cannot|can never|will never|will not|could not|could never|can\'t) be (turned|rolled|reversed|pushed|stopped|halted)',
      'wheel~n of history (rolls|moves|turns|keeps rolling|keeps turning) (forward|forwards|on|ahead)',
      '(turn~v|set~v) back the clock of history',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['slogans', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'Presents the speaker\'s cause as the direction of history itself and the rival as trying to turn it back. The metaphor makes the outcome look inevitable and resistance futile. KCNA uses it of its adversaries, and Chinese and Russian statements of attempts to contain their rise.',
    origin: '',
    original: '历史车轮 / колесо истории',
    related: ['trend-of-the-times'],
    guards: [],
    examples: {
      match: [
        'No force can turn back the wheel of history.',
        'The wheel of history cannot be rolled back by sanctions.',
        'Those who try to roll back the wheel of history will fail.',
      ],
      noMatch: ['The professor described the wheel of fortune in medieval art.'],
    },
  },
  {
    id: 'sovereign-equality',
    phrase: 'sovereign equality',
    patterns: ['sovereign equality', 'sovereignty equality', 'equal sovereignty'],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'The UN Charter principle that all states are equal in law, invoked to reject pressure from stronger powers. In state-media statements it usually comes paired with non-interference in internal affairs, as the core of international law that the United States is said to violate. The term is ordinary in international law, so only uses near state-media context count.',
    origin: 'Article 2 of the UN Charter (1945) names the sovereign equality of all members as the first principle of the organisation.',
    original: '主权平等 / суверенное равенство',
    related: ['interference-in-internal-affairs', 'democratization-of-international-relations'],
    guards: ['equal sovereignty (of the states|doctrine|principle of the states)'],
    examples: {
      match: [
        'Pyongyang said the statement violated sovereign equality and non-interference.',
        'China stands for the sovereign equality of all countries, big or small.',
      ],
      noMatch: ['The law professor explained the equal sovereignty of the states under the American constitution.'],
    },
  },
  {
    id: 'trend-of-the-times',
    phrase: 'trend of the times',
    patterns: [
      '(run|runs|ran|running|go|goes|went|going|swim|swims|swimming) (counter to|against) the (trend|tide|current) of (the times|history|the era|our times)',
      '(run|runs|ran|running|go|goes|went|going) against the historical (trend|tide)',
      '(irresistible|unstoppable) (trend|tide) of the times',
    ],
    sources: ['prc', 'kcna'],
    techniques: ['slogans', 'appeal-to-popularity'],
    tier: 'signature',
    explanation:
      'Claims that history runs in one direction and that the rival is swimming against it. Chinese statements say that peace, development and cooperation are "the trend of the times" and that containment "runs counter" to it; KCNA uses similar imagery. Like "the wheel of history", it presents the speaker\'s goals as inevitable.',
    origin: '',
    original: '时代潮流',
    related: ['wheel-of-history'],
    guards: [],
    examples: {
      match: [
        'Such moves run counter to the trend of the times.',
        'Building walls goes against the historical trend, the spokesperson said.',
      ],
      noMatch: ['The shop sells vinyl records and is doing very well.'],
    },
  },
  {
    id: 'neocolonialism',
    phrase: 'neocolonialism',
    patterns: [
      'neocolonialism',
      'neo-colonialism',
      'neocolonialist~n',
      'neo-colonialist~n',
      '(neocolonial|neo-colonial) (policy|policies|practice~n|order|system|ambition~n|approach|methods|exploitation|plunder|domination|powers|dictate)',
    ],
    sources: ['rus', 'prc', 'kcna'],
    techniques: ['name-calling', 'guilt-by-association'],
    tier: 'signature',
    explanation:
      'Casts Western economic and political influence in poorer countries as a continuation of colonial rule by other means. Russian officials use it heavily in appeals to Africa and the "global majority", Chinese outlets to answer charges about their own lending, and KCNA as a stock anti-imperialist term. The word ties present policies to the memory of empire.',
    origin: '',
    original: 'неоколониализм / 新殖民主义',
    related: ['hegemonism'],
    guards: [],
    examples: {
      match: [
        'Moscow said France\'s policy in Africa was pure neocolonialism.',
        'The forum condemned the neo-colonial practices of Western powers.',
      ],
      noMatch: ['The museum\'s colonial-era buildings were restored last year.'],
    },
  },
  {
    id: 'human-rights-racket',
    phrase: 'human rights racket',
    patterns: [
      'human rights (racket~n|card|farce~n|charade~n|smear~n|smear campaign~n|stick|cudgel|bludgeon)',
      'human rights issue as a (pretext|tool|weapon|political tool)',
      '(politicize~v|politicise~v|weaponize~v|weaponise~v|politicizing|politicising|weaponizing|weaponising) human rights',
      '(politicization|politicisation|weaponization|weaponisation) of human rights',
      '(styling|styles|styled) itself (a|an|the|) (human rights|democracy) (judge|champion|defender|police|policeman|lecturer|teacher|beacon)',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['loaded-language', 'appeal-to-hypocrisy', 'doubt'],
    tier: 'signature',
    explanation:
      'Treats criticism of a country\'s human rights record as a political weapon rather than a concern. KCNA calls UN and US human rights initiatives a "racket", Chinese spokespeople speak of "playing the human rights card" and "politicizing human rights", and Russian officials use similar wording. The framing shifts attention from the abuses alleged to the motives of those who raise them.',
    origin: '',
    related: ['so-called-human-rights', 'pretext-of-human-rights', 'self-styled-human-rights-judge', 'smear-campaign'],
    guards: [],
    examples: {
      match: [
        'Pyongyang dismissed the UN meeting as another human rights racket.',
        'Beijing urged Washington to stop playing the human rights card.',
        'Moscow accused Brussels of politicizing human rights.',
      ],
      noMatch: ['The charity runs a human rights clinic for asylum seekers.'],
    },
  },
  {
    id: 'pretext-of-human-rights',
    phrase: 'under the pretext of human rights',
    patterns: [
      '(under|on) the (pretext|pretence|pretense|guise|signboard|cloak|banner|smokescreen|mask|plea) of (human rights|democracy|freedom|freedom of navigation|freedom of speech|press freedom|democratic values|universal values|protecting human rights|defending democracy|promoting democracy|the human rights issue)',
      '(under|on) the (pretext|pretence|pretense|signboard|plea) of (the|a|) (threat~n|provocation~n|nuclear threat~n|missile threat~n)',
      'under the signboard of',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['doubt', 'appeal-to-hypocrisy'],
    tier: 'signature',
    explanation:
      'Presents a rival\'s stated values or security concerns as a pretext for other aims. The construction grants that the rival speaks of democracy, human rights or a threat, and at once denies that it means it. KCNA\'s variant is "under the signboard of"; Chinese and Russian statements prefer "under the pretext" or "under the guise".',
    origin: '',
    related: ['human-rights-racket', 'so-called-human-rights', 'so-called-threat', 'interference-in-internal-affairs'],
    guards: [],
    examples: {
      match: [
        'Washington meddles in other countries under the pretext of human rights.',
        'The fleet sails under the guise of freedom of navigation.',
        'They expanded the alliance under the pretext of the threat from the north.',
      ],
      noMatch: ['He left the party early under the pretext of a headache.'],
    },
  },
  {
    id: 'self-styled-human-rights-judge',
    phrase: 'self-styled human rights judge',
    patterns: [
      '(self-styled|self-appointed|self-proclaimed) (human rights|democracy) (judge~n|champion~n|defender~n|police|policeman|lecturer~n|teacher~n|guardian~n|beacon~n|leader~n)',
      '(self-styled|self-appointed|self-proclaimed) (champion~n|defender~n|guardian~n|judge~n|beacon~n|arbiter~n) of (human rights|democracy|freedom)',
      '(self-styled|self-appointed|self-proclaimed) (world|global|international) (police|policeman|policemen|gendarme~n|judge~n|cop~n|arbiter~n)',
    ],
    sources: ['kcna', 'prc'],
    techniques: ['appeal-to-hypocrisy', 'questioning-reputation'],
    tier: 'signature',
    explanation:
      'Mocks the United States or the West for appointing itself the judge of other countries\' human rights or democracy. The phrase denies the critic any standing, so the criticism can be set aside without being answered. KCNA and Chinese commentary use it when Washington publishes human rights reports or holds democracy summits.',
    origin: '',
    related: ['human-rights-racket', 'lecture-others-on-human-rights', 'so-called-human-rights'],
    guards: [],
    examples: {
      match: [
        'The self-styled human rights judge keeps silent about Gaza.',
        'Beijing mocked the self-appointed champion of democracy.',
        'The self-proclaimed world policeman has lost all credibility.',
      ],
      noMatch: ['The self-styled king of rock played two encores.'],
    },
  },
  {
    id: 'lecture-others-on-human-rights',
    phrase: 'lecture others on human rights',
    patterns: [
      '(lecture|lectures|lectured|lecturing|preach|preaches|preaching) (others|other countries|other nations|the world|the rest of the world|developing countries) (on|about) (human rights|democracy|freedom)',
      '(preach|preaches|preaching|moralize|moralizing|moralise|moralising) to (others|the world|the rest of the world|other countries) (on|about) (human rights|democracy|freedom)',
    ],
    sources: ['prc', 'rus'],
    techniques: ['appeal-to-hypocrisy', 'whataboutism'],
    tier: 'signature',
    explanation:
      'Casts Western criticism as condescending moralising by countries with their own problems. The phrase makes the tone of the criticism the issue and invites a list of the critic\'s own faults. Chinese and Russian spokespeople use it in answer to statements on human rights and democracy.',
    origin: '',
    related: ['self-styled-human-rights-judge', 'double-standards'],
    guards: [],
    examples: {
      match: [
        'The US has no right to lecture other countries on human rights.',
        'Moscow is tired of Brussels preaching to the world about democracy.',
      ],
      noMatch: ['The professor lectured on human rights law at the summer school.'],
    },
  },
  {
    id: 'mouthpiece-of-washington',
    phrase: 'mouthpiece of Washington',
    patterns: [
      '(mouthpiece~n|spokesman|megaphone~n) (of|for) (the us|washington|the united states|america|the west|the white house|the state department|nato|the pentagon)',
      'mouthpiece~n of western (governments|powers|countries|intelligence)',
      '(washington\'s|pentagon\'s|nato\'s|cia\'s) mouthpiece~n',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['name-calling', 'questioning-reputation'],
    tier: 'signature',
    explanation:
      'Dismisses a person or organisation as a mere voice of the US government. KCNA has called the UN secretary-general a spokesman for the United States, and Chinese and Russian officials call Western outlets and think tanks mouthpieces of Washington or NATO. The label answers the message by impugning the messenger.',
    origin: '',
    related: ['lackeys', 'stooges'],
    guards: ['spokesman (of|for) (the us|the united states) (embassy|army|navy|air force|state department|trade representative|military|department|team|mission|delegation|consulate|command)'],
    examples: {
      match: [
        'The secretary-general acted as a mouthpiece of Washington.',
        'Beijing called the think tank a mouthpiece for the Pentagon.',
      ],
      noMatch: ['A spokesman for the US embassy declined to comment.'],
    },
  },
  {
    id: 'asian-version-of-nato',
    phrase: 'Asian version of NATO',
    patterns: [
      '(asian|asia-pacific|east asian|indo-pacific|pacific) version of nato',
      '(asian|asia-pacific|indo-pacific|east asian) nato',
      '(natoization|nato-ization|natoisation|nato-isation) of (the asia-pacific|asia|the indo-pacific|the region|east asia)',
    ],
    sources: ['kcna', 'prc'],
    techniques: ['guilt-by-association', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'Describes US alliances in Asia, such as the Japan-South Korea-US partnership or AUKUS, as a copy of NATO. The phrase borrows the image of NATO as an aggressive bloc, familiar from Russian and Chinese commentary, and applies it to the speaker\'s own region. KCNA and Chinese officials use it whenever trilateral or "minilateral" security arrangements are announced.',
    origin: '',
    original: '亚太版北约',
    related: ['us-led-bloc', 'bloc-confrontation', 'small-circles'],
    guards: [],
    examples: {
      match: [
        'Pyongyang warned that the trilateral pact is an Asian version of NATO.',
        'Beijing opposes any attempt to create an Asia-Pacific NATO.',
      ],
      noMatch: ['NATO leaders met in Vilnius to discuss Ukraine.'],
    },
  },
  {
    id: 'warmongers',
    phrase: 'warmongers',
    patterns: [
      '(the|these|those|us|american|western|nato|japanese|south korean|imperialist|reckless|bellicose|european|british) (warmonger~n|war-monger~n)',
      '(warmonger~n|war-monger~n) (in|of|from) (washington|seoul|tokyo|brussels|london|the us|the west|nato|the pentagon|kiev|kyiv|europe|taipei)',
      '(warmongering|war-mongering) (atmosphere|forces|moves|policy|policies|acts|clique|circles|campaign|frenzy|fever|elements|maniacs|politicians|elites)',
      'the (warmongering|war-mongering) (of|in) (washington|seoul|tokyo|brussels|london|the us|the west|nato|the pentagon|kiev|kyiv|europe|taipei)',
    ],
    sources: ['kcna', 'rus', 'prc'],
    techniques: ['name-calling'],
    tier: 'common',
    explanation:
      'Calls the other side\'s leaders people who want war. KCNA uses it of US and South Korean military officials, and Russian outlets of NATO and European politicians who support Ukraine. It is also ordinary political invective ("war-mongering rhetoric on both sides"), so only the labelling forms count, aimed at a named side ("the warmongers in Seoul", "US warmongers", "warmongering forces"), and only near state-media context.',
    origin: '',
    related: ['us-led-bloc', 'war-hysteria'],
    guards: [],
    examples: {
      match: [
        'The warmongers in Seoul should think twice, KCNA said.',
        'Moscow said the warmongering in Brussels must stop.',
      ],
      noMatch: [
        'The pacifist poet called every general a warmonger.',
        'Mediators in Moscow hoped the deal would cool the war-mongering rhetoric on both sides.',
      ],
    },
  },
  {
    id: 'war-hysteria',
    phrase: 'war hysteria',
    patterns: [
      '(war|militaristic|military|sanctions|nuclear war|anti-china|anti-chinese|anti-dprk|anti-north korean|sinophobic|anti-socialist) hysteria',
      'hysteria (against|over) (china|the dprk|north korea)',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'signature',
    explanation:
      'Describes the other side\'s military preparations or public debate as hysteria: irrational, collective and out of control. The word dismisses the concerns behind drills, sanctions or criticism as a fit of emotion. KCNA speaks of the "war hysteria" of the United States and South Korea, Chinese outlets of "anti-China hysteria", and Russian officials of Western "military hysteria".',
    origin: '',
    related: ['warmongers', 'smear-campaign'],
    guards: ['war hysteria (of|in) (1914|1917|1939|1941|the first world war|the second world war|world war)'],
    examples: {
      match: [
        'Pyongyang said the drills whip up war hysteria on the peninsula.',
        'Beijing said the ban reflects anti-China hysteria in Washington.',
      ],
      noMatch: ['The fans were gripped by cup final hysteria.', 'The novel depicts the war hysteria of 1914 in a small English town.'],
    },
  },
  {
    id: 'trample-on-sovereignty',
    phrase: 'trample upon sovereignty',
    patterns: [
      '(trample|trampled|tramples|trampling) (on|upon) (the|its|our|their|china\'s|russia\'s|the dprk\'s|another country\'s|state|national|) (sovereignty|sovereign rights|sovereign dignity)',
      '(encroach|encroached|encroaches|encroaching|infringe|infringed|infringes|infringing) (on|upon) (the|its|our|their|china\'s|russia\'s|the dprk\'s|another country\'s|state|national|) (sovereignty|sovereign rights)',
      '(trample~v|trampling) (on|upon|underfoot) (international law|the un charter|international justice|the basic norms|international norms)',
      'wanton (violation~n|infringement~n|encroachment~n) (of|on|upon) (the|its|our|their|state|national|) (sovereignty|sovereign rights)',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['loaded-language', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Casts a rival\'s action as a physical assault on the speaker\'s sovereignty or on international law. The verbs (trample, encroach, infringe) turn drills, sanctions, reports or sail-throughs into violations, and the speaker into the injured party. KCNA, Chinese and Russian statements all use these collocations; as the words also appear in ordinary reporting, only uses near state-media context count.',
    origin: '',
    related: ['interference-in-internal-affairs', 'sovereign-equality'],
    guards: [],
    examples: {
      match: [
        'Pyongyang said the drone flight was a wanton violation of its sovereignty.',
        'Beijing said the sanctions trample on international law.',
      ],
      noMatch: ['The new shopping centre will encroach on the village green.'],
    },
  },
  {
    id: 'distortion-of-history',
    phrase: 'distortion of history',
    patterns: [
      '(distortion~n|whitewashing|embellishment|beautification) of (the|its|their|) (history|past|history of aggression|wartime history)',
      '(distort|distorts|distorted|distorting|whitewash|whitewashes|whitewashed|whitewashing) (the|its|their|) (history|past|history of aggression|past crimes|wartime crimes)',
      '(beautify|beautifies|beautified|beautifying|embellish|embellishes|embellished|embellishing) (the|its|their|) (history of aggression|colonial rule|past crimes|crimes of aggression|colonial past)',
      'distorter~n of history',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['questioning-reputation', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Accuses another government of rewriting the past for present purposes. KCNA and Chinese outlets use it of Japanese textbooks, shrine visits and wartime crimes, and Russian officials of Western or Baltic accounts of the Second World War. As the words are ordinary in history writing, only uses near state-media context count.',
    origin: '',
    related: ['revival-of-japanese-militarism'],
    guards: [],
    examples: {
      match: [
        'Pyongyang condemned Japan for trying to beautify its colonial rule.',
        'Beijing condemned the distortion of history in the new Japanese textbooks.',
      ],
      noMatch: ['The biographer was accused of whitewashing the past of a football club owner.'],
    },
  },
  {
    id: 'revival-of-japanese-militarism',
    phrase: 'revival of Japanese militarism',
    patterns: [
      '(revival|resurrection|resurgence|rebirth|reinvigoration) of (japanese|japan\'s|) militarism',
      '(revive~v|resurrect~v) (japanese|japan\'s|) militarism',
      '(remilitarization|re-militarization|remilitarisation|re-militarisation) of japan',
    ],
    sources: ['kcna', 'prc'],
    techniques: ['appeal-to-fear', 'guilt-by-association'],
    tier: 'signature',
    explanation:
      'Presents Japan\'s defence build-up or constitutional debates as the return of the militarism that waged war in Asia before 1945. The phrase ties current policy to historical crimes and makes any Japanese military step a threat by definition. KCNA and Chinese state media use it whenever Tokyo raises its defence budget or revises security policy.',
    origin: '',
    related: ['distortion-of-history', 'asian-version-of-nato'],
    guards: [],
    examples: {
      match: [
        'The new defence plan heralds the revival of Japanese militarism.',
        'Beijing warned Tokyo not to revive militarism.',
      ],
      noMatch: ['Historians trace the rise of Japanese militarism in the 1930s.'],
    },
  },
  {
    id: 'height-of-double-standards',
    phrase: 'the height of double standards',
    patterns: [
      '(height|epitome|acme|typical example|textbook example|typical case) of double standard~n',
      '(illegal|unfair|shameless|brazen|hypocritical|gangster-like|undisguised) double standard~n',
      '(behavior|behaviour|practice|policy|logic) of double standard~n',
      'double standard~n and (sophism|sophistry|hypocrisy|prejudice)',
    ],
    sources: ['kcna', 'prc'],
    techniques: ['appeal-to-hypocrisy', 'loaded-language'],
    tier: 'signature',
    explanation:
      'The intensified forms of the "double standards" charge that KCNA and Chinese commentary favour: "the height of double standards", "illegal double standards", "double standards and sophism". The adjectives turn an argument about consistency into a moral verdict on the accuser. These collocations are rare in ordinary English, so they count even without other state-media context.',
    origin: '',
    related: ['double-standards', 'human-rights-racket'],
    guards: [],
    examples: {
      match: [
        'It is the height of double-standards to arm one side and blame the other.',
        'The statement relied on illegal double standards and sophism.',
      ],
      noMatch: ['The columnist accused both parties of double standards on expenses.'],
    },
  },
  {
    id: 'jungle-law',
    phrase: 'jungle law',
    patterns: ['jungle law~n'],
    sources: ['kcna', 'prc'],
    techniques: ['loaded-language', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'The translated form of "law of the jungle" found in KCNA and Chinese texts, as in "a jungle-law-prevailing world". It describes capitalist society or the US-led order as a place where the strong devour the weak. Ordinary English prefers "the law of the jungle", so this compact form is a marker of translated state-media prose.',
    origin: '',
    original: '丛林法则',
    related: ['law-of-the-jungle', 'power-politics'],
    guards: [],
    examples: {
      match: [
        'Capitalist society is governed by jungle law, the article said.',
        'The commentary described a jungle-law-prevailing world order.',
      ],
      noMatch: ['The explorers followed the river into the jungle.'],
    },
  },
  {
    id: 'new-cold-war',
    phrase: 'new Cold War',
    patterns: [
      'new cold war',
      '(stoke~v|provoke~v|start~v|wage~v|unleash~v|ignite~v|launch~v) a (new|second) cold war',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['appeal-to-fear', 'loaded-language'],
    tier: 'common',
    explanation:
      'Blames the other side for dividing the world into hostile camps again. KCNA says the United States brings a "new Cold War" to Asia, and Chinese and Russian officials say Washington wants to start one. The phrase is also common in Western analysis, so only uses near state-media context count.',
    origin: '',
    original: '新冷战',
    related: ['cold-war-mentality', 'bloc-confrontation'],
    guards: [],
    examples: {
      match: [
        'Beijing said Washington is trying to start a new Cold War.',
        'Pyongyang warned that the new Cold War is turning Asia into a powder keg.',
      ],
      noMatch: ['The documentary asks whether a new Cold War is already under way in the Arctic.'],
    },
  },
  {
    id: 'doomed-to-failure',
    phrase: 'doomed to failure',
    patterns: [
      '(is|are|was|were|be|remain~v) doomed to (failure|fail|defeat|collapse|ruin|destruction|sinking|extinction|bankruptcy)',
      '(is|are|will|would) (surely|certainly|inevitably|bound to) end in (failure|defeat|disgrace)',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['appeal-to-fear', 'slogans'],
    tier: 'common',
    explanation:
      'Pronounces the rival\'s plan a failure before it has run its course. The certainty is itself the message: it presents the speaker\'s victory as inevitable and resistance as pointless. KCNA closes many commentaries this way, and Chinese and Russian officials use it of containment and sanctions; the idiom is ordinary English as well, so only uses near state-media context count.',
    origin: '',
    original: '注定失败',
    related: ['wheel-of-history', 'trend-of-the-times', 'dustbin-of-history'],
    guards: [],
    examples: {
      match: [
        'Pyongyang said the reckless scheme is doomed to failure.',
        'Any attempt to contain China will surely end in failure, the spokesperson said.',
      ],
      noMatch: ['Critics said the diet plan was doomed to failure from the start.'],
    },
  },
  {
    id: 'dustbin-of-history',
    phrase: 'dustbin of history',
    patterns: ['(dustbin|trash heap|rubbish heap|garbage heap|scrap heap|ash heap|ashheap|trash can|rubbish bin|garbage can) of history'],
    sources: ['kcna', 'rus'],
    techniques: ['slogans', 'loaded-language'],
    tier: 'common',
    explanation:
      'Consigns a rival leader, alliance or idea to oblivion. KCNA predicts that hostile leaders will be thrown into "the dustbin of history", and Russian officials say the same of Ukraine\'s leadership or of Western hegemony. The idiom is old and widely used, so only uses near state-media context count.',
    origin: '',
    original: 'свалка истории',
    related: ['wheel-of-history', 'doomed-to-failure'],
    guards: [],
    examples: {
      match: [
        'KCNA said the puppet clique will be thrown into the dustbin of history.',
        'A Moscow spokeswoman said the idea belongs on the trash heap of history.',
      ],
      noMatch: ['The fax machine has been consigned to the dustbin of history.'],
    },
  },
  {
    id: 'pour-oil-on-the-fire',
    phrase: 'pour oil on the fire',
    patterns: [
      'pour~v oil on (the|) (fire|flames)',
      'add~v fuel to the (fire|flames)',
      '(fan|fans|fanned|fanning|stoke|stokes|stoked|stoking) the flames of (war|conflict|confrontation|tension|tensions|the conflict|the crisis)',
    ],
    sources: ['prc', 'rus', 'kcna'],
    techniques: ['loaded-language', 'causal-oversimplification'],
    tier: 'common',
    explanation:
      'Accuses an outside power of making a conflict worse, usually by supplying weapons or making statements. Chinese spokespeople say the United States "pours oil on the fire" in Ukraine or the Taiwan Strait, and Russian and North Korean outlets use the same image. It is an everyday idiom as well, so only uses near state-media context count.',
    origin: '',
    original: '火上浇油',
    related: ['warmongers', 'war-hysteria'],
    guards: [],
    examples: {
      match: [
        'Beijing said the arms sales only pour oil on the fire.',
        'Moscow accused NATO of fanning the flames of war in Europe.',
      ],
      noMatch: ['The pundit\'s remarks added fuel to the fire of the transfer saga.'],
    },
  },
  {
    id: 'political-manipulation',
    phrase: 'political manipulation',
    patterns: [
      'political manipulation~n',
      '(politicize~v|politicise~v|politicizing|politicising) (the|) (issue|pandemic|origins tracing|origin tracing|virus|olympics|games|trade|economic issues)',
      '(politicization|politicisation) of (the|) (issue|pandemic|origins tracing|origin tracing|virus|olympics|games|trade|economic issues)',
    ],
    sources: ['prc', 'rus'],
    techniques: ['doubt', 'questioning-reputation'],
    tier: 'common',
    explanation:
      'Dismisses an investigation, report or policy as politics in disguise. Chinese spokespeople used it of inquiries into the origins of COVID-19 and of sanctions on trade, and Russian officials of doping cases and court rulings. Calling something political manipulation moves the argument away from the evidence to the motives behind it.',
    origin: '',
    original: '政治操弄',
    related: ['smear-campaign', 'political-farce'],
    guards: [],
    examples: {
      match: [
        'Beijing opposes any political manipulation of origins tracing.',
        'Moscow said the doping ruling was pure political manipulation.',
      ],
      noMatch: ['The textbook chapter covers political manipulation in ancient Rome.'],
    },
  },
  {
    id: 'peace-loving-peoples',
    phrase: 'peace-loving peoples',
    patterns: ['peace-loving (peoples|countries|nations|forces|states|people of the world|people all over the world|mankind|humanity)'],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['appeal-to-popularity', 'set-formula'],
    tier: 'common',
    explanation:
      'Enlists an unnamed world majority on the speaker\'s side: the "peace-loving peoples" or "peace-loving countries" who are said to condemn the rival. The wording echoes the UN Charter, which opens membership to "peace-loving states", and Soviet-era diplomacy, and it survives in KCNA, Chinese and Russian statements. The words also appear in ordinary prose, so only uses near state-media context count.',
    origin: '',
    related: ['so-called-international-community', 'in-defiance-of-the-just-demand'],
    guards: [],
    examples: {
      match: [
        'Pyongyang said all peace-loving peoples condemn the nuclear drills.',
        'China and other peace-loving countries oppose the arms race in space.',
      ],
      noMatch: ['The village is home to peace-loving farmers and their families.'],
    },
  },
  {
    id: 'crocodile-tears',
    phrase: 'crocodile tears',
    patterns: ['crocodile~n tears'],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['appeal-to-hypocrisy', 'questioning-reputation'],
    tier: 'common',
    explanation:
      'Calls a rival\'s expressions of humanitarian concern insincere. KCNA uses it of US statements on Gaza or North Korean human rights, and Chinese and Russian officials of Western concern for civilians in places where the West is accused of causing harm. The idiom is common in ordinary English, so only uses near state-media context count.',
    origin: '',
    related: ['double-dealing', 'double-standards'],
    guards: [],
    examples: {
      match: [
        'Pyongyang said Washington is shedding crocodile tears over civilians.',
        'Moscow dismissed the statement as crocodile tears.',
      ],
      noMatch: ['The coach accused the opposing bench of crying crocodile tears.'],
    },
  },
  {
    id: 'law-of-the-jungle',
    phrase: 'law of the jungle',
    patterns: ['(law|laws) of the jungle'],
    sources: ['kcna', 'prc'],
    techniques: ['loaded-language', 'appeal-to-fear'],
    tier: 'common',
    explanation:
      'Describes the international order under US leadership, or capitalist society, as one where might makes right. The image sets the speaker up as the defender of rules and fairness against a predator. KCNA and Chinese officials use it, the latter in the set phrase that the world must not return to the law of the jungle; as it is also an ordinary idiom, only uses near state-media context count.',
    origin: '',
    original: '丛林法则',
    related: ['jungle-law', 'power-politics', 'gangster-like-logic', 'high-handedness-and-bullying'],
    guards: [],
    examples: {
      match: [
        'China said the world must not go back to the law of the jungle.',
        'Pyongyang said the laws of the jungle rule capitalist society.',
      ],
      noMatch: ['In the playground the law of the jungle applied.'],
    },
  },
  {
    id: 'groundless-accusations',
    phrase: 'groundless accusations',
    patterns: [
      'groundless (accusation~n|allegation~n|claim~n|charge~n|rumor~n|rumour~n|assertion~n|speculation~n|smear~n|hype|attack~n|criticism~n|slander~n)',
      'groundlessly (accuse~v|slander~v|claim~v|smear~v|blame~v|attack~v)',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['conversation-killer', 'doubt'],
    tier: 'common',
    explanation:
      'Rejects an accusation as baseless without engaging with its evidence. It is a stock opening of Chinese and Russian foreign ministry rebuttals and of KCNA statements. The phrase is also common in legal and business reporting, so only uses near state-media context count.',
    origin: '',
    related: ['smear-campaign'],
    guards: [],
    examples: {
      match: [
        'Beijing rejected the groundless accusations made by the G7.',
        'Moscow said London groundlessly accused Russia of the attack.',
      ],
      noMatch: ['The footballer\'s lawyers called the allegations groundless.', 'The tenant faced groundless claims of damage from his landlord.'],
    },
  },
  {
    id: 'will-not-sit-idly-by',
    phrase: 'will not sit idly by',
    patterns: [
      '(will|would|shall) (not|never) (sit|stand) idly by',
      '(cannot|can\'t|won\'t|can never) (sit|stand) idly by',
      '(will|would|shall) (not|never) (remain|be) (a|an) (onlooker~n|spectator~n|bystander~n)',
      '(will|would|shall) (not|never) (remain|be) a passive (onlooker~n|spectator~n|bystander~n)',
      '(look~v|watching|watch~v) on with folded arms',
    ],
    sources: ['prc', 'kcna', 'rus'],
    techniques: ['appeal-to-fear', 'set-formula'],
    tier: 'common',
    explanation:
      'A veiled threat: the speaker will respond to a rival\'s move without saying how. Chinese statements on Taiwan and the South China Sea, KCNA statements on US drills and Russian warnings about NATO use it. The phrase is also common in Western official speech, so only uses near state-media context count.',
    origin: '',
    original: '绝不会坐视不管',
    related: ['pay-a-heavy-price', 'play-with-fire'],
    guards: [],
    examples: {
      match: [
        'China will never sit idly by while its sovereignty is violated.',
        'The DPRK will not remain an onlooker to the military build-up.',
      ],
      noMatch: ['Neighbours said they would not stand idly by while the library closed.'],
    },
  },
  {
    id: 'pay-a-heavy-price',
    phrase: 'pay a heavy price',
    patterns: [
      '(will|shall|must|would) pay (a|the) (heavy|high|dear|bitter|dearest|heaviest|highest) price',
      '(will|shall|must|would) have to pay (a|the) (heavy|high|dear|bitter|dearest|heaviest|highest) price',
      '(will|shall|must|would) pay dearly',
      '(will|shall|must|would) have to pay dearly',
      '(will|shall|must|would) be made to pay (dearly|a heavy price|a high price)',
    ],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['appeal-to-fear'],
    tier: 'common',
    explanation:
      'A threat that leaves the form of retaliation open. KCNA ends many statements by warning that the hostile forces "will have to pay a dear price", and Chinese and Russian officials use the same formula for those who cross their red lines. Because the idiom is also common in sport and business writing, only uses near state-media context count.',
    origin: '',
    related: ['will-not-sit-idly-by', 'play-with-fire'],
    guards: [
      'pay (a|the) (heavy|high|dear|bitter) price for (their|his|her|my|your) (mistakes|errors|misses|carelessness|complacency|defending|lack)',
    ],
    examples: {
      match: [
        'Pyongyang warned that the organisers of the drills would have to pay a dear price.',
        'Beijing said the separatists will pay a heavy price.',
      ],
      noMatch: ['Investors will pay a heavy price if rates keep rising.'],
    },
  },
  {
    id: 'play-with-fire',
    phrase: 'those who play with fire will get burned',
    patterns: [
      'play~v with fire (will|shall) (get|be) (burned|burnt)',
      'play~v with fire (will|shall) (perish|burn themselves|burn itself|be consumed)',
      'play~v with fire (will|shall) perish by it',
    ],
    sources: ['prc', 'kcna'],
    techniques: ['appeal-to-fear', 'set-formula'],
    tier: 'common',
    explanation:
      'A proverb used as a warning, above all by Chinese officials about Taiwan: those who play with fire will perish by it. The proverb form makes the threat sound like a law of nature rather than a decision of the speaker. KCNA uses the same image; as it is also a common proverb, only uses near state-media context count.',
    origin: '',
    original: '玩火自焚',
    related: ['will-not-sit-idly-by', 'pay-a-heavy-price'],
    guards: [],
    examples: {
      match: [
        'Beijing warned that those who play with fire will perish by it.',
        'Anyone playing with fire will get burned, the spokesperson said of Taiwan.',
      ],
      noMatch: ['Grandmother always said that children who play with fire will get burned.'],
    },
  },
  {
    id: 'impose-its-will',
    phrase: 'impose its will on others',
    patterns: [
      'impose~v (its|their|his) will (on|upon) (others|other countries|other nations|the world|sovereign states|the whole world|the international community|the rest of the world)',
      '(impose|imposes|imposed|imposing) (its|their) own (will|values|rules|standards|model) on (others|other countries|other nations|the world|the whole world|the rest of the world)',
      'impose~v (its|their) (values|rules|standards|model|way of life) on (others|other countries|other nations|the world|sovereign states|the rest of the world)',
      'force~v (its|their|your) (view~n|will|values|ideology|system|model) on (others|other countries|other nations|the world)',
    ],
    sources: ['rus', 'prc', 'kcna'],
    techniques: ['loaded-language', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Describes Western policy as forcing values and rules on countries that have not chosen them. The phrase recasts criticism and pressure as coercion and positions the speaker as the defender of diversity. Russian, Chinese and North Korean statements all use it; the words are ordinary English, so only uses near state-media context or talk of sovereignty and international relations count.',
    origin: '',
    related: ['hegemonism', 'lecture-others-on-human-rights', 'interfere-in-others-affairs'],
    guards: [],
    context: [
      ...kcnaFamily.contextMarkers,
      ...prcFamily.contextMarkers,
      ...rusFamily.contextMarkers,
      'international relations',
      'international order',
      'sovereignty',
      'sovereign states',
    ],
    examples: {
      match: [
        'Moscow said Washington tries to impose its will on the whole world.',
        'Beijing said no country should impose its own model on other countries.',
      ],
      noMatch: ['A good coach does not impose his will on the players.'],
    },
  },
  {
    id: 'political-farce',
    phrase: 'political farce',
    patterns: ['political (farce~n|charade~n)', '(shameless|hypocritical|clumsy|absurd) farce~n'],
    sources: ['kcna', 'prc', 'rus'],
    techniques: ['loaded-language', 'questioning-reputation'],
    tier: 'common',
    explanation:
      'Dismisses a trial, vote, report or summit as theatre staged for political ends. The label answers the event by denying that it is serious, so its findings need not be addressed. KCNA, Chinese and Russian outlets all use it; as the phrase is also ordinary commentary, only uses near state-media context count.',
    origin: '',
    related: ['double-dealing', 'smear-campaign'],
    guards: [],
    examples: {
      match: [
        'Beijing called the tribunal a political farce.',
        'Pyongyang said the UN meeting was a shameless farce staged by Washington.',
      ],
      noMatch: ['The council meeting descended into a political farce over parking.'],
    },
  },
];
