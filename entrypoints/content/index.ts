/**
 * The content script: loads the lexicon that lexicon-data.js (listed before
 * this script in the manifest) left in this isolated world, and starts the
 * session. Nothing is compiled here: the data is deserialized and scanned.
 */
import { deserializeLexicon, type SerializedLexicon } from '../../src/core/compiled';
import { readCustomLexicon } from '../../src/extension/custom-lexicon';
import { LayeredMatcher } from '../../src/extension/custom-matcher';
import { readSettings } from '../../src/extension/settings';
import { ContentSession } from './session';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const startedAt = performance.now();
    const data = (globalThis as { __rhetoricLensLexicon?: SerializedLexicon }).__rhetoricLensLexicon;
    if (!data || !document.documentElement) return;
    // Ask storage first: it answers while the lexicon is decoded.
    const settings = readSettings();
    const custom = readCustomLexicon().catch(() => null);
    let matcher: LayeredMatcher;
    try {
      matcher = new LayeredMatcher(deserializeLexicon(data));
    } catch {
      return; // data from a different build's format: stay off rather than guess
    }
    void new ContentSession(ctx, matcher, { startedAt, lexiconAt: performance.now() }).start(settings, custom);
  },
});
