/**
 * The CSV export: one row per hit, RFC 4180 (fields with a comma, quote or
 * line break are quoted, quotes doubled, CRLF line ends, a header row).
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - or @
 * (or a tab or carriage return) as a formula, and page text is untrusted. Such
 * a cell gets a leading apostrophe, which spreadsheets hide and treat as
 * "this is text" (OWASP's advice). A reader parsing the CSV with a program
 * sees the apostrophe and may strip it: `value.replace(/^'(?='*[=+\-@\t\r])/, '')`.
 */
import type { ExportDocument, ExportHit } from './export-document';

export const CSV_COLUMNS = ['entry', 'phrase', 'match', 'sources', 'techniques', 'voice', 'sentence'] as const;

/** Lists inside one cell (sources, techniques) are joined with this. */
export const CSV_LIST_SEPARATOR = '; ';

/** Also a cell that already starts with apostrophes before such a character, so that stripping one apostrophe always restores the text. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** One field: guarded against formulas, then quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, with its CRLF line end. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function csvFields(hit: ExportHit): string[] {
  return [hit.id, hit.phrase, hit.match, hit.sources.join(CSV_LIST_SEPARATOR), hit.techniques.join(CSV_LIST_SEPARATOR), hit.voice, hit.sentence];
}

export function toCsv(doc: ExportDocument): string {
  return csvRecord(CSV_COLUMNS) + doc.hits.map((hit) => csvRecord(csvFields(hit))).join('');
}
