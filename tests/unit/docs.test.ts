import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { lexiconToMarkdown } from '../../src/cli/lexicon-view';
import { compileBuiltin } from '../../src/lexicon/build';
import { lexicon } from '../../src/lexicon/index';

test('docs/lexicon.md is current (regenerate with npm run docs)', async () => {
  const expected = lexiconToMarkdown(lexicon, (await compileBuiltin()).version);
  const committed = readFileSync(new URL('../../docs/lexicon.md', import.meta.url), 'utf8');
  expect(committed.trimEnd()).toBe(expected.trimEnd());
}, 120_000);
