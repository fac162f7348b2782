import { resolve } from 'node:path';

/**
 * Where the store lives: `--data-dir DIR` (or `--data-dir=DIR`) wins, then the
 * LEDE_DATA_DIR environment variable, then the platform's app-data folder.
 */
export function resolveDataDir(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  fallback: string,
): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir' && argv[i + 1]) return resolve(argv[i + 1]!);
    if (arg.startsWith('--data-dir=') && arg.length > '--data-dir='.length)
      return resolve(arg.slice('--data-dir='.length));
  }
  if (env.LEDE_DATA_DIR) return resolve(env.LEDE_DATA_DIR);
  return fallback;
}
