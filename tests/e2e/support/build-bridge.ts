import { join } from 'node:path';
import { build, type Rolldown } from 'vite';

const cached = new Map<string, Promise<string>>();

/** The repository root, for programs bundled elsewhere (the bench) that cannot find it from here. */
const defaultRoot = join(import.meta.dirname, '..', '..', '..');

/** Bundles http-bridge.ts into one classic script, once per run. */
export function bridgeScript(root = defaultRoot): Promise<string> {
  return bundleScript(join(root, 'tests', 'e2e', 'support', 'http-bridge.ts'), 'ledeTestBridge');
}

/** Bundles a browser entry file into one classic (IIFE) script, once per run. */
export function bundleScript(entry: string, name: string): Promise<string> {
  let bundle = cached.get(entry);
  if (bundle) return bundle;
  bundle = (async () => {
    const result = (await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        write: false,
        minify: false,
        lib: { entry, formats: ['iife'], name },
      },
    })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    const output = Array.isArray(result) ? result[0]! : result;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error(`${entry} did not build`);
    return chunk.code;
  })();
  cached.set(entry, bundle);
  return bundle;
}
