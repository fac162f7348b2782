/** What suites return and what the JSON file holds. */

/** One measured case as written to the JSON file; nothing more, nothing less. */
export interface CaseResult {
  suite: string;
  case: string;
  n: number;
  p50_ms: number;
  p95_ms: number;
  baseline: { name: string; p50_ms: number; p95_ms: number };
  /** p50_ms / baseline.p50_ms; null only if the baseline measured as zero. */
  ratio: number | null;
  /** Throughput cases only: calls per second over the timed loop. */
  per_s?: number;
  /** Start-up only: the renderer bundle the page loads (JavaScript and CSS). */
  bundle?: { files: number; bytes: number; gzip_bytes: number };
}

/** Goals a case is judged against in the table. A case without targets is informational. */
export interface Targets {
  /** For a first-use figure where the median is what people feel (start-up). */
  p50_ms?: number;
  p95_ms?: number;
  ratio?: number;
  /** Throughput cases: at least this many calls per second. */
  min_per_s?: number;
}

export interface MeasuredCase {
  result: CaseResult;
  targets?: Targets;
}

export interface SuiteContext {
  /** The repository root (holds package.json and out/). */
  root: string;
  /** The built core worker, the file the app itself starts. */
  workerPath: string;
  /** Progress for the person watching; goes to stderr so the table stays clean. */
  log(message: string): void;
}

export interface Suite {
  name: string;
  /** One line for the list of known suites. */
  description: string;
  run(context: SuiteContext): Promise<MeasuredCase[]>;
}

/** A failure that ends the run with a message and exit code 1 (not a stack trace). */
export class BenchAbort extends Error {
  override name = 'BenchAbort';
}

/** Builds a case from two timing summaries, rounding to 0.1 µs. */
export function caseResult(
  suite: string,
  name: string,
  measured: { n: number; p50: number; p95: number },
  baseline: { name: string; p50: number; p95: number },
  extra: { per_s?: number; bundle?: CaseResult['bundle'] } = {},
): CaseResult {
  // 0.1 µs: enough for a no-op baseline to stay above zero.
  const round = (ms: number): number => Math.round(ms * 10_000) / 10_000;
  const result: CaseResult = {
    suite,
    case: name,
    n: measured.n,
    p50_ms: round(measured.p50),
    p95_ms: round(measured.p95),
    baseline: { name: baseline.name, p50_ms: round(baseline.p50), p95_ms: round(baseline.p95) },
    ratio: baseline.p50 > 0 ? Math.round((measured.p50 / baseline.p50) * 100) / 100 : null,
  };
  if (extra.per_s !== undefined) result.per_s = Math.round(extra.per_s);
  if (extra.bundle !== undefined) result.bundle = extra.bundle;
  return result;
}
