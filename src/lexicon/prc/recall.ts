import type { LexiconEntry } from '../../core/types';
import { PRC_VOICE } from './entries';

/**
 * Recall, round 2: formulas found by reading the development corpus and by
 * `rhetoric-lens mine`, written in our own words. Same rules as `entries.ts`.
 */
export const prcRecall: LexiconEntry[] = [
  // Partnership and cooperation boilerplate of bilateral diplomacy.
  {
    id: 'people-to-people-exchanges',
    phrase: 'people-to-people exchanges',
    patterns: [
      'people to people (exchange~n|friendship|bond~n|connectivity|and cultural exchange~n)',
      '(closer|deepen~v|strengthen~v|expand~v|promote~v) people to people (ties|links)',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'A stock item in Chinese readouts of meetings and in state-media features: besides trade and politics, the two sides promise more "people-to-people exchanges" through students, tourists and culture. The phrase presents state relations as friendship between whole populations. It is also a term of ordinary diplomacy, so it counts only where the text is about China.',
    origin: '',
    original: '人文交流',
    related: ['practical-cooperation', 'traditional-friendship', 'mutual-learning-among-civilizations'],
    guards: [],
    examples: {
      match: [
        'Beijing and Islamabad agreed to expand people-to-people exchanges in education and tourism.',
        'The Chinese envoy praised the people-to-people friendship that binds the two nations.',
      ],
      noMatch: ['The charity runs people-to-people exchanges between towns in Ireland and France.'],
    },
  },
  {
    id: 'practical-cooperation',
    phrase: 'practical cooperation',
    patterns: [
      '(practical|pragmatic) cooperation',
      '(practical|pragmatic) (collaboration|exchanges) in (various|all|multiple) fields',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'The English rendering of a fixed term in Chinese diplomatic readouts, which promise to "deepen practical cooperation" in trade, energy, culture and other fields. The adjective signals concrete projects as against political disputes, and it lets a readout show goodwill without committing to anything in particular. The words also occur in ordinary prose, so they count only where the text concerns China.',
    origin: '',
    original: '务实合作',
    related: ['mutually-beneficial-cooperation', 'people-to-people-exchanges', 'high-level-exchanges'],
    guards: [],
    examples: {
      match: [
        'Li said China is willing to deepen practical cooperation with Hungary in new energy.',
        'The two sides pledged pragmatic cooperation in agriculture, Xinhua reported.',
      ],
      noMatch: ['The neighbours agreed on practical cooperation to clear the snow from the lane.'],
    },
  },
  {
    id: 'mutually-beneficial-cooperation',
    phrase: 'mutually beneficial cooperation',
    patterns: [
      'mutually beneficial (cooperation|partnership~n|relations|ties)',
      'equality and mutual benefit',
      '(strategic significance|mutual benefits) and win win results',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Chinese readouts and commentaries describe China’s economic ties with other countries as "mutually beneficial" and based on "equality and mutual benefit", one of the Five Principles of Peaceful Coexistence. The wording answers critics who describe Chinese lending or investment as one-sided. The words are ordinary enough that they count only where the text concerns China.',
    origin: '',
    original: '互利合作；平等互利',
    related: ['win-win-cooperation', 'practical-cooperation', 'five-principles-of-peaceful-coexistence'],
    guards: [],
    examples: {
      match: [
        'China is committed to mutually beneficial cooperation with African countries, the minister said.',
        'Beijing said its trade with the region rests on equality and mutual benefit.',
      ],
      noMatch: ['The two bakeries formed a mutually beneficial partnership to share an oven.'],
    },
  },
  {
    id: 'china-proposed-initiative',
    phrase: 'the China-proposed Belt and Road Initiative',
    patterns: [
      'china proposed (belt and road|bri|initiative~n|global development initiative|global security initiative|global civilization initiative|vision)',
      'initiative~n (proposed|put forward) by (china|president xi|xi jinping|chinese president xi jinping)',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'Xinhua and China Daily attach "China-proposed" to the Belt and Road Initiative and to the global initiatives of Xi Jinping. The label credits China with authorship each time the initiative is named and presents it as an offer to the world. Other outlets usually write "China’s" or simply the name.',
    origin: '',
    original: '中国提出的',
    related: ['high-quality-belt-and-road-cooperation', 'belt-and-road-cooperation', 'global-development-initiative'],
    guards: [],
    examples: {
      match: [
        'Both leaders backed the China-proposed Belt and Road Initiative.',
        'Delegates discussed the initiatives put forward by President Xi at the forum.',
      ],
      noMatch: ['The proposal was put forward by the mayor at the council meeting.'],
    },
  },
  {
    id: 'flagship-project-of-the-bri',
    phrase: 'flagship project of the Belt and Road Initiative',
    patterns: [
      'flagship (project|programme|program) (of|under) (the|) (belt and road|bri)',
      '(belt and road|bri) flagship (project|programme|program)',
      'flagship (project~n|venture~n) (of|under) (the|) (cpec|china pakistan economic corridor)',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'The China-Pakistan Economic Corridor and a few other showcase schemes are always introduced as a "flagship project" of the Belt and Road Initiative. The label presents a single project as proof that the whole initiative works. It is a fixed phrase in Chinese and Pakistani official statements and in China Daily coverage.',
    origin: '',
    original: '旗舰项目',
    related: ['china-proposed-initiative', 'all-weather-friendship', 'belt-and-road-cooperation'],
    guards: [],
    examples: {
      match: [
        'The corridor is a flagship project of the Belt and Road Initiative, the ambassador said.',
        'Officials called the railway a BRI flagship project for East Africa.',
      ],
      noMatch: ['The store on Main Street is the flagship of the fashion chain.'],
    },
  },
  {
    id: 'belt-and-road-cooperation',
    phrase: 'Belt and Road cooperation',
    patterns: [
      'belt and road (cooperation|partner country|partner countries|partnership|family|spirit)',
      'countries participating in the belt and road',
      '(joint building|co construction|joint construction) of the belt and road',
      '(digital|health|green|polar|ice) silk road',
      '21st century maritime silk road',
      // The Silk Road spirit's formula; its tail alone is distinctive.
      'openness and inclusiveness , mutual learning and mutual benefit',
      'silk road economic belt',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'slogans'],
    tier: 'signature',
    explanation:
      'Chinese official English speaks of "Belt and Road cooperation", "partner countries" and "joint building", never of loans or contracts. The vocabulary presents the initiative as a joint enterprise of equals, and its offshoots (a "Digital", "Health" or "Green" Silk Road) extend the brand to new fields. Foreign reporters usually write about the initiative’s projects or debts instead.',
    origin: 'The Silk Road Economic Belt and the 21st Century Maritime Silk Road were announced by Xi Jinping in Kazakhstan and Indonesia in 2013.',
    original: '共建“一带一路”',
    related: ['high-quality-belt-and-road-cooperation', 'china-proposed-initiative', 'flagship-project-of-the-bri'],
    guards: [],
    examples: {
      match: [
        'Trade with Belt and Road partner countries rose sharply last year, the ministry said.',
        'The forum discussed the joint building of the Belt and Road and a Digital Silk Road.',
      ],
      noMatch: ['The old road and the new belt of houses were both built in the 1970s.'],
    },
  },
  {
    id: 'belt-and-road-initiative',
    phrase: 'the Belt and Road Initiative',
    patterns: ['belt and road initiative'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The official English name of China’s programme of infrastructure lending and investment, chosen to replace the earlier "One Belt, One Road". State media name it constantly, usually with praise for its results and with the idea that it is open to all. Foreign reporters use the name too, so it counts only near signs of an official Chinese source.',
    origin: 'Announced by Xi Jinping in 2013; the English name "Belt and Road Initiative" replaced "One Belt, One Road" around 2015.',
    original: '“一带一路”倡议',
    related: ['belt-and-road-cooperation', 'high-quality-belt-and-road-cooperation', 'china-proposed-initiative'],
    guards: [],
    examples: {
      match: [
        'Xinhua said the Belt and Road Initiative has lifted millions out of poverty.',
        'Wang Yi said the Belt and Road Initiative is a public road open to all.',
      ],
      noMatch: ['Western lenders have competed with the Belt and Road Initiative in Africa for a decade.'],
    },
  },
  {
    id: 'higher-than-the-himalayas',
    phrase: 'higher than the Himalayas, deeper than the ocean',
    patterns: [
      'higher than the (himalayas|mountains|himalaya) (and|) deeper than the (ocean~n|sea~n|arabian sea)',
      'higher than the (himalayas|mountains|himalaya) , deeper than the (ocean~n|sea~n|arabian sea)',
      'deeper than the (ocean~n|sea~n|arabian sea) , sweeter than honey',
      'friendship (is|) higher than the (himalayas|himalaya)',
      'deeper than the (ocean~n|sea~n|arabian sea) (and|) sweeter than honey',
    ],
    sources: ['prc'],
    techniques: ['loaded-language', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'The set description of China-Pakistan friendship, usually completed as "sweeter than honey and stronger than steel". The hyperbole presents the relationship as beyond the reach of any dispute. Chinese and Pakistani officials and state media repeat it at visits and anniversaries.',
    origin: '',
    related: ['all-weather-friendship', 'traditional-friendship'],
    guards: [],
    examples: {
      match: [
        'Our friendship is higher than the Himalayas and deeper than the Arabian Sea, the envoy said.',
        'He called the bond deeper than the ocean and sweeter than honey.',
        'Our friendship is higher than the mountains, deeper than the oceans, the Pakistani senator said.',
      ],
      noMatch: ['The cliffs here are higher than the towers of the old cathedral.'],
    },
  },
  {
    id: 'traditional-friendship',
    phrase: 'traditional friendship',
    patterns: [
      '(traditional|time honoured|time honored|profound|long standing|longstanding|deep) friendship between the two (countries|peoples|nations|parties)',
      'traditional friendship (between|with)',
      'friendship between the (chinese|china) and',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'Chinese readouts of meetings with friendly governments open by recalling the "traditional friendship" between the two countries or peoples. The phrase roots present cooperation in a shared past and sets a warm frame for what follows. Other governments use similar words, so it counts only where the text concerns China.',
    origin: '',
    original: '传统友谊',
    related: ['people-to-people-exchanges', 'all-weather-friendship', 'higher-than-the-himalayas'],
    guards: [],
    examples: {
      match: [
        'Xi said China cherishes the traditional friendship between the two peoples.',
        'The Chinese ambassador recalled the profound friendship between the two countries.',
      ],
      noMatch: ['The traditional friendship match between the two villages was cancelled.'],
    },
  },
  {
    id: 'high-level-exchanges',
    phrase: 'high-level exchanges',
    patterns: [
      '(close|frequent|regular) high level (exchanges|interactions)',
      'maintain~v (the momentum of|) high level exchanges',
      'high level exchanges (and|to) (strategic communication|deepen~v|enhance~v)',
      'strategic communication and coordination',
      '(strengthen~v|enhance~v|deepen~v) strategic communication',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'Readouts of Chinese diplomacy promise to "maintain high-level exchanges" and "strengthen strategic communication". The formulas report that leaders will keep meeting and talking without disclosing what was discussed. The words are diplomatic routine elsewhere too, so they count only where the text concerns China.',
    origin: '',
    original: '高层交往；战略沟通',
    related: ['practical-cooperation', 'important-consensus-of-the-two-heads-of-state'],
    guards: [],
    examples: {
      match: [
        'China and Vietnam have maintained close high-level exchanges, the Chinese spokesperson said.',
        'Beijing and Moscow will strengthen strategic communication, Wang Yi said.',
      ],
      noMatch: ['The football clubs kept up close high-level exchanges about the transfer.'],
    },
  },
  {
    id: 'important-consensus-of-the-two-heads-of-state',
    phrase: 'the important consensus reached by the two heads of state',
    patterns: [
      'important (consensus|common understandings) reached by the two (heads of state|presidents|leaders)',
      'implement~v the (important|) (consensus|common understandings) reached by (the two|both) (heads of state|presidents|leaders)',
      'head of state diplomacy',
      'strategic guidance of the two heads of state',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'signature',
    explanation:
      'Chinese readouts of ministerial talks commit both sides to "implement the important consensus reached by the two heads of state". The formula subordinates all further diplomacy to what the leaders agreed and credits Xi Jinping personally with steering the relationship. "Head-of-state diplomacy" is the related term for leader-to-leader contact as the top of Chinese diplomacy.',
    origin: '',
    original: '两国元首达成的重要共识；元首外交',
    related: ['high-level-exchanges', 'strategic-height'],
    guards: [],
    examples: {
      match: [
        'Both ministers agreed to implement the important consensus reached by the two heads of state.',
        'Xinhua said head-of-state diplomacy had set the course for relations.',
      ],
      noMatch: ['The two presidents reached a consensus on fishing quotas.'],
    },
  },
  {
    id: 'strategic-height',
    phrase: 'from a strategic height and long-term perspective',
    patterns: [
      'from (a|the) strategic (height|and long term perspective|and long term (perspective|view|vantage point))',
      'strategic height and (a|) long term perspective',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'A formula of Chinese diplomacy asking both sides to view relations "from a strategic height and long-term perspective". It invites the partner to set aside current disputes in the name of larger shared interests. It is a fixed line in readouts of Xi Jinping’s meetings.',
    origin: '',
    original: '从战略高度和长远角度',
    related: ['important-consensus-of-the-two-heads-of-state', 'high-level-exchanges'],
    guards: [],
    examples: {
      match: [
        'Xi urged both sides to view relations from a strategic height and long-term perspective.',
        'The two countries should handle their ties from the strategic and long-term perspective, he said.',
      ],
      noMatch: ['From the height of the tower you can see the whole harbour.'],
    },
  },
  {
    id: 'properly-handle-differences',
    phrase: 'properly handle differences',
    patterns: [
      '(properly|appropriately) (handle~v|manage~v|address~v) (differences|disputes|divergences|disagreements)',
      '(handle~v|manage~v) (differences|disputes|divergences) (properly|appropriately)',
      'friendly consultation~n',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'euphemism'],
    tier: 'common',
    explanation:
      'Chinese readouts speak of "properly handling differences" through "friendly consultation", above all on maritime disputes with neighbours. The phrase acknowledges conflict while keeping it out of the headline and implies that third parties have no role. The words also occur in ordinary prose, so they count only where the text concerns China.',
    origin: '',
    original: '妥善处理分歧；友好协商',
    related: ['practical-cooperation', 'countries-outside-the-region'],
    guards: [],
    examples: {
      match: [
        'Beijing and Hanoi agreed to properly handle differences at sea, the Chinese side said.',
        'China said the dispute should be settled through friendly consultation.',
      ],
      noMatch: ['The couple went to counselling to learn to handle disagreements calmly.'],
    },
  },
  {
    id: 'issues-of-common-concern',
    phrase: 'international and regional issues of common concern',
    patterns: [
      '(international and regional|regional and international) (issues|affairs|matters) of (common|mutual|shared) (concern|interest)',
      'exchanged views on (international and regional|regional and international)',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'The closing line of many Chinese meeting readouts: the two sides "exchanged views on international and regional issues of common concern". It reports that more was discussed without saying what. Other foreign ministries use the formula too, so it counts only where the text concerns China.',
    origin: '',
    original: '共同关心的国际和地区问题',
    related: ['candid-and-in-depth-exchange', 'high-level-exchanges'],
    guards: [],
    examples: {
      match: [
        'Wang Yi and his counterpart also discussed international and regional issues of common concern.',
        'The two sides exchanged views on regional and international developments, Xinhua said.',
      ],
      noMatch: ['The ministers discussed the fishing dispute and the new bridge.'],
    },
  },
  {
    id: 'new-chapter-in-relations',
    phrase: 'write a new chapter',
    patterns: [
      '(write~v|wrote|written|writing|open~v|opened|opening|usher~v in|turn~v) a new chapter (in|of|for) (the|their|our|bilateral|china~n|sino)',
      '(relations|ties|cooperation|friendship|partnership) to (a|) new (height|heights|level|levels|high|stage)',
      '(elevate~v|upgrade~v|lift~v) (bilateral|the|their|our) (relations|ties) to a new',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'loaded-language'],
    tier: 'common',
    explanation:
      'Chinese readouts and editorials promise to "write a new chapter" in relations or to take them "to a new height". The imagery presents every visit as a milestone in an unbroken upward story. The phrases also occur in ordinary journalism, so they count only where the text concerns China.',
    origin: '',
    original: '谱写新篇章；迈上新台阶',
    related: ['inject-new-impetus', 'traditional-friendship'],
    guards: [],
    examples: {
      match: [
        'The visit will write a new chapter in China-Serbia friendship, the Chinese president said.',
        'Both sides vowed to lift bilateral ties to a new height, Xinhua reported.',
      ],
      noMatch: ['The author opened a new chapter of her life when she moved to the coast.'],
    },
  },
  {
    id: 'inject-new-impetus',
    phrase: 'inject new impetus',
    patterns: [
      'inject~v (new|fresh|strong|greater|positive|more|renewed) (impetus|momentum|vitality|stability|certainty) into',
      '(stability and certainty|certainty and stability) (into|to) (a|the) (turbulent|changing|volatile|uncertain|troubled) world',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'loaded-language'],
    tier: 'common',
    explanation:
      'A favourite verb phrase of Chinese official English: a visit, a forum or China itself "injects new impetus" into cooperation or "injects stability and certainty into a turbulent world". It casts China as the source of energy and order in a troubled international scene. The words also occur in business prose, so they count only where the text concerns China.',
    origin: '',
    original: '注入新动力；注入稳定性和确定性',
    related: ['new-chapter-in-relations', 'stabilizer-of-the-global-economy'],
    guards: [],
    examples: {
      match: [
        'The Chinese side said the expo would inject new impetus into the world economy.',
        'China will keep injecting stability and certainty into a turbulent world, the spokesperson said.',
      ],
      noMatch: ['The new coach injected fresh energy into the squad.'],
    },
  },
  {
    id: 'common-development',
    phrase: 'common development',
    patterns: [
      'common development',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Chinese diplomatic English presents China’s economic ties as serving "common development", a goal shared with partners rather than an advantage for China. The phrase recurs in speeches on the Belt and Road, the SCO and BRICS and in China Daily commentary. It is rare outside that register, but it counts only where the text concerns China.',
    origin: '',
    original: '共同发展',
    related: ['win-win-cooperation', 'mutually-beneficial-cooperation', 'share-development-opportunities'],
    guards: ['common development (environment~n|tool~n|kit~n|platform~n|framework~n|task~n|pattern~n|practice~n|branch~n|server~n)'],
    examples: {
      match: [
        'China is ready to work with Africa to achieve common development, Xi said.',
        'The Chinese envoy spoke of peace and common development in the region.',
      ],
      noMatch: ['The Chinese team uses a common development environment for all its apps.'],
    },
  },
  {
    id: 'share-development-opportunities',
    phrase: "share China's development opportunities with the world",
    patterns: [
      'share (its|china~n|their|the) (new|) development (opportunities|dividends|fruits|achievements) with',
      'development opportunities with the (world|rest of the world|other countries)',
      '(dividend~n|fruits) of (china~n|its) (development|opening up)',
      'express train of china~n development',
      "(china~n|chinese) development (is|means|brings|represents|offers) (an|) opportunit~n",
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'common',
    explanation:
      'Official texts say China will "share its development opportunities with the world" and invite others aboard "the express train of China’s development". The formula answers the idea of China as a threat by presenting its growth as a gift to others. The words are sometimes used descriptively, so they count only where the text concerns China.',
    origin: '',
    original: '与世界分享中国发展机遇；搭乘中国发展的快车',
    related: ['common-development', 'high-level-opening-up', 'china-threat-theory'],
    guards: [],
    examples: {
      match: [
        'China will share its development opportunities with the rest of the world, the vice premier said.',
        'Beijing invited neighbours to board the express train of China’s development.',
      ],
      noMatch: ['The company will share new development opportunities with its staff.'],
    },
  },
  {
    id: 'no-political-strings-attached',
    phrase: 'no political strings attached',
    patterns: [
      '(no|without|fewer|free of|without any) political strings (attached|)',
      'attach~v no political (strings|conditions)',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'whataboutism'],
    tier: 'common',
    explanation:
      'Chinese officials and state media say China’s aid and loans come with "no political strings attached", in contrast to Western lenders that demand reforms. The phrase presents China as respectful of sovereignty and implies that Western aid is coercive. The words also occur in ordinary prose, so they count only where the text concerns China.',
    origin: '',
    original: '不附加任何政治条件',
    related: ['mutually-beneficial-cooperation', 'debt-trap-narrative'],
    guards: [],
    examples: {
      match: [
        'China offers loans to Africa with no political strings attached, the ambassador said.',
        'Beijing attaches no political conditions to its aid, Xinhua said.',
      ],
      noMatch: ['The museum accepted the gift with no strings attached.'],
    },
  },
  {
    id: 'economic-globalization',
    phrase: 'economic globalization',
    patterns: [
      'economic (globalization|globalisation)',
      'open world economy',
      'universally beneficial and inclusive',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Chinese official English says "economic globalization" where others say "globalization", and presents China as its defender against protectionism, calling for an "open world economy" and a globalization that is "universally beneficial and inclusive". The framing casts Western tariffs and export controls as attacks on a shared good. The words occur in economics writing, so they count only where the text concerns China.',
    origin: '',
    original: '经济全球化；开放型世界经济',
    related: ['unilateralism-and-protectionism', 'decoupling-and-severing-supply-chains', 'high-level-opening-up'],
    guards: [],
    examples: {
      match: [
        'China will remain a firm supporter of economic globalization, the premier said.',
        'Xi called for an open world economy at the Beijing forum.',
      ],
      noMatch: ['The seminar covered the history of globalization in the nineteenth century.'],
    },
  },
  {
    id: 'reform-and-opening-up',
    phrase: 'reform and opening-up',
    patterns: [
      'reform and opening up',
      '(greater|wider|expand~v|expanding|expanded|institutional|two way|all round|higher level|higher standard|unswerving) opening up',
      'opening up (policy|policies|drive|hub|measures|moves|practices|pilot~n|path)',
      'commitment to opening up',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'slogans'],
    tier: 'common',
    explanation:
      'The name of the policy launched in 1978, used by Chinese media as a noun ("expand opening-up", "greater opening-up") for any step that admits foreign trade or investment. The phrase ties present measures to the founding story of China’s growth and presents China as ever more open. Reporters use the name too, so it counts only where the text concerns China.',
    origin: 'The policy dates from the CPC Central Committee plenum of December 1978.',
    original: '改革开放；扩大开放',
    related: ['high-level-opening-up', 'economic-globalization', 'share-development-opportunities'],
    guards: [],
    examples: {
      match: [
        'Beijing announced new steps to expand opening-up in the services sector.',
        'The exhibition celebrates four decades of reform and opening-up in the Chinese city of Shenzhen.',
      ],
      noMatch: ['The opening up of the new motorway cut journey times to the coast.'],
    },
  },
  {
    id: 'global-governance-system',
    phrase: 'reform of the global governance system',
    patterns: [
      '(reform~n|reform~v|reforming|improve~v|improving|improvement~n) (of|) the global governance (system|architecture)',
      'global governance system',
      '(fairer|more equitable|more representative|more balanced) global governance',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Chinese official English calls for reforming "the global governance system" to make it fairer and more representative of developing countries. The formula frames Western-led institutions as outdated and presents China as the advocate of the Global South. The term is also used in academic writing, so it counts only where the text concerns China.',
    origin: '',
    original: '全球治理体系改革',
    related: ['just-and-reasonable-direction', 'true-multilateralism', 'democratization-of-international-relations'],
    guards: [],
    examples: {
      match: [
        'China will promote reform of the global governance system, the foreign minister said.',
        'Beijing says BRICS pushes for a fairer global governance order.',
      ],
      noMatch: ['The university offers a course on internet governance.'],
    },
  },
  {
    id: 'openness-and-inclusiveness',
    phrase: 'openness and inclusiveness',
    patterns: [
      'openness and inclusiveness',
      'open and inclusive (manner|world|cooperation|development|platform|partnership|asia pacific|global economy)',
      'inclusiveness and mutual learning',
      'inclusive and mutual learning',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'A pair of virtues that Chinese official texts attribute to China’s initiatives and to Chinese civilization: "openness and inclusiveness". They present China’s projects as open to all and contrast them with the "small circles" and blocs of others. The words are ordinary enough that they count only where the text concerns China.',
    origin: '',
    original: '开放包容',
    related: ['small-circles', 'mutual-learning-among-civilizations', 'common-development'],
    guards: [],
    examples: {
      match: [
        'Xi said the Belt and Road upholds openness and inclusiveness.',
        'China will build an open and inclusive partnership with the region, Wang said.',
      ],
      noMatch: ['The gallery prides itself on openness and welcomes every visitor.'],
    },
  },
  {
    id: 'responsible-major-country',
    phrase: 'a responsible major country',
    patterns: [
      'responsible major (country|power)',
      'major responsible (country|power)',
      "world~n largest developing country",
      'largest developing country in the world',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'signature',
    explanation:
      'Chinese official texts describe China as "a responsible major country" and "the world’s largest developing country". The pair claims both great-power responsibility and developing-country solidarity, which lets China ask for leadership and for the concessions given to poorer states. Both phrases are fixed in ministry statements and white papers.',
    origin: '',
    original: '负责任大国；世界上最大的发展中国家',
    related: ['major-country-diplomacy', 'builder-of-world-peace'],
    guards: [],
    examples: {
      match: [
        'As a responsible major country, China has always supported peace talks.',
        'China remains the world’s largest developing country, the spokesperson said.',
      ],
      noMatch: ['The world’s largest economy is still the United States.'],
    },
  },
  {
    id: 'tangible-benefits',
    phrase: 'brought tangible benefits to the local people',
    patterns: [
      '(brought|bring~v|deliver~v|delivered|delivering|generate~v|generated|yield~v|yielded) tangible benefits (to|for)',
      'tangible benefits (to|for) (the|) (local people|local communities|people of|peoples of|both peoples|the two peoples)',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values'],
    tier: 'common',
    explanation:
      'Xinhua and China Daily report that Chinese projects abroad have "brought tangible benefits to the local people". The phrase answers criticism of debt or environmental harm by pointing to roads, jobs and power plants. The words also occur in ordinary prose, so they count only where the text concerns China.',
    origin: '',
    original: '给当地人民带来实实在在的好处',
    related: ['belt-and-road-cooperation', 'common-development'],
    guards: [],
    examples: {
      match: [
        'The Chinese-built port has brought tangible benefits to the local people, the report said.',
        'China said the railway delivers tangible benefits for both peoples.',
      ],
      noMatch: ['The new bus lane has had few tangible effects so far.'],
    },
  },
  {
    id: 'global-development-and-south-south',
    phrase: 'South-South cooperation',
    patterns: ['south south cooperation', 'greater brics (cooperation|)', '(sco|brics) family'],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Chinese official English places China inside the developing world through "South-South cooperation" and calls the SCO and BRICS a "family". The terms present China as one of the Global South rather than a great power dealing with smaller ones. They are also UN and academic terms, so they count only where the text concerns China.',
    origin: '',
    original: '南南合作；大金砖合作',
    related: ['responsible-major-country', 'shanghai-spirit', 'common-development'],
    guards: [],
    examples: {
      match: [
        'China said it is a firm supporter of South-South cooperation.',
        'Xi Jinping welcomed new partners to the BRICS family in Kazan.',
      ],
      noMatch: ['The cousins from the south branch of the family arrived late.'],
    },
  },
  {
    id: 'vast-chinese-market',
    phrase: "China's super-large market",
    patterns: [
      '(china~n|the chinese|its) (vast|huge|super large|ultra large|enormous|massive) (market|domestic market|consumer market)',
      'super large (market|domestic market)',
      'advantage~n of (a|its|the) (super large|vast|huge) market',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'exaggeration-minimisation'],
    tier: 'common',
    explanation:
      'Official texts stress the size of the Chinese market, "super-large" in recent policy documents, as an opportunity for foreign firms. The phrase is used to invite investment and, implicitly, to warn that leaving it would be costly. Business writers use similar words, so the phrase counts only where the text concerns China.',
    origin: '',
    original: '超大规模市场',
    related: ['share-development-opportunities', 'reform-and-opening-up'],
    guards: [],
    examples: {
      match: [
        'Foreign firms should seize the opportunities of China’s vast market, a Chinese official said.',
        'Beijing said its super-large market is a strength no rival can match.',
      ],
      noMatch: ['The farmers sold their vegetables at the vast Saturday market.'],
    },
  },
  // Register of official English: naming, counting and framing.
  {
    id: 'countries-and-regions',
    phrase: 'countries and regions',
    patterns: ['countries and regions', 'countries and territories along the belt and road'],
    sources: ['prc'],
    techniques: ['set-formula', 'euphemism'],
    tier: 'common',
    explanation:
      'Chinese official English counts partners, visitors and exhibitors in "countries and regions" ("more than 150 countries and regions"). The pairing lets Taiwan, Hong Kong and Macao be included in a count without being called countries, in line with Beijing’s position on their status. It is routine in Xinhua and China Daily reports on trade fairs, sports and science; elsewhere "countries" alone is usual. It counts only where the text concerns China.',
    origin: '',
    original: '国家和地区',
    related: ['belt-and-road-cooperation', 'taiwan-region'],
    guards: [],
    examples: {
      match: [
        'Exhibitors from 129 countries and regions attended the Chinese trade fair.',
        'The Beijing forum drew scholars from more than 40 countries and regions.',
      ],
      noMatch: ['Several Chinese provinces and border regions reported heavy snow.'],
    },
  },
  {
    id: 'china-us-relations',
    phrase: 'China-US relations',
    patterns: [
      'china (us|u s|america) (relations|ties|relationship|cooperation|trade|summit|competition|friendship|dialogue|talks|consultations|exchanges|economic and trade)',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'Chinese official English puts China first in compounds such as "China-US relations" and "China-US trade", where American and most other English-language media write "US-China". The order is a small but reliable sign of text written or edited in the Chinese official register. It counts only where the text concerns China.',
    origin: '',
    original: '中美关系',
    related: ['sound-and-steady-development-of-relations', 'the-us-side'],
    guards: [],
    examples: {
      match: [
        'The Chinese envoy said China-US relations are at a critical juncture.',
        'China-US trade talks resumed in Geneva, Xinhua reported.',
      ],
      noMatch: ['US-China relations have cooled since the spring, analysts in Washington said.'],
    },
  },
  {
    id: 'cpc-central-committee',
    phrase: 'the CPC Central Committee',
    patterns: [
      'cpc central committee',
      'central committee of the (cpc|communist party of china)',
      '(cpc|communist party of china) national congress',
      'national congress of the (cpc|communist party of china)',
      'political bureau of the (cpc|communist party of china)',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'The Party’s own English names its bodies "the CPC Central Committee", "the Political Bureau" and "the CPC National Congress". Most foreign media write CCP and Politburo, so the official forms mark text issued or edited by Chinese state media. The naming is fixed by the Party’s translation standards.',
    origin: '',
    original: '中共中央',
    related: ['comrade-xi-jinping-at-the-core', 'rally-closely-around-the-central-committee', 'party-leads-everything'],
    guards: [],
    examples: {
      match: [
        'The CPC Central Committee issued a guideline on rural reform.',
        'He is a member of the Political Bureau of the CPC Central Committee.',
      ],
      noMatch: ['The Central Committee of the union met on Tuesday.'],
    },
  },
  {
    id: 'general-secretary-xi',
    phrase: 'General Secretary Xi Jinping',
    patterns: ['general secretary xi (jinping|)'],
    sources: ['prc'],
    techniques: ['appeal-to-authority', 'set-formula'],
    tier: 'common',
    explanation:
      'Party media refer to Xi Jinping by his Party title, "General Secretary Xi Jinping", especially in domestic political reporting. The title places the Party above the state office of president. Foreign reporters sometimes use the title too, so it counts only where the text concerns China.',
    origin: '',
    original: '习近平总书记',
    related: ['xi-jinping-thought', 'xi-important-instructions'],
    guards: [],
    examples: {
      match: [
        'General Secretary Xi Jinping stressed the need for rural revitalization during his tour of China’s northeast.',
        'Officials in Beijing studied the speeches of General Secretary Xi at the session.',
      ],
      noMatch: ['The general secretary of the union addressed the conference.'],
    },
  },
  {
    id: 'under-the-leadership-of-the-cpc',
    phrase: 'under the strong leadership of the CPC',
    patterns: [
      'under the (strong|firm|correct|wise|) leadership of the (cpc|communist party of china|cpc central committee)',
      '(uphold~v|upholding|adhere~v to|adhering to|strengthen~v|strengthening) the leadership of the (cpc|communist party of china)',
      '(uphold~v|upholding|strengthen~v|strengthening) (the|) (party~n|cpc~n) (absolute|) leadership',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-authority', 'set-formula'],
    tier: 'signature',
    explanation:
      'Official texts credit every achievement to the "strong leadership of the CPC" and call for "upholding the Party’s leadership". The formula attributes success to the Party and makes loyalty to it the condition of further progress. It closes reports on disaster relief, economic results and sports medals alike.',
    origin: '',
    original: '在中国共产党的坚强领导下',
    related: ['party-leads-everything', 'comrade-xi-jinping-at-the-core', 'cpc-central-committee'],
    guards: [],
    examples: {
      match: [
        'Under the strong leadership of the CPC, the county shook off poverty.',
        'The meeting stressed upholding the Party’s absolute leadership over the armed forces.',
      ],
      noMatch: ['Under the leadership of the new coach, the team won the league.'],
    },
  },
  {
    id: 'comprehensively-deepen-reform',
    phrase: 'comprehensively deepen reform',
    patterns: [
      'comprehensively (deepen~v|deepening) (reform~n|reform and opening up)',
      'deepen~v reform comprehensively',
      'comprehensive deepening of reform~n',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'set-formula'],
    tier: 'signature',
    explanation:
      'The programme slogan of the Third Plenary Sessions of 2013 and 2024, and one of the Four Comprehensives. It presents policy change as continuous, Party-directed reform. State media repeat it in every report on economic or administrative measures.',
    origin: 'Adopted at the Third Plenary Session of the 18th CPC Central Committee in November 2013.',
    original: '全面深化改革',
    related: ['four-comprehensives', 'reform-and-opening-up', 'high-quality-development'],
    guards: [],
    examples: {
      match: [
        'The plenum adopted a resolution on further comprehensively deepening reform.',
        'Officials must comprehensively deepen reform in the state sector.',
      ],
      noMatch: ['The school plans a comprehensive review of its reform programme.'],
    },
  },
  {
    id: 'law-based-governance',
    phrase: 'law-based governance',
    patterns: [
      'law based governance',
      'law based (administration|governance) of the country',
      'socialist rule of law',
      'rule of law in all (respects|fields)',
      'comprehensively (advance~v|advancing|promote~v|promoting) the rule of law',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'euphemism'],
    tier: 'signature',
    explanation:
      'Official English for the Party’s programme of governing "according to law", a socialist rule of law under Party leadership. The wording borrows the vocabulary of rule of law while keeping the courts subordinate to the Party. It appears in plenary communiqués, white papers and reports on legislation.',
    origin: 'The Fourth Plenary Session of the 18th CPC Central Committee (2014) was devoted to it.',
    original: '全面依法治国',
    related: ['comprehensively-deepen-reform', 'four-comprehensives'],
    guards: [],
    examples: {
      match: [
        'The white paper highlights progress in law-based governance in Xinjiang.',
        'Delegates vowed to build a socialist rule of law with Chinese characteristics.',
      ],
      noMatch: ['The court upheld the rule of law in a landmark ruling.'],
    },
  },
  {
    id: 'modernization-of-governance',
    phrase: "modernization of China's system and capacity for governance",
    patterns: [
      'governance system and (governance|) capacity',
      'system and capacity for governance',
      '(modernize~v|modernise~v) (the|its|china~n) (governance system|system of governance)',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'The goal set in 2013 of modernizing China’s "system and capacity for governance". The phrase presents the political system as something to perfect rather than reform in its foundations. It is a fixed item in plenary communiqués and commentary on administration.',
    origin: 'Added as a goal at the Third Plenary Session of the 18th CPC Central Committee in 2013.',
    original: '国家治理体系和治理能力现代化',
    related: ['comprehensively-deepen-reform', 'law-based-governance'],
    guards: [],
    examples: {
      match: [
        'The decision aims to modernize China’s governance system and capacity.',
        'The plenum discussed the modernization of the system and capacity for governance.',
      ],
      noMatch: ['The charity is reforming its governance after the audit.'],
    },
  },
  {
    id: 'multiparty-cooperation-and-political-consultation',
    phrase: 'multiparty cooperation and political consultation',
    patterns: [
      'multiparty cooperation and political consultation',
      'socialist consultative democracy',
      'new type of (political party|party) system',
    ],
    sources: ['prc'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'signature',
    explanation:
      'Official English for China’s arrangement of eight minor parties under CPC leadership, described as a "system of multiparty cooperation and political consultation" and a "new type of political party system". The wording presents one-party rule as a form of pluralism and consultation. It appears in coverage of the CPPCC and in white papers on democracy.',
    origin: '',
    original: '中国共产党领导的多党合作和政治协商制度',
    related: ['whole-process-peoples-democracy', 'national-political-advisors', 'peoples-congress-system'],
    guards: [],
    examples: {
      match: [
        'The CPPCC embodies the system of multiparty cooperation and political consultation.',
        'He praised socialist consultative democracy as a Chinese innovation.',
      ],
      noMatch: ['The coalition partners held political consultations after the vote.'],
    },
  },
  {
    id: 'peoples-congress-system',
    phrase: "the system of people's congresses",
    patterns: ["people~n congress system", "system of people~n congresses"],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'The official name of China’s legislative structure, described as the fundamental political system and as a form of democracy superior to Western models. State media invoke it on anniversaries of the National People’s Congress and in comparisons with US elections. Foreign reporting usually speaks of the rubber-stamp legislature or the NPC instead.',
    origin: '',
    original: '人民代表大会制度',
    related: ['whole-process-peoples-democracy', 'multiparty-cooperation-and-political-consultation', 'two-sessions'],
    guards: [],
    examples: {
      match: [
        "Editorials praised the people's congress system as China's own road to democracy.",
        "The speech marked 70 years of the system of people's congresses.",
      ],
      noMatch: ["The people's assembly met in the town hall."],
    },
  },
  {
    id: 'sense-of-gain',
    phrase: 'sense of gain, happiness and security',
    patterns: [
      'sense of gain',
      'sense of (fulfillment|fulfilment) (and|) happiness',
      'sense of (fulfillment|fulfilment) , happiness and security',
      'happiness and sense of security',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'common',
    explanation:
      'Xi Jinping’s measure of policy success is the people’s "sense of gain, happiness and security". The awkward English "sense of gain" renders a Chinese coinage and marks official text. It presents policy as judged by popular satisfaction, as stated by the Party. The words can occur elsewhere, so they count only where the text concerns China.',
    origin: 'Coined by Xi Jinping in 2015.',
    original: '获得感、幸福感、安全感',
    related: ['aspiration-for-a-better-life', 'people-centred-development'],
    guards: [],
    examples: {
      match: [
        'The reforms have given Chinese residents a stronger sense of gain, officials said.',
        'The aim in China is to raise people’s sense of fulfillment and happiness.',
      ],
      noMatch: ['The investors felt a sense of loss after the crash.'],
    },
  },
  {
    id: 'peoples-livelihood',
    phrase: "people's livelihood",
    patterns: [
      "people~n livelihood",
      "(ensure~v|improve~v|improving|safeguard~v) (and improve~v|) (the|) people~n livelihood",
      'livelihood (projects|issues) (of|for) the people',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'A rendering of the Chinese political term for the welfare of ordinary people, used in the singular ("people’s livelihood"). Officials promise to "ensure and improve people’s livelihood" through jobs, schooling and health care, which frames welfare as a Party gift. It counts only where the text concerns China.',
    origin: '',
    original: '民生',
    related: ['sense-of-gain', 'aspiration-for-a-better-life', 'common-prosperity'],
    guards: [],
    examples: {
      match: [
        "The Chinese premier pledged to improve people's livelihood in poor regions.",
        "China will keep spending on people's livelihood, the finance ministry said.",
      ],
      noMatch: ["The drought destroyed many farmers' livelihoods."],
    },
  },
  {
    id: 'eliminated-absolute-poverty',
    phrase: 'eliminated absolute poverty',
    patterns: [
      '(eliminate~v|eliminating|eradicate~v|eradicating|end~v|ending|wipe~v out) absolute poverty',
      'absolute poverty (was|has been|had been) (eliminated|eradicated|ended)',
      '(lift~v|lifting) (nearly|more than|over|about|some|) (800|770|850) million (people|rural residents) out of poverty',
    ],
    sources: ['prc'],
    techniques: ['exaggeration-minimisation', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Official texts state that China "eliminated absolute poverty" in 2020 and lifted some 800 million people out of poverty. The claim rests on China’s own poverty line and is offered as proof of the superiority of Party leadership. The words are used descriptively too, so they count only where the text concerns China.',
    origin: 'Xi Jinping declared the "complete victory" over absolute poverty in February 2021.',
    original: '消除绝对贫困',
    related: ['targeted-poverty-alleviation', 'rural-revitalization', 'moderately-prosperous-society'],
    guards: [],
    examples: {
      match: [
        'China eliminated absolute poverty ahead of schedule, the Chinese minister said.',
        'Beijing has lifted more than 800 million people out of poverty.',
      ],
      noMatch: ['The charity works with families in absolute poverty in the city.'],
    },
  },
  {
    id: 'rural-revitalization',
    phrase: 'rural revitalization',
    patterns: ['rural (revitalization|revitalisation)', '(revitalize~v|revitalise~v) the countryside'],
    sources: ['prc'],
    techniques: ['slogans', 'set-formula'],
    tier: 'common',
    explanation:
      'The name of the rural strategy that followed the poverty campaign, covering farming, village infrastructure and local industry. State media attach it to almost every report on villages, young returnees and farm products. Other countries use similar words for rural policy, so it counts only where the text concerns China.',
    origin: 'Announced at the 19th CPC National Congress in 2017.',
    original: '乡村振兴',
    related: ['eliminated-absolute-poverty', 'common-prosperity'],
    guards: [],
    examples: {
      match: [
        'The Chinese county promotes tea tourism to boost rural revitalization.',
        'Young graduates are helping revitalize the countryside in Xinjiang.',
      ],
      noMatch: ['The Welsh council launched a plan to bring shops back to its villages.'],
    },
  },
  {
    id: 'dual-carbon-goals',
    phrase: 'carbon peaking and carbon neutrality goals',
    patterns: ['carbon peaking', 'dual carbon (goal~n|target~n|strategy)', '(peak~v|peaking) carbon (dioxide|) emissions before 2030'],
    sources: ['prc'],
    techniques: ['set-formula', 'slogans'],
    tier: 'signature',
    explanation:
      'Official English for China’s climate pledge to peak emissions before 2030 and reach carbon neutrality before 2060, often shortened to the "dual carbon" goals. The labels present the targets as a national campaign under Party guidance. Other outlets usually just give the years.',
    origin: 'Announced by Xi Jinping at the UN General Assembly in September 2020.',
    original: '碳达峰碳中和；双碳目标',
    related: ['ecological-civilization', 'green-development'],
    guards: [],
    examples: {
      match: [
        'The province has drawn up a plan for carbon peaking and carbon neutrality.',
        'Firms are adjusting to the dual carbon goals.',
      ],
      noMatch: ['The company aims to cut its carbon emissions by half.'],
    },
  },
  {
    id: 'green-development',
    phrase: 'green development',
    patterns: [
      'green development',
      'green and low carbon (development|transition|transformation|lifestyle~n|economy)',
      '(harmony|harmonious coexistence) between (man|humanity|humankind|human beings|humans) and nature',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Chinese official English speaks of "green development", "green and low-carbon transition" and "harmony between humanity and nature" as parts of the Party’s development philosophy. The phrasing presents environmental policy as a national virtue and an export to the world. The words are also used in planning and environmental writing, so they count only where the text concerns China.',
    origin: '',
    original: '绿色发展；人与自然和谐共生',
    related: ['ecological-civilization', 'dual-carbon-goals', 'new-development-philosophy'],
    guards: [],
    examples: {
      match: [
        'China will promote green development along the Belt and Road, Xi said.',
        'The Chinese white paper stresses harmony between humanity and nature.',
      ],
      noMatch: ['The council approved a green development plan for the riverside.'],
    },
  },
  {
    id: 'cultural-confidence',
    phrase: 'cultural confidence',
    patterns: [
      'cultural (confidence|self confidence)',
      '(fine|excellent) traditional chinese culture',
      'chinese (fine|excellent) traditional culture',
      'fine traditional culture',
      'charm of (traditional|) chinese culture',
      'broad and profound (traditional|) chinese culture',
    ],
    sources: ['prc'],
    techniques: ['flag-waving', 'slogans'],
    tier: 'common',
    explanation:
      'Xi Jinping added "cultural confidence" to the Party’s confidences and calls for carrying forward "fine traditional Chinese culture". The terms tie national pride in heritage to confidence in the Party’s path. State media use them in features on festivals, crafts and museums; the words can appear elsewhere, so they count only where the text concerns China.',
    origin: '',
    original: '文化自信；中华优秀传统文化',
    related: ['four-confidences', 'tell-chinas-story-well'],
    guards: [],
    examples: {
      match: [
        'The Chinese festival shows growing cultural confidence among young people.',
        'Schools in China are told to pass on fine traditional Chinese culture.',
      ],
      noMatch: ['The shy pianist gained confidence after her first concert.'],
    },
  },
  {
    id: 'patriotic-education',
    phrase: 'patriotic education',
    patterns: ['patriotic education', 'red gene~n', '(carry~v forward|pass~v on|inherit~v) the red (gene~n|tradition~n)'],
    sources: ['prc'],
    techniques: ['flag-waving', 'slogans'],
    tier: 'common',
    explanation:
      'Party texts call for "patriotic education" and for passing on the "red gene" of revolutionary history to young people. The terms present political loyalty as a heritage to be inherited. Critics also use "patriotic education" descriptively, so it counts only where the text concerns China.',
    origin: '',
    original: '爱国主义教育；红色基因',
    related: ['cultural-confidence', 'historical-nihilism'],
    guards: [],
    examples: {
      match: [
        'Chinese pupils visited a patriotic education base in Yan’an.',
        'Beijing said the army must pass on the red gene.',
      ],
      noMatch: ['The museum displays paintings with a red colour scheme.'],
    },
  },
  {
    id: 'the-chinese-nation',
    phrase: 'the Chinese nation',
    patterns: ['the chinese nation', 'sons and daughters of the chinese nation', 'chinese (civilization|civilisation) (has|is) (the only|an unbroken|a continuous)'],
    sources: ['prc'],
    techniques: ['flag-waving'],
    tier: 'common',
    explanation:
      'Official texts speak of "the Chinese nation" (zhonghua minzu) as a single historic people that includes all ethnic groups and Chinese abroad. The phrase grounds policy on Taiwan, Xinjiang and Tibet in a claim of one nation with an unbroken civilization. Western writers usually just write "China", so the phrase marks official register; it counts only where the text concerns China.',
    origin: '',
    original: '中华民族',
    related: ['rejuvenation-of-the-chinese-nation', 'sense-of-community-for-the-chinese-nation', 'people-of-all-ethnic-groups'],
    guards: [],
    examples: {
      match: [
        'Xinhua said the festival is a shared memory of the Chinese nation.',
        'In Beijing, he called on all sons and daughters of the Chinese nation to unite.',
      ],
      noMatch: ['The Chinese national team won the relay.'],
    },
  },
  {
    id: 'community-of-shared-interests',
    phrase: 'community of shared interests',
    patterns: [
      'community of (shared|common) (interests|responsibility|responsibilities|development|security|health)',
      'community of (all|) life (for|on) (man and nature|earth)',
      'global community of health for all',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Variants of the flagship slogan of a "community with a shared future": a "community of shared interests", "of common security", "of health for all" or "of all life on Earth". Each extends Xi Jinping’s formula to a new field, presenting China’s proposals as serving everyone. They occur in speeches, white papers and China Daily commentary; the words are also ordinary English, so they count only where the text concerns China.',
    origin: '',
    original: '利益共同体；人类卫生健康共同体',
    related: ['community-with-a-shared-future', 'global-security-initiative'],
    guards: [],
    examples: {
      match: [
        'China and Laos are building a community of shared interests.',
        'Xi called for a global community of health for all, Chinese media reported.',
      ],
      noMatch: ['The park is a community space for local families.'],
    },
  },
  {
    id: 'peace-and-development-theme-of-the-times',
    phrase: 'peace and development are the theme of the times',
    patterns: [
      'peace and development (remain~v|are|is) the (theme|themes|main theme|underlying trend) of (the|our) (times|era|time)',
      'theme of the times',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'set-formula'],
    tier: 'common',
    explanation:
      'A Deng Xiaoping-era formula still repeated in Chinese foreign policy texts: "peace and development remain the theme of the times". It frames China’s diplomacy as aligned with history and casts confrontation as out of date. It appears in speeches and editorials on international order; the words can occur elsewhere, so they count only where the text concerns China.',
    origin: 'Put forward by Deng Xiaoping in the mid-1980s.',
    original: '和平与发展是时代主题',
    related: ['trend-of-the-times', 'changes-unseen-in-a-century'],
    guards: [],
    examples: {
      match: [
        'Peace and development remain the theme of the times, the Chinese foreign minister said.',
        'Cooperation with China is in keeping with the theme of the times, the editorial argued.',
      ],
      noMatch: ['The theme of the exhibition is time and memory.'],
    },
  },
  {
    id: 'achievements-attracting-worldwide-attention',
    phrase: 'achievements that have attracted worldwide attention',
    patterns: [
      'achievements (that|which) (have|) (attracted|drawn|won) (worldwide|global|world) (attention|acclaim|recognition)',
      '(remarkable|tremendous|historic|great) achievements (that|which) (have|) (amazed|impressed) the world',
      'achievements (admired|recognized) by the (whole|entire) world',
    ],
    sources: ['prc'],
    techniques: ['exaggeration-minimisation', 'flag-waving'],
    tier: 'signature',
    explanation:
      'Official texts describe China’s record as "achievements that have attracted worldwide attention". The formula asserts international admiration as a fact and uses it as evidence for the Party’s policies. It is a stock phrase of anniversaries, white papers and work reports.',
    origin: '',
    original: '举世瞩目的成就',
    related: ['historic-achievements-and-historic-changes', 'chinese-modernization'],
    guards: [],
    examples: {
      match: [
        'Xinjiang has made achievements that have attracted worldwide attention, the white paper said.',
        'China made tremendous achievements that amazed the world.',
      ],
      noMatch: ['The architect’s achievements drew praise from her colleagues.'],
    },
  },
  {
    id: 'engine-of-global-growth',
    phrase: 'engine of global growth',
    patterns: [
      '(main|major|important|powerful|biggest|largest|key) (engine|driver|contributor) (of|to|for) (global|world) (economic|) growth',
      '30 percent (of|to) (global|world) (economic|) growth',
    ],
    sources: ['prc'],
    techniques: ['flag-waving', 'exaggeration-minimisation'],
    tier: 'common',
    explanation:
      'State media present China as "the biggest engine of global growth" contributing about 30 percent of world economic growth. The figure and the metaphor answer reports of a slowdown by placing China at the centre of the world economy. Economists also use such words, so they count only where the text concerns China.',
    origin: '',
    original: '世界经济增长的主要引擎',
    related: ['stabilizer-of-the-global-economy', 'share-development-opportunities'],
    guards: [],
    examples: {
      match: [
        'China remains the largest contributor to world economic growth, the Chinese ministry said.',
        'China contributes about 30 percent to global growth each year, Xinhua said.',
      ],
      noMatch: ['Consumer spending was the main driver of growth in the quarter.'],
    },
  },
  {
    id: 'public-goods',
    phrase: 'international public goods',
    patterns: ['(international|global) public (good|goods|product~n)', 'public (good|goods|product~n) (for|to) the (world|international community)'],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'Chinese official texts describe the Belt and Road and Xi Jinping’s global initiatives as "international public goods" that China offers the world. The economics term presents Chinese-led projects as selfless contributions rather than as instruments of influence. Economists use the term in its technical sense, so it counts only where the text concerns China.',
    origin: '',
    original: '国际公共产品',
    related: ['belt-and-road-cooperation', 'global-development-initiative'],
    guards: [],
    examples: {
      match: [
        'The Chinese minister called the initiative a public good for the world.',
        'China will provide more international public goods, Wang Yi said.',
      ],
      noMatch: ['Clean air is a classic example of a public good in economics.'],
    },
  },
  // Press-conference formulas of the foreign ministry.
  {
    id: 'refer-you-to-the-competent-authorities',
    phrase: 'I would refer you to the competent authorities',
    patterns: [
      '(refer~v|referring) you to (the|) (competent|relevant) (authorities|authority|department~n)',
      'not aware of the (specifics|specific situation|specific circumstances)',
    ],
    sources: ['prc'],
    techniques: ['conversation-killer', 'set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The foreign ministry’s standard deflection at press conferences: the spokesperson is "not aware of the specifics" and "would refer you to the competent authorities". The formula closes a question without a denial or a confirmation. It appears in transcripts of daily briefings whenever a question touches on security, trade cases or individuals. The words are ordinary English, so they count only near signs of an official Chinese statement.',
    origin: '',
    original: '我不了解具体情况；请向主管部门询问',
    related: ['consistent-and-clear-position', 'not-worth-refuting'],
    guards: [],
    examples: {
      match: [
        'Mao Ning said: I would refer you to the competent authorities for the details of the case.',
        'I am not aware of the specifics of what you mentioned, the Chinese foreign ministry spokesperson said.',
      ],
      noMatch: ['I am not aware of the specifics, the head teacher told parents.'],
    },
  },
  {
    id: 'consistent-and-clear-position',
    phrase: "China's position is consistent and clear",
    patterns: [
      '(is|remains|has been|has always been) consistent and clear',
      '(position|stance) is clear and consistent',
      '(made|stated) (its|our|china~n) (principled|) position (clear|) on (multiple|many|numerous) occasions',
      'principled (position|stance) (on|of)',
    ],
    sources: ['prc'],
    techniques: ['conversation-killer', 'set-formula'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'The foreign ministry answers many questions by saying that China’s position "is consistent and clear" and has been stated "on multiple occasions". The formula treats the matter as settled and declines to add anything new. The words can occur elsewhere, so they count only near signs of an official Chinese statement.',
    origin: '',
    original: '中方立场是一贯的、明确的',
    related: ['refer-you-to-the-competent-authorities', 'the-chinese-side'],
    guards: [],
    examples: {
      match: [
        "Mao Ning said China's position on the Ukraine issue is consistent and clear.",
        'The Chinese side has made its principled position clear on multiple occasions, the spokesperson said.',
      ],
      noMatch: ['The coach said the club’s position is clear and consistent on ticket prices.'],
    },
  },
  {
    id: 'facts-speak-louder-than-words',
    phrase: 'facts speak louder than words',
    patterns: [
      'facts speak louder than words',
      'facts (have|) (fully|once again) (proved|proven|shown|demonstrated) that',
      '(the international community|the world|history|the people) (has|have|will have) (its|their) own (fair|) (judgment|judgement|verdict)',
      '(eyes of the people are|people have) discerning (eyes|judgment)',
    ],
    sources: ['prc'],
    techniques: ['conversation-killer', 'appeal-to-popularity'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Ministry spokespeople close rebuttals by saying that "facts speak louder than words" or that "the international community has its own judgment". The formulas claim that the truth is obvious to any fair observer and so need not be argued. The idioms occur in ordinary English too, so they count only near signs of an official Chinese statement.',
    origin: '',
    original: '事实胜于雄辩；国际社会自有公论',
    related: ['consistent-and-clear-position', 'a-lie-repeated-a-thousand-times'],
    guards: [],
    examples: {
      match: [
        'Facts speak louder than words, Wang Wenbin told reporters.',
        'The international community has its own fair judgment, the Chinese foreign ministry said.',
      ],
      noMatch: ['Facts speak louder than words, the coach said after the win.'],
    },
  },
  {
    id: 'no-force-can-stop',
    phrase: 'no force can stop the Chinese people',
    patterns: [
      '(no force|nothing) (can|could|will) (stop|halt|hold back|block) the (chinese people|chinese nation|great rejuvenation)',
      "(no force|nothing) (can|could|will) (stop|halt|hold back|block) china~n (development|progress|rise|reunification)",
    ],
    sources: ['prc'],
    techniques: ['flag-waving', 'appeal-to-fear'],
    tier: 'signature',
    explanation:
      'A defiant formula of speeches and ministry statements: "no force can stop" the Chinese people, China’s development or its reunification. It presents China’s course as historically inevitable and any opposition as futile. It is common at anniversaries and in responses to sanctions or to statements on Taiwan.',
    origin: '',
    original: '任何力量都阻挡不了',
    related: ['the-chinese-people-will-never-allow', 'no-one-should-underestimate', 'wheel-of-history'],
    guards: [],
    examples: {
      match: [
        'No force can stop the Chinese people from marching forward, Xi declared.',
        'Nothing can hold back China’s development, the spokesperson said.',
      ],
      noMatch: ['No force could stop the flood from reaching the village.'],
    },
  },
  {
    id: 'necessary-measures-to-safeguard',
    phrase: 'take necessary measures to safeguard its interests',
    patterns: [
      '(take~v|took) (all|) necessary measures to (firmly|resolutely|) (safeguard|defend|protect) (its|china~n|our)',
      '(legitimate|lawful) rights and interests of (chinese|china~n)',
      '(safeguard~v|safeguarding|protect~v|defend~v|uphold~v) (its|their|our) (legitimate|lawful) rights and interests',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-fear', 'set-formula'],
    tier: 'common',
    explanation:
      'Ministry statements warn that China "will take necessary measures to safeguard its legitimate rights and interests". The formula announces retaliation without naming it and frames it as defence. The words are also legal and diplomatic routine elsewhere, so they count only where the text concerns China.',
    origin: '',
    original: '采取必要措施，坚决维护自身正当权益',
    related: ['resolute-and-forceful-measures', 'all-consequences-arising-therefrom'],
    guards: [],
    examples: {
      match: [
        'China will take necessary measures to resolutely safeguard its interests, Beijing said.',
        'China will protect the legitimate rights and interests of Chinese companies, the ministry said.',
      ],
      noMatch: ['The tenants’ union promised to defend its members in court.'],
    },
  },
  {
    id: 'china-has-always',
    phrase: 'China has always firmly supported',
    patterns: [
      '(china|the chinese side|the chinese government) has (always|consistently) (firmly|) (supported|opposed|advocated|upheld|adhered to|stood for|been committed to|maintained)',
      '(china|the chinese side) (attaches|attached) great importance to',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Ministry answers typically open by asserting continuity: "China has always firmly supported" a cause, or "China attaches great importance to" a relationship. The formula presents the current position as part of an unbroken principled record. The words are ordinary, so they count only near signs of an official Chinese statement.',
    origin: '',
    original: '中方一贯坚定支持；中方高度重视',
    related: ['consistent-and-clear-position', 'the-chinese-side'],
    guards: [],
    examples: {
      match: [
        'Lin Jian said China has always firmly supported the Palestinian people.',
        'Lin Jian said the Chinese side attaches great importance to relations with ASEAN.',
      ],
      noMatch: ['Analysts say China has always been a large buyer of soybeans.'],
    },
  },
  {
    id: 'china-is-ready-to-work-with',
    phrase: 'China is ready to work with',
    patterns: [
      '(china|beijing|the chinese side) (is|remains|will be) (ready|willing) to work (together|) with',
      '(china|beijing|the chinese side) (is|remains) (ready|willing) to (join hands|deepen|strengthen|enhance)',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Chinese readouts close with an offer: "China is ready to work with" the other side to deepen cooperation. The formula presents China as the willing partner and leaves the next step to the other government. The words are ordinary, so they count only where the text concerns China.',
    origin: '',
    original: '中方愿同……一道',
    related: ['stand-ready-to-work-with', 'practical-cooperation'],
    guards: [],
    examples: {
      match: [
        'China is ready to work with Brazil to deepen the partnership, Xi said in Beijing.',
        'The Chinese side is willing to join hands with Africa, Wang Yi said.',
      ],
      noMatch: ['The Chinese restaurant is ready to open next week.'],
    },
  },
  {
    id: 'not-targeting-any-third-party',
    phrase: 'not targeting any third party',
    patterns: [
      '(not|never) (target~v|targeting|targeted at|directed at|aimed at|against) (any|a) third (party|country)',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'euphemism'],
    tier: 'common',
    explanation:
      'Chinese statements on its partnerships, above all with Russia, say that they are "not targeting any third party". The formula contrasts China’s ties with US alliances, which it presents as aimed at others. Other governments use similar words, so it counts only where the text concerns China.',
    origin: '',
    original: '不针对任何第三方',
    related: ['partnership-not-alliance', 'non-conflict-non-confrontation', 'small-circles'],
    guards: [],
    examples: {
      match: [
        'China-Russia cooperation does not target any third party, the Chinese spokesperson said.',
        'Beijing said the drills were not directed at any third party.',
      ],
      noMatch: ['The insurance covers damage to a third party car.'],
    },
  },
  {
    id: 'dialogue-and-consultation',
    phrase: 'dialogue and consultation',
    patterns: [
      '(through|via|by) dialogue and consultation',
      'dialogue and consultation (is|are|remain~v) the (only|right|viable|fundamental) (way|path|solution)',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'The ministry’s stock recommendation for any conflict abroad: disputes should be resolved "through dialogue and consultation". It presents China as a neutral advocate of peace while avoiding any judgement about which side is responsible. The words are diplomatic routine elsewhere too, so they count only where the text concerns China.',
    origin: '',
    original: '对话协商',
    related: ['the-ukraine-crisis', 'properly-handle-differences'],
    guards: [],
    examples: {
      match: [
        'China calls on all parties to resolve the dispute through dialogue and consultation.',
        'Beijing said dialogue and consultation are the only way out of the crisis.',
      ],
      noMatch: ['The school resolved the complaint through a meeting with parents.'],
    },
  },
  {
    id: 'the-ukraine-crisis',
    phrase: 'the Ukraine crisis',
    patterns: [
      'the ukraine crisis',
      'political settlement of the (ukraine crisis|ukraine issue|crisis in ukraine)',
      'the ukraine issue',
    ],
    sources: ['prc'],
    techniques: ['euphemism'],
    tier: 'common',
    explanation:
      'Chinese official English calls the war that began with Russia’s full-scale invasion "the Ukraine crisis" or "the Ukraine issue" and calls for its "political settlement". The terms avoid "war" and "invasion" and so avoid naming an aggressor. The phrase was also used by Western media about the events of 2014, so it counts only where the text concerns China.',
    origin: '',
    original: '乌克兰危机；乌克兰问题',
    related: ['dialogue-and-consultation', 'legitimate-security-concerns-of-all-countries'],
    guards: [],
    examples: {
      match: [
        'China’s envoy said the Ukraine crisis has no simple solution.',
        'Beijing called for a political settlement of the Ukraine crisis.',
      ],
      noMatch: ['Ukraine faces a crisis in its power grid after the strikes.'],
    },
  },
  // Global Times and commentary framing.
  {
    id: 'us-coercive-diplomacy',
    phrase: "America's coercive diplomacy",
    patterns: [
      "(us|american|america~n|washington~n) coercive diplomacy",
      'coercive diplomacy (of|by|practised by|practiced by) (the us|the united states|washington|america)',
    ],
    sources: ['prc'],
    techniques: ['whataboutism', 'name-calling'],
    tier: 'common',
    explanation:
      'Chinese state media and ministry reports turn the charge of "coercive diplomacy", often made against China, back on the United States. The phrase presents sanctions, tariffs and alliance pressure as the real coercion in international affairs. It appears in ministry reports and China Daily commentary; it counts only where the text concerns China.',
    origin: '',
    original: '美国的胁迫外交',
    related: ['bullying-practices', 'long-arm-jurisdiction', 'high-handedness-and-bullying'],
    guards: [],
    examples: {
      match: [
        "The Chinese report details America's coercive diplomacy around the world.",
        'Beijing said Washington’s coercive diplomacy harms its own allies.',
      ],
      noMatch: ['The scholar wrote a history of coercive diplomacy in the nineteenth century.'],
    },
  },
  {
    id: 'stigmatize-china',
    phrase: 'stigmatize China',
    patterns: [
      '(stigmatize~v|stigmatise~v|stigmatizing|stigmatising) (china|the chinese|chinese|xinjiang|the cpc)',
      '(stigmatization|stigmatisation|demonization|demonisation|vilification) of (china|the chinese|chinese|the cpc)',
    ],
    sources: ['prc'],
    techniques: ['questioning-reputation', 'loaded-language'],
    tier: 'common',
    explanation:
      'Chinese officials and state media describe foreign criticism as attempts to "stigmatize" or "demonize" China. The words recast criticism as prejudice, shifting attention from its substance to the motives of the critic. They were frequent in the dispute over the origins of COVID-19; they count only where the text concerns China.',
    origin: '',
    original: '污名化中国',
    related: ['smear-china', 'politicize-and-weaponize', 'ideological-bias'],
    guards: [],
    examples: {
      match: [
        'In Beijing, the spokesperson accused US politicians of trying to stigmatize China.',
        'Beijing condemned the demonization of China in Western reporting.',
      ],
      noMatch: ['Campaigners want to end the stigmatization of mental illness.'],
    },
  },
  {
    id: 'hype-up',
    phrase: 'hype up the so-called threat',
    patterns: [
      '(hype~v|hyping) up (the|) (so called|china~n|chinese|xinjiang|taiwan|alleged|issue~n|threat~n)',
      '(hype~v|hyping) (the|) so called',
      'western media (bias|smears|hype|distortions|narrative~n)',
      'biased western (media|reports|reporting|coverage)',
    ],
    sources: ['prc'],
    techniques: ['loaded-language', 'doubt'],
    tier: 'common',
    explanation:
      'Global Times and ministry spokespeople accuse foreign governments and "Western media" of "hyping up" issues such as a "China threat", espionage or overcapacity. The verb presents the subject as inflated by bias and so not worth discussing on its merits. It counts only where the text concerns China.',
    origin: '',
    original: '炒作',
    related: ['malicious-hype', 'some-western-media', 'china-threat-theory'],
    guards: [],
    examples: {
      match: [
        'Some politicians keep hyping up the so-called China threat, the spokesperson said.',
        'The Chinese embassy criticized Western media bias on Xinjiang.',
      ],
      noMatch: ['The promoters hyped up the fight for weeks.'],
    },
  },
  {
    id: 'maintain-hegemony',
    phrase: 'maintain its hegemony',
    patterns: [
      '(maintain~v|preserve~v|consolidate~v|perpetuate~v|safeguard~v) (its|us|american|washington~n|their) (global|) hegemony',
      '(maintain|preserve|consolidate) and (expand|extend|consolidate) (its|us|american|their) hegemony',
      '(extend~v|extending|stretch~v|stretching) (its|their) tentacles',
    ],
    sources: ['prc'],
    techniques: ['name-calling', 'causal-oversimplification'],
    tier: 'common',
    explanation:
      'Chinese commentary explains US policy as an effort to "maintain its hegemony", with NATO "extending its tentacles" into Asia. The framing attributes every US move to a single motive of domination and casts alliances as predatory. Similar words occur in historical writing, so they count only where the text concerns China.',
    origin: '',
    original: '维护霸权；把触角伸向',
    related: ['hegemonism', 'contain-chinas-rise', 'asian-version-of-nato'],
    guards: [],
    examples: {
      match: [
        'Global Times said Washington uses NATO to maintain and expand its hegemony against China.',
        'The Chinese commentary said NATO is extending its tentacles into the Asia-Pacific.',
      ],
      noMatch: ['The empire fought for centuries to maintain its hegemony in the region.'],
    },
  },
  {
    id: 'contain-chinas-rise',
    phrase: "contain China's rise",
    patterns: [
      '(counter~v|contain~v|containing|curb~v|curbing|stifle~v|thwart~v) china~n (rise|development|growth|progress)',
    ],
    sources: ['prc'],
    techniques: ['causal-oversimplification', 'appeal-to-fear'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Chinese officials and state media present export controls, tariffs and alliances as attempts to "contain China’s rise" or "curb China’s development". The phrase reduces varied foreign policies to a single hostile aim and makes resisting them a national cause. Western analysts use the same words, so it counts only near signs of a Chinese official or state-media voice.',
    origin: '',
    original: '遏制中国发展',
    related: ['contain-and-suppress', 'maintain-hegemony', 'technological-blockade'],
    guards: [],
    examples: {
      match: [
        'The CPC paper said the chip curbs aim to contain China’s rise.',
        'Wang Wenbin said Washington was trying to curb China’s development.',
      ],
      noMatch: ['Analysts in Washington debate whether to contain China’s rise or engage it.'],
    },
  },
  {
    id: 'shift-the-blame-onto-china',
    phrase: 'shift the blame onto China',
    patterns: [
      '(shift~v|shifting|deflect~v|deflecting|pass~v|passing) (the|) blame (onto|to|on) (china|beijing|others)',
      '(scapegoat~v|scapegoating) (china|chinese)',
      '(use~v|using|make~v|making) china (a|the|as a|as the) scapegoat',
    ],
    sources: ['prc'],
    techniques: ['whataboutism', 'appeal-to-hypocrisy'],
    tier: 'common',
    explanation:
      'Ministry spokespeople say foreign governments "shift the blame onto China" for their own failures, over the pandemic, fentanyl or trade deficits. The reply moves the subject from China’s conduct to the domestic politics of the accuser. The words occur elsewhere too, so they count only where the text concerns China.',
    origin: '',
    original: '甩锅中国',
    related: ['point-fingers-at-china', 'in-no-position-to-lecture'],
    guards: [],
    examples: {
      match: [
        'Beijing said Washington was trying to shift the blame onto China for the epidemic.',
        'The Chinese spokesperson said US politicians keep scapegoating China.',
      ],
      noMatch: ['The manager tried to shift the blame onto the referee.'],
    },
  },
  {
    id: 'democracy-is-not-a-patent',
    phrase: 'democracy is not the patent of any country',
    patterns: [
      '(democracy|human rights) (is not|isn\'t) (a|the) (monopoly|privilege|prerogative|exclusive right) of',
      'no one size fits all (model|approach) (of|to|for) (democracy|human rights)',
      '(us|american|western) style democracy',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'whataboutism'],
    tier: 'common',
    explanation:
      'Chinese officials and commentary say democracy "is not the monopoly of any country" and contrast Chinese democracy with "US-style democracy", described as ruled by money. The framing claims the word democracy for China’s system and turns it against its critics. Similar words occur elsewhere, so they count only where the text concerns China.',
    origin: '',
    original: '民主不是某个国家的专利',
    related: ['democracy-is-not-coca-cola', 'whole-process-peoples-democracy'],
    guards: [],
    examples: {
      match: [
        'Democracy is not the monopoly of any country, the Chinese white paper says.',
        'China Daily said US-style democracy is dominated by money.',
      ],
      noMatch: ['The town voted on the park in a direct style of democracy.'],
    },
  },
  {
    id: 'chinese-experts-said',
    phrase: 'Chinese experts said',
    patterns: [
      'chinese (experts|analysts|observers|scholars) (said|say|noted|note|pointed out|warned|believe|believed|told)',
      '(experts|analysts|observers) (told|noted to) the global times',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-authority'],
    tier: 'common',
    context: PRC_VOICE,
    explanation:
      'Global Times reports commonly close with the verdict of unnamed or lightly identified "Chinese experts" or "observers". The attribution presents the paper’s line as expert consensus. Other outlets quote Chinese experts too, so the phrase counts only near signs of a Chinese state-media voice.',
    origin: '',
    original: '中国专家表示',
    related: ['told-the-global-times', 'chinese-netizens'],
    guards: [],
    examples: {
      match: [
        'Chinese experts said the move would backfire on Washington, Global Times reported.',
        'Several observers told the Global Times the visit was a provocation, as Beijing said last week.',
      ],
      noMatch: ['Chinese experts said the panda cub was healthy, the zoo in Vienna reported.'],
    },
  },
  {
    id: 'help-the-world-understand-china',
    phrase: 'help the world understand China better',
    patterns: [
      '(world|foreigners|foreign friends|international friends|foreign audiences|young people) (to|) (better|) (understand|know) china (better|more|)',
      '(window|bridge) for the world to (understand|know|learn about|see) china',
      '(foreign|international) friends (from|in|who)',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'State-media features present exchanges, exhibitions and foreign residents as helping "the world understand China better", and call foreign visitors "foreign friends". The framing casts soft-power events as bridges of friendship and foreigners as witnesses of a positive China. The words occur elsewhere, so they count only where the text concerns China.',
    origin: '',
    original: '让世界更好地了解中国；外国友人',
    related: ['tell-chinas-story-well', 'international-communication-capacity', 'people-to-people-exchanges'],
    guards: [],
    examples: {
      match: [
        'The Chinese film week is a window for the world to understand China.',
        'Foreign friends from 30 countries joined the Beijing lantern festival.',
      ],
      noMatch: ['The exchange helped students understand French culture better.'],
    },
  },
  {
    id: 'vivid-embodiment',
    phrase: 'a vivid embodiment',
    patterns: ['vivid (embodiment|manifestation|testament|illustration|epitome) of', '(a|the) (true|concrete|best) embodiment of (the|) (spirit|concept|vision|friendship)'],
    sources: ['prc'],
    techniques: ['loaded-language', 'set-formula'],
    tier: 'common',
    explanation:
      'Chinese official English likes to call an event or project "a vivid embodiment" of friendship, of a slogan or of the Party’s concept. The phrase turns a single case into proof of the general claim. The words occur in other writing too, so they count only where the text concerns China.',
    origin: '',
    original: '生动体现',
    related: ['community-with-a-shared-future', 'tangible-benefits'],
    guards: [],
    examples: {
      match: [
        'The new airport is a vivid embodiment of China-Pakistan friendship.',
        'Xinhua called the project the best embodiment of the spirit of cooperation.',
      ],
      noMatch: ['The painting is a vivid portrait of the artist’s mother.'],
    },
  },
  // Taiwan, Hong Kong and history: official names.
  {
    id: 'the-taiwan-question',
    phrase: 'the Taiwan question',
    patterns: ['the taiwan question', 'the question of taiwan', '(resolve~v|resolving|settle~v|settling|solve~v|solving) the taiwan (question|issue)', 'the taiwan authorities'],
    sources: ['prc'],
    techniques: ['set-formula', 'euphemism'],
    tier: 'common',
    explanation:
      'Chinese official English speaks of "the Taiwan question" to be "resolved" by reunification, and of "the Taiwan authorities" rather than Taiwan’s government. The wording frames the island’s status as an unfinished internal matter of China. Other writers sometimes use the same words, so they count only where the text concerns China.',
    origin: '',
    original: '台湾问题；台湾当局',
    related: ['dpp-authorities', 'taiwan-region', 'complete-reunification-of-the-motherland'],
    guards: [],
    examples: {
      match: [
        'Resolving the Taiwan question is a matter for the Chinese people, Beijing said.',
        'The Taiwan authorities must stop provoking the mainland, the Chinese spokesperson said.',
      ],
      noMatch: ['The quiz included a question on Taiwanese cuisine.'],
    },
  },
  {
    id: 'prosperity-and-stability-of-hong-kong',
    phrase: 'long-term prosperity and stability of Hong Kong',
    patterns: [
      'prosperity and stability (of|in) (hong kong|macao|macau|the hksar)',
      "(hong kong~n|macao~n|macau~n) (long term|lasting) prosperity and stability",
      'executive led (system|governance|political structure)',
      'hksar (government|chief executive)',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Statements on Hong Kong and Macao justify each measure as serving their "long-term prosperity and stability", and describe the political order as "executive-led" under the HKSAR government. The formula makes stability the overriding value against which protest and opposition are judged. It counts only where the text concerns China.',
    origin: '',
    original: '长期繁荣稳定；行政主导',
    related: ['patriots-administering-hong-kong', 'from-chaos-to-order', 'one-country-two-systems'],
    guards: [],
    examples: {
      match: [
        'The law safeguards the long-term prosperity and stability of Hong Kong, Beijing said.',
        'The HKSAR government welcomed the decision of the Chinese legislature.',
      ],
      noMatch: ['The bank reported record profits in its Singapore office.'],
    },
  },
  {
    id: 'war-of-resistance-against-japanese-aggression',
    phrase: 'the War of Resistance Against Japanese Aggression',
    patterns: [
      'war of resistance against japanese aggression',
      "chinese people~n war of resistance",
      'world anti fascist war',
      'war to resist (us|u s|american) aggression and aid korea',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'flag-waving'],
    tier: 'signature',
    explanation:
      'The official Chinese names of the Second Sino-Japanese War, set within "the World Anti-Fascist War", and of the Korean War, "the War to Resist US Aggression and Aid Korea". The names frame both wars as national resistance to foreign aggression and are central to Party patriotism. Other historians use "Second Sino-Japanese War" and "Korean War".',
    origin: '',
    original: '中国人民抗日战争；抗美援朝战争',
    related: ['century-of-humiliation', 'revival-of-japanese-militarism', 'patriotic-education'],
    guards: [],
    examples: {
      match: [
        'The museum marks the victory of the War of Resistance Against Japanese Aggression.',
        'Veterans of the War to Resist US Aggression and Aid Korea were honoured.',
      ],
      noMatch: ['The historian wrote about resistance movements in occupied France.'],
    },
  },
  {
    id: 'xinjiang-is-a-wonderful-place',
    phrase: 'Xinjiang is a wonderful place',
    patterns: [
      'xinjiang is a (good|wonderful|beautiful|great) (place|land)',
      'prosperity and (stability|harmony) in xinjiang',
      'xinjiang (enjoys|enjoyed) (social stability|stability and prosperity|lasting stability)',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'exaggeration-minimisation'],
    tier: 'signature',
    explanation:
      'The tourism and publicity slogan "Xinjiang is a wonderful place" and the claim that the region "enjoys social stability" answer reports of mass detention. They present Xinjiang through tourism, growth and calm rather than security policy. State media and officials use them in press tours and white papers.',
    origin: '',
    original: '新疆是个好地方',
    related: ['lies-about-xinjiang', 'counter-terrorism-and-deradicalization', 'people-of-all-ethnic-groups'],
    guards: [],
    examples: {
      match: [
        'Visitors agreed that Xinjiang is a wonderful place, the report said.',
        'Xinjiang enjoys social stability and a growing economy, Xinhua said.',
      ],
      noMatch: ['The travel writer described the Pamir as a wild place.'],
    },
  },
  {
    id: 'us-human-rights-violations',
    phrase: 'human rights violations in the United States',
    patterns: [
      'report on human rights violations in the (us|united states)',
      'human rights (violations|abuses|problems|situation) in the (us|united states)',
      '(us|american) human rights (record|abuses|violations|deficit)',
    ],
    sources: ['prc'],
    techniques: ['whataboutism', 'appeal-to-hypocrisy'],
    tier: 'common',
    explanation:
      'China answers US criticism with annual reports on "human rights violations in the United States", listing gun violence, racism and wars abroad. The reports shift attention from China to the accuser’s record. Human rights groups also discuss US abuses, so the phrase counts only where the text concerns China.',
    origin: '',
    original: '美国侵犯人权报告',
    related: ['reflect-on-its-own-human-rights-problems', 'in-no-position-to-lecture', 'double-standards'],
    guards: [],
    examples: {
      match: [
        'China released a report on human rights violations in the United States.',
        'Beijing listed the US human rights record on gun violence and racism.',
      ],
      noMatch: ['Amnesty International’s report covered abuses in dozens of countries.'],
    },
  },
  // Economy and development slogans.
  {
    id: 'fundamentals-of-chinas-economy',
    phrase: "the fundamentals of China's long-term growth remain unchanged",
    patterns: [
      "fundamentals (of|sustaining|underpinning|supporting) (china~n|the chinese) (economy|economic growth|long term growth|long term economic growth)",
      "(china~n|the chinese) economy (is|remains) (stable and improving|resilient and dynamic|on the rise)",
      'bright spot (in|of|for) the (world|global) economy',
    ],
    sources: ['prc'],
    techniques: ['exaggeration-minimisation', 'set-formula'],
    tier: 'common',
    explanation:
      'Official commentary answers reports of slowdown by saying that the "fundamentals sustaining China’s long-term growth remain unchanged" and that China is a "bright spot" in the world economy. The formula reframes weak data as temporary. Economists use similar words, so they count only where the text concerns China.',
    origin: '',
    original: '中国经济长期向好的基本面没有改变',
    related: ['engine-of-global-growth', 'stabilizer-of-the-global-economy'],
    guards: [],
    examples: {
      match: [
        "The fundamentals of China's long-term growth remain unchanged, a Chinese official said.",
        'Beijing called the country a bright spot in the world economy.',
      ],
      noMatch: ['The company’s fundamentals remain strong despite the weak quarter.'],
    },
  },
  {
    id: 'private-economy',
    phrase: 'the private economy',
    patterns: ['(the|) private economy', 'two unwaverings', 'non public (sector|economy)', 'unified national market'],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'Chinese policy English speaks of "the private economy" and of building a "unified national market", where others say private sector and single market. The terms belong to Party documents on the economy, such as the "two unwaverings" towards public and private ownership. They count only where the text concerns China.',
    origin: '',
    original: '民营经济；全国统一大市场',
    related: ['high-quality-development', 'new-development-philosophy'],
    guards: [],
    examples: {
      match: [
        'China issued new measures to boost the private economy.',
        'The Chinese plan calls for building a unified national market.',
      ],
      noMatch: ['The private sector added fewer jobs than expected.'],
    },
  },
  {
    id: 'strong-country-slogans',
    phrase: 'build China into a strong country in science and technology',
    patterns: [
      'into a (strong|great|leading|modern) (country|nation) in (science and technology|education|culture|sports|manufacturing|cyberspace|trade|talent|agriculture)',
      '(strong|leading) country in (science and technology|education|culture|sports|manufacturing|cyberspace|trade|talent) by 2035',
      '(digital|healthy|safe|peaceful) china (initiative|strategy|summit|action|2030|campaign)',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'flag-waving'],
    tier: 'common',
    explanation:
      'Party documents set the goal of building China into a "strong country" in science, education, culture, sports and other fields by 2035, with campaigns such as Digital China and Healthy China. The slogans present each policy area as part of national strengthening. They count only where the text concerns China.',
    origin: '',
    original: '建设科技强国、教育强国、文化强国；数字中国；健康中国',
    related: ['beautiful-china', 'science-and-technology-self-reliance', 'modern-socialist-country'],
    guards: [],
    examples: {
      match: [
        'China aims to become a strong country in education by 2035, the plan says.',
        'The Digital China summit opened in Fuzhou, in southeast China.',
      ],
      noMatch: ['The town has a strong tradition in education and sports.'],
    },
  },
  // Diplomatic philosophy.
  {
    id: 'three-global-initiatives',
    phrase: 'the three global initiatives',
    patterns: [
      '(three|three major) global initiatives',
      'new form of human (advancement|civilization|civilisation)',
      'largest concentric circle',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'set-formula'],
    tier: 'signature',
    explanation:
      'Recent slogans of Xi Jinping’s diplomacy and ideology: the "three global initiatives" on development, security and civilization; Chinese modernization as "a new form of human advancement"; and the call to draw "the largest concentric circle" of support. They appear in speeches, white papers and state-media commentary.',
    origin: '',
    original: '三大全球倡议；人类文明新形态；最大同心圆',
    related: ['global-development-initiative', 'global-security-initiative', 'global-civilization-initiative', 'chinese-modernization'],
    guards: [],
    examples: {
      match: [
        'The envoy praised the three global initiatives of President Xi.',
        'Chinese modernization creates a new form of human advancement, the paper said.',
      ],
      noMatch: ['The three global brands merged their loyalty schemes.'],
    },
  },
  {
    id: 'overcapacity-narrative',
    phrase: 'the so-called overcapacity narrative',
    patterns: [
      'overcapacity (narrative|theory|hype|fallacy|myth|argument)',
      'so called " (chinese|china~n|) overcapacity "',
      '(de sinicization|de sinicisation|de sinification)',
    ],
    sources: ['prc'],
    techniques: ['loaded-language', 'doubt'],
    tier: 'common',
    explanation:
      'Chinese officials and commentary dismiss Western complaints about subsidized exports as the "overcapacity narrative" or "so-called overcapacity", and describe de-risking and Taiwan’s cultural policies as "de-Sinicization". The labels treat economic and political concerns as invented pretexts. They count only where the text concerns China.',
    origin: '',
    original: '“产能过剩论”；去中国化',
    related: ['china-threat-theory', 'decoupling-and-severing-supply-chains', 'hype-up'],
    guards: [],
    examples: {
      match: [
        'The Chinese minister rejected the overcapacity narrative as protectionism.',
        'Beijing said the DPP is pushing de-Sinicization in schools.',
        'The Chinese ministry dismissed the so-called "overcapacity" as a pretext.',
      ],
      noMatch: ['The steel plant ran below capacity all winter.'],
    },
  },
  {
    id: 'cultural-exchanges-and-mutual-understanding',
    phrase: 'deepen mutual understanding and friendship',
    patterns: [
      'mutual understanding and friendship',
      'friendship and mutual understanding',
      '(enhance~v|deepen~v|promote~v|strengthen~v|enhancing|deepening|promoting|strengthening) mutual understanding (between|among) the (two|chinese)',
      'bridge of (friendship|communication|understanding)',
      'cultural exchange~n and mutual (understanding|learning)',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'set-formula'],
    tier: 'common',
    explanation:
      'Features on exchanges with China end with the promise to "deepen mutual understanding and friendship" and present students, artists and translators as a "bridge of friendship". The phrasing turns cultural events into evidence of good relations between peoples. The words occur elsewhere too, so they count only where the text concerns China.',
    origin: '',
    original: '增进相互了解和友谊；友谊的桥梁',
    related: ['people-to-people-exchanges', 'help-the-world-understand-china', 'traditional-friendship'],
    guards: [],
    examples: {
      match: [
        'The Chinese film festival will enhance mutual understanding between the two peoples.',
        'The translator has become a bridge of friendship between France and China.',
      ],
      noMatch: ['The mediator built a bridge of trust between the neighbours.'],
    },
  },
  // Party history, ideology and governance terms.
  {
    id: 'revolutionary-spirits',
    phrase: 'the great founding spirit of the Party',
    patterns: [
      'great founding spirit (of the party|of the cpc|)',
      "(long march|yan'an|yanan|jinggangshan|red boat|xibaipo|anti epidemic) spirit",
      'new long march',
    ],
    sources: ['prc'],
    techniques: ['flag-waving', 'slogans'],
    tier: 'signature',
    explanation:
      'Party texts name a genealogy of revolutionary "spirits", from the great founding spirit and the Red Boat spirit to the Long March, Yan’an and anti-epidemic spirits, and call present tasks a "new Long March". The names turn history into moral examples for cadres and citizens today. They appear in speeches, study campaigns and state-media features on red tourism.',
    origin: 'Xi Jinping named "the great founding spirit of the Party" at the CPC centenary in July 2021.',
    original: '伟大建党精神；长征精神；新长征',
    related: ['original-aspiration', 'patriotic-education', 'chinese-people-have-stood-up'],
    guards: [],
    examples: {
      match: [
        'Cadres were urged to carry forward the great founding spirit of the Party.',
        'The exhibition tells how the Long March spirit inspires the new era.',
      ],
      noMatch: ['The charity march raised money for the hospital.'],
    },
  },
  {
    id: 'marxism-in-the-chinese-context',
    phrase: 'adapting Marxism to the Chinese context',
    patterns: [
      '(adapt~v|adapting) marxism to (the|) chinese context',
      '(sinicization|sinicisation) of marxism',
      'basic tenets of marxism',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-authority', 'set-formula'],
    tier: 'signature',
    explanation:
      'Party theory describes its doctrine as "adapting Marxism to the Chinese context and the needs of our times", by integrating "the basic tenets of Marxism" with China’s realities and traditional culture. The formula presents Xi Jinping Thought as the latest stage of Marxism and the Party as its rightful interpreter. It recurs in theory journals and plenum documents.',
    origin: '',
    original: '推进马克思主义中国化时代化；马克思主义基本原理',
    related: ['xi-jinping-thought', 'socialism-with-chinese-characteristics', 'mao-zedong-thought'],
    guards: [],
    examples: {
      match: [
        'The session studied how to adapt Marxism to the Chinese context.',
        'Party schools teach the basic tenets of Marxism alongside Xi Jinping Thought.',
      ],
      noMatch: ['The seminar compared Marxism in Germany and Italy.'],
    },
  },
  {
    id: 'serious-violations-of-discipline-and-law',
    phrase: 'suspected of serious violations of discipline and law',
    patterns: [
      'serious violation~n of (party|) discipline and (law|laws)',
      'violation~n of party discipline and (law|laws)',
      'central commission for discipline inspection',
    ],
    sources: ['prc'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'signature',
    explanation:
      'The fixed announcement that an official is "under investigation for suspected serious violations of discipline and law", the Party’s wording for a corruption or loyalty case. The phrase announces a fall from power while saying nothing about the charges. It is issued by the Central Commission for Discipline Inspection and repeated verbatim by state media.',
    origin: '',
    original: '涉嫌严重违纪违法',
    related: ['tigers-and-flies', 'full-and-rigorous-self-governance', 'eight-point-rules'],
    guards: [],
    examples: {
      match: [
        'The former vice-governor is suspected of serious violations of discipline and law.',
        'The Central Commission for Discipline Inspection opened an investigation.',
      ],
      noMatch: ['The player was fined for a serious violation of club rules.'],
    },
  },
  {
    id: 'fengqiao-experience',
    phrase: 'the Fengqiao Experience',
    patterns: [
      'fengqiao (experience|model)',
      'stability maintenance',
      'grid (based|) (management|governance) (system|)',
      'grassroots (party organizations|party organisations|governance|party building)',
    ],
    sources: ['prc'],
    techniques: ['euphemism', 'set-formula'],
    tier: 'common',
    explanation:
      'Terms of Party social control at the local level: the "Fengqiao Experience" of settling disputes within the community, "stability maintenance", "grid management" and "grassroots Party organizations". The wording presents surveillance and petition control as community service. Scholars use the terms descriptively too, so they count only where the text concerns China.',
    origin: 'The Fengqiao Experience dates from a 1963 campaign in Zhuji, Zhejiang, praised by Mao; Xi Jinping revived it from 2013.',
    original: '枫桥经验；维稳；网格化管理',
    related: ['holistic-approach-to-national-security', 'leading-cadres'],
    guards: [],
    examples: {
      match: [
        'The Chinese county applies the Fengqiao Experience to resolve disputes.',
        'Grassroots Party organizations in Beijing checked every household.',
      ],
      noMatch: ['The utility upgraded its grid management software.'],
    },
  },
  {
    id: 'reincarnation-of-living-buddhas',
    phrase: 'the reincarnation of living Buddhas',
    patterns: [
      'reincarnation of (the|) living buddha~n',
      'golden urn',
      'living buddha~n (must|should) be approved',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'common',
    explanation:
      'Official texts on Tibet insist that the "reincarnation of living Buddhas", including the next Dalai Lama, follow state rules and the historical "golden urn" lottery. The wording claims religious succession for the state and its history. Writers on Tibetan Buddhism use the terms too, so they count only where the text concerns China.',
    origin: 'State regulations on the reincarnation of living Buddhas were issued in 2007.',
    original: '活佛转世；金瓶掣签',
    related: ['dalai-clique', 'sinicization-of-religion', 'xizang'],
    guards: [],
    examples: {
      match: [
        'Beijing says the reincarnation of living Buddhas must be approved by the central government.',
        'The Chinese white paper defends the golden urn tradition.',
      ],
      noMatch: ['The monk spoke about rebirth in Buddhist teaching.'],
    },
  },
  {
    id: 'cross-strait-integrated-development',
    phrase: 'cross-Strait integrated development',
    patterns: [
      'cross strait integrated development',
      'integrated development across the (taiwan|) strait',
      'demonstration zone for (cross strait|) integrated development',
      'cross strait (family|compatriots)',
      'both sides of the strait are (one|a) family',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'Beijing’s policy of drawing Taiwan into the mainland economy through "cross-Strait integrated development", with Fujian as a "demonstration zone", and its slogan that people on both sides of the Strait are "one family". The terms present absorption as kinship and shared opportunity. They appear in Taiwan Affairs Office briefings and state-media reports on Taiwanese in Fujian.',
    origin: 'Fujian was designated a demonstration zone for cross-Strait integrated development in 2023.',
    original: '两岸融合发展；两岸一家亲',
    related: ['compatriots-across-the-strait', 'peaceful-reunification', 'the-taiwan-question'],
    guards: [],
    examples: {
      match: [
        'Fujian will build a demonstration zone for cross-Strait integrated development.',
        'People on both sides of the Strait are one family, the spokesperson said.',
      ],
      noMatch: ['Ferries cross the strait twice a day in summer.'],
    },
  },
  {
    id: 'harmony-without-uniformity',
    phrase: 'harmony without uniformity',
    patterns: ['harmony without uniformity', 'harmony (but|and) not uniformity', 'harmony in diversity', 'beauty of each (civilization|civilisation)'],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'common',
    explanation:
      'A Confucian saying, "harmony without uniformity", used by Chinese leaders to argue that civilizations and political systems should coexist without imposing values on each other. It presents the rejection of universal human rights standards as tolerance. The saying occurs in other writing too, so it counts only where the text concerns China.',
    origin: '',
    original: '和而不同',
    related: ['mutual-learning-among-civilizations', 'global-civilization-initiative', 'common-values-of-humanity'],
    guards: [],
    examples: {
      match: [
        'Xi said Chinese civilization values harmony without uniformity.',
        'China promotes harmony in diversity among civilizations, the Chinese envoy said.',
      ],
      noMatch: ['The choir sang in perfect harmony at the festival.'],
    },
  },
  {
    id: 'going-global',
    phrase: 'Chinese companies going global',
    patterns: [
      'chinese (culture|companies|enterprises|brands|films|products|standards) (are|is|) (going|go|goes|to go|went) global',
      'going global (strategy|drive|policy)',
      'new three (sectors|products|industries|items|exports)',
    ],
    sources: ['prc'],
    techniques: ['flag-waving', 'set-formula'],
    tier: 'common',
    explanation:
      'Chinese policy English speaks of Chinese companies, culture and standards "going global" and of the "new three" export sectors of electric vehicles, lithium batteries and solar cells. The phrasing frames overseas expansion as national achievement. Business writers use similar words, so they count only where the text concerns China.',
    origin: 'The "going out" or "going global" strategy dates from the late 1990s.',
    original: '走出去；新三样',
    related: ['belt-and-road-cooperation', 'tell-chinas-story-well'],
    guards: [],
    examples: {
      match: [
        'More Chinese brands are going global, the Beijing forum heard.',
        'China’s new three industries drove export growth, Xinhua said.',
      ],
      noMatch: ['The coffee chain plans to go global next year.'],
    },
  },
  // Xinhua reporting formulas on the leadership and the legislature.
  {
    id: 'xi-replies-to-letter',
    phrase: 'Xi replies to a letter from',
    patterns: [
      'xi (jinping|) (replied|replies|reply|replying) to (a|the) letter',
      'xi (jinping|) (sent|sends|sending) (a|) congratulatory (letter|message|messages)',
      "xi (jinping|) (made|makes|during) (an|his|) inspection tour",
    ],
    sources: ['prc'],
    techniques: ['appeal-to-authority', 'set-formula'],
    tier: 'signature',
    explanation:
      'Xinhua headlines report that "Xi replies to letter" from students, scientists or foreign friends, "sends congratulatory letter" to a forum, or "makes inspection tour" of a province. The formulas present the leader as personally attentive to every group and turn routine correspondence into news. They are fixed genres of official news.',
    origin: '',
    original: '习近平回信；习近平致贺信；考察调研',
    related: ['general-secretary-xi', 'xi-important-instructions'],
    guards: [],
    examples: {
      match: [
        'Xi replies to a letter from students of a Beijing university.',
        'Xi Jinping sent a congratulatory letter to the forum on Tuesday.',
      ],
      noMatch: ['The mayor replied to a letter from angry residents.'],
    },
  },
  {
    id: 'government-work-report',
    phrase: 'the government work report',
    patterns: [
      'government work report',
      '(13th|14th|15th) five year plan (period|)',
      'npc deputy~n',
      "deputies to the (14th|13th|15th|) national people~n congress",
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'The vocabulary of China’s legislative season: the premier’s "government work report", the current "14th Five-Year Plan period" and "NPC deputies" rather than lawmakers. The official terms frame the sessions as the orderly implementation of plans. Reporters use them too, so they count only where the text concerns China.',
    origin: '',
    original: '政府工作报告；“十四五”时期；全国人大代表',
    related: ['two-sessions', 'national-political-advisors', 'peoples-congress-system'],
    guards: [],
    examples: {
      match: [
        'The government work report set a growth target of around 5 percent for China.',
        'NPC deputies from Xinjiang discussed the plan in Beijing.',
      ],
      noMatch: ['The committee tabled its annual work report on Monday.'],
    },
  },
  {
    id: 'socialist-market-economy',
    phrase: 'socialist market economy',
    patterns: ['socialist market economy', 'socialist market economic system', 'high standard socialist market economy'],
    sources: ['prc'],
    techniques: ['set-formula', 'euphemism'],
    tier: 'signature',
    explanation:
      'The official name of China’s economic system since 1992, combining markets with public ownership and Party control. The label presents market reforms as a form of socialism. It appears in Party documents, plenum communiqués and state-media economic commentary.',
    origin: 'Adopted as the goal of reform at the 14th CPC National Congress in 1992.',
    original: '社会主义市场经济',
    related: ['socialism-with-chinese-characteristics', 'private-economy', 'comprehensively-deepen-reform'],
    guards: [],
    examples: {
      match: [
        'The plenum pledged to build a high-standard socialist market economy.',
        'Reform has perfected the socialist market economic system, the paper said.',
      ],
      noMatch: ['The socialist party proposed new market rules.'],
    },
  },
  // Taiwan, the military and the world order.
  {
    id: 'taiwan-is-chinas-taiwan',
    phrase: "Taiwan is China's Taiwan",
    patterns: [
      "taiwan is china~n taiwan",
      "hong kong is china~n hong kong",
      "xinjiang is china~n xinjiang",
      "xizang is china~n xizang",
      'combat readiness patrol~n',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'conversation-killer'],
    tier: 'signature',
    explanation:
      'A tautological slogan of ministry spokespeople: "Taiwan is China’s Taiwan", and likewise for Hong Kong or Xinjiang. It answers questions about the region’s status by restating ownership, closing the discussion. Military statements add "joint combat readiness patrols" around the island as routine enforcement of that claim.',
    origin: '',
    original: '台湾是中国的台湾',
    related: ['inalienable-part-of-chinas-territory', 'the-taiwan-question', 'stop-interfering'],
    guards: [],
    examples: {
      match: [
        "Taiwan is China's Taiwan and brooks no foreign interference, the spokesperson said.",
        'The PLA conducted a joint combat readiness patrol around the island.',
      ],
      noMatch: ['Taiwan is a major producer of semiconductors.'],
    },
  },
  {
    id: 'collective-rise-of-the-global-south',
    phrase: 'the collective rise of the Global South',
    patterns: [
      'collective rise of (the global south|developing countries|emerging markets and developing countries)',
      '(representation and voice|voice and representation) of (developing countries|the global south|emerging markets)',
      'equal and orderly multipolar (world|order)',
      'new period of turbulence and (transformation|change)',
    ],
    sources: ['prc'],
    techniques: ['appeal-to-values', 'slogans'],
    tier: 'common',
    explanation:
      'Recent formulas of Chinese diplomacy: the "collective rise of the Global South", the call for more "representation and voice of developing countries", an "equal and orderly multipolar world", and a world entering "a new period of turbulence and transformation". They present China as the spokesman of developing countries in a changing order. Others use some of these words, so they count only where the text concerns China.',
    origin: '',
    original: '“全球南方”群体性崛起；平等有序的世界多极化；新的动荡变革期',
    related: ['multipolar-world', 'global-governance-system', 'changes-unseen-in-a-century'],
    guards: [],
    examples: {
      match: [
        'Wang Yi hailed the collective rise of the Global South in Beijing.',
        'China calls for an equal and orderly multipolar world, the Chinese minister said.',
      ],
      noMatch: ['The report tracks the rise of southern football clubs.'],
    },
  },
  {
    id: 'draw-ideological-lines',
    phrase: 'draw lines along ideology',
    patterns: [
      '(draw~v|drawing) (ideological lines|lines along ideology|lines based on ideology|lines by ideology)',
      '(divide~v|dividing) the world along ideological lines',
      'along ideological lines (to|and) (contain|suppress|target)',
    ],
    sources: ['prc'],
    techniques: ['loaded-language', 'set-formula'],
    tier: 'common',
    explanation:
      'Chinese statements accuse the United States of "drawing lines along ideology" when it builds coalitions of democracies. The phrase recasts shared values as a Cold War-style division and presents China as the victim of bloc politics. It counts only where the text concerns China.',
    origin: '',
    original: '以意识形态划线',
    related: ['bloc-confrontation', 'small-circles', 'cold-war-mentality'],
    guards: [],
    examples: {
      match: [
        'The Chinese spokesperson said the US is drawing ideological lines to split the region.',
        'Beijing warned against dividing the world along ideological lines.',
      ],
      noMatch: ['The newspaper’s readers split along party lines on the budget.'],
    },
  },
  // Enumerated formulas (with the optional comma token).
  {
    id: 'lasting-peace-universal-security',
    phrase: 'lasting peace, universal security and common prosperity',
    patterns: [
      'lasting peace , universal security (and|,) (common|shared) prosperity',
      'open , inclusive , clean and beautiful world',
      'banner of peace , development , cooperation and mutual benefit',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'Enumerated slogans of Xi Jinping’s foreign policy: a world of "lasting peace, universal security and common prosperity" that is "open, inclusive, clean and beautiful", and China holding high "the banner of peace, development, cooperation and mutual benefit". The lists define the community with a shared future and present China’s aims as everyone’s. They are quoted verbatim in speeches, white papers and commentary.',
    origin: 'The five-part vision was set out by Xi Jinping in Geneva in January 2017.',
    original: '持久和平、普遍安全、共同繁荣、开放包容、清洁美丽的世界',
    related: ['community-with-a-shared-future', 'path-of-peaceful-development'],
    guards: [],
    examples: {
      match: [
        'The goal is a world of lasting peace, universal security and common prosperity.',
        'China holds high the banner of peace, development, cooperation and mutual benefit.',
      ],
      noMatch: ['The treaty brought lasting peace to the valley.'],
    },
  },
  {
    id: 'safety-of-chinese-personnel-projects-and-institutions',
    phrase: 'the safety of Chinese personnel, projects and institutions',
    patterns: [
      'safety (and security|) of chinese (personnel|nationals|citizens) , (projects|institutions) and (institutions|projects)',
      'chinese personnel , projects and institutions',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'signature',
    explanation:
      'After attacks on Chinese workers abroad, above all in Pakistan, the foreign ministry asks the host government to ensure "the safety of Chinese personnel, projects and institutions". The fixed triple makes protection of Chinese investment a standing condition of the relationship. It appears in ministry statements, embassy notices and joint communiqués.',
    origin: '',
    original: '在巴中国人员、项目和机构安全',
    related: ['flagship-project-of-the-bri', 'all-weather-friendship'],
    guards: [],
    examples: {
      match: [
        'Pakistan pledged to protect the safety of Chinese personnel, projects and institutions.',
        'The ministry said the security of Chinese personnel, projects and institutions is a priority.',
      ],
      noMatch: ['The company reviewed the safety of its personnel and projects abroad.'],
    },
  },
  {
    id: 'people-first-life-first',
    phrase: 'putting people and their lives first',
    patterns: [
      'people first , (life|lives) first',
      'putting (the|) people and (their|) lives (above all|first)',
      '(the|) people (above all|first) , life above all',
    ],
    sources: ['prc'],
    techniques: ['slogans', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'The slogan of China’s pandemic response, "people first, life first", also rendered as "putting people and their lives first". It presented strict lockdowns as the highest form of care for human life, in contrast to other countries’ death tolls. State media used it throughout the zero-COVID period.',
    origin: '',
    original: '人民至上、生命至上',
    related: ['dynamic-zero-covid', 'peoples-war-against-the-epidemic'],
    guards: [],
    examples: {
      match: [
        'China has always put people first, life first in fighting the virus.',
        'The policy reflects putting the people and their lives above all, Xinhua said.',
      ],
      noMatch: ['The hospital puts patient safety first in its new rules.'],
    },
  },
  {
    id: 'best-in-history',
    phrase: 'relations are at their best in history',
    patterns: [
      '(relations|ties|relationship) (are|is|stand|remain) at (its|their) best (level|period|) in history',
      'best (level|period) in history',
    ],
    sources: ['prc'],
    techniques: ['exaggeration-minimisation', 'set-formula'],
    tier: 'common',
    explanation:
      'Chinese officials describe favoured relationships, with Russia or Pakistan, as "at their best in history". The superlative presents the partnership as the culmination of a long rise and answers any report of friction. It counts only where the text concerns China.',
    origin: '',
    original: '处于历史最好时期',
    related: ['comprehensive-strategic-partnership-of-coordination', 'all-weather-friendship'],
    guards: [],
    examples: {
      match: [
        'China-Russia relations are at their best in history, the Chinese ambassador said.',
        'Beijing said ties had reached the best level in history.',
      ],
      noMatch: ['The team is playing its best football in years.'],
    },
  },
  // Legal counter-measures.
  {
    id: 'foreign-related-rule-of-law',
    phrase: 'foreign-related rule of law',
    patterns: [
      'foreign related (rule of law|legal system|legal affairs|laws|legislation)',
      'anti foreign sanctions law',
      'unreliable entity list',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'euphemism'],
    tier: 'common',
    explanation:
      'Official English for the legal tools China has built to answer foreign sanctions: "foreign-related rule of law", the Anti-Foreign Sanctions Law and the Unreliable Entity List. The vocabulary presents retaliation against foreign firms and officials as the ordinary application of law. Reporters name these instruments too, so the terms count only where the text concerns China.',
    origin: 'The Unreliable Entity List was announced in 2019 and the Anti-Foreign Sanctions Law adopted in June 2021.',
    original: '涉外法治；反外国制裁法；不可靠实体清单',
    related: ['long-arm-jurisdiction', 'law-based-governance', 'necessary-measures-to-safeguard'],
    guards: [],
    examples: {
      match: [
        'Beijing added the US drone makers to its unreliable entity list.',
        'The Chinese plenum called for strengthening foreign-related rule of law.',
      ],
      noMatch: ['The firm keeps a list of reliable suppliers in Europe.'],
    },
  },
// Xinhua and China Daily wording for science, honours and aid.
  {
    id: 'open-fair-just-and-non-discriminatory',
    phrase: 'open, fair, just and non-discriminatory',
    patterns: [
      'open , fair , just and non discriminatory',
      'fair , just and non discriminatory (business|international|trade|market) (environment|cooperation|treatment)',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'signature',
    explanation:
      'A string of adjectives from Chinese official statements: China calls on others to provide, and promises itself, an "open, fair, just and non-discriminatory" environment for business, trade or scientific cooperation. It is the standard reply to export controls and sanctions on Chinese firms, recast as a principle that China upholds. Foreign ministry briefings, readouts of leaders\' meetings and Xinhua reports repeat it in this order.',
    origin: '',
    original: '开放、公平、公正、非歧视',
    related: ['true-multilateralism', 'politicize-and-weaponize', 'overstretch-the-concept-of-national-security'],
    guards: [],
    examples: {
      match: [
        'Beijing urged Washington to provide an open, fair, just and non-discriminatory environment for Chinese companies.',
        'The minister pledged a fair, just and non-discriminatory business environment for foreign investors.',
      ],
      noMatch: ['The court found the hiring process open and fair.'],
    },
  },
  {
    id: 'national-honorary-title',
    phrase: 'national honorary title',
    patterns: [
      'national honorary title~n',
      'honorary title of " (people\'s scientist|people\'s educator|people\'s artist|people\'s hero) "',
    ],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-authority'],
    tier: 'common',
    explanation:
      'China Daily and Xinhua\'s rendering of the state honours the National People\'s Congress confers, such as "People\'s Scientist" or "People\'s Educator". Reports introduce the honour as the highest recognition of service to the country, so that a scientist\'s career becomes a story of devotion to the nation. The words are plain enough that they count only where the text concerns China.',
    origin: '',
    original: '国家荣誉称号',
    related: ['achievements-attracting-worldwide-attention'],
    guards: [],
    examples: {
      match: [
        'The Chinese physicist received the national honorary title at a ceremony in Beijing.',
        'China awarded the agronomist the honorary title of "People\'s Scientist".',
      ],
      noMatch: ['The university gave the retired coach an honorary title.'],
    },
  },
  {
    id: 'china-aided',
    phrase: 'China-aided',
    patterns: ['china aided', 'chinese aided'],
    sources: ['prc'],
    techniques: ['set-formula', 'appeal-to-values'],
    tier: 'common',
    explanation:
      'Xinhua\'s label for hospitals, roads, stadiums and airports that China built or paid for abroad ("the China-aided hospital"), rendering the Chinese term for aid construction. The compound puts the giver first and presents the project as a gift, whatever the loan terms. Other outlets tend to say "Chinese-funded" or "Chinese-built".',
    origin: '',
    related: ['flagship-project-of-the-bri', 'belt-and-road-cooperation', 'no-political-strings-attached'],
    guards: [],
    examples: {
      match: [
        'The China-aided hospital in the capital treated its first patients, Xinhua reported.',
        'Beijing handed over the China-aided stadium to the government of Laos.',
      ],
      noMatch: ['The aid agency funded a clinic in the mountains.'],
    },
  },
  {
    id: 'sci-tech',
    phrase: 'sci-tech innovation',
    patterns: [
      'sci tech (innovation~n|cooperation|exchange~n|achievement~n|strength|powerhouse~n|revolution|breakthrough~n|talent~n|enterprise~n|community|self strengthening)',
    ],
    sources: ['prc'],
    techniques: ['set-formula'],
    tier: 'common',
    explanation:
      'The clipped compound "sci-tech", a literal rendering of the Chinese abbreviation for science and technology, is the house style of Xinhua and China Daily ("sci-tech innovation", "sci-tech cooperation"). It carries the official framing of research as a national undertaking directed by policy. Western outlets seldom use the clipping, and it counts only where the text concerns China.',
    origin: '',
    original: '科技创新',
    related: ['science-and-technology-self-reliance', 'new-quality-productive-forces'],
    guards: [],
    examples: {
      match: [
        'China will deepen sci-tech cooperation with African countries, the vice-premier said.',
        'Beijing aims to become a global sci-tech powerhouse by 2035.',
      ],
      noMatch: ['The magazine covers science and technology news.'],
    },
  },
];
