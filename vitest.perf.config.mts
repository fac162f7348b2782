import { defineConfig } from 'vitest/config';

/**
 * `npm run bench:chromium`: measurements that need the browser-test rig (Chromium, the
 * built renderer, the core worker). Not part of `npm test`; they print figures and assert
 * only that the page works.
 */
export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    include: ['tests/e2e/perf/**/*.perf.ts'],
    environment: 'node',
    testTimeout: 1_800_000,
    hookTimeout: 1_800_000,
  },
});
