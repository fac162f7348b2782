import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Builds the app once when a bare `vitest` runs without `npm run build` first. */
export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  const needed = ['out/main/core-worker.js', 'out/renderer/index.html'];
  if (needed.every((file) => existsSync(join(root, file)))) return;
  console.log('global-setup: building the app (out/ is missing)');
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
}
