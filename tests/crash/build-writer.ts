import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { build } from 'vite';

/**
 * Bundles autosave-writer.ts (with the app's CoreClient and shared code) into one .mjs that
 * plain Node runs, the way vite.node.config.mts builds the bench. Built in the test's setup,
 * from the current sources; the store code itself runs from out/main/core-worker.js.
 */
export async function buildWriter(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      ssr: join(import.meta.dirname, 'autosave-writer.ts'),
      target: 'node20',
      minify: false,
      emptyOutDir: true,
      reportCompressedSize: false,
      rolldownOptions: {
        external: builtinModules.flatMap((m) => [m, `node:${m}`]),
        output: { format: 'es', entryFileNames: 'autosave-writer.mjs' },
      },
    },
    ssr: { noExternal: true },
  });
  return join(outDir, 'autosave-writer.mjs');
}
