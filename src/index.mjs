// The package entry for Node (`import … from 'rhetoric-lens'`). The library is
// TypeScript; tsx loads it without a build step, as the bin does. Types come
// from src/index.ts (package.json "types").
import { tsImport } from 'tsx/esm/api';

const api = await tsImport('./index.ts', import.meta.url);

export const {
  scan,
  explain,
  diff,
  lexicon,
  lexiconVersion,
  toExportDocument,
  EXPORT_FORMATS,
  exportDocument,
  exportFilename,
  isExportFormat,
  explanationOf,
  quoteContext,
  QUOTE_CONTEXT,
  fromPageReport,
  fromScanResult,
  jsonHit,
  ANNOTATION_CONTEXT,
  toAnnotation,
  toAnnotationPage,
  toAnnotations,
  CSV_COLUMNS,
  CSV_LIST_SEPARATOR,
  csvField,
  csvFields,
  csvRecord,
  toCsv,
  summarizeHits,
  toJson,
  toJsonExport,
  toJsonHit,
  markdownText,
  toMarkdown,
  stableUuid,
} = api;
