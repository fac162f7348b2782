import { join } from 'node:path';
import { build, type Rolldown } from 'vite';

let cached: Promise<string> | undefined;

/** Bundles http-bridge.ts into one classic script, once per test run. */
export function bridgeScript(): Promise<string> {
  cached ??= (async () => {
    const result = (await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        write: false,
        minify: false,
        lib: { entry: join(import.meta.dirname, 'http-bridge.ts'), formats: ['iife'], name: 'ledeTestBridge' },
      },
    })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    const output = Array.isArray(result) ? result[0]! : result;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('The test bridge did not build');
    return chunk.code;
  })();
  return cached;
}
