import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Node programs around the core (benchmarks, later the seed generator and command line),
 * built the same way as the app's main process so migrations are bundled identically.
 * They start the core worker from `out/main/core-worker.js`, the very file the app uses.
 */
export default defineConfig({
  build: {
    outDir: 'out/node',
    ssr: true,
    target: 'node20',
    minify: false,
    emptyOutDir: true,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { bench: resolve('bench/main.ts'), seed: resolve('scripts/seed/main.ts') },
      external: ['better-sqlite3', ...builtinModules.flatMap((m) => [m, `node:${m}`])],
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
  ssr: { noExternal: true, external: ['better-sqlite3'] },
});
