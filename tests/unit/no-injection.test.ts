/**
 * The lint rule against injection: page text and user input reach the DOM
 * only as text. No source file in src/ or entrypoints/ may use an API that
 * parses a string as HTML or code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML', /\.innerHTML\b/],
  ['outerHTML', /\.outerHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['eval', /(?<![\w.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['setTimeout with a string', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['DOMParser', /\bnew\s+DOMParser\b/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs|html)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

test('no HTML or code parsing of strings in src/ and entrypoints/', () => {
  const offences: string[] = [];
  for (const file of [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))]) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (/^\s*(\/\/|\*)/.test(line)) return; // comments may name the APIs
      for (const [name, pattern] of FORBIDDEN) if (pattern.test(line)) offences.push(`${relative(ROOT, file)}:${i + 1} uses ${name}`);
    });
  }
  expect(offences).toEqual([]);
});

test('the rule catches what it forbids', () => {
  const caught = FORBIDDEN.filter(([, p]) => p.test('el.innerHTML = x; el.outerHTML; document.write(1); eval(s); new Function(s); setTimeout("x"); new DOMParser()'));
  expect(caught.map(([n]) => n)).toEqual(['innerHTML', 'outerHTML', 'document.write', 'eval', 'new Function', 'setTimeout with a string', 'DOMParser']);
});
