/**
 * Search and the library over 100,000 seeded stories, through the core worker beside the
 * raw SQLite each call wraps.
 *
 * - query: a mix of searches (see lib/search-mix.ts), a page of 20 ranked results with
 *   the headline and a passage marked, beside FTS5's own bm25 ranking over every match
 *   with highlight() and snippet() (the same MATCH expression). Targets: p50 <= 5 ms,
 *   p95 <= 15 ms, ratio <= 1.3.
 * - page: a filtered library page of 50 (see lib/page-mix.ts), beside the SELECT over the
 *   library rows it runs. Target: p95 <= 5 ms.
 * - count (information): the count and per-status counts the list shows beside a query.
 * - search-filtered (information): the search mix with a section or status filter.
 *
 * The mixes cycle through more distinct queries than the service keeps orders for, so no
 * timed search is answered from its cache.
 */
import Database from 'better-sqlite3';
import { matchExpression, parseSearchText } from '../../src/main/core/services/fts-query';
import { createDenseCheck } from '../../src/main/core/services/library-plan';
import { filterConditions, rowColumns, sortSql } from '../../src/main/core/services/library-sql';
import { LibraryQuery, type LibraryQueryInput } from '../../src/shared/library';
import { startBenchCore, type BenchCore } from '../lib/core';
import { pageMix } from '../lib/page-mix';
import { summarise } from '../lib/percentiles';
import { searchMix, type MixQuery } from '../lib/search-mix';
import { settleDailyBackup } from '../lib/daily-backup';
import { seededArchive } from '../lib/search-store';
import { time, timePair, type Timed } from '../lib/timing';
import { BenchAbort, caseResult, type MeasuredCase, type Suite, type SuiteContext } from '../lib/types';

const suiteName = 'search';
export const archiveSize = 100_000;
const seed = 1;
/** The archive's newest story: fixed, so the kept archive and its dates never change. */
const archiveNow = Date.UTC(2026, 0, 15, 12);
const plan = {
  query: { warmup: 46, iterations: 460 },
  page: { warmup: 22, iterations: 440 },
  count: { warmup: 10, iterations: 92 },
  filtered: { warmup: 10, iterations: 184 },
} as const;
const resultsPerSearch = 20;
const pageSize = 50;

function measured(name: string, subject: Timed, baselineName: string, baseline: Timed): MeasuredCase['result'] {
  return caseResult(suiteName, name, summarise(subject.samples), {
    name: baselineName,
    ...summarise(baseline.samples),
  });
}

/** p50 / p95 of the timed calls of each kind of search, for the log. */
function byKind(mix: MixQuery[], samples: Float64Array, warmup: number): string {
  const kinds = new Map<string, number[]>();
  samples.forEach((ms, i) => {
    const kind = mix[(warmup + i) % mix.length]!.kind;
    kinds.set(kind, [...(kinds.get(kind) ?? []), ms]);
  });
  return [...kinds]
    .map(([kind, list]) => {
      const { p50, p95 } = summarise(list);
      return `${kind} ${p50.toFixed(2)}/${p95.toFixed(2)}`;
    })
    .join(', ');
}

async function run(context: SuiteContext): Promise<MeasuredCase[]> {
  const { dataDir, file } = seededArchive(archiveSize, seed, archiveNow, context.log);
  await settleDailyBackup(dataDir, context.log);
  let core: BenchCore | undefined;
  const db = new Database(file, { readonly: true });
  try {
    core = await startBenchCore(context.workerPath, dataDir);
    const results: MeasuredCase[] = [];
    const mix = searchMix(seed, archiveNow);
    context.log(`search: ${mix.length} searches: ${mix.map((q) => q.text.trim()).join(' | ')}`);

    // query: ranked results with passages, through the worker, beside bm25 over every match.
    {
      const raw = db.prepare(
        `SELECT rowid, highlight(search_index, 0, char(2), char(3)), snippet(search_index, 2, char(2), char(3), '…', 24)
         FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ${resultsPerSearch}`,
      );
      const expressions = mix.map((q) => matchExpression(parseSearchText(q.text))!);
      const { subject, baseline } = await timePair(
        plan.query,
        async (i) => {
          const q = mix[i % mix.length]!;
          await core!.call('library.page', {
            query: { text: q.text, sort: 'relevance' },
            offset: 0,
            limit: resultsPerSearch,
          });
        },
        (i) => {
          raw.all(expressions[i % mix.length]);
        },
      );
      results.push({
        result: measured('query', subject, 'FTS5 bm25 over every match + snippet', baseline),
        targets: { p50_ms: 5, p95_ms: 15, ratio: 1.3 },
      });
      context.log(`search: query p50/p95 ms by kind: ${byKind(mix, subject.samples, plan.query.warmup)}`);
      context.log(`search: raw bm25 p50/p95 ms by kind: ${byKind(mix, baseline.samples, plan.query.warmup)}`);
    }

    // page: a filtered library page of 50, beside the SELECT over the library rows.
    {
      const pages = pageMix(db, archiveNow);
      const dense = createDenseCheck(db);
      const statements = pages.map(({ query, offset }) => {
        const parsed = LibraryQuery.parse(query);
        const sort = parsed.sort === 'relevance' || parsed.sort === 'status' ? 'updated' : parsed.sort;
        // The very statement the service runs for this page, minus the thread hop and the row shaping.
        const conditions = filterConditions(parsed, { sort, dense: dense(parsed, offset + pageSize) });
        const sql = `SELECT ${rowColumns} FROM library_entries AS e WHERE ${conditions.sql} ORDER BY ${sortSql[sort]} LIMIT ${pageSize} OFFSET ?`;
        return { statement: db.prepare(sql), params: conditions.params };
      });
      const { subject, baseline } = await timePair(
        plan.page,
        async (i) => {
          const { query, offset } = pages[i % pages.length]!;
          const page = await core!.call('library.page', { query, offset, limit: pageSize });
          if (offset === 0 && page.rows.length === 0 && !query.filters?.embargoed) {
            throw new BenchAbort(`library.page found nothing for ${JSON.stringify(query)}`);
          }
        },
        (i) => {
          const { statement, params } = statements[i % pages.length]!;
          statement.all(...params, pages[i % pages.length]!.offset);
        },
      );
      results.push({
        result: measured('page', subject, `sqlite SELECT … LIMIT ${pageSize}`, baseline),
        targets: { p95_ms: 5 },
      });
      context.log('search: page done');
    }

    // count (information): what the list shows beside the search mix and the page mix.
    {
      const queries: LibraryQueryInput[] = [
        ...mix.map((q): LibraryQueryInput => ({ text: q.text, sort: 'relevance' })),
        ...pageMix(db, archiveNow).map((p) => p.query),
      ];
      const counted = await time(plan.count, async (i) => {
        await core!.call('library.count', { query: queries[i % queries.length]! });
      });
      const noop = await time(plan.count, async () => {
        await core!.call('app.status', {});
      });
      results.push({ result: measured('count', counted, 'worker round trip', noop) });
    }

    // search-filtered (information): the same searches narrowed to a section or a status.
    {
      const filters = [{ sections: ['Politics'] }, { statuses: ['draft' as const] }, { sections: ['Sport'] }];
      const searched = await time(plan.filtered, async (i) => {
        await core!.call('library.page', {
          query: { text: mix[i % mix.length]!.text, sort: 'relevance', filters: filters[i % filters.length]! },
          offset: 0,
          limit: resultsPerSearch,
        });
      });
      const plain = await time(plan.filtered, async (i) => {
        await core!.call('library.page', {
          query: { text: mix[i % mix.length]!.text, sort: 'relevance' },
          offset: 0,
          limit: resultsPerSearch,
        });
      });
      results.push({ result: measured('search-filtered', searched, 'the same, unfiltered', plain) });
    }
    return results;
  } finally {
    await core?.close();
    db.close();
  }
}

export const searchSuite: Suite = {
  name: suiteName,
  description: `search (ranked, with passages) and filtered library pages via the core worker vs raw SQLite, ${archiveSize.toLocaleString('en')} seeded stories`,
  run,
};
