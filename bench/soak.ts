/**
 * `npm run soak [-- --minutes N --articles N]`: a long loop of autosave edits, article opens
 * and library pages against a big seeded store, through the core worker as the app runs it.
 * Every minute it prints throughput, p50/p95 latency per operation and memory (the process's
 * RSS, the main thread's heap and the worker's heap); at the end, a verdict: a linear fit
 * of memory over time (growth or not) and each operation's latency in the first minute
 * against the last (drift or not). A program, not a test: it reports, it does not fail.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { startCoreWorker } from '../src/main/core/core-client';
import { storeFileName } from '../src/main/core/open-core';
import type { Article } from '../src/shared/article';
import type { DocNode } from '../src/shared/doc';
import { expectOk, type BenchCore } from './lib/core';
import { builtWorkerPath, findRepoRoot, makeTempDir } from './lib/env';
import { probeMachineLoad } from './lib/machine-load';
import { summarise } from './lib/percentiles';
import { formatMs, formatTable } from './lib/table';
import { BenchAbort } from './lib/types';
import { fillStore } from './soak/fill';
import { coreOperations, laterOperations, operationPicker, seededRandom, type SoakContext } from './soak/operations';
import { parseSoakArgs, soakUsage } from './soak/options';
import { driftVerdict, memoryVerdict, type DriftVerdict, type MemoryVerdict } from './soak/trend';

const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;
const log = (message: string): void => void process.stderr.write(`soak: ${message}\n`);

interface MemorySample {
  atMs: number;
  rss: number;
  mainHeap: number;
  workerHeap: number | undefined;
}

interface MinuteStats {
  minute: number;
  ops: number;
  perSecond: number;
  latency: Record<string, { n: number; p50: number; p95: number }>;
  rss: number;
  mainHeap: number;
  workerHeap: number | undefined;
  /** CPUs' worth of work other processes did during the minute (Linux; undefined elsewhere). */
  othersCpu: number | undefined;
}

async function main(): Promise<void> {
  const root = findRepoRoot();
  const options = parseSoakArgs(process.argv.slice(2));
  if (options === 'help') {
    console.log(soakUsage);
    return;
  }
  const workerPath = builtWorkerPath(root);

  // The store: a kept one (--store DIR) is reused when it exists; otherwise seeded now.
  const dataDir = options.store
    ? resolve(process.env.INIT_CWD ?? process.cwd(), options.store)
    : makeTempDir('lede-soak-').dir;
  const file = join(dataDir, storeFileName);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const started = performance.now();
    log(`seeding ${options.articles.toLocaleString('en')} articles into ${file}`);
    fillStore(file, options.articles, (done) => {
      if (done % 50_000 === 0 || done === options.articles) log(`  ${done.toLocaleString('en')} written`);
    });
    log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const ids = readIds(file);
  log(`store: ${ids.length.toLocaleString('en')} articles in ${file}`);

  const client = startCoreWorker(workerPath, { dataDir });
  const core: BenchCore = {
    call: async (channel, input) => expectOk(channel, await client.call(channel, input)) as never,
    close: () => client.close(),
  };
  const status = await core.call('app.status', {});
  if (status.state !== 'ready') throw new BenchAbort(`the core worker could not open ${file}: ${status.message}`);

  const random = seededRandom(11);
  const working: SoakContext['working'] = [];
  for (const id of ids.slice(0, options.workingSet)) {
    const article: Article = await core.call('articles.get', { id });
    working.push({ id, revision: article.revision, body: article.body as DocNode });
  }
  const context: SoakContext = { core, random, ids, working };
  const operations = [...coreOperations, ...laterOperations];
  const pick = operationPicker(operations);

  const samples: MemorySample[] = [];
  const started = performance.now();
  const sample = async (): Promise<MemorySample> => {
    const { rss, heapUsed } = process.memoryUsage();
    const worker = await client.memory();
    const taken = { atMs: performance.now() - started, rss, mainHeap: heapUsed, workerHeap: worker?.heapUsed };
    samples.push(taken);
    return taken;
  };
  await sample();
  const sampler = setInterval(() => void sample(), options.sampleSeconds * 1000);

  const load = probeMachineLoad();
  let minuteLoad = probeMachineLoad();
  const durationMs = options.minutes * 60_000;
  const minutes: MinuteStats[] = [];
  let bucket = new Map<string, number[]>();
  let bucketOps = 0;
  let minuteEnds = Math.min(60_000, durationMs);
  log(
    `running for ${options.minutes} min: ${operations.map((op) => `${op.name} ${op.weight}`).join(', ')}` +
      ` (weights), ${options.workingSet} articles being edited`,
  );

  const closeMinute = async (elapsed: number): Promise<void> => {
    const memory = await sample();
    const latency: MinuteStats['latency'] = {};
    for (const [name, times] of bucket) {
      const s = summarise(times);
      latency[name] = { n: s.n, p50: s.p50, p95: s.p95 };
    }
    const previousEnd = minutes.length === 0 ? 0 : minutes.length * 60_000;
    const busy = minuteLoad();
    minuteLoad = probeMachineLoad();
    const stats: MinuteStats = {
      minute: minutes.length + 1,
      ops: bucketOps,
      perSecond: bucketOps / ((elapsed - previousEnd) / 1000),
      latency,
      rss: memory.rss,
      mainHeap: memory.mainHeap,
      workerHeap: memory.workerHeap,
      othersCpu: busy ? busy.others + busy.steal : undefined,
    };
    minutes.push(stats);
    const parts = Object.entries(latency).map(([name, l]) => `${name} p50 ${formatMs(l.p50)} p95 ${formatMs(l.p95)}`);
    console.log(
      `minute ${String(stats.minute).padStart(3)}: ${stats.ops.toLocaleString('en')} ops (${Math.round(stats.perSecond).toLocaleString('en')}/s) | ` +
        `${parts.join(' | ')} ms | rss ${mb(stats.rss)}, main heap ${mb(stats.mainHeap)}, worker heap ${stats.workerHeap === undefined ? '?' : mb(stats.workerHeap)}` +
        (stats.othersCpu === undefined ? '' : ` | other processes ${stats.othersCpu.toFixed(2)} CPUs`),
    );
    bucket = new Map();
    bucketOps = 0;
  };

  for (;;) {
    const op = pick(random);
    const t0 = performance.now();
    await op.run(context);
    const t1 = performance.now();
    let times = bucket.get(op.name);
    if (!times) bucket.set(op.name, (times = []));
    times.push(t1 - t0);
    bucketOps++;
    const elapsed = t1 - started;
    if (elapsed >= minuteEnds) {
      await closeMinute(elapsed);
      if (minuteEnds >= durationMs) break;
      minuteEnds = Math.min(minuteEnds + 60_000, durationMs);
    }
  }
  clearInterval(sampler);
  const machine = load();
  await client.close();

  // Memory: the first minute (or quarter of a short run) is warm-up: caches fill, JIT settles.
  const warmUpMs = Math.min(60_000, durationMs / 4);
  const measured = samples.filter((s) => s.atMs >= warmUpMs);
  const memory: MemoryVerdict[] = [];
  if (measured.length >= 3) {
    memory.push(
      memoryVerdict(
        'rss (whole process)',
        measured.map((s) => ({ atMs: s.atMs, bytes: s.rss })),
        32,
      ),
    );
    memory.push(
      memoryVerdict(
        'main thread heap',
        measured.map((s) => ({ atMs: s.atMs, bytes: s.mainHeap })),
        8,
      ),
    );
    const worker = measured.filter((s) => s.workerHeap !== undefined);
    if (worker.length >= 3) {
      memory.push(
        memoryVerdict(
          'worker heap',
          worker.map((s) => ({ atMs: s.atMs, bytes: s.workerHeap! })),
          8,
        ),
      );
    }
  }
  const drift: DriftVerdict[] = [];
  const first = minutes[0];
  const last = minutes[minutes.length - 1];
  if (first && last && minutes.length >= 2) {
    for (const op of operations) {
      const a = first.latency[op.name];
      const b = last.latency[op.name];
      if (a && b) drift.push(driftVerdict(op.name, a, b));
    }
  }

  console.log('\nMemory trend (linear fit after warm-up):');
  console.log(
    formatTable(
      [
        { header: 'series' },
        { header: 'MB/hour', align: 'right' },
        { header: 'MB over run', align: 'right' },
        { header: 'r²', align: 'right' },
        { header: 'verdict' },
      ],
      memory.map((m) => [
        m.series,
        m.mbPerHour.toFixed(1),
        m.mbOverRun.toFixed(1),
        m.r2.toFixed(2),
        m.growing ? 'GROWING' : 'no growth trend',
      ]),
    ),
  );
  console.log(`\nLatency drift (minute 1 against minute ${minutes.length}):`);
  console.log(
    formatTable(
      [
        { header: 'operation' },
        { header: 'p50 first', align: 'right' },
        { header: 'p50 last', align: 'right' },
        { header: 'p95 first', align: 'right' },
        { header: 'p95 last', align: 'right' },
        { header: 'verdict' },
      ],
      drift.map((d) => [
        d.operation,
        formatMs(d.firstP50),
        formatMs(d.lastP50),
        formatMs(d.firstP95),
        formatMs(d.lastP95),
        d.drifted ? 'DRIFT' : 'no drift',
      ]),
    ),
  );
  const growing = memory.filter((m) => m.growing).map((m) => m.series);
  const drifting = drift.filter((d) => d.drifted).map((d) => d.operation);
  console.log(
    `\nVERDICT: ${growing.length === 0 ? 'no memory growth trend' : `memory grows: ${growing.join(', ')}`}; ` +
      `${drifting.length === 0 ? 'no latency drift' : `latency drifts: ${drifting.join(', ')}`}` +
      (memory.length === 0 || drift.length === 0 ? ' (run too short for a full verdict: use --minutes 2 or more)' : ''),
  );
  if (drifting.length > 0 && first?.othersCpu !== undefined && last?.othersCpu !== undefined) {
    if (last.othersCpu - first.othersCpu > 0.25) {
      console.log(
        `NOTE: other processes used ${first.othersCpu.toFixed(2)} CPUs in the first minute and ${last.othersCpu.toFixed(2)} in the last: the drift may be the machine, not Lede. Rerun on an idle machine.`,
      );
    }
  }
  if (machine && machine.others + machine.steal > 0.25) {
    console.log(
      `WARNING: other processes used ${machine.others.toFixed(2)} of ${machine.cpus} CPUs during the run (steal ${machine.steal.toFixed(2)}); latencies are noisy.`,
    );
  }

  const json = options.json
    ? resolve(process.env.INIT_CWD ?? process.cwd(), options.json)
    : join(root, 'bench-results', 'soak-latest.json');
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(
    json,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.versions.node, options, minutes, samples, memory, drift, machine }, null, 2)}\n`,
  );
  console.log(`Results written to ${json}`);
}

function readIds(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT id FROM articles ORDER BY updated_at DESC').pluck().all() as string[];
  } finally {
    db.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof BenchAbort) console.error(`soak: ${error.message}`);
    else console.error('soak: failed', error);
    process.exit(1);
  },
);
