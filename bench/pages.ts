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
