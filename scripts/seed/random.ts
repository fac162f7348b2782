/**
 * Seeded randomness for the synthetic archive: the same seed gives the same archive on
 * every machine, so benchmark figures compare like with like.
 */

export type Random = () => number;

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** A whole number from `low` to `high`, both included. */
export const between = (random: Random, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1));

export const chance = (random: Random, p: number): boolean => random() < p;

/** Picks by weight: `[[value, weight], …]`; weights need not add up to anything. */
export function weighted<T>(random: Random, table: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of table) total += weight;
  let roll = random() * total;
  for (const [value, weight] of table) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return table[table.length - 1]![0];
}

/** A version 4 UUID drawn from `random`, so seeded archives have the same ids. */
export function seededUuid(random: Random): string {
  const hex: string[] = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Math.floor(random() * 4) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/**
 * Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1 + q)^s: Zipf's law as
 * word frequencies follow it (Mandelbrot's q flattens the very top a little). Vose's alias
 * method makes each draw one random number and two array reads, whatever n is.
 */
export function zipfSampler(n: number, s = 1.05, q = 2.7): (random: Random) => number {
  const weights = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) total += weights[rank] = 1 / Math.pow(rank + 1 + q, s);
  const probability = new Float64Array(n);
  const alias = new Int32Array(n);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < n; i++) {
    probability[i] = (weights[i]! * n) / total;
    (probability[i]! < 1 ? small : large).push(i);
  }
  while (small.length > 0 && large.length > 0) {
    const less = small.pop()!;
    const more = large.pop()!;
    alias[less] = more;
    probability[more] = probability[more]! + probability[less]! - 1;
    (probability[more]! < 1 ? small : large).push(more);
  }
  for (const i of [...small, ...large]) probability[i] = 1;
  return (random) => {
    const scaled = random() * n;
    const column = Math.floor(scaled);
    return scaled - column < probability[column]! ? column : alias[column]!;
  };
}
