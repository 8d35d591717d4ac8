/**
 * Compiles the built-in lexicon for the build (wxt.config.ts), the CLI, the
 * evaluation and the tests. Node only. compromise takes seconds to expand
 * every inflection, so the serialized result is cached on disk under a key
 * that covers both the entries and the compiler's own source.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileLexicon } from '../core/compile';
import { deserializeLexicon, serializeLexicon, type CompiledLexicon, type SerializedLexicon } from '../core/compiled';
import { hashWord } from '../core/hash';
import type { LexiconEntry } from '../core/types';
import { contextMarkersByFamily, FAMILIES } from './families';
import { lexicon } from './index';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const CACHE_DIR = join(root, 'node_modules', '.cache', 'rhetoric-lens');
/** The compiler's sources: a change to any of them invalidates the cache. */
const COMPILER_FILES = ['chars.ts', 'compile.ts', 'compiled.ts', 'hash.ts', 'inflect.ts', 'pattern.ts', 'segment.ts', 'fold-script.ts', 'fold-han.ts', 'inflect-ru.ts'];

/** A version stamp that changes whenever any entry, or any family's descriptor, changes. */
export function lexiconVersion(entries: LexiconEntry[]): string {
  return `${entries.length}.${hashWord(JSON.stringify([entries, FAMILIES])).toString(16).padStart(8, '0')}`;
}

/** The cache's key, or undefined where the compiler's sources are not beside this file (the built library). */
function cacheKey(version: string): string | undefined {
  try {
    const compiler = COMPILER_FILES.map((f) => readFileSync(join(here, '..', 'core', f), 'utf8')).join('\0');
    return `${version}-${hashWord(compiler).toString(16)}`;
  } catch {
    return undefined;
  }
}

/** The built library (scripts/build-lib.ts) ships its compiled lexicon as lexicon.json beside this code. */
function readShipped(version: string): SerializedLexicon | undefined {
  try {
    const data = JSON.parse(readFileSync(join(here, 'lexicon.json'), 'utf8')) as SerializedLexicon;
    return data.version === version ? data : undefined;
  } catch {
    return undefined; // the sources, not the built library: read the cache or compile
  }
}

function readCache(key: string): SerializedLexicon | undefined {
  try {
    return JSON.parse(readFileSync(join(CACHE_DIR, `${key}.json`), 'utf8')) as SerializedLexicon;
  } catch {
    return undefined; // no cache yet, or a damaged one: compile afresh
  }
}

function writeCache(key: string, data: SerializedLexicon) {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = join(CACHE_DIR, `${key}.${process.pid}.tmp`);
    writeFileSync(temporary, JSON.stringify(data));
    renameSync(temporary, join(CACHE_DIR, `${key}.json`)); // atomic, so parallel test workers never read half a file
    for (const old of readdirSync(CACHE_DIR)) if (old.endsWith('.json') && old !== `${key}.json`) rmSync(join(CACHE_DIR, old), { force: true });
  } catch {
    // A read-only checkout still works, only slower.
  }
}

async function compileFresh(entries: LexiconEntry[], version: string): Promise<CompiledLexicon> {
  const [{ validateLexicon }, { compromiseInflector }] = await Promise.all([import('./validate'), import('../core/inflect')]);
  const problems = validateLexicon(entries, compromiseInflector);
  if (problems.length > 0) throw new Error(`the lexicon has ${problems.length} problems:\n${problems.join('\n')}`);
  return compileLexicon(entries, { inflector: compromiseInflector, version, contextMarkers: contextMarkersByFamily(), hosts: Object.fromEntries(FAMILIES.map((f) => [f.id, f.hosts])),
    speakers: FAMILIES.flatMap((f) => f.speakers),
    bylines: Object.fromEntries(FAMILIES.map((f) => [f.id, f.speakers])),
  });
}

let pending: Promise<CompiledLexicon> | undefined;

export function compileBuiltin(): Promise<CompiledLexicon> {
  pending ??= (async () => {
    const version = lexiconVersion(lexicon);
    const shipped = readShipped(version);
    if (shipped) return deserializeLexicon(shipped);
    const key = cacheKey(version);
    const cached = key === undefined ? undefined : readCache(key);
    if (cached) return deserializeLexicon(cached);
    const compiled = await compileFresh(lexicon, version);
    if (key !== undefined) writeCache(key, serializeLexicon(compiled));
    return compiled;
  })();
  return pending;
}

export async function serializedBuiltin(): Promise<SerializedLexicon> {
  return serializeLexicon(await compileBuiltin());
}
