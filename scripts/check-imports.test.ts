import { describe, expect, test } from 'vitest';
import { cycles, readGraph, upwardImports, type Graph } from './check-imports';

const graph = (edges: Record<string, string[]>): Graph => ({ imports: new Map(Object.entries(edges)) });

describe('the import rules', () => {
  test('finds each cycle once, a type-only one too, and no cycle in a tree', () => {
    expect(cycles(graph({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'], 'd.ts': ['a.ts'], 'e.ts': ['e.ts'] }))).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
    expect(cycles(graph({ 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['c.ts'], 'c.ts': [] }))).toEqual([]);
  });

  test.each([
    ['src/core/matcher.ts', 'src/dom/text-index.ts', 'core imports only core'],
    ['src/core/matcher.ts', 'src/lexicon/families.ts', 'core imports only core'],
    ['src/lexicon/build.ts', 'src/storage/settings.ts', 'lexicon imports only core and lexicon'],
    ['src/dom/page-lens.ts', 'tests/support/test-dom.ts', 'test code stays out of the product'],
    ['bench/run.mts', 'tests/e2e/popup.e2e.ts', 'only tests/support/ is shared'],
  ])('%s → %s is refused (%s)', (from, to, why) => {
    expect(upwardImports(graph({ [from]: [to] }))).toEqual([`${from} → ${to} (${why})`]);
  });

  test.each([
    ['src/dom/page-lens.ts', 'src/core/matcher.ts'],
    ['src/lexicon/build.ts', 'src/core/compile.ts'],
    ['src/core/matcher.test.ts', 'tests/support/test-lexicon.ts'],
    ['bench/run.mts', 'tests/support/harness.ts'],
  ])('%s → %s is fine', (from, to) => {
    expect(upwardImports(graph({ [from]: [to] }))).toEqual([]);
  });

  test('the project has no cycle and no import against the layers', () => {
    const project = readGraph();
    expect(project.imports.get('src/cli/main.ts')).toContain('src/cli/io.ts');
    expect(project.imports.get('bench/run.mts')).toContain('tests/support/harness.ts');
    expect(cycles(project)).toEqual([]);
    expect(upwardImports(project)).toEqual([]);
  }, 60_000);
});
