/**
 * The export formats, one registry: the popup lists them, the CLI picks one
 * by name, and from-page-report.test.ts checks every one. Pure: no DOM, no `browser`;
 * the popup turns the text into a download.
 */
import type { ExportDocument, ExportEntry } from './export-document';
import { toAnnotations } from './to-annotations';
import { toCsv } from './to-csv';
import { toJson } from './to-json';
import { toMarkdown } from './to-markdown';

export interface ExportFormat {
  label: string;
  extension: string;
  mime: string;
  render: (doc: ExportDocument, lexicon?: readonly ExportEntry[]) => string;
}

export const EXPORT_FORMATS = {
  json: { label: 'JSON', extension: 'json', mime: 'application/json', render: (doc) => toJson(doc) },
  csv: { label: 'CSV', extension: 'csv', mime: 'text/csv;charset=utf-8', render: (doc) => toCsv(doc) },
  markdown: { label: 'Markdown report', extension: 'md', mime: 'text/markdown;charset=utf-8', render: toMarkdown },
  annotation: {
    label: 'W3C Web Annotations',
    extension: 'jsonld',
    mime: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
    render: (doc, lexicon) => toAnnotations(doc, lexicon),
  },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormatName {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

/** A file name for a download: `rhetoric-lens-<host or title>-<date>.<ext>`. */
export function exportFilename(doc: ExportDocument, format: ExportFormatName): string {
  let base = doc.title;
  try {
    const host = new URL(doc.url).hostname;
    if (host) base = host;
  } catch {
    // Not a URL: the title names the file.
  }
  const slug =
    base
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'page';
  return `rhetoric-lens-${slug}-${doc.time.slice(0, 10)}.${EXPORT_FORMATS[format].extension}`;
}

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

/**
 * One document in one format, ready to download. CSV starts with a byte-order
 * mark here, so that spreadsheets open it as UTF-8; `toCsv` itself has none.
 */
export function exportDocument(doc: ExportDocument, format: ExportFormatName, lexicon?: readonly ExportEntry[]): ExportFile {
  const { mime, render } = EXPORT_FORMATS[format];
  const text = render(doc, lexicon);
  return { filename: exportFilename(doc, format), mime, text: format === 'csv' ? `\ufeff${text}` : text };
}

export { explanationOf, quoteContext, QUOTE_CONTEXT, type ExportDocument, type ExportEntry, type ExportHit } from './export-document';
export { fromPageReport } from './from-page-report';
export { fromScanResult, type DocumentMeta, type ScanResultLike } from './from-scan-result';
export { jsonHit, type JsonHit } from './json-hit';
export { ANNOTATION_CONTEXT, toAnnotation, toAnnotationPage, toAnnotations, type Annotation, type AnnotationPage, type AnnotationOptions } from './to-annotations';
export { CSV_COLUMNS, CSV_LIST_SEPARATOR, csvField, csvFields, csvRecord, toCsv } from './to-csv';
export { summarizeHits, toJson, toJsonExport, toJsonHit, type JsonExport } from './to-json';
export { markdownText, toMarkdown } from './to-markdown';
export { stableUuid } from './stable-uuid';
