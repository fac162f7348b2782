// postinstall: proves the Node build of better-sqlite3 loads, then tries (softly) to
// prepare the Electron build beside it. Never fails `npm install` for lack of network.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

try {
  const Database = require('better-sqlite3');
  const db = new Database(':memory:');
  const { v } = db.prepare('select sqlite_version() as v').get();
  db.close();
  console.log(`native: better-sqlite3 loads under Node ${process.versions.node} (SQLite ${v})`);
} catch (error) {
  console.error(
    `native: better-sqlite3 did not load under Node (${error.message}). Its install script builds it; ` +
      'check that package.json allowScripts names better-sqlite3 and that node-gyp can find Node headers ' +
      '(offline: npm_config_nodedir=/usr).',
  );
  process.exitCode = 1;
}

if (process.env.CI || process.env.LEDE_SKIP_ELECTRON_NATIVE) {
  console.log('native: skipping the Electron build of better-sqlite3 (CI); `npm run native:electron` makes it');
} else {
  spawnSync(process.execPath, [join(root, 'scripts', 'native-electron.mjs'), '--soft'], {
    stdio: 'inherit',
    timeout: 20 * 60_000,
  });
}
