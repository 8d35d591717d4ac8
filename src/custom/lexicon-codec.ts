/**
 * Decodes the stored compiled custom phrases (`local:customLexicon`), with no
 * storage layer, so that the content script can use it.
 */
import { COMPILED_FORMAT, deserializeLexicon, type CompiledLexicon, type SerializedLexicon } from '../core/compiled';

/**
 * The stored custom lexicon, ready for `new Matcher(…)`, or null when there is
 * none or it cannot be used (written by another compiler format, or damaged:
 * the options page recompiles it from the phrases when it next opens).
 */
export function decodeCustomLexicon(value: unknown): CompiledLexicon | null {
  const data = value as SerializedLexicon | null;
  if (!data || typeof data !== 'object' || data.format !== COMPILED_FORMAT || !Array.isArray(data.entries) || data.entries.length === 0) return null;
  try {
    return deserializeLexicon(data);
  } catch (error) {
    console.warn('Rhetoric Lens: the compiled custom phrases cannot be read; open the options page to rebuild them', error);
    return null;
  }
}
