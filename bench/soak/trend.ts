/** Trend arithmetic for the soak: is memory growing, did latency drift. Pure functions. */

export interface LinearFit {
  /** Change per unit of x. */
  slope: number;
  intercept: number;
  /** Share of the variance the line explains, 0..1 (1 for a perfect line; 0 when flat noise). */
  r2: number;
  n: number;
}

/** Ordinary least squares of y on x. Needs two distinct x values. */
export function linearFit(points: readonly { x: number; y: number }[]): LinearFit {
  const n = points.length;
  if (n < 2) throw new Error('a linear fit needs at least two points');
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.x;
    sy += p.y;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
    syy += (p.y - my) ** 2;
  }
  if (sxx === 0) throw new Error('a linear fit needs at least two distinct x values');
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx, r2: syy === 0 ? 0 : (sxy * sxy) / (sxx * syy), n };
}

export interface MemoryVerdict {
  series: string;
  /** Fitted growth in MB per hour over the measured part of the run. */
  mbPerHour: number;
  r2: number;
  /** Fitted growth over the measured part itself, in MB. */
  mbOverRun: number;
  growing: boolean;
}

/**
 * A series grows when the fitted line rises by more than `allowMb` over the measured span
 * and explains a fair share of the variance (r² ≥ 0.5): GC sawtooth and one-off steps
 * (a cache filling) fit badly; a leak fits well.
 */
export function memoryVerdict(
  series: string,
  samples: readonly { atMs: number; bytes: number }[],
  allowMb: number,
): MemoryVerdict {
  const fit = linearFit(samples.map((s) => ({ x: s.atMs / 3_600_000, y: s.bytes / 1_048_576 })));
  const span = (samples[samples.length - 1]!.atMs - samples[0]!.atMs) / 3_600_000;
  const mbOverRun = fit.slope * span;
  return { series, mbPerHour: fit.slope, r2: fit.r2, mbOverRun, growing: mbOverRun > allowMb && fit.r2 >= 0.5 };
}

export interface DriftVerdict {
  operation: string;
  firstP50: number;
  lastP50: number;
  firstP95: number;
  lastP95: number;
  drifted: boolean;
}

/**
 * Latency drifted when the last minute's p95 is more than `ratio` times the first's and
 * also slower by more than `floorMs` (sub-millisecond jitter is not drift).
 */
export function driftVerdict(
  operation: string,
  first: { p50: number; p95: number },
  last: { p50: number; p95: number },
  ratio = 1.5,
  floorMs = 0.5,
): DriftVerdict {
  const drifted = last.p95 > first.p95 * ratio && last.p95 - first.p95 > floorMs;
  return {
    operation,
    firstP50: first.p50,
    lastP50: last.p50,
    firstP95: first.p95,
    lastP95: last.p95,
    drifted,
  };
}
