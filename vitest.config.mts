import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` runs colocated *.test.ts under Node against real SQLite files in
 * temporary folders; `crash` kills a process writing through the real core worker, over and
 * over, and checks the store after each kill (tests/crash); `e2e` drives the built renderer in Debian's Chromium (and the real
 * Electron app where its binary exists). Both expect `npm run build` to have run; the
 * global setup builds when the output is missing.
 */
export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'crash',
          include: ['tests/crash/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time on a two-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
