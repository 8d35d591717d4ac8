/**
 * The user's phrases compiled, in `local:customLexicon`: what the content
 * script scans with its second matcher. Written only by the options page
 * (compile.ts); `null` when the user has no phrases. The content
 * script reads it through page-storage.ts.
 */
import { storage } from 'wxt/utils/storage';
import type { CompiledLexicon, SerializedLexicon } from '../core/compiled';
import { decodeCustomLexicon } from './lexicon-codec';

export { decodeCustomLexicon };

export const customLexiconItem = storage.defineItem<SerializedLexicon | null>('local:customLexicon', {
  fallback: null,
  version: 1,
  migrations: {},
});

export async function readCustomLexicon(): Promise<CompiledLexicon | null> {
  return decodeCustomLexicon(await customLexiconItem.getValue());
}
