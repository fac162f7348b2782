import { batchFormats, type BatchFormat } from '../shared/exchange/export-formats';

export type CliCommand =
  | { name: 'list' }
  | { name: 'import'; files: string[] }
  | { name: 'export'; format: BatchFormat; out: string; query: string | undefined; overwrite: boolean }
  | { name: 'help' };

export const usage = `usage: lede [--data-dir DIR] COMMAND

  list                                   every article: id, status, slug, headline (tab-separated)
  import FILE…                           import Lede JSON or IPTC ninjs (2.x, 3.x) files
  export --format html|json|ninjs --out DIR [--query TEXT] [--overwrite]
                                         write articles (those matching TEXT) into DIR

  --data-dir DIR   the store's folder (else LEDE_DATA_DIR, else the app's folder)

exit codes: 0 done; 1 some files failed (each named on stderr); 2 bad usage; 3 the store could not be opened`;

/** An error in how the command was typed: exit code 2 with the usage. */
export class UsageError extends Error {}

/** Reads the arguments after `lede`; `--data-dir` is read separately (see resolveDataDir). */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const rest: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { name: 'help' };
    if (arg === '--overwrite') options.set('overwrite', true);
    else if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!['data-dir', 'format', 'out', 'query'].includes(key)) throw new UsageError(`unknown option --${key}`);
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`--${key} needs a value`);
      options.set(key, value);
    } else rest.push(arg);
  }
  const [command, ...operands] = rest;
  if (command === 'list') {
    if (operands.length) throw new UsageError('list takes no files');
    return { name: 'list' };
  }
  if (command === 'import') {
    if (operands.length === 0) throw new UsageError('import needs at least one file');
    return { name: 'import', files: operands };
  }
  if (command === 'export') {
    const format = options.get('format');
    if (typeof format !== 'string' || !(batchFormats as readonly string[]).includes(format))
      throw new UsageError(`export needs --format ${batchFormats.join('|')}`);
    const out = options.get('out');
    if (typeof out !== 'string') throw new UsageError('export needs --out DIR');
    if (operands.length) throw new UsageError('export takes no files; use --query to choose articles');
    const query = options.get('query');
    return {
      name: 'export',
      format: format as BatchFormat,
      out,
      query: typeof query === 'string' ? query : undefined,
      overwrite: options.has('overwrite'),
    };
  }
  if (command === undefined) throw new UsageError('no command given');
  throw new UsageError(`unknown command ${command}`);
}
