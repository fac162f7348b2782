// Builds better-sqlite3 for the installed Electron into .native/electron-<version>/,
// leaving node_modules/better-sqlite3 built for Node (tests, command line, benchmarks).
// The app's core passes that file to better-sqlite3 as `nativeBinding`.
//
//   node scripts/native-electron.mjs          fail with a clear message if it cannot
//   node scripts/native-electron.mjs --soft   say what could not be fetched, exit 0 (postinstall)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const soft = process.argv.includes('--soft');
const require = createRequire(join(root, 'package.json'));

const electronVersion = require('electron/package.json').version;
const sqlitePackageDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(readFileSync(join(sqlitePackageDir, 'package.json'), 'utf8')).version;
const targetDir = join(root, '.native', `electron-${electronVersion}`);
const target = join(targetDir, 'better_sqlite3.node');
const stamp = join(targetDir, 'better-sqlite3.version');

// electron-builder packs this fixed path (extraResources), whatever the Electron version.
const staged = join(root, '.native', 'package', 'better_sqlite3.node');
const stage = () => {
  mkdirSync(dirname(staged), { recursive: true });
  copyFileSync(target, staged);
};

if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sqliteVersion) {
  stage();
  console.log(`native: better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is ready (${target})`);
  process.exit(0);
}

// Work on a copy so a failed build can never delete the Node build in node_modules.
const work = join(root, '.native', 'work', 'better-sqlite3');
rmSync(work, { recursive: true, force: true });
mkdirSync(dirname(work), { recursive: true });
cpSync(sqlitePackageDir, work, {
  recursive: true,
  filter: (src) => !src.startsWith(join(sqlitePackageDir, 'build')),
});

// npm_config_nodedir points node-gyp at Node's headers; for Electron it must fetch Electron's.
const env = { ...process.env };
for (const key of Object.keys(env)) if (/^npm_config_(nodedir|target|runtime|disturl)$/i.test(key)) delete env[key];

const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const attempts = [
  [bin('prebuild-install'), ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch]],
  [
    bin('node-gyp'),
    [
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
  ],
];

let built = false;
for (const [command, args] of attempts) {
  console.log(`native: ${command.split(/[\\/]/).pop()} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: work,
    env,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    timeout: 15 * 60_000,
  });
  if (result.status === 0 && existsSync(join(work, 'build', 'Release', 'better_sqlite3.node'))) {
    built = true;
    break;
  }
}

if (!built) {
  rmSync(join(root, '.native', 'work'), { recursive: true, force: true });
  const message =
    `native: could not fetch a prebuilt better-sqlite3 for Electron ${electronVersion} nor Electron's headers to build one ` +
    '(no network?). Tests, benchmarks and the command line use the Node build and are unaffected; ' +
    'to run the app, connect and run `npm run native:electron`.';
  if (soft) {
    console.warn(message);
    process.exit(0);
  }
  console.error(message);
  process.exit(1);
}

mkdirSync(targetDir, { recursive: true });
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
writeFileSync(stamp, `${sqliteVersion}\n`);
stage();
rmSync(join(root, '.native', 'work'), { recursive: true, force: true });
console.log(`native: built better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} at ${target}`);
