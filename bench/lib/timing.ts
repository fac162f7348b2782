/**
 * Timing loops: warm up, then time each call on its own with the monotonic clock, one
 * call in flight at a time (as the editor makes them).
 */

export interface TimingOptions {
  /** Calls made first and thrown away: JIT, statement caches, the page cache. */
  warmup: number;
  /** Calls timed. */
  iterations: number;
}

export interface Timed {
  /** One duration per timed call, in milliseconds. */
  samples: Float64Array;
  /** Wall time spent in the timed calls' loops, in milliseconds (for rates). */
  totalMs: number;
}

/**
 * One call. Receives a running index over warm-up and timed calls together
 * (0 .. warmup + iterations - 1), so each call can take fresh input. A call that returns
 * a promise is awaited inside the timing; one that returns nothing adds no await.
 */
export type Timeable = (index: number) => void | Promise<void>;

const toMs = (ns: bigint): number => Number(ns) / 1e6;

class Recorder {
  readonly samples: Float64Array;
  totalMs = 0;
  private taken = 0;
  next: number;

  constructor(iterations: number, warmup: number) {
    this.samples = new Float64Array(iterations);
    this.next = warmup;
  }

  /** Times `count` calls of `fn`, appending their durations. */
  async run(fn: Timeable, count: number): Promise<void> {
    const start = process.hrtime.bigint();
    for (let k = 0; k < count; k++) {
      const t0 = process.hrtime.bigint();
      const pending = fn(this.next++);
      if (pending) await pending;
      this.samples[this.taken++] = toMs(process.hrtime.bigint() - t0);
    }
    this.totalMs += toMs(process.hrtime.bigint() - start);
  }

  done(): Timed {
    return { samples: this.samples, totalMs: this.totalMs };
  }
}

async function warm(fn: Timeable, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const pending = fn(i);
    if (pending) await pending;
  }
}

/** Times `fn` over `options.iterations` calls after `options.warmup` untimed ones. */
export async function time(options: TimingOptions, fn: Timeable): Promise<Timed> {
  await warm(fn, options.warmup);
  const recorder = new Recorder(options.iterations, options.warmup);
  await recorder.run(fn, options.iterations);
  return recorder.done();
}

/**
 * Times a subject and its baseline in alternating blocks (`rounds` of each), so a burst of
 * load from elsewhere on the machine falls on both rather than on whichever ran then,
 * keeping their ratio honest. Both are warmed up first.
 */
export async function timePair(
  options: TimingOptions & { rounds?: number },
  subject: Timeable,
  baseline: Timeable,
): Promise<{ subject: Timed; baseline: Timed }> {
  const rounds = Math.max(1, Math.min(options.rounds ?? 10, options.iterations));
  await warm(subject, options.warmup);
  await warm(baseline, options.warmup);
  const a = new Recorder(options.iterations, options.warmup);
  const b = new Recorder(options.iterations, options.warmup);
  for (let r = 0; r < rounds; r++) {
    // Spread the remainder over the first rounds so the counts add up exactly.
    const count = Math.floor(options.iterations / rounds) + (r < options.iterations % rounds ? 1 : 0);
    await a.run(subject, count);
    await b.run(baseline, count);
  }
  return { subject: a.done(), baseline: b.done() };
}
