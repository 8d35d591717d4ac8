import { defineConfig, type Wxt } from 'wxt';
import type { Plugin } from 'vite';

/** The file that carries the compiled lexicon into every content script, ahead of the script itself. */
const LEXICON_DATA_FILE = 'lexicon-data.js';
const VIRTUAL_ID = 'virtual:rhetoric-lens/compiled';

/** Compiles the lexicon in the build's own process, once. */
async function serialized() {
  const { serializedBuiltin } = await import('./src/lexicon/build');
  return await serializedBuiltin();
}

/** `import compiled from 'virtual:rhetoric-lens/compiled'` gives extension pages the compiled lexicon. */
function compiledLexiconPlugin(): Plugin {
  return {
    name: 'rhetoric-lens:compiled-lexicon',
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
    load: async (id) => (id === `\0${VIRTUAL_ID}` ? `export default ${JSON.stringify(await serialized())};` : undefined),
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [compiledLexiconPlugin()] }),
  manifest: ({ browser }) => ({
    name: 'Rhetoric Lens',
    description: 'Highlights and explains phrasing typical of state media (KCNA, Xinhua, TASS and others). Runs entirely on your device.',
    permissions: ['storage', 'contextMenus'],
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Turn highlights on or off' },
      'next-highlight': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Go to the next highlight' },
      'previous-highlight': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Go to the previous highlight' },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'rhetoric-lens@example.org', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } } : {}),
  }),
  hooks: {
    'build:publicAssets': async (_wxt: Wxt, files) => {
      // The page's copy: entry metadata as compact rows, without the summaries (the card asks the background).
      const { compactMeta } = await import('./src/core/compiled');
      const data = await serialized();
      const pageCopy = { ...data, entries: data.entries.map((e) => (Array.isArray(e) ? e : compactMeta(e, false))) };
      files.push({ relativeDest: LEXICON_DATA_FILE, contents: `globalThis.__rhetoricLensLexicon=${JSON.stringify(pageCopy)};` });
    },
    'build:manifestGenerated': (_wxt: Wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.js = [LEXICON_DATA_FILE, ...(script.js ?? [])];
    },
  },
});
