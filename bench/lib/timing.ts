/** Timing loops: warm up, then time each call on its own with the monotonic clock. */

export interface TimingOptions {
  /** Calls made first and thrown away: JIT, statement caches, the page cache. */
  warmup: number;
  /** Calls timed. */
  iterations: number;
}

export interface Timed {
  /** One duration per timed call, in milliseconds. */
  samples: Float64Array;
  /** Wall time of the whole timed loop, in milliseconds (for rates). */
  totalMs: number;
}

const toMs = (ns: bigint): number => Number(ns) / 1e6;

/**
 * Times `fn` once per iteration. `fn` receives a running index over warm-up and timed
 * calls together (0 .. warmup + iterations - 1), so each call can take fresh input.
 */
export function timeSync(options: TimingOptions, fn: (index: number) => void): Timed {
  for (let i = 0; i < options.warmup; i++) fn(i);
  const samples = new Float64Array(options.iterations);
  const start = process.hrtime.bigint();
  for (let i = 0; i < options.iterations; i++) {
    const t0 = process.hrtime.bigint();
    fn(options.warmup + i);
    samples[i] = toMs(process.hrtime.bigint() - t0);
  }
  return { samples, totalMs: toMs(process.hrtime.bigint() - start) };
}

/** As timeSync, awaiting each call before the next starts (one call in flight, like the editor). */
export async function timeAsync(options: TimingOptions, fn: (index: number) => Promise<void>): Promise<Timed> {
  for (let i = 0; i < options.warmup; i++) await fn(i);
  const samples = new Float64Array(options.iterations);
  const start = process.hrtime.bigint();
  for (let i = 0; i < options.iterations; i++) {
    const t0 = process.hrtime.bigint();
    await fn(options.warmup + i);
    samples[i] = toMs(process.hrtime.bigint() - t0);
  }
  return { samples, totalMs: toMs(process.hrtime.bigint() - start) };
}
