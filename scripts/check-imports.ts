/**
 * The import graph's rules, run by `npm run lint` after ESLint:
 * - no import cycles, type-only imports included (a cycle through a type still
 *   ties two files together: neither can be read, moved or tested alone);
 * - layers import downwards: src/core imports only src/core; src/lexicon only
 *   src/core and itself; nothing outside the tests imports tests/, and bench/
 *   imports tests/support/ only, never tests/e2e.
 * Module names are resolved as TypeScript resolves them (tsconfig.json).
 * `--report` also prints the largest files and the folders' line counts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface Graph {
  /** Each project file (relative to the root) with the project files it imports. */
  imports: Map<string, string[]>;
}

export function readGraph(): Graph {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('cannot read tsconfig.json');
  // tsconfig.json takes *.ts; the runnable scripts and benches are .mts.
  const scripts = ts.sys.readDirectory(root, ['.mts'], ['node_modules', 'dist', '.output', '.wxt'], ['**/*']);
  const files = [...config.fileNames, ...scripts].filter((f) => !f.includes('/node_modules/') && !f.includes('/.wxt/') && !f.endsWith('.d.ts'));
  const host = ts.createCompilerHost(config.options);
  const imports = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = new Set<string>();
    for (const { fileName } of info.importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, config.options, host).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) continue;
      const target = relative(root, resolved.resolvedFileName);
      if (!target.startsWith('..') && !target.startsWith('node_modules') && !target.startsWith('.wxt')) targets.add(target);
    }
    imports.set(relative(root, file), [...targets].sort());
  }
  return { imports };
}

/** Every cycle, as the files of each strongly connected component (Tarjan). */
export function cycles({ imports }: Graph): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    indexOf.set(file, index);
    low.set(file, index++);
    stack.push(file);
    onStack.add(file);
    for (const next of imports.get(file) ?? []) {
      if (!indexOf.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, indexOf.get(next)!));
    }
    if (low.get(file) === indexOf.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (imports.get(file) ?? []).includes(file)) found.push(component.sort());
    }
  };
  for (const file of imports.keys()) if (!indexOf.has(file)) visit(file);
  return found;
}

const isTest = (file: string) => /\.(test|e2e)\.ts$/.test(file) || file.startsWith('tests/');

/** Imports that point the wrong way between layers, as "from → to (why)". */
export function upwardImports({ imports }: Graph): string[] {
  const problems: string[] = [];
  for (const [from, targets] of imports) {
    for (const to of targets) {
      if (from.startsWith('src/core/') && !isTest(from) && !to.startsWith('src/core/')) problems.push(`${from} → ${to} (core imports only core)`);
      if (from.startsWith('src/lexicon/') && !isTest(from) && !/^src\/(core|lexicon)\//.test(to)) problems.push(`${from} → ${to} (lexicon imports only core and lexicon)`);
      if (to.startsWith('tests/') && !isTest(from) && !from.startsWith('bench/') && !from.startsWith('scripts/')) problems.push(`${from} → ${to} (test code stays out of the product)`);
      if ((from.startsWith('bench/') || from.startsWith('scripts/')) && to.startsWith('tests/') && !to.startsWith('tests/support/')) problems.push(`${from} → ${to} (only tests/support/ is shared)`);
    }
  }
  return problems;
}

/** The largest files and each folder's lines, for the architecture notes. */
function report({ imports }: Graph) {
  const lines = new Map([...imports.keys()].map((f) => [f, readFileSync(join(root, f), 'utf8').split('\n').length]));
  const product = [...lines].filter(([f]) => !isTest(f) && (f.startsWith('src/') || f.startsWith('entrypoints/')));
  console.log('largest product files:');
  for (const [f, n] of product.sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${String(n).padStart(5)}  ${f}`);
  const folders = new Map<string, { files: number; lines: number }>();
  for (const [f, n] of product) {
    const folder = f.split('/').slice(0, 2).join('/');
    const entry = folders.get(folder) ?? { files: 0, lines: 0 };
    folders.set(folder, { files: entry.files + 1, lines: entry.lines + n });
  }
  console.log('folders (product code, tests excluded):');
  for (const [folder, { files, lines: n }] of [...folders].sort()) console.log(`  ${folder.padEnd(24)} ${String(files).padStart(3)} files ${String(n).padStart(6)} lines`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = readGraph();
  if (process.argv.includes('--report')) report(graph);
  const found = cycles(graph);
  const upward = upwardImports(graph);
  for (const component of found) console.error(`import cycle: ${component.join(' ⇄ ')}`);
  for (const problem of upward) console.error(`import against the layers: ${problem}`);
  console.log(`${graph.imports.size} files: ${found.length} import cycles, ${upward.length} imports against the layers`);
  process.exitCode = found.length + upward.length > 0 ? 1 : 0;
}
