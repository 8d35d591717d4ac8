/**
 * The lint rules against injection (eslint.config.js): page text and user
 * input reach the DOM only as text. `npm run lint` applies them to every
 * source file; this checks that they catch each API that parses a string as
 * HTML or code, outside tests and only there.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

const OFFENCES: [string, string][] = [
  ['innerHTML', 'el.innerHTML = text;'],
  ['outerHTML', 'el.outerHTML = text;'],
  ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', text);"],
  ['createContextualFragment', 'range.createContextualFragment(text);'],
  ['document.write', 'document.write(text);'],
  ['document.writeln', 'document.writeln(text);'],
  ['DOMParser', "new DOMParser().parseFromString(text, 'text/html');"],
  ['eval', 'eval(text);'],
  ['new Function', 'new Function(text)();'],
  ['setTimeout with a string', "setTimeout('run()', 10);"],
];

const INJECTION_RULES = new Set(['no-restricted-properties', 'no-restricted-syntax', 'no-eval', 'no-implied-eval', 'no-new-func']);

/** The injection rules a snippet breaks, linted as if it were the file at `path`. */
async function rulesBroken(code: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(`declare const el: Element, range: Range, text: string;\n${code}\n`, { filePath: path });
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages.map((m) => m.ruleId ?? '').filter((rule) => INJECTION_RULES.has(rule));
}

describe('the lint rules against injection', () => {
  // Loading the configuration and the TypeScript parser takes seconds on a busy machine; once is enough.
  beforeAll(() => eslint.lintText('', { filePath: 'src/ui/example.ts' }), 60_000);

  test.each(OFFENCES)('%s is an error in src/ and entrypoints/', async (_name, code) => {
    expect(await rulesBroken(code, 'src/ui/example.ts')).toHaveLength(1);
    expect(await rulesBroken(code, 'entrypoints/content/example.ts')).toHaveLength(1);
  });

  test('text reaches the DOM as text', async () => {
    expect(await rulesBroken("el.textContent = text; el.append(document.createElement('b')); setTimeout(() => text, 10);", 'src/ui/example.ts')).toEqual([]);
  });

  test('tests may build hostile pages from strings', async () => {
    expect(await rulesBroken('el.innerHTML = text; document.write(text);', 'src/ui/example.test.ts')).toEqual([]);
  });
});
