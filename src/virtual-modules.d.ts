/** The compiled lexicon, with entry summaries, provided at build time by the plugin in wxt.config.ts. */
declare module 'virtual:rhetoric-lens/compiled' {
  const compiled: import('../../src/core/compiled').SerializedLexicon;
  export default compiled;
}
