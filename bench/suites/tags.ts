/**
 * Tag autocomplete as the tag input uses it: `tags.search` through the core worker beside
 * the raw statements it runs (the same SQL, in the same order, minus ranking, validation
 * and the thread hop), over 100,000 articles and 5,000 tags. Queries are what people
 * type: the first letters of a tag, a word inside it, letters with gaps, a slip.
 */
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { storeFileName } from '../../src/main/core/open-core';
import {
  escapeLike,
  subsequencePattern,
  tagPrefixSql,
  tagScanSql,
  tagTypoSql,
  typoPatterns,
} from '../../src/main/core/services/tag-sql';
import { openStore } from '../../src/main/core/store/open-store';
import { tagNameKey } from '../../src/shared/tag';
import { seededRandom } from '../lib/articles';
import { startBenchCore, type BenchCore } from '../lib/core';
import { makeTempDir } from '../lib/env';
import { settleDailyBackup } from '../lib/daily-backup';
import { copyNewsroom, newsroom, newsroomSize } from '../lib/newsroom';
import { summarise } from '../lib/percentiles';
import { timePair } from '../lib/timing';
import { caseResult, type MeasuredCase, type Suite, type SuiteContext } from '../lib/types';

const suiteName = 'tags';
const plan = { warmup: 200, iterations: 2_000 } as const;
const limit = 10;

/** What someone types while looking for `name`. */
function typed(name: string, random: () => number): string {
  const key = tagNameKey(name);
  const roll = random();
  if (roll < 0.5) return key.slice(0, 1 + Math.floor(random() * Math.min(6, key.length))); // first letters
  if (roll < 0.7) {
    const words = key.split(' ');
    return words[words.length - 1]!.slice(0, 3 + Math.floor(random() * 3)); // a later word
  }
  if (roll < 0.9) return [...key.slice(0, 8)].filter((_, i) => i % 3 !== 1).join(''); // letters with gaps
  const chars = [...key.slice(0, 7)];
  const at = 1 + Math.floor(random() * (chars.length - 1));
  [chars[at - 1], chars[at]] = [chars[at]!, chars[at - 1]!];
  return chars.join(''); // a slip
}

async function run(context: SuiteContext): Promise<MeasuredCase[]> {
  const room = newsroom(context.log);
  const temp = makeTempDir('lede-bench-tags-');
  let core: BenchCore | undefined;
  let db: Database.Database | undefined;
  try {
    const workerDir = copyNewsroom(room, join(temp.dir, 'worker'));
    await settleDailyBackup(workerDir, context.log);
    core = await startBenchCore(context.workerPath, workerDir);
    db = openStore({ file: join(copyNewsroom(room, join(temp.dir, 'baseline')), storeFileName) }).db;
    const random = seededRandom(7);
    const queries = Array.from({ length: plan.warmup + plan.iterations }, () =>
      typed(room.tagNames[Math.floor(random() * room.tagNames.length)]!, random),
    );

    const prefix = db.prepare(tagPrefixSql);
    const scan = db.prepare(tagScanSql);
    const typo = db.prepare(tagTypoSql);
    // The statements tags.search runs for `query`, as it decides which to run.
    const raw = (query: string): void => {
      const key = tagNameKey(query);
      const params = { key, kind: null, exclude: '[]', limit };
      let found = prefix.all(params).length;
      if (found < limit) {
        const pattern = [...key].length >= 3 ? subsequencePattern(key) : `% ${escapeLike(key)}%`;
        found += Math.min(limit - found, scan.all({ ...params, pattern, limit: limit * 4 }).length);
      }
      if (found === 0 && [...key].length >= 4) typo.all({ ...params, patterns: JSON.stringify(typoPatterns(key)) });
    };

    const { subject, baseline } = await timePair(
      plan,
      async (i) => {
        await core!.call('tags.search', { query: queries[i]!, limit });
      },
      (i) => raw(queries[i]!),
    );
    const s = summarise(subject.samples);
    const b = summarise(baseline.samples);
    context.log('tags: autocomplete done');
    return [
      {
        result: caseResult(suiteName, 'autocomplete', s, { name: 'sqlite prefix + scan SELECTs', ...b }),
        targets: { p95_ms: 5 },
      },
    ];
  } finally {
    await core?.close();
    db?.close();
    temp.remove();
  }
}

export const tagsSuite: Suite = {
  name: suiteName,
  description: `tag autocomplete (tags.search, ${limit} results) via the core worker vs its raw SQL, ${newsroomSize.articles.toLocaleString('en')} articles, ${newsroomSize.tags.toLocaleString('en')} tags`,
  run,
};
