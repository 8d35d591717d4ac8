/**
 * Builds the library and the command for Node, as JavaScript: dist/index.js
 * (package.json "exports"), dist/cli/rhetoric-lens.js ("bin"), the chunks they
 * share in dist/chunks/, the compiled lexicon as lexicon.json beside the chunk
 * that reads it (src/lexicon/build.ts), so an installed copy never compiles
 * it, and the type declarations in dist/types/. esbuild bundles our sources
 * and leaves the runtime dependencies (compromise, idb, linkedom) as imports.
 * Runs on install (`prepare`) and as `npm run build:lib`.
 *
 *   tsx scripts/build-lib.ts [OUTDIR] [--no-types]
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { serializeLexicon } from '../src/core/compiled';
import { compileBuiltin } from '../src/lexicon/build';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The entry points, by their path under the output folder (without .js); package.json names the same files. */
export const LIBRARY_ENTRIES = { index: 'src/index.ts', 'cli/rhetoric-lens': 'src/cli/rhetoric-lens.ts', 'cli/scan-worker': 'src/cli/scan-worker.ts' };

export interface BuildOptions {
  /** Where to build; default dist/ in the project. */
  outdir?: string;
  /** Emit the type declarations too (tsc, a few seconds); default true. */
  types?: boolean;
}

export async function buildLibrary({ outdir = join(root, 'dist'), types = true }: BuildOptions = {}): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: LIBRARY_ENTRIES,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  // build.ts looks for lexicon.json beside its own code, wherever the bundler put it.
  const reader = Object.keys(result.metafile.outputs).find((file) => 'src/lexicon/build.ts' in result.metafile.outputs[file].inputs);
  if (!reader) throw new Error('no output holds src/lexicon/build.ts');
  writeFileSync(join(root, dirname(reader), 'lexicon.json'), JSON.stringify(serializeLexicon(await compileBuiltin())));
  chmodSync(join(outdir, 'cli', 'rhetoric-lens.js'), 0o755);
  if (types) {
    mkdirSync(outdir, { recursive: true });
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.lib.json'), '--outDir', join(outdir, 'types')], { stdio: 'inherit' });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outdir = args.find((a) => !a.startsWith('--'));
  await buildLibrary({ outdir: outdir && resolve(outdir), types: !args.includes('--no-types') });
}
