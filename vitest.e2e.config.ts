import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real Chromium and Firefox. One file at a time, since each starts browsers. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
