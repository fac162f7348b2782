import { describe, expect, it } from 'vitest';
import { driftVerdict, linearFit, memoryVerdict } from '../../bench/soak/trend';

const minute = 60_000;
const MB = 1_048_576;

describe('linearFit', () => {
  it('finds the slope and intercept of a straight line, with r² 1', () => {
    const fit = linearFit([0, 1, 2, 3].map((x) => ({ x, y: 2 * x + 5 })));
    expect(fit.slope).toBeCloseTo(2, 12);
    expect(fit.intercept).toBeCloseTo(5, 12);
    expect(fit.r2).toBeCloseTo(1, 12);
  });

  it('gives r² 0 for a flat series and refuses fewer than two distinct x', () => {
    expect(linearFit([0, 1, 2].map((x) => ({ x, y: 7 })))).toMatchObject({ slope: 0, r2: 0 });
    expect(() => linearFit([{ x: 1, y: 1 }])).toThrow(/two points/);
    expect(() =>
      linearFit([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toThrow(/distinct/);
  });
});

describe('memoryVerdict', () => {
  it('calls a steady leak growing', () => {
    const samples = Array.from({ length: 60 }, (_, i) => ({ atMs: i * minute, bytes: 200 * MB + i * 1 * MB }));
    const verdict = memoryVerdict('rss', samples, 32);
    expect(verdict.mbPerHour).toBeCloseTo(60, 6);
    expect(verdict.growing).toBe(true);
  });

  it('does not call a GC sawtooth or one step up (a cache filling) growing', () => {
    const sawtooth = Array.from({ length: 120 }, (_, i) => ({ atMs: i * 30_000, bytes: (40 + (i % 10) * 3) * MB }));
    expect(memoryVerdict('heap', sawtooth, 8).growing).toBe(false);
    const step = Array.from({ length: 120 }, (_, i) => ({ atMs: i * 30_000, bytes: (i < 3 ? 100 : 140) * MB }));
    expect(memoryVerdict('rss', step, 32).growing).toBe(false);
  });
});

describe('driftVerdict', () => {
  it('flags a p95 that grew by half and by more than the floor', () => {
    expect(driftVerdict('edit', { p50: 0.5, p95: 1 }, { p50: 0.6, p95: 2 }).drifted).toBe(true);
    expect(driftVerdict('edit', { p50: 0.5, p95: 1 }, { p50: 0.5, p95: 1.4 }).drifted).toBe(false);
    // Twice as slow but only by 0.2 ms: jitter, not drift.
    expect(driftVerdict('get', { p50: 0.1, p95: 0.2 }, { p50: 0.1, p95: 0.4 }).drifted).toBe(false);
  });
});
