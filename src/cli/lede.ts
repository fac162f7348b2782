/**
 * `npm run lede -- COMMAND` (or `node out/node/lede.mjs`): the command line over the same
 * Electron-free core the app runs. See `usage` in cli-args.ts.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { resolveDataDir } from '../main/data-dir';
import { runCli } from './run-cli';

/** The folder the app keeps its store in, as Electron's userData names it. */
function appDataDir(): string {
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Lede');
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Lede');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Lede');
}

const argv = process.argv.slice(2);
const dataDir = resolveDataDir(argv, process.env, appDataDir());
// npm runs scripts from the package root; relative paths mean where the user typed them.
const cwd = process.env.INIT_CWD ?? process.cwd();
process.exitCode = runCli(argv, dataDir, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd,
});
