/**
 * The compiled lexicon in the background, with the entry summaries that the
 * page's copy leaves out. Decoded on first use: the service worker starts
 * often (for every page's report) and rarely needs it.
 */
import compiled from 'virtual:rhetoric-lens/compiled';
import { deserializeLexicon, type CompiledLexicon } from '../../src/core/compiled';
import { Matcher } from '../../src/core/matcher';

let decoded: CompiledLexicon | undefined;
let matcher: Matcher | undefined;
let summaries: Map<string, string> | undefined;

function lexicon(): CompiledLexicon {
  decoded ??= deserializeLexicon(compiled);
  return decoded;
}

export function builtinMatcher(): Matcher {
  matcher ??= new Matcher(lexicon());
  return matcher;
}

/** The first sentence of an entry's explanation, for the hover card. */
export function entrySummary(entryId: string): string | undefined {
  summaries ??= new Map(lexicon().entries.flatMap((e) => (e.summary ? [[e.id, e.summary] as const] : [])));
  return summaries.get(entryId);
}
