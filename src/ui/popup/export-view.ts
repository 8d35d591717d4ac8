/**
 * "Export this page": the page's findings as JSON, CSV, a Markdown report or
 * W3C Web Annotations, downloaded as a file. The formats are src/export's;
 * this only offers them and hands the text to the browser as a download.
 */
import { EXPORT_FORMATS, exportDocument, fromPageReport, type ExportFormatName } from '../../export/index';
import type { PageReport } from '../../core/types';
import { h } from '../dom';
import type { EntryLookup } from './entry-info';

/** The export document for a report, with each hit's entry looked up for its phrase, sources and explanation. */
export function exportFile(report: PageReport, lookup: EntryLookup, format: ExportFormatName, time = new Date().toISOString()) {
  const entries = [...new Set(report.hits.map((hit) => hit.entryId))].map((id) => {
    const info = lookup(id);
    return { id, phrase: info.phrase, sources: info.sources, techniques: info.techniques as never[], tier: info.tier === 'common' ? ('common' as const) : ('signature' as const), explanation: info.explanation };
  });
  return exportDocument(fromPageReport(report, entries, time), format, entries);
}

function download(file: { filename: string; mime: string; text: string }) {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = h('a', { attrs: { href: url, download: file.filename } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportView(report: PageReport, lookup: EntryLookup): HTMLElement {
  const buttons = (Object.keys(EXPORT_FORMATS) as ExportFormatName[]).map((format) =>
    h(
      'button',
      {
        class: 'link-button',
        attrs: { type: 'button', 'data-key': `export-${format}`, title: `Download this page's findings as ${EXPORT_FORMATS[format].label}` },
        on: { click: () => download(exportFile(report, lookup, format)) },
      },
      EXPORT_FORMATS[format].label,
    ),
  );
  return h('nav', { class: 'export-bar', attrs: { 'aria-label': 'Export this page' } }, h('span', {}, 'Export:'), ...buttons);
}
