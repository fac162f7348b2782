/**
 * How busy the rest of the machine was during a run. Timings on a two-core machine are
 * only as good as the machine is idle: another process on one core leaves the main thread
 * and the core worker sharing the other, and p95s grow by milliseconds. On a virtual
 * machine the host can also withhold CPU time (steal), with the same effect. Linux only
 * (reads /proc/stat); elsewhere the probe reports nothing.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

interface Sample {
  /** Busy CPU time of the whole machine, in seconds. */
  busy: number;
  /** Time the hypervisor ran something else while this machine wanted a CPU, in seconds. */
  steal: number;
  /** This process's CPU time (all its threads), in seconds. */
  own: number;
  /** Wall clock, in seconds. */
  wall: number;
}

// USER_HZ: the unit of /proc/stat, 100 on every Linux Node runs on.
const ticksPerSecond = 100;

function sample(): Sample | undefined {
  let line: string | undefined;
  try {
    line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0];
  } catch {
    return undefined;
  }
  if (!line?.startsWith('cpu ')) return undefined;
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const usage = process.cpuUsage();
  return {
    busy: (user + nice + system + irq + softirq) / ticksPerSecond,
    steal: steal / ticksPerSecond,
    own: (usage.user + usage.system) / 1e6,
    wall: performance.now() / 1000,
  };
}

export interface MachineLoad {
  /** CPUs' worth of work done by everything but this process, on average. */
  others: number;
  /** CPUs' worth of time the hypervisor withheld, on average. */
  steal: number;
  cpus: number;
}

/** Starts measuring; the returned function tells what the rest of the machine used since. */
export function probeMachineLoad(): () => MachineLoad | undefined {
  const before = sample();
  return () => {
    const after = sample();
    if (!before || !after || after.wall - before.wall < 1) return undefined;
    const wall = after.wall - before.wall;
    const others = (after.busy - before.busy - (after.own - before.own)) / wall;
    return { others: Math.max(0, others), steal: (after.steal - before.steal) / wall, cpus: cpus().length };
  };
}
