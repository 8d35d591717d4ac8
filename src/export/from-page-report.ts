/** The popup's side: a content script's PageReport → an ExportDocument. */
import type { EntryMeta } from '../core/compiled';
import type { PageReport } from '../core/types';
import { quoteContext, type ExportDocument } from './export-document';

type EntryFields = Pick<EntryMeta, 'id' | 'phrase' | 'sources' | 'techniques' | 'tier'>;

/**
 * `entries` gives each hit's phrase, sources, techniques and tier (the
 * compiled lexicon's entries, custom phrases included). A hit whose entry is
 * no longer known (a custom phrase deleted since the scan) keeps its match as
 * its phrase and no sources.
 */
export function fromPageReport(report: PageReport, entries: readonly EntryFields[], time = new Date().toISOString()): ExportDocument {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    url: report.url,
    title: report.title,
    time,
    lexiconVersion: report.lexiconVersion,
    words: report.words,
    hits: report.hits.map((hit) => {
      const entry = byId.get(hit.entryId);
      const start = hit.sentenceInParagraph[0] + hit.inSentence[0];
      const end = hit.sentenceInParagraph[0] + hit.inSentence[1];
      return {
        id: hit.entryId,
        phrase: entry?.phrase ?? hit.match,
        match: hit.match,
        sources: entry ? [...entry.sources] : [],
        techniques: entry ? [...entry.techniques] : [],
        tier: entry?.tier ?? 'common',
        voice: hit.voice,
        sentence: hit.sentence,
        inSentence: [...hit.inSentence],
        position: [...hit.position],
        ...quoteContext(hit.paragraph, start, end),
      };
    }),
  };
}
