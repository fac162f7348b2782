/**
 * Related coverage as the Related panel uses it, over 100,000 articles and 5,000 tags:
 * `related.suggest` (five suggestions) and, for information, the link picker's
 * `related.search`, each through the core worker beside the raw statements it runs.
 */
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { storeFileName } from '../../src/main/core/open-core';
import { suggestionLimits, termCountCap } from '../../src/main/core/services/link-suggestions';
import {
  articleCountSql,
  candidateRowsSql,
  linkedTargetsSql,
  recentCandidatesSql,
  sharedTagsSql,
  storiesSql,
  suggestOpenSql,
  suggestTagsSql,
  tagCandidatesSql,
  termFrequencySql,
  textMatchesSql,
} from '../../src/main/core/services/related-sql';
import { ftsString, textTerms, typedQuery } from '../../src/main/core/services/text-terms';
import { openStore } from '../../src/main/core/store/open-store';
import { seededRandom } from '../lib/articles';
import { startBenchCore, type BenchCore } from '../lib/core';
import { makeTempDir } from '../lib/env';
import { settleDailyBackup } from '../lib/daily-backup';
import { copyNewsroom, newsroom, newsroomSize } from '../lib/newsroom';
import { summarise } from '../lib/percentiles';
import { timePair } from '../lib/timing';
import { caseResult, type MeasuredCase, type Suite, type SuiteContext } from '../lib/types';

const suiteName = 'related';
const plan = {
  suggest: { warmup: 100, iterations: 1_000 },
  picker: { warmup: 100, iterations: 1_000 },
} as const;
const suggestions = 5;
const pickerRows = 8;

/** The statements related.suggest runs for an article, in its order, with its thresholds. */
function rawSuggest(db: Database.Database): (articleId: string) => void {
  const count = db.prepare(articleCountSql).pluck();
  const open = db.prepare(suggestOpenSql);
  const tags = db.prepare(suggestTagsSql);
  const termFrequency = db.prepare(termFrequencySql).pluck();
  const tagCandidates = db.prepare(tagCandidatesSql).pluck();
  const textCandidates = db.prepare(textMatchesSql).pluck();
  const recent = db.prepare(recentCandidatesSql).pluck();
  const linked = db.prepare(linkedTargetsSql).pluck();
  const rows = db.prepare(candidateRowsSql);
  const shared = db.prepare(sharedTagsSql);
  const stories = db.prepare(storiesSql);
  const { maxCandidateTagUses, tagCountCap, searchTerms, maxTerms, perSource } = suggestionLimits;

  return (articleId) => {
    const article = open.get(articleId) as { headline: string; standfirst: string };
    const total = count.get() as number;
    const cap = termCountCap(total);
    const tagRows = tags.all({ id: articleId, cap: tagCountCap }) as { id: number; df: number }[];
    const terms = textTerms(`${article.headline} ${article.standfirst}`, maxTerms)
      .map((term) => ({ term, df: termFrequency.get({ query: ftsString(term), cap }) as number }))
      .filter(({ df }) => df >= 2 && df < cap)
      .sort((a, b) => a.df - b.df)
      .slice(0, searchTerms);
    const ids = new Set<string>();
    const rare = tagRows.filter((tag) => tag.df >= 2 && tag.df <= maxCandidateTagUses).map((tag) => tag.id);
    if (rare.length > 0)
      for (const id of tagCandidates.all({ tags: JSON.stringify(rare), limit: perSource.tags }) as string[])
        ids.add(id);
    if (terms.length > 0) {
      const query = terms.map(({ term }) => ftsString(term)).join(' OR ');
      for (const id of textCandidates.all({ query, limit: perSource.text }) as string[]) ids.add(id);
    }
    for (const id of recent.all(perSource.recent) as string[]) ids.add(id);
    ids.delete(articleId);
    for (const id of linked.all(articleId) as string[]) ids.delete(id);
    const json = JSON.stringify([...ids]);
    rows.all({ ids: json });
    if (tagRows.length > 0) shared.all({ ids: json, tags: JSON.stringify(tagRows.map((tag) => tag.id)) });
    stories.all({ ids: JSON.stringify([...ids].slice(0, suggestions)) });
  };
}

async function run(context: SuiteContext): Promise<MeasuredCase[]> {
  const room = newsroom(context.log);
  const temp = makeTempDir('lede-bench-related-');
  let core: BenchCore | undefined;
  let db: Database.Database | undefined;
  try {
    const workerDir = copyNewsroom(room, join(temp.dir, 'worker'));
    await settleDailyBackup(workerDir, context.log);
    core = await startBenchCore(context.workerPath, workerDir);
    db = openStore({ file: join(copyNewsroom(room, join(temp.dir, 'baseline')), storeFileName) }).db;
    const random = seededRandom(11);
    const results: MeasuredCase[] = [];

    // suggest: the Related panel opening on a story.
    {
      const articles = Array.from(
        { length: plan.suggest.warmup + plan.suggest.iterations },
        () => room.liveArticles[Math.floor(random() * room.liveArticles.length)]!,
      );
      const raw = rawSuggest(db);
      const { subject, baseline } = await timePair(
        plan.suggest,
        async (i) => {
          await core!.call('related.suggest', { articleId: articles[i]!, limit: suggestions });
        },
        (i) => raw(articles[i]!),
      );
      results.push({
        result: caseResult(suiteName, 'suggest', summarise(subject.samples), {
          name: 'sqlite candidate SELECTs',
          ...summarise(baseline.samples),
        }),
        targets: { p95_ms: 20 },
      });
      context.log('related: suggest done');
    }

    // picker (informational): typing into the link picker, a few letters of a headline word.
    {
      const headline = db.prepare('SELECT headline FROM articles WHERE id = ?').pluck();
      const total = plan.picker.warmup + plan.picker.iterations;
      const typed = Array.from({ length: total }, () => {
        const words = (
          headline.get(room.liveArticles[Math.floor(random() * room.liveArticles.length)]!) as string
        ).split(' ');
        const word = words[Math.floor(random() * words.length)]!;
        return `${words[0]} ${word.slice(0, 2 + Math.floor(random() * Math.max(1, word.length - 2)))}`;
      });
      const from = room.liveArticles[0]!;
      const matches = db.prepare(textMatchesSql).pluck();
      const stories = db.prepare(storiesSql);
      const { subject, baseline } = await timePair(
        plan.picker,
        async (i) => {
          await core!.call('related.search', { articleId: from, query: typed[i]!, limit: pickerRows });
        },
        (i) => {
          const query = typedQuery(typed[i]!);
          if (query === null) return;
          stories.all({ ids: JSON.stringify(matches.all({ query, limit: 60 })) });
        },
      );
      results.push({
        result: caseResult(suiteName, 'picker', summarise(subject.samples), {
          name: 'sqlite FTS5 MATCH + rows',
          ...summarise(baseline.samples),
        }),
      });
      context.log('related: picker done');
    }
    return results;
  } finally {
    await core?.close();
    db?.close();
    temp.remove();
  }
}

export const relatedSuite: Suite = {
  name: suiteName,
  description: `link suggestions (related.suggest, ${suggestions}) and the link picker via the core worker vs their raw SQL, ${newsroomSize.articles.toLocaleString('en')} articles, ${newsroomSize.tags.toLocaleString('en')} tags`,
  run,
};
