import { browser } from 'wxt/browser';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {
    // What every content script of ours needs at least: the extension's API and the time it took to get here.
    const start = (globalThis as { __stackFloorStart?: number }).__stackFloorStart ?? performance.now();
    if (typeof browser.runtime.id !== 'string') return;
    document.documentElement.dataset.stackFloorMs = String(performance.now() - start);
  },
});
