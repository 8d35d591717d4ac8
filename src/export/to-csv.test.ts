import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, csvFields, csvRecord, toCsv } from './to-csv';
import { scanDocument } from '../../tests/support/test-document';

/**
 * A strict RFC 4180 reader: records end with CRLF, a field with a quote, comma
 * or line break must be quoted, quotes inside are doubled. It throws on
 * anything else, so a sloppy writer fails here.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`unquoted ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
  }
  if (record.length > 0) throw new Error('last record has no CRLF');
  return records;
}

/** What a program reading the CSV does to undo the formula guard. */
const unguard = (cell: string) => cell.replace(/^'(?='*[=+\-@\t\r])/, '');

describe('CSV export', () => {
  test('round-trips through an RFC 4180 parser, quotes and line breaks inside sentences included', () => {
    const doc = scanDocument();
    const csv = toCsv(doc);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(doc.hits.length);
    rows.forEach((row, i) => expect(row.map(unguard)).toEqual(csvFields(doc.hits[i])));
    expect(rows.some((row) => row[6].includes('\n'))).toBe(true);
    expect(rows.some((row) => row[6].includes('"'))).toBe(true);
    expect(csv.replace(/"[^"]*(?:""[^"]*)*"/g, '').split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
  });

  test.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-1 @x', "'-1 @x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['a = b', 'a = b'],
    ['plain', 'plain'],
    ['comma, here', '"comma, here"'],
    ['line\nbreak', '"line\nbreak"'],
    ['', ''],
    ["'=already", "''=already"],
    ["'quoted'", "'quoted'"],
  ])('field %j is written as %j', (value, written) => {
    expect(csvRecord([value])).toBe(`${written}\r\n`);
  });

  test('the formula guard applies to sentences from the page', () => {
    const rows = parseCsv(toCsv(scanDocument()));
    const kiev = rows.find((row) => row[0] === 'kiev-regime')!;
    expect(kiev[6].startsWith("'=HYPERLINK")).toBe(true);
  });

  test('any fields round-trip', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (records) => {
        const parsed = parseCsv(records.map(csvRecord).join(''));
        expect(parsed.map((r) => r.map(unguard))).toEqual(records);
      }),
    );
  });

  test('a page without hits is a header only', () => {
    expect(toCsv(scanDocument('Nothing here.'))).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
