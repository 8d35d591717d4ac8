/**
 * The content script: starts the session with the lexicon that
 * lexicon-data.js (listed before this script in the manifest) left in this
 * isolated world, and with the storage read it started. Nothing is compiled
 * here, and nothing is even decoded until the settings say the page is to be
 * read and the page has text.
 *
 * main() takes no WXT context: the build gives WXT's wrapper an empty one
 * (quietContentScriptContext in wxt.config.ts), and the script's life is a
 * ContentLifetime, which ends only when the extension does.
 */
import { deserializeLexicon, type SerializedLexicon } from '../../src/core/compiled';
import { ContentLifetime } from '../../src/messaging/context-invalidated';
import { readPageStorage } from '../../src/storage/page-storage';
import { ContentSession } from './session';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {
    // From when lexicon-data.js ran: the time to load this script and its modules counts too.
    const mainAt = performance.now();
    const loaded = globalThis as {
      __rhetoricLensLexicon?: string;
      __rhetoricLensLexiconVersion?: string;
      __rhetoricLensStart?: number;
      __rhetoricLensStored?: Promise<Record<string, unknown>>;
    };
    const startedAt = loaded.__rhetoricLensStart ?? mainAt;
    const json = loaded.__rhetoricLensLexicon;
    if (typeof json !== 'string' || !document.documentElement) return;
    const lexicon = { version: loaded.__rhetoricLensLexiconVersion ?? '', load: () => deserializeLexicon(JSON.parse(json) as SerializedLexicon) };
    const session = new ContentSession(new ContentLifetime(), lexicon, { startedAt, mainAt });
    void session.start(readPageStorage(loaded.__rhetoricLensStored));
  },
});
