import { isAbsolute, resolve } from 'node:path';

/** What a launch asked Lede to open, beyond starting: an article by id, or a .json file. */
export interface LaunchRequest {
  articleId?: string;
  file?: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Flags that take the next word as their value, so it is not read as a file. */
const flagsWithValue = new Set(['--data-dir', '--article']);

/**
 * Reads a command line (the first launch's, or the one a second launch hands the running
 * app): `--article <id>` / `--article=<id>` / `lede://article/<id>`, or a path to a `.json`
 * file (Lede or ninjs) as the desktop passes it when a file is opened with Lede. Relative
 * paths are resolved against the launching process's folder. Chromium's own switches,
 * the executable and (in development) the app folder are skipped.
 */
export function parseLaunchArgs(argv: readonly string[], cwd: string): LaunchRequest {
  const request: LaunchRequest = {};
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (flagsWithValue.has(arg)) {
      if (arg === '--article' && uuid.test(argv[i + 1] ?? '')) request.articleId = argv[i + 1]!.toLowerCase();
      i++;
      continue;
    }
    if (arg.startsWith('--article=')) {
      const id = arg.slice('--article='.length);
      if (uuid.test(id)) request.articleId = id.toLowerCase();
      continue;
    }
    const link = /^lede:\/\/article\/([^/?#]+)\/?$/i.exec(arg);
    if (link) {
      if (uuid.test(link[1]!)) request.articleId = link[1]!.toLowerCase();
      continue;
    }
    if (arg.startsWith('-')) continue;
    if (/\.json$/i.test(arg)) request.file = isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return request;
}
