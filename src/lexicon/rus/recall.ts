import type { LexiconEntry } from '../../core/types';

/**
 * Recall, round 2: formulas found by reading the development corpus and by
 * `rhetoric-lens mine`, written in our own words. Same rules as `entries.ts`.
 */
/**
 * Russian-derived spellings are common in older English prose, so one on its
 * own proves little; a second one nearby (or another formula of RT's war
 * reporting) is what marks Russian state-media copy.
 */
const RUSSIAN_FORMS = [
  'kiev~n', 'donbass~n', 'lugansk~n', 'zaporozhye~n', 'kharkov~n', 'nikolaev~n', 'dnepropetrovsk', 'dnepr', 'energodar',
  'artyomovsk', 'vladimir zelensky~n', 'pyotr poroshenko', 'dpr', 'lpr', 'donetsk people~n republic', 'kiev regime~n',
  'special military operation', 'minsk agreements', 'minsk protocols',
];

export const rusRecall: LexiconEntry[] = [
  // Naming conventions: Russian-derived spellings of Ukrainian names
  {
    id: 'kiev-spelling',
    phrase: 'Kiev (Russian-derived spelling)',
    patterns: ['kiev~n'],
    sources: ['rus'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'The spelling of Ukraine\'s capital transliterated from Russian rather than from Ukrainian (Kyiv). Most English-language news organisations switched to "Kyiv" between 2019 and 2022, while RT, TASS and Sputnik kept "Kiev", and they use it as shorthand for the Ukrainian government ("Kiev\'s forces", "Kiev insists"). On its own the spelling says little, since older English texts and dishes use it too; in current coverage of the war it is one of the most reliable signs of Russian state-media copy.',
    origin: '',
    original: 'Киев',
    related: ['kiev-regime', 'donbass-spelling', 'lugansk-spelling', 'russian-form-city-names'],
    context: RUSSIAN_FORMS,
    guards: [
      'chicken kiev~n',
      'kiev (rus|cake~n|cutlet~n|ballet|opera|class|camera~n|pechersk lavra)',
      'dynamo kiev',
      '(battle|siege|sack|encirclement|liberation) of kiev (in|of) (1240|1941|1943)',
    ],
    examples: {
      match: [
        'Residents of Kiev and Kharkov lost power overnight.',
        'A convoy left Kiev in July and reached Kharkov two days later.',
      ],
      noMatch: [
        'The restaurant serves chicken Kiev with mashed potatoes.',
        'Kyiv\'s mayor opened a new shelter for residents of Ukraine\'s capital.',
      ],
    },
  },
  {
    id: 'kiev-as-actor',
    phrase: 'Kiev insists (the capital standing for Ukraine\'s government)',
    patterns: [
      'kiev (has|had|have) (accused|claimed|denied|insisted|repeatedly|refused|rejected|blamed|demanded|asked|requested|admitted|acknowledged|vowed|threatened|received|also)',
      'kiev (insists|claims|claimed|denies|denied|says|said|accuses|accused|wants|refuses|refused|rejected|blames|blamed|demands|demanded|vowed|threatened|will|is)',
      'kiev and (its|the) (western |)(allies|backers|sponsors|partners|supporters|patrons)',
      'kiev and (western nations|the west|washington|moscow|its western)',
      '(moscow|russia) and kiev',
      '(provide~v|supply~v|arm~v|equip~v) kiev with',
      '(weapons|arms|aid|assistance|support|howitzers|missiles|tanks|jets|rockets|ammunition|money|funds|loyalty) (to|for) kiev',
      '(sent|delivered|supplied|shipped|handed over|transferred|pledged|promised) to kiev',
      '(controlled|held|fired|launched|carried out|placed|planted|used|staged|shelled|ordered|backed) by kiev',
      '(government|authorities|officials|leadership) in kiev',
      'kiev\'s (forces|troops|army|military|government|authorities|backers|allies|sponsors|request|requests|demands|failure|refusal|plans|attempts|claims|western|decision|leadership|offensive|counteroffensive)',
      'the kiev (government|authorities|leadership|administration)',
      'kiev (forces|troops|authorities|government)',
      'kiev (has|had) (not|already|just|yet|never|long|since)',
      'kiev (officials|officers|appeared|appears|could|would|hopes|hoped|expects|expected)',
      'kiev\'s (agents|spies|saboteurs|intelligence|operatives|drones|missiles|shelling|strikes|mobilization|mobilisation|defeat|losses|troops)',
      '(military|russian|moscow\'s) (offensive|operation|campaign) against kiev',
    ],
    sources: ['rus'],
    techniques: ['set-formula', 'repetition'],
    tier: 'common',
    explanation:
      'RT and TASS use "Kiev", in its Russian-derived spelling, as the name of the Ukrainian government and its forces: "Kiev insists", "Kiev\'s forces", "weapons to Kiev", "Kiev and its Western backers". The metonymy reduces the country to its capital and its leadership, which suits the picture of a regime set apart from the Ukrainian people. Older English news used the same construction, but English-language media now write "Kyiv".',
    origin: '',
    original: 'Киев',
    related: ['kiev-spelling', 'kiev-regime', 'western-sponsors'],
    guards: [],
    examples: {
      match: [
        'Kiev has accused Moscow of blocking the ports.',
        'Washington pledged more howitzers to Kiev as the war in Ukraine dragged on.',
        'Kiev has not disclosed its losses since the fighting in Donbass began.',
      ],
      noMatch: ['Kyiv has accused Moscow of blocking the ports.'],
    },
  },
  {
    id: 'donbass-spelling',
    phrase: 'Donbass (Russian-derived spelling)',
    patterns: ['donbass~n'],
    sources: ['rus'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'The Donets Basin of eastern Ukraine, spelt as in Russian with a double "s"; English-language media now mostly write "Donbas", the Ukrainian form. Russian state media use "Donbass" both for the region and for the Moscow-backed entities there ("the Donbass republics"), so the name often carries the claim that the area is a political unit apart from Ukraine.',
    origin: '',
    original: 'Донбасс',
    related: ['kiev-spelling', 'donbass-republics', 'genocide-of-donbass', 'eight-years-of-shelling'],
    context: RUSSIAN_FORMS,
    guards: ['(loznitsa~n|loznitza~n) donbass', 'donbass arena'],
    examples: {
      match: [
        'Shelling in Donbass intensified after Kiev received new rockets.',
        'Residents of the Donbass have lived under fire since the Minsk agreements were signed.',
      ],
      noMatch: ['Fighting in the Donbas region of Ukraine continued on Monday.'],
    },
  },
  {
    id: 'lugansk-spelling',
    phrase: 'Lugansk (Russian-derived spelling)',
    patterns: ['lugansk~n'],
    sources: ['rus'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'The eastern Ukrainian city and region of Luhansk, transliterated from Russian. Russian state outlets write "Lugansk" throughout, including in "the Lugansk People\'s Republic", while most English-language media use the Ukrainian form Luhansk. The spelling marks a text written from Moscow\'s side of the naming divide.',
    origin: '',
    original: 'Луганск',
    related: ['kiev-spelling', 'donbass-spelling', 'peoples-republics'],
    context: RUSSIAN_FORMS,
    guards: [],
    examples: {
      match: [
        'Ukrainian troops retreated from Lugansk towards Kharkov.',
        'Lugansk\'s water supply was cut after a strike ordered by Kiev.',
      ],
      noMatch: ['Luhansk region was almost entirely occupied by Russian forces.'],
    },
  },
  {
    id: 'zaporozhye-spelling',
    phrase: 'Zaporozhye (Russian-derived spelling)',
    patterns: ['zaporozhye~n', 'zaporozhe', 'zaporozhie'],
    sources: ['rus'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'The southern Ukrainian city, region and nuclear power plant of Zaporizhzhia, transliterated from Russian. RT and TASS write "Zaporozhye" ("the Zaporozhye nuclear power plant", "Zaporozhye Region"), the form Moscow also uses for the region it declared annexed in 2022; English-language news agencies use the Ukrainian form.',
    origin: '',
    original: 'Запорожье',
    related: ['kiev-spelling', 'russian-form-city-names', 'new-regions'],
    context: RUSSIAN_FORMS,
    guards: [],
    examples: {
      match: [
        'The IAEA team reached the Zaporozhye nuclear power plant despite shelling by Kiev\'s troops.',
        'Zaporozhye Region and the DPR will hold votes on joining Russia.',
      ],
      noMatch: ['Inspectors visited the Zaporizhzhia plant in southern Ukraine.'],
    },
  },
  {
    id: 'russian-form-city-names',
    phrase: 'Russian-form names of Ukrainian cities',
    patterns: [
      'kharkov~n',
      '(nikolaev|nikolayev)',
      'nikolaev~n',
      'dnepropetrovsk~n',
      'dnepr~n',
      'dneprodzerzhinsk',
      'energodar~n',
      'lisichansk~n',
      'chernigov~n',
      'zhitomir~n',
      'vinnitsa~n',
      'lvov~n',
      'ivano frankovsk',
      'krivoy rog',
      'kirovograd~n',
      'gorlovka~n',
      '(avdeyevka|avdeevka)',
      'ugledar~n',
      'slavyansk~n',
      'kremennaya',
      'svyatogorsk',
      'rovno',
      'chernovtsy',
      'uzhgorod',
      'volchansk',
      'konstantinovka',
      'kremenchug~n',
      'novaya kakhovka',
      'krasny liman',
      'svatovo',
      'pavlograd',
      'genichesk',
      'gulyaipole',
      'yasinovataya',
      'druzhkovka',
    ],
    sources: ['rus'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'Ukrainian cities named in their Russian forms: Kharkov for Kharkiv, Nikolaev for Mykolaiv, Dnepropetrovsk for Dnipro, Energodar for Enerhodar, Lvov for Lviv, Gorlovka for Horlivka and so on. Russian state media keep these forms, and sometimes Soviet-era names that Ukraine has since replaced, while most English-language media follow Ukrainian usage. The choice places the text on Moscow\'s side of the naming divide.',
    origin: '',
    original: 'Харьков, Николаев, Днепропетровск',
    related: ['kiev-spelling', 'zaporozhye-spelling', 'artyomovsk'],
    context: RUSSIAN_FORMS,
    guards: ['((first|second|third|fourth) |)battle~n of kharkov', 'kharkov (in|of) (1941|1942|1943)', 'volga dnepr'],
    examples: {
      match: [
        'Missiles hit a depot near Kharkov that stored weapons sent to Kiev.',
        'Ukrainian troops were seen moving from Nikolaev towards Krivoy Rog.',
      ],
      noMatch: ['Explosions were heard in Kharkiv and Mykolaiv overnight, Ukraine said.'],
    },
  },
  {
    id: 'russian-form-ukrainian-officials',
    phrase: 'Vladimir Zelensky and other Ukrainian names in Russian form',
    patterns: [
      'vladimir zelensky~n',
      'pyotr poroshenko~n',
      'dmitry kuleba~n',
      '(aleksey|alexey) (reznikov~n|danilov~n|arestovich~n|goncharenko~n)',
      'andrey yermak~n',
      'vitaly klitschko~n',
      'denis shmigal~n',
      'valery zaluzhny~n',
      'kirill budanov~n',
      'yulia timoshenko~n',
      'irina vereshchuk~n',
      'olga stefanishina~n',
      'arseny yatsenyuk~n',
      'aleksandr (turchinov~n|syrsky~n)',
    ],
    sources: ['rus'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'Ukrainian officials named in the Russian form of their names: Vladimir rather than Volodymyr Zelensky, Pyotr rather than Petro Poroshenko, Aleksey rather than Oleksii Reznikov, Dmitry rather than Dmytro Kuleba. RT and TASS transliterate from the Russian spelling as a matter of house style, while English-language media transliterate from Ukrainian. Like "Kiev", the forms quietly treat Ukraine as part of the Russian-speaking world.',
    origin: '',
    original: 'Владимир Зеленский',
    related: ['kiev-spelling', 'zelensky-regime'],
    context: RUSSIAN_FORMS,
    guards: [],
    examples: {
      match: [
        'Ukrainian President Vladimir Zelensky asked Kiev\'s backers for more air defense.',
        'Former president Pyotr Poroshenko said the Minsk agreements gave Kiev time.',
      ],
      noMatch: ['Ukraine\'s President Volodymyr Zelensky addressed parliament.'],
    },
  },
  // The Donbass republics as states
  {
    id: 'peoples-republics',
    phrase: 'Donetsk People\'s Republic',
    patterns: [
      '(donetsk|lugansk|luhansk) people~n republic~n',
      'donetsk and (lugansk|luhansk) people~n republics',
      '(dpr|lpr) (troops|forces|militia|people\'s militia|army|servicemen|head|leader|authorities|ombudsman|territory|capital|defense ministry)',
      'people~n militia of the (dpr|lpr)',
      '(donbass|donbas) (militia~n|militias|republic forces)',
      'people~n militia of (donetsk|lugansk|luhansk)',
    ],
    sources: ['rus'],
    techniques: ['set-formula', 'euphemism'],
    tier: 'common',
    explanation:
      'The self-styled states that Moscow-backed separatists declared in eastern Ukraine in 2014, named by Russian state media without a qualifier, as if they were ordinary states with their own troops, courts and ministries. Most other outlets add "self-proclaimed", "separatist" or quotation marks. Russia recognised both as independent in February 2022 and declared them annexed that September.',
    origin: 'Both entities were proclaimed in April 2014.',
    original: 'Донецкая Народная Республика',
    related: ['donbass-republics', 'lugansk-spelling', 'new-regions'],
    guards: [
      '(self proclaimed|self declared|self styled|unrecognized|unrecognised|separatist|so called|breakaway|russian backed|moscow backed|pro russian|russian proxy|puppet) (donetsk|lugansk|luhansk) people~n republic~n',
      '(under|of) the government of the (donetsk|lugansk|luhansk) people~n republic~n',
    ],
    examples: {
      match: [
        'Donbass militias took control of the village near the Ukrainian border.',
        'A court in the Donetsk People\'s Republic sentenced three foreign fighters, Russian media said.',
        'DPR troops advanced towards Ukraine\'s positions near the town.',
      ],
      noMatch: ['The self-proclaimed Donetsk People\'s Republic has no recognition outside Russia.'],
    },
  },
  {
    id: 'donbass-republics',
    phrase: 'the Donbass republics',
    patterns: [
      '(donbass|donbas) republic~n',
      '(the|two) republics of (donbass|donbas)',
      'republics of donetsk and (lugansk|luhansk)',
      'people\'s republics of (donbass|donbas)',
      'recognition of the (two|donbass|donbas) republics',
    ],
    sources: ['rus'],
    techniques: ['set-formula', 'euphemism'],
    tier: 'signature',
    explanation:
      'The two separatist entities in eastern Ukraine, called "republics" as a matter of course. The phrase runs through RT\'s standard background paragraph on the war ("Moscow\'s eventual recognition of the Donbass republics"), which presents recognition and the invasion that followed as the answer to Ukraine\'s conduct. Outlets outside Russia describe them as separatist or Russian-controlled areas.',
    origin: '',
    original: 'республики Донбасса',
    related: ['peoples-republics', 'donbass-spelling', 'kiev-failure-to-implement-minsk'],
    guards: [],
    examples: {
      match: [
        'In February, the Kremlin recognized the Donbass republics as independent states.',
        'Kiev was accused of planning an attack on the republics of Donetsk and Lugansk.',
      ],
      noMatch: ['Separatist-held areas of the Donbas have been occupied since 2014.'],
    },
  },
  // RT's standard background paragraph on the war
  {
    id: 'kiev-failure-to-implement-minsk',
    phrase: 'Kiev\'s failure to implement the Minsk agreements',
    patterns: [
      '(kiev\'s|kyiv\'s|ukraine\'s) failure to (implement|fulfil|fulfill|comply with) the (terms of the|) minsk (agreements|accords|protocols)',
      'failure (of|by) (kiev|kyiv|ukraine) to implement the minsk (agreements|accords|protocols)',
    ],
    sources: ['rus'],
    techniques: ['causal-oversimplification', 'set-formula', 'repetition'],
    tier: 'signature',
    explanation:
      'RT\'s stock explanation for the invasion of Ukraine: Russia "sent troops" or "attacked the neighboring state" after Kiev failed to implement the Minsk agreements of 2014 and 2015. The clause puts the cause of the war on Ukraine and presents Russia\'s attack as a response. It closes hundreds of RT news items from 2022 onwards, often with the claim that the agreements were meant to give the Donbass "special status within the Ukrainian state".',
    origin: 'The standard closing paragraph of RT news items on the war from 2022.',
    original: 'невыполнение Киевом Минских соглашений',
    related: ['special-status-within-the-ukrainian-state', 'minsk-agreements-ruse', 'donbass-republics', 'offensive-completely-unprovoked'],
    guards: [],
    examples: {
      match: [
        'The closing paragraph again pointed to Kiev\'s failure to implement the Minsk agreements as the cause.',
        'In the Kremlin\'s telling, Ukraine\'s failure to fulfil the terms of the Minsk accords started it all.',
      ],
      noMatch: ['Both sides accused each other of breaking the Minsk ceasefire.'],
    },
  },
  {
    id: 'special-status-within-the-ukrainian-state',
    phrase: 'special status within the Ukrainian state',
    patterns: [
      'special status within the ukrainian state',
      'give the (breakaway|two|donbass|donbas) regions special status',
      'give (the regions of|) donetsk and (lugansk|luhansk) special status',
    ],
    sources: ['rus'],
    techniques: ['set-formula', 'repetition'],
    tier: 'signature',
    explanation:
      'Part of RT\'s standard background paragraph: the Minsk protocols, with Germany and France as brokers, were meant to grant the two Donbass regions a special status inside Ukraine. The wording presents the agreements as a promise to the separatist regions that Kiev broke, and so as the reason for the war. It is repeated verbatim across RT\'s news items.',
    origin: 'RT news items from 2022.',
    related: ['kiev-failure-to-implement-minsk', 'donbass-republics', 'minsk-agreements-ruse'],
    guards: [],
    examples: {
      match: [
        'Berlin and Paris said the deal would give the two regions special status inside Ukraine.',
        'The deal would give Donetsk and Lugansk special status, the article recalled.',
      ],
      noMatch: ['The city was given special status within the European Union\'s programme.'],
    },
  },
  {
    id: 'neutral-country-never-join-bloc',
    phrase: 'a neutral country that will never join a Western bloc',
    patterns: [
      'declare~v itself (a|) neutral (country|state)',
      'never join (any|the) (western|us led|nato|us led nato|north atlantic) military bloc~n',
      'never join any western (military|) (bloc|alliance)',
    ],
    sources: ['rus'],
    techniques: ['set-formula', 'repetition'],
    tier: 'signature',
    explanation:
      'RT\'s summary of Moscow\'s war aim: the Kremlin wants Ukraine to proclaim itself neutral and to promise never to join a Western military bloc (in some versions the bloc is named as US-led NATO). Repeated at the end of news items, it frames the war as a dispute about NATO enlargement rather than about territory.',
    origin: 'RT news items from 2022.',
    related: ['kiev-failure-to-implement-minsk', 'nato-expansion-to-the-east', 'us-led-bloc'],
    guards: [],
    examples: {
      match: [
        'The Kremlin wants Ukraine to declare itself a neutral country.',
        'Moscow insists that Kiev must never join any Western military bloc.',
      ],
      noMatch: ['Finland dropped its long neutrality and applied to join NATO.'],
    },
  },
  {
    id: 'offensive-completely-unprovoked',
    phrase: 'Kiev insists the Russian offensive was completely unprovoked',
    patterns: [
      'the russian (offensive|attack|operation|military operation) was (completely|entirely|totally) unprovoked',
      '(kiev|kyiv|ukraine) (insists|claims|maintains) (that|) the russian (offensive|attack|operation|military operation) was (completely|entirely|totally|) unprovoked',
    ],
    sources: ['rus'],
    techniques: ['doubt', 'set-formula', 'repetition'],
    tier: 'signature',
    explanation:
      'The last sentence of RT\'s standard background paragraph says that Kiev insists the Russian offensive was completely unprovoked and denies planning to retake the two republics by force. Presenting the unprovoked nature of the invasion as something only Kiev "insists" on turns a widely shared assessment into one side\'s claim, after the paragraph has just given Moscow\'s reasons.',
    origin: 'RT news items from 2022.',
    related: ['kiev-failure-to-implement-minsk', 'retake-the-republics-by-force'],
    guards: [],
    examples: {
      match: [
        'Kiev insists the Russian offensive was completely unprovoked.',
        'Ukraine claims that the Russian attack was entirely unprovoked.',
      ],
      noMatch: ['The invasion was condemned by the UN General Assembly.'],
    },
  },
  {
    id: 'retake-the-republics-by-force',
    phrase: 'planning to retake the two republics by force',
    patterns: [
      'retake the (two|donbass|donbas|breakaway) (republics|regions) by force',
      'retake (the|) (donbass|donbas) by force',
      'retake (donetsk and lugansk|donetsk and luhansk) by force',
    ],
    sources: ['rus'],
    techniques: ['causal-oversimplification', 'set-formula'],
    tier: 'signature',
    explanation:
      'The claim, repeated by the Kremlin and in RT\'s background paragraph, that Ukraine was about to seize the separatist Donbass by force in early 2022, which Russia presents as one reason for its attack. Even when RT adds that Kiev rejects the claim, the wording keeps the claim in every article.',
    origin: '',
    related: ['offensive-completely-unprovoked', 'donbass-republics', 'kiev-failure-to-implement-minsk'],
    guards: [],
    examples: {
      match: [
        'Ukrainian officials said they never intended to retake the two republics by force.',
        'Moscow said Ukraine had prepared to retake Donbass by force in March.',
      ],
      noMatch: ['Ukraine hopes to retake occupied territory in a counteroffensive.'],
    },
  },
  {
    id: 'attacked-the-neighboring-state',
    phrase: 'Russia attacked the neighboring state',
    patterns: [
      '(attacked|invaded|entered) the (neighboring|neighbouring) (state|country) in (late|) february',
      'military (operation|offensive|campaign|action) in the (neighboring|neighbouring) (state|country)',
      'sent troops (into|to) the (neighboring|neighbouring) (state|country)',
    ],
    sources: ['rus'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'signature',
    explanation:
      'RT\'s way of referring to the invasion without naming it: Russia "attacked the neighboring state in late February" or conducts a "military operation in the neighboring country". The phrasing avoids "invasion" and "war", and the detached "neighboring state" keeps Ukraine unnamed in the sentence that describes Russia\'s attack.',
    origin: 'RT news items from 2022.',
    related: ['launched-its-military-operation', 'special-military-operation', 'kiev-failure-to-implement-minsk'],
    guards: [],
    examples: {
      match: [
        'Russia attacked the neighboring state in late February.',
        'Sanctions followed Moscow\'s military operation in the neighboring country.',
      ],
      noMatch: ['Refugees crossed into a neighbouring country to apply for visas.'],
    },
  },
  {
    id: 'launched-its-military-operation',
    phrase: 'launched its military operation in Ukraine',
    patterns: [
      'launch~v (its|a|the) military (operation|offensive) (in|against) ukraine',
      '(moscow~n|russia~n|the russian) military offensive (in|against) ukraine',
      'since the start of (russia~n|moscow~n|the russian|its) military (operation|offensive)',
      'russia began its military operation',
      '(moscow\'s|the russian) military (operation|campaign|offensive) (in|against) ukraine',
      'moscow\'s military (operation|campaign|offensive)',
      'amid the ongoing (russian |)military (operation|offensive)',
      'military operation in neighboring ukraine',
      '(amid|since|during|after) the (start of the |)russian military (operation|offensive)',
      'launch~v (its|a|the) military campaign (in|against) (ukraine|the country)',
      'launch~v its (operation|campaign|offensive) (in|against) (ukraine|the neighboring country|the neighbouring country)',
      '(launch|start|beginning|outset) of (russia~n|moscow~n|the russian|its) (ongoing |)(military |)(operation|campaign|offensive)',
      '(russia~n|its) military campaign (in|against) ukraine',
      '(in response to|over|in the wake of|following) (russia~n|moscow~n|its) military (campaign|offensive)',
      '(in the wake of|over) (russia~n|its) military operation',
      '(its|the) ongoing (russian |)military (operation|campaign)',
      '(over|in response to) the military (campaign|offensive|operation) in ukraine',
    ],
    sources: ['rus'],
    techniques: ['euphemism'],
    tier: 'common',
    explanation:
      'RT and TASS describe the full-scale invasion of Ukraine as a "military operation" or "military offensive" that Russia "launched", a neutral-sounding shortening of the Kremlin\'s "special military operation". Russian law penalises calling it a war, and state media avoid the word "invasion" in their own voice. Most other outlets speak of the invasion or the war.',
    origin: 'From 24 February 2022.',
    related: ['special-military-operation', 'attacked-the-neighboring-state'],
    guards: [
      'what (it|moscow|russia|the kremlin|putin) (calls|called|terms|termed|describes|described) (as|) (its|a|the) (special|) military operation',
    ],
    examples: {
      match: [
        'Markets fell the day Russia launched its military operation in Ukraine.',
        'Prices in Russia have risen since the start of Moscow\'s military operation.',
        'Several carmakers left Russia in the wake of its military campaign in Ukraine.',
        'The bridge has been a target since the launch of Russia\'s operation in Ukraine.',
      ],
      noMatch: [
        'Prices have risen since the start of the invasion of Ukraine.',
        'The start of the military campaign against the rebels was delayed by rain.',
      ],
    },
  },

  // Moscow's position on Western arms, paraphrased in RT's own voice
  {
    id: 'only-prolong-the-conflict',
    phrase: 'will only prolong the conflict',
    patterns: [
      'only (prolong~v|drag~v out) the (ongoing |)(conflict|fighting|bloodshed|suffering|hostilities|agony)',
      'prolong~v the agony of the (kiev|kyiv) regime',
    ],
    sources: ['rus'],
    techniques: ['consequential-oversimplification', 'set-formula', 'repetition'],
    tier: 'common',
    explanation:
      'The Kremlin\'s standing objection to Western military aid for Ukraine, which RT repeats as background in its own voice: weapons deliveries "will only prolong the conflict" and add to the casualties. The line presents the outcome as settled and casts the suppliers, not the invader, as the ones who keep the war going.',
    origin: 'Used by Kremlin and foreign ministry spokespeople from spring 2022.',
    original: 'лишь затягивают конфликт',
    related: ['pumping-ukraine-with-weapons', 'foreign-weapons-legitimate-target', 'warned-the-west-against-sending-weapons'],
    guards: [],
    examples: {
      match: [
        'Moscow says sending more tanks to Ukraine will only prolong the conflict.',
        'Russia argues the deliveries only drag out the fighting.',
      ],
      noMatch: ['Critics said the budget dispute would prolong the shutdown.'],
    },
  },
  {
    id: 'foreign-weapons-legitimate-target',
    phrase: 'any foreign weapons on Ukrainian territory are a legitimate target',
    patterns: [
      'any (foreign|western|nato) (weapons|weaponry|arms|military cargo|military cargoes|arms shipments) on (the |)ukrainian (territory|soil)',
      'legitimate target~n for (the |)russian (armed forces|military|army|forces|strikes)',
      '(will|would) (become|be) (a |)legitimate (military |)target~n',
    ],
    sources: ['rus'],
    techniques: ['appeal-to-fear', 'set-formula'],
    tier: 'common',
    explanation:
      'The warning, repeated by Russian officials and summarised by RT, that Russian forces will treat any foreign weapons and convoys on Ukrainian territory as legitimate targets. It turns military aid into an act that Moscow may answer by force and is meant to deter suppliers. The same formula is applied to instructors, mercenaries and Western decision-makers.',
    origin: 'From March 2022.',
    original: 'законная цель',
    related: ['only-prolong-the-conflict', 'pumping-ukraine-with-weapons', 'nato-weapons'],
    guards: [],
    examples: {
      match: [
        'Russia considers any foreign weapons on Ukrainian territory a legitimate target.',
        'Moscow warned that the new depots would become legitimate targets.',
      ],
      noMatch: ['Lawyers debated whether the bridge was a lawful military objective.'],
    },
  },
  {
    id: 'warned-the-west-against-sending-weapons',
    phrase: 'Moscow has repeatedly warned the West against sending weapons',
    patterns: [
      '(has|have) (repeatedly|consistently) (warned|urged|cautioned) the (west|us|united states|eu|nato|us and its allies) (against|not to)',
      'warned the (west|us|united states|eu|nato) against (sending|supplying|providing) (weapons|arms|weaponry)',
    ],
    sources: ['rus'],
    techniques: ['set-formula', 'repetition'],
    tier: 'common',
    explanation:
      'A background sentence that RT attaches to news of Western military aid: a reminder that Moscow has warned Western capitals, again and again, not to arm Kiev. It keeps the Kremlin\'s position in every report on arms deliveries and frames the deliveries as a provocation that Russia has tried to prevent.',
    origin: '',
    related: ['only-prolong-the-conflict', 'foreign-weapons-legitimate-target'],
    guards: [],
    examples: {
      match: [
        'Moscow has repeatedly warned the West against supplying arms to Ukraine.',
        'Russia has consistently urged the US not to send long-range missiles.',
      ],
      noMatch: ['Doctors have repeatedly warned patients against skipping doses.'],
    },
  },
  // Defence ministry briefing formulas
  {
    id: 'temporary-deployment-points',
    phrase: 'temporary deployment points',
    patterns: [
      'temporary deployment (point~n|site~n|location~n|area~n)',
      'point~n of temporary deployment',
    ],
    sources: ['rus'],
    techniques: ['set-formula', 'euphemism'],
    tier: 'signature',
    explanation:
      'A rendering of the Russian defence ministry\'s term for places where enemy units are quartered, as in "a strike hit a temporary deployment point of nationalist formations". The bureaucratic phrase reports a strike on a building as the destruction of a military target, without naming what the building was.',
    origin: '',
    original: 'пункт временной дислокации',
    related: ['manpower-and-hardware', 'high-precision-weapons', 'nationalist-battalions'],
    guards: [],
    examples: {
      match: [
        'Missiles struck a temporary deployment point of the brigade.',
        'Three points of temporary deployment were destroyed, the briefing said.',
      ],
      noMatch: ['The company set up a temporary office near the station.'],
    },
  },
  {
    id: 'sabotage-and-reconnaissance-groups',
    phrase: 'sabotage and reconnaissance group',
    patterns: ['sabotage (and|) reconnaissance (group~n|unit~n|detachment~n|team~n)', 'subversive reconnaissance group~n'],
    sources: ['rus'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'A calque of the Russian military term for small raiding units, used in defence ministry briefings and by the Donbass separatists for Ukrainian units operating near or across the front line. Ukrainian officials use the same Soviet-era term for Russian units, so the phrase alone does not tell which side is speaking.',
    origin: '',
    original: 'диверсионно-разведывательная группа',
    related: ['temporary-deployment-points', 'manpower-and-hardware'],
    guards: [],
    examples: {
      match: [
        'Border guards in Russia\'s Belgorod Region repelled a sabotage and reconnaissance group.',
        'Two Ukrainian sabotage reconnaissance units were destroyed near Donetsk.',
      ],
      noMatch: ['The reconnaissance satellite was launched in March.'],
    },
  },
  // Crimea and 2014
  {
    id: 'crimea-voted-to-rejoin',
    phrase: 'Crimea voted to reunify with Russia',
    patterns: [
      'voted (overwhelmingly |)(in a referendum |)to (join|rejoin|reunify with|reunite with|return to) (russia|moscow)',
      '(reunify|reunified|reunifying) with (russia|moscow)',
    ],
    sources: ['rus'],
    techniques: ['euphemism', 'appeal-to-popularity'],
    tier: 'common',
    explanation:
      'RT\'s account of 2014: Crimea "voted overwhelmingly in a referendum to join Russia" or "to reunify with Moscow" after the "coup in Kiev". The wording presents the annexation as the free choice of the peninsula\'s people and leaves out the Russian troops present during the vote and its non-recognition by most states.',
    origin: 'The referendum was held on 16 March 2014.',
    original: 'воссоединение с Россией',
    related: ['reunification-of-crimea', 'reunification-with-russia', 'historically-russian', 'coup-in-kiev'],
    guards: [],
    examples: {
      match: [
        'Crimea voted overwhelmingly in a referendum to join Russia.',
        'Locals in Crimea voted to reunify with Moscow in 2014.',
      ],
      noMatch: ['Voters in Crimea were counted by officials installed after the annexation.'],
    },
  },
  {
    id: 'historically-russian',
    phrase: 'historically Russian',
    patterns: [
      'historically russian (crimea|peninsula|region~n|city|cities|town~n|port~n|lands|land|territory|territories|black sea port~n)',
      'historically (part of|belonged to) russia',
    ],
    sources: ['rus'],
    techniques: ['appeal-to-authority', 'flag-waving'],
    tier: 'common',
    explanation:
      'Describes Crimea, Odessa or the Donbass as "historically Russian" to present Moscow\'s claims as a return to the natural order. The adverb selects one period of a long and mixed history, usually the imperial one, and sets aside the borders Russia itself recognised in 1991 and 1994.',
    origin: '',
    original: 'исторически российский',
    related: ['historical-russian-lands', 'crimea-voted-to-rejoin', 'gathering-of-russian-lands'],
    guards: [],
    examples: {
      match: [
        'The historically Russian peninsula was handed to Ukraine in 1954, Moscow says.',
        'Putin said the city had historically belonged to Russia.',
      ],
      noMatch: ['The museum holds historically important Russian icons.'],
    },
  },
  // How RT names Western media
  {
    id: 'government-funded-western-media',
    phrase: 'US government-funded broadcaster',
    patterns: [
      '(us|american|uk|british|german|western) (government|state) funded (broadcaster~n|outlet~n|media|radio|network~n|organization~n|organisation~n|ngo~n|group~n)',
      '(uk\'s|britain\'s) state broadcaster',
    ],
    sources: ['rus'],
    techniques: ['questioning-reputation', 'whataboutism'],
    tier: 'common',
    explanation:
      'RT routinely labels Western outlets and NGOs by their funding, as in "US government-funded broadcaster Voice of America", "the UK\'s state broadcaster" for the BBC or "Western state-funded" for Bellingcat. The labels turn back on Western media the description that platforms and governments attach to RT and cast doubt on the sources RT quotes.',
    origin: '',
    related: ['western-media', 'foreign-agents'],
    guards: [],
    examples: {
      match: [
        'He told US government-funded broadcaster Voice of America that Kiev was ready.',
        'The investigation was run by a Western state-funded group accused of bias against Russia.',
      ],
      noMatch: ['The station is funded by listener donations and grants.'],
    },
  },
  {
    id: 'russian-top-diplomat',
    phrase: 'Russian top diplomat',
    patterns: ['russian top diplomat~n', '(the|) russian fm'],
    sources: ['rus'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'A TASS calque for Russia\'s foreign minister, with the adjective placed before "top" as in the Russian word order ("says Russian top diplomat"); RT abbreviates the same title to "the Russian FM". Both are habits of the agencies\' English copy rather than persuasion devices, and they mark translated Russian agency text.',
    origin: '',
    related: ['the-russian-side'],
    guards: [],
    examples: {
      match: [
        'Moscow is ready to help, says Russian top diplomat.',
        'The Russian top diplomat met his Syrian counterpart in Moscow.',
        'The Russian FM said Moscow would consider the request.',
      ],
      noMatch: ['The top Russian diplomat in Washington was summoned.'],
    },
  },
  {
    id: 'zelensky-peace-formula',
    phrase: 'Zelensky\'s so-called peace formula',
    patterns: [
      '(zelensky\'s|kiev\'s|kyiv\'s|ukraine\'s|the ukrainian) so called (peace |)formula',
      'so called (peace formula|zelensky formula)',
      'zelensky (peace |)formula',
    ],
    sources: ['rus'],
    techniques: ['doubt', 'loaded-language'],
    tier: 'signature',
    explanation:
      'Russian officials and TASS call Ukraine\'s ten-point peace plan of late 2022 "Zelensky\'s so-called peace formula". The "so-called" dismisses the plan before its content is discussed, and naming it after one man presents it as a personal demand rather than a state\'s position.',
    origin: 'Ukraine presented its peace formula in November 2022.',
    original: 'так называемая формула мира Зеленского',
    related: ['ukrainian-settlement', 'realities-on-the-ground'],
    guards: [],
    examples: {
      match: [
        'Moscow rejected Zelensky\'s so-called peace formula as a dead end.',
        'Talks based on the Zelensky formula cannot succeed, the Kremlin said.',
      ],
      noMatch: ['Ukraine presented its ten-point peace plan at the summit.'],
    },
  },

  // Foreign ministry and Kremlin formulas
  {
    id: 'military-technical-measures',
    phrase: 'military-technical measures',
    patterns: [
      '(retaliatory |response |appropriate |)military technical (measures|response|steps|countermeasures)',
      'measures of a military technical (nature|character)',
    ],
    sources: ['rus'],
    techniques: ['appeal-to-fear', 'euphemism'],
    tier: 'signature',
    explanation:
      'A calque of the Russian official phrase for a military answer, such as new deployments or weapons, to a step Moscow objects to. Putin and the foreign ministry threaten "retaliatory military-technical measures" when NATO expands or deploys missiles. The bureaucratic wording keeps the threat unspecific while making clear that it is military.',
    origin: '',
    original: 'военно-технические меры',
    related: ['forced-to-take-retaliatory-measures', 'mirror-response', 'will-not-remain-unanswered'],
    guards: [],
    examples: {
      match: [
        'Russia will respond with retaliatory military-technical measures.',
        'Moscow warned of a military-technical response to the new bases.',
      ],
      noMatch: ['The technical measures cut the factory\'s emissions by half.'],
    },
  },
  {
    id: 'forced-to-take-retaliatory-measures',
    phrase: 'will be forced to take retaliatory measures',
    patterns: [
      '(will|would|shall) be forced to (take|adopt|resort to) (retaliatory|response|reciprocal|adequate|appropriate|countermeasures|tough) (measures|steps)',
      '(will|would) be forced to respond (accordingly|adequately|in kind)',
      '(russia|moscow|the russian federation) reserves the right to (respond|retaliate|take retaliatory measures|take countermeasures)',
    ],
    sources: ['rus'],
    techniques: ['appeal-to-fear', 'set-formula'],
    tier: 'common',
    explanation:
      'The foreign ministry\'s standard warning: if a Western step goes ahead, Russia "will be forced to take retaliatory measures" or "reserves the right to respond". The passive "forced" places responsibility for whatever follows on the other side before anything has happened. The formula closes many statements by Maria Zakharova and Russian embassies.',
    origin: '',
    original: 'будем вынуждены принять ответные меры',
    related: ['military-technical-measures', 'mirror-response', 'will-not-remain-unanswered', 'unfriendly-steps'],
    guards: [],
    examples: {
      match: [
        'If the law passes, Russia will be forced to take retaliatory measures.',
        'Moscow reserves the right to respond to the expulsion of Russian diplomats.',
      ],
      noMatch: ['The city will be forced to close two libraries next year.'],
    },
  },
  {
    id: 'destructive-course',
    phrase: 'the destructive course of Washington',
    patterns: [
      '(destructive|confrontational|provocative|aggressive) (course|policy|line|actions|stance) of (washington|the west|the us|the united states|london|nato|brussels|the eu|the kiev regime|kiev|the anglo saxons)',
      '(washington~n|london~n|brussels~n|nato~n|kiev~n) (destructive|confrontational) (course|policy|line|actions|stance)',
    ],
    sources: ['rus'],
    techniques: ['loaded-language', 'name-calling'],
    tier: 'common',
    explanation:
      'Foreign ministry shorthand that labels Western or Ukrainian policy as a "destructive" or "confrontational course". The adjective passes judgement without argument and presents Russia as the party defending stability. It recurs in statements by Lavrov, Zakharova and Russian embassies.',
    origin: '',
    original: 'деструктивный курс',
    related: ['anti-russian-hysteria', 'unfriendly-steps'],
    guards: [],
    examples: {
      match: [
        'Moscow condemned the destructive course of Washington in the region.',
        'Zakharova blamed London\'s confrontational policy for the crisis.',
      ],
      noMatch: ['The storm took a destructive course along the coast.'],
    },
  },
  {
    id: 'not-agreement-capable',
    phrase: 'not agreement-capable',
    patterns: [
      '(not|non) agreement capable',
      'agreement (incapable|incapability)',
      '(lack~n|lacks|lacking|inability) of agreement capability',
      'incapable of (keeping|honouring|honoring) (agreements|its word)',
    ],
    sources: ['rus'],
    techniques: ['questioning-reputation', 'loaded-language'],
    tier: 'signature',
    explanation:
      'A rendering of the Russian word for a partner that cannot be relied on to keep agreements. Lavrov, Peskov and TASS apply it to Kiev, Washington and European capitals, often citing the Minsk agreements. It dismisses negotiation with the other side in advance while presenting Russia as open to talks.',
    origin: '',
    original: 'недоговороспособный',
    related: ['minsk-agreements-ruse', 'russia-open-to-dialogue'],
    guards: [],
    examples: {
      match: [
        'Lavrov said the Kiev authorities are not agreement-capable.',
        'The Kremlin spoke of the West\'s lack of agreement capability.',
      ],
      noMatch: ['The two firms were not able to agree on a price.'],
    },
  },
  {
    id: 'counter-terrorist-operation-regime',
    phrase: 'counter-terrorist operation regime',
    patterns: [
      'counter terrorist operation regime',
      '(regime|zone) of (a|the) counter terrorist operation',
      'cto regime',
    ],
    sources: ['rus'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'signature',
    explanation:
      'The Russian legal regime of a "counter-terrorist operation", declared in regions such as Kursk, Belgorod and Bryansk after Ukrainian incursions. Calling a military incursion by a state\'s army terrorism frames Ukraine\'s forces as terrorists rather than soldiers. The term dates from the Chechen wars.',
    origin: 'Used in the North Caucasus from 1999; declared in Russian border regions from 2023.',
    original: 'режим контртеррористической операции',
    related: ['terrorist-regime', 'ukrainian-militants'],
    guards: [],
    examples: {
      match: [
        'A counter-terrorist operation regime was introduced in three border regions.',
        'The zone of the counter-terrorist operation covers the whole district.',
      ],
      noMatch: ['Police trained for a terrorism response exercise at the stadium.'],
    },
  },
  {
    id: 'goals-will-be-achieved',
    phrase: 'all the goals of the special military operation will be achieved',
    patterns: [
      '(goals|objectives|tasks) of the special (military |)operation will be (achieved|fulfilled|accomplished|met)',
      'all (the |)(goals|objectives|tasks) (set|) will be (achieved|fulfilled|accomplished)',
      '(until|unless) (all |)(its|the) (goals|objectives) (are|have been) (achieved|fulfilled|met)',
    ],
    sources: ['rus'],
    techniques: ['slogans', 'conversation-killer'],
    tier: 'common',
    explanation:
      'Peskov\'s and Putin\'s standing answer to questions about the war\'s course: the operation will continue until "all its goals are achieved". The goals are not specified in the sentence, so the answer ends the discussion while suggesting that the outcome is certain.',
    origin: '',
    original: 'все цели специальной военной операции будут достигнуты',
    related: ['special-military-operation', 'demilitarisation-and-denazification'],
    guards: [],
    examples: {
      match: [
        'The goals of the special military operation will be achieved, Peskov said.',
        'The Kremlin insists the campaign in Ukraine will go on until all its goals are achieved.',
      ],
      noMatch: ['The company said its sales goals were met in March.'],
    },
  },
  // Defence ministry briefing formulas
  {
    id: 'eliminated-mercenaries',
    phrase: 'eliminated foreign mercenaries',
    patterns: [
      'eliminate~v (a group of|dozens of|hundreds of) (foreign |ukrainian |)(mercenaries|nationalists|militants|saboteurs)',
      'eliminated (georgian|polish|foreign) (mercenaries|fighters)',
      '(mercenaries|nationalists|militants|saboteurs) (were|have been|had been) (eliminated|neutralised|neutralized)',
      'elimination of (foreign |)(mercenaries|nationalists|militants|fighters|saboteurs)',
    ],
    sources: ['rus'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'common',
    explanation:
      'The defence ministry\'s briefing language, which RT repeats: enemy soldiers are "eliminated" or "neutralised", usually named as "mercenaries" or "nationalists" rather than soldiers. The verb turns killing into a technical operation, and the nouns deny the dead the status of a regular army.',
    origin: '',
    original: 'уничтожены наёмники',
    related: ['foreign-mercenaries', 'ukrainian-nationalists', 'enemy-losses-amounted-to'],
    guards: [],
    examples: {
      match: [
        'Russian forces have eliminated a group of foreign mercenaries near the town.',
        'More than a hundred nationalists were eliminated in the strike, the Russian ministry said.',
      ],
      noMatch: ['The team was eliminated from the tournament in the first round.'],
    },
  },
  {
    id: 'enemy-losses-amounted-to',
    phrase: 'the enemy\'s losses amounted to up to',
    patterns: [
      '(enemy|ukrainian|afu) losses amounted to',
      'losses of the (enemy|afu|armed forces of ukraine) amounted to',
      'the enemy lost up to',
    ],
    sources: ['rus'],
    techniques: ['set-formula', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'The fixed formula of the Russian defence ministry\'s daily briefings: in a given sector "the enemy\'s losses amounted to up to" a number of servicemen and pieces of equipment. The "up to" gives a maximum as if it were a count, and the figures cannot be checked. RT and TASS reproduce the formula in their war updates.',
    origin: 'Daily briefings of the Russian defence ministry since 2022.',
    original: 'потери противника составили до',
    related: ['eliminated-mercenaries', 'manpower-and-hardware', 'all-targets-hit'],
    guards: [],
    examples: {
      match: [
        'In the southern sector, the enemy lost up to 300 servicemen.',
        'Ukrainian losses amounted to more than 200 troops over the day.',
      ],
      noMatch: ['The company\'s losses amounted to two million dollars.'],
    },
  },
  {
    id: 'afu-abbreviation',
    phrase: 'the AFU (Armed Forces of Ukraine)',
    patterns: [
      '(the |)afu (units|formations|servicemen|positions|brigade~n|troops|forces|command|group~n|soldiers|strongholds)',
      '(units|formations|servicemen|positions|brigade~n|strongholds) of the afu',
    ],
    sources: ['rus'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'The abbreviation AFU, from the Russian "VSU" for the Armed Forces of Ukraine, which the Russian defence ministry, TASS and RT use in their English copy ("AFU units", "AFU positions"). English-language media write "Ukrainian forces". The abbreviation marks translated Russian military reporting.',
    origin: '',
    original: 'ВСУ',
    related: ['armed-formations-of-ukraine', 'ukrainian-militants'],
    guards: [],
    examples: {
      match: [
        'AFU units tried to break through near the village, Russian officials said.',
        'Strongholds of the AFU were hit near Donetsk, according to Russia.',
      ],
      noMatch: ['The AFL-CIO endorsed the bill.'],
    },
  },
  {
    id: 'weapons-on-the-black-market',
    phrase: 'Western weapons end up on the black market',
    patterns: [
      '(western|us|nato|american|foreign) (weapons|arms|weaponry) (end~v up|turn~v up|surface~v|resurface~v) on the black market',
      '(weapons|arms) (supplied|sent|delivered) to (ukraine|kiev|kyiv) (end~v up|turn~v up|surface~v) on the black market',
      '(ukrainian|kiev~n) black market (for|in) (western |)(weapons|arms)',
    ],
    sources: ['rus'],
    techniques: ['appeal-to-fear', 'doubt'],
    tier: 'common',
    explanation:
      'A recurring RT and Kremlin theme: weapons sent to Ukraine are resold and "end up on the black market", in the Middle East or in the hands of criminals in Europe. The claim questions the point of military aid and the honesty of the Ukrainian authorities, and it is repeated in warnings addressed to Western publics.',
    origin: '',
    related: ['pumping-ukraine-with-weapons', 'only-prolong-the-conflict'],
    guards: [],
    examples: {
      match: [
        'Russia says Western weapons end up on the black market in Europe.',
        'Arms sent to Kiev turned up on the black market, the Russian report claimed.',
      ],
      noMatch: ['Counterfeit watches turned up on the black market in Bangkok.'],
    },
  },

  // Labels of Russian official and agency style
  {
    id: 'banned-in-russia-disclaimer',
    phrase: 'a terrorist organisation banned in Russia',
    patterns: [
      '(terrorist|extremist) (organization|organisation|group|movement) (banned|outlawed|prohibited) in (russia|the russian federation)',
      '(recognized|recognised|designated|declared) (as |)extremist and (banned|outlawed|prohibited) in (russia|the russian federation)',
      '(banned|outlawed|prohibited) in (russia|the russian federation) as (an |a |)(extremist|terrorist|undesirable) (organization|organisation|group)',
    ],
    sources: ['rus'],
    techniques: ['set-formula', 'guilt-by-association'],
    tier: 'signature',
    explanation:
      'The disclaimer that Russian media must attach to organisations the state has outlawed, as in "the Islamic State (a terrorist organisation banned in Russia)" or "Meta, recognised as extremist and banned in Russia". TASS, RT and Sputnik carry it into their English copy. Repeated for groups as different as ISIS, Meta and opposition foundations, it places them in one category.',
    origin: '',
    original: 'запрещена в России',
    related: ['foreign-agents', 'undesirable-organisations'],
    guards: [],
    examples: {
      match: [
        'The attack was claimed by a terrorist group banned in Russia.',
        'The post appeared on Instagram, owned by Meta, which is recognised as extremist and banned in Russia.',
      ],
      noMatch: ['Several Western apps are blocked in Russia.'],
    },
  },
  {
    id: 'non-systemic-opposition',
    phrase: 'non-systemic opposition',
    patterns: ['non systemic opposition', 'non systemic (opposition |)(politicians|activists|figures|forces)'],
    sources: ['rus'],
    techniques: ['set-formula', 'name-calling'],
    tier: 'common',
    explanation:
      'The Russian political term for opposition groups outside the parties admitted to parliament, such as Navalny\'s movement. State media use it to set them apart from the "systemic" opposition that accepts the Kremlin\'s rules, implying that they stand outside legitimate politics. Analysts of Russian politics also use the term descriptively.',
    origin: '',
    original: 'несистемная оппозиция',
    related: ['foreign-agents', 'fifth-column', 'national-traitors'],
    guards: [],
    examples: {
      match: [
        'The non-systemic opposition called for a boycott of the Russian election.',
        'Moscow accuses non-systemic activists of working for foreign sponsors.',
      ],
      noMatch: ['The opposition party won seats in the regional council.'],
    },
  },
  {
    id: 'special-services',
    phrase: 'Ukrainian special services',
    patterns: [
      '(ukrainian|western|foreign|british|american|us|nato|polish|baltic) special services',
      'special services of (ukraine|the kiev regime|the kyiv regime|western countries|the west|nato countries|the united states|britain)',
    ],
    sources: ['rus'],
    techniques: ['set-formula', 'appeal-to-fear'],
    tier: 'common',
    explanation:
      'A calque of the Russian word for intelligence and security agencies. The FSB, the foreign ministry and RT blame "Ukrainian special services", often with "Western special services" behind them, for bombings, sabotage and assassinations in Russia. The vague collective keeps the accusation sweeping without naming an agency.',
    origin: '',
    original: 'спецслужбы',
    related: ['terrorist-regime', 'sabotage-and-reconnaissance-groups', 'tool-in-the-hands-of-the-west'],
    guards: [],
    examples: {
      match: [
        'The FSB said the murder in Moscow was prepared by Ukrainian special services.',
        'Russia claims Western special services helped plan the attack on the bridge.',
      ],
      noMatch: ['The hotel offers special services for disabled guests.'],
    },
  },
  {
    id: 'liberal-totalitarianism',
    phrase: 'liberal totalitarianism',
    patterns: ['(liberal|neoliberal|neo liberal|globalist) (totalitarianism|dictatorship|fascism)', 'totalitarian liberalism'],
    sources: ['rus'],
    techniques: ['name-calling', 'loaded-language'],
    tier: 'common',
    explanation:
      'Putin, Medvedev and RT commentators describe Western societies as a "liberal dictatorship" or "liberal totalitarianism" that imposes its values and silences dissent. The paradoxical label turns the West\'s description of itself against it and presents Russia as the defender of freedom and tradition.',
    origin: '',
    original: 'либеральный тоталитаризм',
    related: ['traditional-values', 'satanism', 'cancel-culture-of-russia'],
    guards: [],
    examples: {
      match: [
        'The Russian commentator said Europe had slid into liberal totalitarianism.',
        'Medvedev railed against the globalist dictatorship of the West.',
      ],
      noMatch: ['The liberal party won the election in a landslide.'],
    },
  },
  {
    id: 'republic-of-crimea',
    phrase: 'the Republic of Crimea',
    patterns: [
      'the republic of crimea',
      'city of federal (significance|importance)',
      'federal city of sevastopol',
    ],
    sources: ['rus'],
    techniques: ['set-formula', 'euphemism'],
    tier: 'common',
    explanation:
      'Russia\'s administrative names for the peninsula it annexed in 2014: "the Republic of Crimea", a constituent republic of the Russian Federation, and Sevastopol, "a city of federal significance". TASS and RT use them as ordinary place names, which presents the annexation as settled fact. Ukraine and most states speak of the Autonomous Republic of Crimea and regard it as occupied.',
    origin: 'The two entities were created by Russian law in March 2014.',
    original: 'Республика Крым',
    related: ['reunification-of-crimea', 'crimea-voted-to-rejoin', 'new-regions'],
    guards: ['autonomous republic of crimea'],
    examples: {
      match: [
        'The head of the Republic of Crimea met Russian investors in Yalta.',
        'Sevastopol, a city of federal significance, hosted the Russian Navy Day parade.',
      ],
      noMatch: ['The Autonomous Republic of Crimea is recognised by the UN as part of Ukraine.'],
    },
  },

  // The Kremlin's history of Ukraine
  {
    id: 'ukraine-created-by-lenin',
    phrase: 'Ukraine was created by Lenin',
    patterns: [
      '(modern |soviet |)ukraine (was |)(created|invented|founded|made) (entirely |wholly |)by (lenin|bolshevik russia|the bolsheviks|communist russia)',
      'lenin~n ukraine',
      'ukraine (is|was) (an |a |)(artificial|fake|made up) (state|country|nation|creation|entity)',
    ],
    sources: ['rus'],
    techniques: ['causal-oversimplification', 'questioning-reputation'],
    tier: 'signature',
    explanation:
      'The claim, set out in Putin\'s speeches on the eve of the 2022 invasion, that modern Ukraine is an artificial state "created by Lenin" and the Bolsheviks out of Russian lands. It denies Ukraine a history of its own and presents its borders as a gift that Russia may take back. RT commentary and Russian officials repeat it when discussing the war\'s causes.',
    origin: 'Putin\'s address of 21 February 2022.',
    original: 'Украина была создана Лениным',
    related: ['historical-russian-lands', 'russians-and-ukrainians-one-people', 'little-russia'],
    guards: [],
    examples: {
      match: [
        'Modern Ukraine was created entirely by Bolshevik Russia, the Russian president said.',
        'Commentators on Russian television say Ukraine is an artificial state.',
      ],
      noMatch: ['Lenin died in 1924 after a series of strokes.'],
    },
  },
  {
    id: 'little-russia',
    phrase: 'Malorossiya (Little Russia)',
    patterns: ['malorossiya', 'malorossia', 'malorossiyan~n', 'little russians', 'little russian (people|lands|provinces|identity)'],
    sources: ['rus'],
    techniques: ['name-calling', 'appeal-to-authority'],
    tier: 'common',
    explanation:
      'The imperial Russian name for much of Ukraine and its people, revived by Russian nationalists, some officials and separatist leaders, who proclaimed a short-lived "Malorossiya" in 2017. The name treats Ukrainians as a branch of the Russian nation and Ukraine as a province of Russia rather than a state.',
    origin: 'Used in the Russian Empire; a separatist "Malorossiya" was proclaimed in Donetsk in July 2017.',
    original: 'Малороссия',
    related: ['novorossiya', 'russians-and-ukrainians-one-people', 'ukraine-created-by-lenin'],
    guards: [],
    examples: {
      match: [
        'The separatist leader in Donbass announced a new state called Malorossiya.',
        'Russian nationalists describe Ukrainians as Little Russians.',
      ],
      noMatch: ['The bakery in Little Russia sells rye bread.'],
    },
  },
  {
    id: 'johnson-scuttled-peace-talks',
    phrase: 'Boris Johnson scuttled the Istanbul peace deal',
    patterns: [
      '(johnson|london|the west) (scuttled|torpedoed|sabotaged|derailed) the (istanbul|peace) (talks|deal|agreements|accords)',
      '(johnson|london|the west) (scuttled|torpedoed|sabotaged|derailed) the istanbul peace (talks|deal)',
      'istanbul (agreements|accords|deal) (initialled|initialed)',
      '(initialled|initialed) (the |)istanbul (agreements|accords|deal|document~n)',
    ],
    sources: ['rus'],
    techniques: ['causal-oversimplification', 'whataboutism'],
    tier: 'common',
    explanation:
      'The Kremlin\'s account of the spring 2022 talks in Istanbul: a peace deal had been "initialled" until Boris Johnson, or the West in general, told Kiev to keep fighting. Putin, Lavrov and RT repeat it to present Russia as the side that wanted peace and the West as the one prolonging the war.',
    origin: 'Talks in Istanbul took place in March 2022.',
    related: ['only-prolong-the-conflict', 'russia-open-to-dialogue', 'to-the-last-ukrainian'],
    guards: [],
    examples: {
      match: [
        'Moscow says Boris Johnson scuttled the Istanbul peace deal in April 2022.',
        'Putin showed the initialled Istanbul agreements to African leaders in Russia.',
      ],
      noMatch: ['The mayor of Istanbul opened a new metro line.'],
    },
  },

  {
    id: 'battlegroup-names',
    phrase: 'units of the Battlegroup Center',
    patterns: [
      'battlegroup (west|south|centre|center|east|north|dnepr|dnieper)',
      '(west|south|centre|center|east|north|dnepr) (battlegroup|group of forces)',
      'battlegroups (west|south|centre|center|east|north|dnepr)',
    ],
    sources: ['rus'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'The names of the Russian groupings of forces in Ukraine ("Battlegroup Center", "the West group of forces") that open each item of the defence ministry\'s daily summary, as reproduced by TASS and RT. Reports built on this template present the war as a sequence of successful actions of named units whose claims cannot be checked.',
    origin: 'Daily summaries of the Russian defence ministry from 2023.',
    original: 'группировка войск «Центр»',
    related: ['improved-tactical-position', 'enemy-losses-amounted-to', 'all-targets-hit'],
    guards: [],
    examples: {
      match: [
        'Units of the Battlegroup Center repelled three attacks near the village.',
        'The West group of forces liberated a settlement in the Kharkov Region.',
      ],
      noMatch: ['The East group of the orchestra played first.'],
    },
  },
  {
    id: 'improved-tactical-position',
    phrase: 'improved their tactical position',
    patterns: [
      'improved (their|its|the) (tactical|tactical and operational|operational) (position|positions|situation)',
      '(improving|improve~v) (their|its) tactical (position|positions)',
    ],
    sources: ['rus'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'common',
    explanation:
      'A fixed phrase of the Russian defence ministry\'s war summaries: units "improved their tactical position" in a sector. It reports movement of the front without saying where, how far or at what cost, and presents every day as progress. TASS and RT repeat it in their updates.',
    origin: '',
    original: 'улучшили тактическое положение',
    related: ['battlegroup-names', 'enemy-losses-amounted-to'],
    guards: [],
    examples: {
      match: [
        'Russian troops improved their tactical position along the front line.',
        'The Russian units improved the tactical situation near Kupyansk, the summary said.',
      ],
      noMatch: ['The chess player improved his position after the exchange.'],
    },
  },
  // RT's background formulas and TASS's attribution style
  {
    id: 'moscow-has-repeatedly',
    phrase: 'Moscow has repeatedly insisted',
    patterns: [
      '(moscow|the kremlin) has (repeatedly|consistently|long|also repeatedly) (warned|said|stated|insisted|argued|maintained|denied|pointed out|accused|called|condemned|rejected|dismissed|outlined|stressed|emphasized|emphasised)',
      '(moscow|the kremlin) has (warned|stated|insisted|said|pointed out|stressed) on (many|numerous|multiple|several) occasions',
      'as moscow has (repeatedly |)(pointed out|warned|stressed|noted)',
    ],
    sources: ['rus'],
    techniques: ['repetition', 'set-formula'],
    tier: 'common',
    explanation:
      'A background sentence RT adds in its own voice to a news item: "Moscow has repeatedly warned", "Moscow has consistently denied", "as Moscow has pointed out". It restates the Kremlin\'s position as a settled, long-standing fact, so that every new event appears to confirm what Russia said before. Other outlets tend to attribute such positions to a named official at the time of speaking.',
    origin: '',
    related: ['warned-the-west-against-sending-weapons', 'only-prolong-the-conflict'],
    guards: [],
    examples: {
      match: [
        'Moscow has repeatedly warned that the deliveries bring NATO closer to open conflict with Russia.',
        'As Moscow has pointed out, the sanctions on Russian gas hurt European households first.',
      ],
      noMatch: ['The union has repeatedly warned that the plant could close.'],
    },
  },
  {
    id: 'the-diplomat-recalled',
    phrase: 'the diplomat recalled (attribution by role)',
    patterns: [
      'the (russian |top |senior |veteran |)(diplomat|minister|ambassador|envoy|russian leader|russian president|kremlin spokesman|kremlin spokesperson) (recalled|reminded|pointed out|stressed|emphasized|emphasised)',
    ],
    sources: ['rus'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'TASS and RT name a speaker once and then refer to them by role ("the diplomat", "the Russian leader", "the minister") with a weighty verb of speech: "recalled", "reminded", "stressed", "pointed out". The verbs carry over the Russian напомнил, подчеркнул and отметил of the agencies\' Russian copy, and they present the official\'s claim as a reminder of something already known. English-language agencies mostly write "said" or "added".',
    origin: '',
    original: 'напомнил дипломат',
    related: ['russian-top-diplomat', 'the-russian-side'],
    guards: [],
    examples: {
      match: [
        'The talks in Istanbul had been close to a deal, the Russian diplomat recalled on Friday in Moscow.',
        'Moscow never refused to negotiate, the minister stressed.',
      ],
      noMatch: ['The treaty was signed in 1990, the historian recalled.'],
    },
  },
  {
    id: 'told-journalists',
    phrase: 'Peskov told journalists',
    patterns: [
      'told journalists',
      '(peskov|putin|lavrov|zakharova|shoigu|medvedev|the russian leader|the russian president) told the media',
    ],
    sources: ['rus'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'The attribution with which RT and TASS close a Kremlin or ministry statement: "Peskov told journalists", "Lavrov told journalists on Friday". It carries over the Russian "заявил журналистам" of the agencies\' own copy, where English-language wire services mostly write "told reporters". On its own it is a harmless phrase, so it only counts near Russian context, as one sign among others of copy written from Moscow.',
    origin: '',
    original: 'заявил журналистам',
    related: ['the-diplomat-recalled', 'russian-top-diplomat'],
    guards: [],
    examples: {
      match: [
        'The Kremlin has no plans for a new round of talks, Peskov told journalists on Tuesday.',
        'Moscow will respond to the expulsions, the Russian minister told journalists after the meeting.',
      ],
      noMatch: ['The coach told reporters that the team would rest its captain on Sunday.'],
    },
  },
  {
    id: 'start-of-hostilities',
    phrase: 'since the start of hostilities',
    patterns: [
      '(since|after|before|prior to|from) the (start|beginning|outbreak|escalation|onset) of (the |active |)hostilities',
      'escalation of hostilities in (ukraine|donbass|donbas)',
    ],
    sources: ['rus'],
    techniques: ['euphemism'],
    tier: 'common',
    explanation:
      'RT and the Russian defence ministry date events from "the start of hostilities" or "the escalation of hostilities in Ukraine", a legal-sounding rendering of the Russian "боевые действия". The phrase names fighting without naming who began it or calling it a war or an invasion, in line with the "military operation" of the official wording. Other outlets mostly write "since the invasion" or "since the war began".',
    origin: '',
    original: 'с начала боевых действий',
    related: ['launched-its-military-operation', 'ukrainian-conflict', 'special-military-operation'],
    guards: [],
    examples: {
      match: [
        'Kiev has lost hundreds of tanks since the beginning of hostilities, the Russian ministry estimates.',
        'The pipeline was shut down prior to the escalation of hostilities in Ukraine.',
      ],
      noMatch: ['The war between the two clans began long before the invasion of Ukraine.'],
    },
  },
];
