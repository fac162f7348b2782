import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Node programs around the core (benchmarks, the soak, the seed generator, later the command line),
 * built the same way as the app's main process so migrations are bundled identically.
 * They start the core worker from `out/main/core-worker.js`, the very file the app uses.
 * The editor bench drives Chromium and bundles its pages at run time: Playwright and Vite
 * stay packages it loads, not code bundled into it.
 */
const loadedAtRunTime = ['better-sqlite3', 'playwright-core', 'vite'];

export default defineConfig({
  build: {
    outDir: 'out/node',
    ssr: true,
    target: 'node20',
    minify: false,
    emptyOutDir: true,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        bench: resolve('bench/main.ts'),
        soak: resolve('bench/soak.ts'),
        seed: resolve('scripts/seed/main.ts'),
        lede: resolve('src/cli/lede.ts'),
      },
      external: [...loadedAtRunTime, /^vite\//, ...builtinModules.flatMap((m) => [m, `node:${m}`])],
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
  ssr: { noExternal: true, external: loadedAtRunTime },
});
