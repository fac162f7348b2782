/**
 * The article store as the editor uses it: create, autosave (update) and the library's
 * first page (list), each through the core worker thread beside the bare better-sqlite3
 * statement it wraps, over 10,000 articles.
 *
 * Store files of the same shape are copied from one fill (openStore: same schema and
 * pragmas): the worker opens one, the baseline statements run in this process on another,
 * and the informational update-dispatch case has a third, so no path sees another's
 * writes or page cache. Cases: create, update (targets), update-dispatch, list (target),
 * roundtrip.
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, storeFileName, type Core } from '../../src/main/core/open-core';
import {
  insertArticleSql,
  listFirstSql,
  unchangedColumns,
  updateIfCurrentSql,
} from '../../src/main/core/services/article-sql';
import { openStore } from '../../src/main/core/store/open-store';
import type { DocNode } from '../../src/shared/doc';
import {
  seededRandom,
  serialiseBody,
  syntheticArticle,
  typedMore,
  type SerialisedBody,
  type SyntheticArticle,
} from '../lib/articles';
import { expectOk, startBenchCore, type BenchCore } from '../lib/core';
import { makeTempDir } from '../lib/env';
import { summarise } from '../lib/percentiles';
import { timePair, type Timed } from '../lib/timing';
import { BenchAbort, caseResult, type MeasuredCase, type Suite, type SuiteContext } from '../lib/types';

const suiteName = 'store';

export const storeSize = 10_000;
const plan = {
  create: { warmup: 100, iterations: 1_000 },
  update: { warmup: 200, iterations: 2_000 },
  list: { warmup: 100, iterations: 1_000 },
  roundtrip: { warmup: 200, iterations: 2_000 },
} as const;
const pageSize = 50;

// The statements the article service runs (shared with it, so the baseline is exactly what
// the service runs minus validation, slug derivation, serialisation and the thread hop).
const insertSql = insertArticleSql;

type Row = SerialisedBody & Record<string, string | number | null>;

/** The insert's parameters for an article; every slug is unique, as the store requires. */
function toRow(article: SyntheticArticle, id: string, time: number): Row {
  return {
    id,
    kicker: '',
    headline: article.headline,
    headline_web: '',
    headline_seo: '',
    headline_social: '',
    standfirst: article.standfirst,
    slug: `bench-${id}`,
    slug_edited: 0,
    bylines: JSON.stringify(article.bylines),
    dateline: '',
    section: '',
    source: '',
    language: 'en',
    urgency: 5,
    editors_note: '',
    embargo_local: null,
    embargo_zone: null,
    embargo_at: null,
    ...serialiseBody(article.body),
    now: time,
  };
}

/**
 * Fills a new store with `count` articles in one transaction through a raw insert (setup,
 * not measured), one a minute going back from now, and returns the newest one's id.
 */
function fillStore(file: string, count: number): string {
  const { db } = openStore({ file });
  try {
    const random = seededRandom(1);
    const insert = db.prepare(insertSql);
    const start = Date.now() - count * 60_000;
    let newest = '';
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        newest = randomUUID();
        insert.run(toRow(syntheticArticle(random), newest, start + i * 60_000));
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return newest;
  } finally {
    db.close();
  }
}

function measured(
  suite: string,
  name: string,
  worker: Timed,
  baselineName: string,
  baseline: Timed,
  perSecond = false,
): MeasuredCase['result'] {
  const w = summarise(worker.samples);
  const b = summarise(baseline.samples);
  return caseResult(
    suite,
    name,
    w,
    { name: baselineName, ...b },
    perSecond ? { per_s: (w.n / worker.totalMs) * 1000 } : {},
  );
}

async function run(context: SuiteContext): Promise<MeasuredCase[]> {
  const temp = makeTempDir('lede-bench-store-');
  const workerDir = join(temp.dir, 'worker');
  const baselineDir = join(temp.dir, 'baseline');
  const inProcessDir = join(temp.dir, 'in-process');
  for (const dir of [baselineDir, inProcessDir]) mkdirSync(dir, { recursive: true });
  let core: BenchCore | undefined;
  let inProcess: Core | undefined;
  let db: Database.Database | undefined;
  try {
    let started = performance.now();
    const editedId = fillStore(join(workerDir, storeFileName), storeSize);
    for (const dir of [baselineDir, inProcessDir])
      copyFileSync(join(workerDir, storeFileName), join(dir, storeFileName));
    context.log(
      `store: filled ${storeSize.toLocaleString('en')} articles in ${Math.round(performance.now() - started)} ms`,
    );

    started = performance.now();
    core = await startBenchCore(context.workerPath, workerDir);
    db = openStore({ file: join(baselineDir, storeFileName) }).db;
    context.log(`store: core worker ready in ${Math.round(performance.now() - started)} ms`);

    const results: MeasuredCase[] = [];

    // create: a new article with a 4 KB body, as "New article" then a first save would.
    {
      const random = seededRandom(2);
      const total = plan.create.warmup + plan.create.iterations;
      const articles = Array.from({ length: total }, () => syntheticArticle(random));
      const rows = articles.map((article) => toRow(article, randomUUID(), 0));
      const insert = db.prepare(insertSql);
      const { subject: viaWorker, baseline } = await timePair(
        plan.create,
        async (i) => {
          const { headline, standfirst, bylines, body } = articles[i]!;
          await core!.call('articles.create', { headline, standfirst, bylines, body });
        },
        (i) => {
          const time = Date.now();
          insert.run({ ...rows[i]!, now: time });
        },
      );
      results.push({ result: measured(suiteName, 'create', viaWorker, 'sqlite INSERT', baseline, true) });
      context.log('store: create done');
    }

    // update: the editor's autosave of the open article, a 4 KB body patched against the
    // revision the previous save returned.
    {
      const random = seededRandom(3);
      const base = syntheticArticle(random).body;
      const variants: DocNode[] = [];
      for (let v = 0, doc = base; v < 64; v++) variants.push((doc = typedMore(doc, random)));
      const serialised = variants.map(serialiseBody);

      const update = db.prepare(updateIfCurrentSql);
      let baselineRevision = 1;
      // What the service runs for a body patch, with the body already serialised.
      const rawUpdate = (i: number): void => {
        const row = update.get({
          ...unchangedColumns,
          id: editedId,
          base: baselineRevision,
          ...serialised[i % serialised.length]!,
          now: Date.now(),
        }) as { revision: number } | undefined;
        if (!row)
          throw new BenchAbort(`the baseline update of ${editedId} at revision ${baselineRevision} changed nothing`);
        baselineRevision = row.revision;
      };

      let revision = 1;
      const { subject: viaWorker, baseline } = await timePair(
        plan.update,
        async (i) => {
          const summary = await core!.call('articles.update', {
            id: editedId,
            baseRevision: revision,
            patch: { body: variants[i % variants.length]! },
          });
          revision = summary.revision;
        },
        rawUpdate,
      );
      results.push({
        result: measured(suiteName, 'update', viaWorker, 'sqlite UPDATE … RETURNING', baseline),
        targets: { p95_ms: 3, ratio: 1.5 },
      });
      context.log('store: update done');

      // update-dispatch (informational): the same autosave through the core's dispatch in
      // this thread (contract check, serialisation, service, envelope; no worker), so the
      // table splits the cost of `update` into the thread hop and the work on either side.
      inProcess = openCore({ dataDir: inProcessDir });
      const dispatch = inProcess.dispatch;
      let inProcessRevision = 1;
      const split = await timePair(
        plan.update,
        (i) => {
          const envelope = dispatch('articles.update', {
            id: editedId,
            baseRevision: inProcessRevision,
            patch: { body: variants[i % variants.length]! },
          });
          inProcessRevision = (expectOk('articles.update', envelope) as { revision: number }).revision;
        },
        rawUpdate,
      );
      results.push({
        result: measured(suiteName, 'update-dispatch', split.subject, 'sqlite UPDATE … RETURNING', split.baseline),
      });
      context.log('store: update-dispatch done');
    }

    // list: the library's first page.
    {
      const listFirst = db.prepare(listFirstSql);
      const { subject: viaWorker, baseline } = await timePair(
        plan.list,
        async () => {
          const page = await core!.call('articles.list', { limit: pageSize });
          if (page.length !== pageSize)
            throw new BenchAbort(`articles.list returned ${page.length} summaries, expected ${pageSize}`);
        },
        () => {
          const rows = listFirst.all(pageSize);
          if (rows.length !== pageSize)
            throw new BenchAbort(`the baseline list returned ${rows.length} rows, expected ${pageSize}`);
        },
      );
      results.push({
        result: measured(suiteName, 'list', viaWorker, `sqlite SELECT … LIMIT ${pageSize}`, baseline),
        targets: { p95_ms: 5 },
      });
      context.log('store: list done');
    }

    // roundtrip (informational): the cheapest call there is, so the cost of the thread hop,
    // the contract check and the envelope shows on its own.
    {
      const { subject: viaWorker, baseline } = await timePair(
        plan.roundtrip,
        async () => {
          await core!.call('app.status', {});
        },
        async () => {
          await Promise.resolve();
        },
      );
      results.push({ result: measured(suiteName, 'roundtrip', viaWorker, 'no-op (await)', baseline) });
      context.log('store: roundtrip done');
    }

    return results;
  } finally {
    await core?.close();
    inProcess?.close();
    db?.close();
    temp.remove();
  }
}

export const storeSuite: Suite = {
  name: suiteName,
  description: `article create, autosave update and list page (${pageSize}) via the core worker vs raw better-sqlite3, ${storeSize.toLocaleString('en')} articles`,
  run,
};
