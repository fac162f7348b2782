import { BenchAbort } from '../lib/types';

export interface SoakOptions {
  minutes: number;
  articles: number;
  /** Articles being edited, as a newsroom has a few stories open at a time. */
  workingSet: number;
  /** Seconds between memory samples. */
  sampleSeconds: number;
  json: string | undefined;
  /** Keep the seeded store for another run instead of rebuilding it (it is big). */
  store: string | undefined;
}

export const soakUsage = [
  'usage: npm run soak -- [--minutes N] [--articles N] [--working-set N] [--sample-seconds N] [--store FILE] [--json FILE]',
  '',
  '  --minutes N         how long to run (default 60)',
  '  --articles N        articles in the seeded store (default 100000)',
  '  --working-set N     articles being edited (default 50)',
  '  --sample-seconds N  memory sample interval (default 5)',
  '  --store FILE        reuse (or create and keep) a seeded store at FILE instead of a temporary one',
  '  --json FILE         where to write the results (default bench-results/soak-latest.json)',
].join('\n');

export function parseSoakArgs(args: readonly string[]): SoakOptions | 'help' {
  const options: SoakOptions = {
    minutes: 60,
    articles: 100_000,
    workingSet: 50,
    sampleSeconds: 5,
    json: undefined,
    store: undefined,
  };
  const number = (name: string, raw: string | undefined, min: number): number => {
    const value = Number(raw);
    if (raw === undefined || !Number.isFinite(value) || value < min) {
      throw new BenchAbort(`${name} needs a number of at least ${min}\n\n${soakUsage}`);
    }
    return value;
  };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const next = (): string | undefined => inline ?? args[++i];
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--minutes':
        options.minutes = number(flag, next(), 0.1);
        break;
      case '--articles':
        options.articles = Math.floor(number(flag, next(), 1));
        break;
      case '--working-set':
        options.workingSet = Math.floor(number(flag, next(), 1));
        break;
      case '--sample-seconds':
        options.sampleSeconds = number(flag, next(), 0.5);
        break;
      case '--json':
        options.json = next();
        if (!options.json) throw new BenchAbort('--json needs a file name');
        break;
      case '--store':
        options.store = next();
        if (!options.store) throw new BenchAbort('--store needs a file name');
        break;
      default:
        throw new BenchAbort(`unknown option ${args[i]}\n\n${soakUsage}`);
    }
  }
  options.workingSet = Math.min(options.workingSet, options.articles);
  return options;
}
