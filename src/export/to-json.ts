/**
 * The JSON export: the CLI's `scan --json` schema (`input`, `words`, `hits`,
 * `summary`), plus `url`, `title`, `time` and `lexiconVersion`. Offsets are
 * UTF-16 code units into the document's whole text, as in the CLI.
 */
import type { EntryMeta } from '../core/compiled';
import { summarize, type Summary } from '../core/summary';
import type { Technique, Tier } from '../core/types';
import type { ExportDocument, ExportHit } from './export-document';
import type { JsonHit } from './json-hit';

export interface JsonExport {
  input: string;
  url: string;
  title: string;
  time: string;
  lexiconVersion: string;
  words: number;
  hits: JsonHit[];
  summary: Summary;
}

/** The core summary over export hits, which carry their entry's fields themselves. */
export function summarizeHits(hits: readonly ExportHit[], words: number): Summary {
  const index = new Map<string, number>();
  const entries: EntryMeta[] = [];
  const summaryHits = hits.map((hit) => {
    let entry = index.get(hit.id);
    if (entry === undefined) {
      entry = entries.length;
      index.set(hit.id, entry);
      entries.push({ id: hit.id, phrase: hit.phrase, sources: [...hit.sources], techniques: [...hit.techniques] as Technique[], tier: hit.tier as Tier, summary: '' });
    }
    return { entry, voice: hit.voice };
  });
  return summarize(summaryHits, entries, words);
}

export function toJsonHit(hit: ExportHit): JsonHit {
  const sentenceStart = hit.position[0] - hit.inSentence[0];
  return {
    id: hit.id,
    phrase: hit.phrase,
    match: hit.match,
    start: hit.position[0],
    end: hit.position[1],
    sources: [...hit.sources],
    techniques: [...hit.techniques] as Technique[],
    tier: hit.tier as Tier,
    voice: hit.voice,
    sentence: { start: sentenceStart, end: sentenceStart + hit.sentence.length },
  };
}

export function toJsonExport(doc: ExportDocument): JsonExport {
  return {
    input: doc.input ?? doc.url,
    url: doc.url,
    title: doc.title,
    time: doc.time,
    lexiconVersion: doc.lexiconVersion,
    words: doc.words,
    hits: doc.hits.map(toJsonHit),
    summary: summarizeHits(doc.hits, doc.words),
  };
}

export function toJson(doc: ExportDocument): string {
  return JSON.stringify(toJsonExport(doc), null, 2);
}
