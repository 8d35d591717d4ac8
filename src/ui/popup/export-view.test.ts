import { describe, expect, test } from 'vitest';
import { entryLookup } from './entry-info';
import { exportFile } from './export-view';
import { testEntries, testHit, testReport } from '../../../tests/support/test-report';

const ids = testEntries.map((e) => e.id);
const report = testReport([testHit(ids[0], 0), testHit(ids[1], 1, 'quoted'), testHit(ids[0], 2)]);
const lookup = entryLookup(testEntries);

describe('exporting the page from the popup', () => {
  test('JSON carries the page and every hit', () => {
    const file = exportFile(report, lookup, 'json', '2026-11-27T00:00:00.000Z');
    const data = JSON.parse(file.text);
    expect(data.url).toBe(report.url);
    expect(data.hits.map((h: { id: string }) => h.id)).toEqual([ids[0], ids[1], ids[0]]);
    expect(file.filename).toMatch(/\.json$/);
  });

  test('CSV has a header and one row per hit', () => {
    const file = exportFile(report, lookup, 'csv');
    expect(file.text.startsWith('\ufeff')).toBe(true);
    expect(file.text.trim().split('\r\n')).toHaveLength(1 + report.hits.length);
  });

  test('Web Annotations: one per hit, with the entry explanation as the body', () => {
    const page = JSON.parse(exportFile(report, lookup, 'annotation').text);
    expect(page.items).toHaveLength(3);
    expect(page.items[0].body.some((b: { value?: string }) => b.value?.endsWith(testEntries[0].explanation))).toBe(true);
    expect(page.items[0].target.source).toBe(report.url);
  });
});
