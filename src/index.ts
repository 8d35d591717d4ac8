/**
 * The library: `import { scan, lexicon } from 'rhetoric-lens'`. The engine
 * (src/engine/) with the lexicon and the pure export formatters, for turning
 * results into CSV, Markdown or W3C Web Annotations. Built to dist/ by
 * scripts/build-lib.ts; package.json's `exports` point there.
 */
import type { ScanResult } from './engine/index';
import type { ExportDocument } from './export/export-document';
import { fromScanResult, type DocumentMeta } from './export/from-scan-result';

/** A scan result as an export document, for `toCsv`, `toMarkdown`, `toAnnotationPage`… */
export function toExportDocument(result: ScanResult, meta: DocumentMeta): ExportDocument {
  return fromScanResult(result, result.text, meta);
}

export { scan, explain, diff, type ScanOptions, type ScanResult, type DocumentResult, type PhrasingDiff, type DiffEntry } from './engine/index';
export { lexicon } from './lexicon/index';
export { lexiconVersion } from './lexicon/build';
export type { LexiconEntry, Technique, Tier, Voice, Source } from './core/types';
export type { Summary } from './core/summary';
export * from './export/index';
