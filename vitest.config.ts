import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { commonWordsPlugin, compiledLexiconPlugin } from './wxt.config';

export default defineConfig({
  // WxtVitest brings WXT's own set-up, not the vite plugins of wxt.config.ts: the modules they provide are added here.
  plugins: [WxtVitest(), compiledLexiconPlugin(), commonWordsPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'entrypoints/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
