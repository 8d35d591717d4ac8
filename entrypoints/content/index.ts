/**
 * The content script: starts the session with the lexicon that
 * lexicon-data.js (listed before this script in the manifest) left in this
 * isolated world, and with the storage read it started. Nothing is compiled
 * here. The lexicon's block is inflated (natively) while that read is in
 * flight; its tables are read only once the settings say the page is to be
 * read and the page has text, and a page that is off simply drops the block.
 *
 * main() takes no WXT context: the build gives WXT's wrapper an empty one
 * (quietContentScriptContext in wxt.config.ts), and the script's life is a
 * ContentLifetime, which ends only when the extension does.
 */
import { unpackLexicon } from '../../src/core/packed';
import { ContentLifetime } from '../../src/messaging/context-invalidated';
import { readPageStorage } from '../../src/storage/page-storage';
import { inflateBase64 } from '../../src/util/inflate';
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
    const packed = loaded.__rhetoricLensLexicon;
    if (typeof packed !== 'string' || !document.documentElement) return;
    let block: Uint8Array | undefined;
    let settled = false;
    let inflating: Promise<void> | undefined;
    // A block that does not inflate leaves `block` unset: load() then throws and the session stays off rather than guess.
    const inflate = () =>
      (inflating ??= inflateBase64(packed).then(
        (bytes) => void (block = bytes),
        () => undefined,
      ).finally(() => (settled = true)));
    const lexicon = {
      version: loaded.__rhetoricLensLexiconVersion ?? '',
      ready: () => settled,
      whenReady: inflate,
      load: () => {
        if (!block) throw new Error('the compiled lexicon could not be inflated');
        return unpackLexicon(block);
      },
    };
    // A document with content: inflate while the storage read is in flight. An empty one (a loading frame, an ad
    // slot) inflates only when text arrives, and a page that is off never does.
    if (document.body?.firstChild) void inflate();
    const session = new ContentSession(new ContentLifetime(), lexicon, { startedAt, mainAt });
    void session.start(readPageStorage(loaded.__rhetoricLensStored));
  },
});
