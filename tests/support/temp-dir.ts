import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the OS temp dir, and a function that removes it. */
export function makeTempDir(prefix = 'lede-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Path of the built core worker, the same file the app starts. */
export const builtWorkerPath = join(import.meta.dirname, '..', '..', 'out', 'main', 'core-worker.js');
