import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..', '..');
const require = createRequire(join(projectRoot, 'package.json'));

/**
 * The installed Electron binary, found without `require('electron')`, which would try to
 * download it. Returns undefined where it is not installed.
 */
export function electronBinary(): string | undefined {
  const packageDir = dirname(require.resolve('electron/package.json'));
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(
      process.env.ELECTRON_OVERRIDE_DIST_PATH,
      process.platform === 'win32' ? 'electron.exe' : 'electron',
    );
    return existsSync(path) ? path : undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/** The better-sqlite3 build for Electron that `npm run native:electron` prepares. */
export function electronNativeBuild(): string {
  const version = (require('electron/package.json') as { version: string }).version;
  return join(projectRoot, '.native', `electron-${version}`, 'better_sqlite3.node');
}

/** Why the Electron test cannot run here, or undefined when it can. */
export function electronSkipReason(): string | undefined {
  if (!electronBinary()) {
    return 'the Electron binary is not installed (node_modules/electron/dist is missing; it downloads on the first `npm start` with a network connection)';
  }
  if (!existsSync(electronNativeBuild()))
    return `better-sqlite3 for Electron is missing (${electronNativeBuild()}); run npm run native:electron`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'there is no display (run the tests under xvfb-run)';
  }
  return undefined;
}
