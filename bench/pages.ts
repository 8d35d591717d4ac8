/**
 * Generated benchmark pages. The prose is made from our own word list and
 * our own lexicon examples, seeded, so every run sees the same pages.
 */
const WORDS = (
  'the council said on monday that the new budget would fund schools roads and clinics across the region while ' +
  'officials warned that costs could rise if the weather stayed cold through the spring and several local firms ' +
  'reported strong orders for the quarter as analysts expected modest growth in exports and a steady labour market ' +
  'residents gathered at the library to discuss parking plans and the museum opened a small exhibition of maps ' +
  'farmers hoped for rain engineers tested the bridge and the mayor promised a review of bus timetables next month'
).split(' ');

/** A small deterministic generator (mulberry32). */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, phrases: string[], phraseRate: number): string {
  const n = 12 + Math.floor(next() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(next() * WORDS.length)]);
  if (phrases.length > 0 && next() < phraseRate) words.splice(Math.floor(next() * n), 0, phrases[Math.floor(next() * phrases.length)]);
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en" data-rhetoric-lens-bench><head><meta charset="utf-8"><title>${title}</title></head><body>${body}${script}</body></html>`;
}

/** A news article of about 5,000 words in 4-sentence paragraphs, some phrases wrapped in <em> or <a>. */
export function articlePage(phrases: string[]): string {
  const next = random(1);
  const parts: string[] = ['<article><h1>Regional budget debate continues</h1>'];
  let words = 0;
  while (words < 5000) {
    const paragraph = [0, 1, 2, 3].map(() => sentence(next, phrases, 0.25)).join(' ');
    words += paragraph.split(' ').length;
    const split = paragraph.replace(/ (\w+) (\w+)\./, (_m, a, b) => ` <em>${a}</em> <a href="#">${b}</a>.`);
    parts.push(`<p>${split.includes('<') ? split.replace(/&(?!amp;)/g, '&amp;') : escape(paragraph)}</p>`);
  }
  parts.push('</article>');
  return page('Article', parts.join('\n'));
}

/** About 1 MB of text in 20,000 text nodes (paragraphs of a few sentences with inline elements). */
export function megabytePage(phrases: string[]): string {
  const next = random(2);
  const parts: string[] = [];
  let size = 0;
  let nodes = 0;
  while (size < 1_000_000) {
    const a = sentence(next, phrases, 0.05);
    const b = sentence(next, phrases, 0.05);
    parts.push(`<p>${escape(a)} <b>${escape(b)}</b></p>`);
    size += a.length + b.length + 1;
    nodes += 2;
  }
  return page(`One megabyte (${nodes} text nodes)`, parts.join('\n'));
}

/** 5,000 nested elements with text at every level. */
export function nestedPage(phrases: string[]): string {
  const next = random(3);
  const depth = 5000;
  const open: string[] = [];
  for (let i = 0; i < depth; i++) open.push(`<div>${escape(sentence(next, phrases, 0.02))}`);
  return page('Nested 5,000 deep', open.join('') + '</div>'.repeat(depth));
}

/** A feed that appends 50 items a second for `seconds`, each a short paragraph, one in five with a phrase. */
export function feedPage(phrases: string[], seconds: number): string {
  const next = random(4);
  const items = Array.from({ length: 50 * seconds }, () => sentence(next, phrases, 0.2));
  const script = `<script>
const items = ${JSON.stringify(items)};
let i = 0;
const feed = document.getElementById('feed');
const timer = setInterval(() => {
  const p = document.createElement('p');
  p.textContent = items[i++];
  feed.append(p);
  if (i >= items.length) { clearInterval(timer); document.documentElement.dataset.feedDone = '1'; }
}, 20);
</script>`;
  return page('Feed', '<main id="feed"><p>The feed starts here.</p></main>', script);
}

export function emptyPage(): string {
  return page('Empty', '');
}

/** Ordinary Chinese news words of our own, for the Chinese page: a council, a budget, the weather, trade. */
const HAN_WORDS = (
  '市政府 周一 表示 新的 预算 将 用于 学校 道路 和 诊所 官员 提醒 如果 天气 持续 寒冷 成本 可能 上升 ' +
  '几家 本地 企业 报告 本季度 订单 强劲 分析人士 预计 出口 温和 增长 劳动力 市场 保持 稳定 居民 聚集 在 图书馆 ' +
  '讨论 停车 方案 博物馆 开放 一个 小型 地图 展览 农民 盼望 下雨 工程师 测试 大桥 市长 承诺 下个月 审查 公交 时刻表'
).split(' ');

/** Ordinary Korean news words of our own, for the Korean page (어절 with their particles). */
const HANGUL_WORDS = (
  '시의회는 월요일 새 예산이 학교와 도로 그리고 진료소에 쓰일 것이라고 밝혔다 관계자들은 날씨가 계속 추우면 비용이 ' +
  '오를 수 있다고 경고했다 몇몇 지역 기업은 이번 분기 주문이 많았다고 전했다 분석가들은 수출이 조금 늘고 노동 시장이 ' +
  '안정될 것으로 내다봤다 주민들은 도서관에 모여 주차 계획을 논의했고 박물관은 작은 지도 전시회를 열었다 농민들은 비를 ' +
  '기다렸고 기술자들은 다리를 시험했으며 시장은 다음 달 버스 시간표를 다시 보겠다고 약속했다'
).split(' ');

function scriptSentence(next: () => number, words: string[], phrases: string[], phraseRate: number, joiner: string, end: string): string {
  const n = 8 + Math.floor(next() * 10);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(words[Math.floor(next() * words.length)]);
  if (phrases.length > 0 && next() < phraseRate) parts.splice(Math.floor(next() * n), 0, phrases[Math.floor(next() * phrases.length)]);
  return parts.join(joiner) + end;
}

/**
 * About 1 MB of Chinese or Korean text (UTF-16 code units, as the page holds
 * them) in paragraphs with inline elements, as `megabytePage` is for English.
 * `phrases`: the lexicon's own patterns in that script.
 */
export function scriptMegabytePage(language: 'zh' | 'ko', phrases: string[]): string {
  const next = random(language === 'zh' ? 5 : 6);
  const [words, joiner, end] = language === 'zh' ? [HAN_WORDS, '', '。'] : [HANGUL_WORDS, ' ', '.'];
  const parts: string[] = [];
  let size = 0;
  let nodes = 0;
  while (size < 1_000_000) {
    const a = scriptSentence(next, words, phrases, 0.05, joiner, end);
    const b = scriptSentence(next, words, phrases, 0.05, joiner, end);
    parts.push(`<p>${escape(a)}${joiner}<b>${escape(b)}</b></p>`);
    size += a.length + b.length + joiner.length;
    nodes += 2;
  }
  return page(`One megabyte of ${language === 'zh' ? 'Chinese' : 'Korean'} (${nodes} text nodes)`, parts.join('\n')).replace('lang="en"', `lang="${language}"`);
}
