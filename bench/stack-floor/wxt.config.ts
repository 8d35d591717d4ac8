/**
 * The fixed stack's floor for the benchmark: an extension built like ours
 * (WXT 0.20 with webextension-polyfill, the same manifest shape) whose content
 * script imports `browser` and does nothing else. What it costs on a page is
 * what any content script on this stack costs before our own code runs.
 */
import { defineConfig, type Wxt } from 'wxt';

const START_FILE = 'start.js';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: { name: 'Stack floor', permissions: ['storage'] },
  hooks: {
    'build:publicAssets': (_wxt: Wxt, files) => {
      // As lexicon-data.js does for ours: the time the first script runs.
      files.push({ relativeDest: START_FILE, contents: 'globalThis.__stackFloorStart=performance.now();' });
    },
    'build:manifestGenerated': (_wxt: Wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.js = [START_FILE, ...(script.js ?? [])];
    },
  },
});
