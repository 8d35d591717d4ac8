/** Modules the build provides (the plugins in wxt.config.ts). */
/** The compiled lexicon, with entry summaries, provided at build time by the plugin in wxt.config.ts. */
declare module 'virtual:rhetoric-lens/compiled' {
  const compiled: import('./core/compiled').SerializedLexicon;
  export default compiled;
}

/** The most frequent English words, lower-cased, one per line (commonWordsPlugin in wxt.config.ts). */
declare module 'virtual:rhetoric-lens/common-words' {
  const words: string;
  export default words;
}
