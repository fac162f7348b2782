/**
 * `npm run bench [-- SUITE… [--json FILE]]`: runs benchmark suites, prints a table with
 * each case beside its baseline and targets, and writes the results as JSON.
 * A program, not a test: missed targets are reported, never turned into a failing exit.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { builtWorkerPath, findRepoRoot } from './lib/env';
import { makeReport, writeReport } from './lib/json-writer';
import { probeMachineLoad, type MachineLoad } from './lib/machine-load';
import { formatMs, formatTable } from './lib/table';
import { BenchAbort, type MeasuredCase, type Suite, type Targets } from './lib/types';
import { findSuite, suiteNames, suites } from './suites';

const defaultJson = 'bench-results/latest.json';

const usage = (): string =>
  [
    'usage: npm run bench -- [SUITE…] [--json FILE]',
    '',
    `  SUITE        one or more of: ${suiteNames().join(', ')} (default: all)`,
    `  --json FILE  where to write the results (default: ${defaultJson})`,
    '',
    'suites:',
    ...suites.map((suite) => `  ${suite.name.padEnd(12)} ${suite.description}`),
  ].join('\n');

interface Options {
  suites: Suite[];
  json: string;
}

function parseArgs(args: string[], root: string): Options | 'help' {
  const names: string[] = [];
  let json: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--json' || arg.startsWith('--json=')) {
      const value = arg === '--json' ? args[++i] : arg.slice('--json='.length);
      if (!value) throw new BenchAbort('--json needs a file name');
      // npm runs scripts from the package root; a relative name means where the user typed it.
      json = resolve(process.env.INIT_CWD ?? process.cwd(), value);
    } else if (arg.startsWith('-')) {
      throw new BenchAbort(`unknown option ${arg}\n\n${usage()}`);
    } else {
      names.push(arg);
    }
  }
  const unknown = names.filter((name) => !findSuite(name));
  if (unknown.length > 0) {
    throw new BenchAbort(
      `unknown suite${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Known suites: ${suiteNames().join(', ')}.`,
    );
  }
  const chosen = names.length === 0 ? [...suites] : suites.filter((suite) => names.includes(suite.name));
  return { suites: chosen, json: json ?? resolve(root, defaultJson) };
}

function describeTargets(targets: Targets | undefined): string {
  if (!targets) return '';
  const parts: string[] = [];
  if (targets.p50_ms !== undefined) parts.push(`p50 <= ${targets.p50_ms} ms`);
  if (targets.p95_ms !== undefined) parts.push(`p95 <= ${targets.p95_ms} ms`);
  if (targets.ratio !== undefined) parts.push(`ratio <= ${targets.ratio}`);
  if (targets.min_per_s !== undefined) parts.push(`>= ${targets.min_per_s}/s`);
  return parts.join(', ');
}

/** PASS, MISS (naming what missed) or "info" for a case without targets. */
function verdict({ result, targets }: MeasuredCase): string {
  if (!targets) return 'info';
  const missed: string[] = [];
  if (targets.p50_ms !== undefined && result.p50_ms > targets.p50_ms) missed.push('p50');
  if (targets.p95_ms !== undefined && result.p95_ms > targets.p95_ms) missed.push('p95');
  if (targets.ratio !== undefined && (result.ratio === null || result.ratio > targets.ratio)) missed.push('ratio');
  if (targets.min_per_s !== undefined && (result.per_s ?? 0) < targets.min_per_s) missed.push('rate');
  return missed.length === 0 ? 'PASS' : `MISS (${missed.join(', ')})`;
}

function printTable(measured: MeasuredCase[]): void {
  const rows = measured.map((entry) => {
    const { result } = entry;
    return [
      result.suite,
      result.case,
      String(result.n),
      formatMs(result.p50_ms),
      formatMs(result.p95_ms),
      result.baseline.name,
      formatMs(result.baseline.p50_ms),
      formatMs(result.baseline.p95_ms),
      result.ratio === null ? '-' : result.ratio.toFixed(2),
      result.per_s === undefined ? '' : String(result.per_s),
      describeTargets(entry.targets),
      verdict(entry),
    ];
  });
  console.log(
    formatTable(
      [
        { header: 'suite' },
        { header: 'case' },
        { header: 'n', align: 'right' },
        { header: 'p50 ms', align: 'right' },
        { header: 'p95 ms', align: 'right' },
        { header: 'baseline' },
        { header: 'base p50', align: 'right' },
        { header: 'base p95', align: 'right' },
        { header: 'ratio', align: 'right' },
        { header: '/s', align: 'right' },
        { header: 'target' },
        { header: 'result' },
      ],
      rows,
    ),
  );
}

/** Other processes busy during the run make p95s grow; say so beside the table. */
function describeLoad(load: MachineLoad | undefined): string | undefined {
  if (!load) return undefined;
  const used =
    `during the run other processes used ${load.others.toFixed(2)} of ${load.cpus} CPUs on average` +
    ` and the hypervisor withheld ${load.steal.toFixed(2)} (steal)`;
  return load.others + load.steal > 0.25
    ? `WARNING: ${used}; timings (p95s above all) are noisy: rerun on an idle machine.`
    : `Machine: ${used}.`;
}

async function main(): Promise<void> {
  const root = findRepoRoot();
  const options = parseArgs(process.argv.slice(2), root);
  if (options === 'help') {
    console.log(usage());
    return;
  }
  const workerPath = builtWorkerPath(root);
  const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);

  const machineLoad = probeMachineLoad();
  const measured: MeasuredCase[] = [];
  for (const suite of options.suites) {
    log(`running ${suite.name}`);
    measured.push(...(await suite.run({ root, workerPath, log })));
  }

  const load = machineLoad();
  const report = makeReport(measured.map((entry) => entry.result));
  console.log(
    `\nLede benchmarks: Node ${report.machine.node}, ${report.machine.cpus} CPUs, ${report.machine.platform}, ${report.date}\n`,
  );
  printTable(measured);
  for (const { result } of measured) {
    if (!result.bundle) continue;
    const { files, bytes, gzip_bytes } = result.bundle;
    console.log(
      `\nRenderer bundle (${result.suite}): ${files} files, ${bytes.toLocaleString('en')} bytes, ${gzip_bytes.toLocaleString('en')} bytes gzipped.`,
    );
  }
  const loadNote = describeLoad(load);
  if (loadNote) console.log(`\n${loadNote}`);
  writeReport(options.json, report);
  const shown = relative(process.env.INIT_CWD ?? process.cwd(), options.json);
  console.log(
    `\nratio = p50 / baseline p50. Results written to ${shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : options.json}`,
  );
}

main().then(
  // Worker threads and timers are closed by the suites; exit explicitly all the same.
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof BenchAbort) console.error(`bench: ${error.message}`);
    else console.error('bench: failed', error);
    process.exit(1);
  },
);
