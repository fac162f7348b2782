import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchAbort } from './types';

/**
 * The repository root: the nearest folder above this file whose package.json is Lede's.
 * Works from the built out/node/bench.mjs and from bench/ alike.
 */
export function findRepoRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'lede')
      return dir;
    if (dirname(dir) === dir) throw new BenchAbort(`cannot find Lede's package.json above ${from}`);
  }
}

/** The built core worker; the bench refuses to run without it rather than measure something else. */
export function builtWorkerPath(root: string): string {
  const path = join(root, 'out', 'main', 'core-worker.js');
  if (!existsSync(path))
    throw new BenchAbort(`${path} is missing: run \`npm run build\` first (\`npm run bench\` does).`);
  return path;
}

const tempDirs = new Set<string>();
let exitHookInstalled = false;

function removeAll(): void {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

/**
 * A fresh folder under the OS temp dir. It is removed by the returned function, and in
 * any case when the process exits (also on Ctrl-C), so an aborted run leaves nothing behind.
 */
export function makeTempDir(prefix: string): { dir: string; remove: () => void } {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', removeAll);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        removeAll();
        process.exit(130);
      });
    }
  }
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
      tempDirs.delete(dir);
    },
  };
}
