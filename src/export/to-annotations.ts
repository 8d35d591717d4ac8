/**
 * The W3C Web Annotation export (https://www.w3.org/TR/annotation-model/):
 * one `Annotation` per hit, wrapped in one `AnnotationPage` per document. The
 * page is a complete JSON-LD document on its own (the CLI writes one per line
 * in `--format annotation`); its annotations do not repeat the `@context`.
 *
 * Each annotation targets the hit with the two selectors Hypothesis's
 * anchoring reads: a TextQuoteSelector (the match, with up to 32 characters
 * of context each side, as Hypothesis records) and a TextPositionSelector.
 * The position counts over our text index (blocks joined in document order),
 * which is close to, but not always exactly, a tool's own text of the page;
 * anchoring tools use it as a hint and anchor by the quote.
 */
import { sourceLabel } from '../lexicon/families';
import { explanationOf, type ExportDocument, type ExportEntry, type ExportHit } from './export-document';
import { stableUuid } from './stable-uuid';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging';
  value: string;
  format?: 'text/plain';
  language?: string;
}

export interface Software {
  type: 'Software';
  name: string;
  homepage?: string;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting';
  created: string;
  generated: string;
  creator: Software;
  generator: Software;
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationPage {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationPage';
  partOf: { id: string; type: 'AnnotationCollection'; label: string; total: number };
  startIndex: 0;
  items: Annotation[];
}

export interface AnnotationOptions {
  /** When this serialization was made; defaults to now. */
  generated?: string;
  /** A homepage for the creating software, when the build knows one. */
  homepage?: string;
}

/** The comment a reader sees in an annotation tool: what the phrase is, then the explanation. */
function comment(hit: ExportHit, explanation: string): string {
  const sources = hit.sources.map(sourceLabel).join(', ') || 'state media';
  const voice = hit.voice === 'own' ? "in the text's own voice" : 'quoted or attributed';
  const head = `“${hit.phrase}” is phrasing typical of ${sources} (${hit.techniques.join(', ')}), here ${voice}.`;
  return explanation ? `${head} ${explanation}` : head;
}

export function toAnnotation(doc: ExportDocument, hit: ExportHit, lexicon: readonly ExportEntry[] | undefined, options: AnnotationOptions = {}): Annotation {
  const software: Software = { type: 'Software', name: `Rhetoric Lens (lexicon ${doc.lexiconVersion})` };
  if (options.homepage) software.homepage = options.homepage;
  const [start, end] = hit.codePoints ?? hit.position;
  return {
    id: `urn:uuid:${stableUuid('annotation', doc.url, hit.id, String(hit.position[0]), String(hit.position[1]), hit.match)}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: doc.time,
    generated: options.generated ?? new Date().toISOString(),
    creator: software,
    generator: software,
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: comment(hit, explanationOf(lexicon, hit.id)), format: 'text/plain', language: 'en' },
      { type: 'TextualBody', purpose: 'tagging', value: hit.id },
    ],
    target: {
      source: doc.url,
      selector: [
        { type: 'TextQuoteSelector', exact: hit.match, prefix: hit.prefix, suffix: hit.suffix },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
}

export function toAnnotationPage(doc: ExportDocument, lexicon?: readonly ExportEntry[], options: AnnotationOptions = {}): AnnotationPage {
  const generated = options.generated ?? new Date().toISOString();
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${stableUuid('page', doc.url, doc.time)}`,
    type: 'AnnotationPage',
    partOf: { id: `urn:uuid:${stableUuid('collection', doc.url, doc.time)}`, type: 'AnnotationCollection', label: doc.title || doc.url, total: doc.hits.length },
    startIndex: 0,
    items: doc.hits.map((hit) => toAnnotation(doc, hit, lexicon, { ...options, generated })),
  };
}

export function toAnnotations(doc: ExportDocument, lexicon?: readonly ExportEntry[], options?: AnnotationOptions): string {
  return JSON.stringify(toAnnotationPage(doc, lexicon, options), null, 2);
}
