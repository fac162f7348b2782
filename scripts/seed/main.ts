/**
 * `npm run seed -- --articles 100000 --data-dir DIR [--seed N]`: fills the Lede store in
 * DIR (created when missing; an existing store keeps its articles and gains these) with
 * a synthetic archive, for benchmarks and demos. Progress goes to stderr.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { storeFileName } from '../../src/main/core/open-core';
import { openStore } from '../../src/main/core/store/open-store';
import { progressBar } from './progress-bar';
import { seedStore } from './seed-store';

const usage = `usage: npm run seed -- --articles N --data-dir DIR [--seed N]

  --articles N    how many stories to write (1 to 1,000,000)
  --data-dir DIR  the data folder; its lede.sqlite is created or added to
  --seed N        the random seed (default 1): the same seed gives the same stories`;

class UsageError extends Error {}

interface Options {
  articles: number;
  dataDir: string;
  seed: number;
}

function parseArgs(args: string[]): Options | 'help' {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    if (!['--articles', '--data-dir', '--seed'].includes(name)) throw new UsageError(`unknown option ${arg}`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    values.set(name, value);
  }
  const count = (name: string, fallback: number | undefined, max: number): number => {
    const raw = values.get(name);
    if (raw === undefined) {
      if (fallback === undefined) throw new UsageError(`${name} is required`);
      return fallback;
    }
    const value = Number(raw.replace(/[_,]/g, ''));
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw new UsageError(`${name} must be a whole number from 1 to ${max.toLocaleString('en')}`);
    return value;
  };
  const dataDir = values.get('--data-dir');
  if (!dataDir) throw new UsageError('--data-dir is required');
  return {
    articles: count('--articles', undefined, 1_000_000),
    // npm runs scripts from the package root; a relative folder means where the user typed it.
    dataDir: resolve(process.env.INIT_CWD ?? process.cwd(), dataDir),
    seed: count('--seed', 1, 2 ** 31 - 1),
  };
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  if (options === 'help') {
    console.log(usage);
    return;
  }
  const file = join(options.dataDir, storeFileName);
  const bar = progressBar('seed:');
  bar.note(`writing ${options.articles.toLocaleString('en')} stories to ${file}`);
  const { db } = openStore({ file });
  try {
    const result = seedStore(db, {
      articles: options.articles,
      seed: options.seed,
      onProgress: (done, total) => bar.update(done, total),
      onStep: (step) => bar.note(step),
    });
    const size = statSync(file).size / 1024 ** 2;
    bar.note(
      `done: ${result.articles.toLocaleString('en')} stories, ${result.tags.toLocaleString('en')} tags, ${result.articleTags.toLocaleString('en')} taggings; the store is ${size.toFixed(0)} MB`,
    );
  } finally {
    db.close();
  }
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`seed: ${error.message}\n\n${usage}`);
  } else {
    console.error('seed: failed:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
}
