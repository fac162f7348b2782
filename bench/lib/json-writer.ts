import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform } from 'node:os';
import { dirname } from 'node:path';
import type { CaseResult } from './types';

/** The JSON file a run writes. */
export interface BenchReport {
  machine: { node: string; cpus: number; platform: string };
  /** When the run finished, ISO 8601 UTC. */
  date: string;
  cases: CaseResult[];
}

export function makeReport(cases: CaseResult[], date = new Date()): BenchReport {
  return {
    machine: { node: process.versions.node, cpus: cpus().length, platform: platform() },
    date: date.toISOString(),
    cases,
  };
}

/** Writes the report (folders created as needed) atomically enough for a benchmark: one write. */
export function writeReport(file: string, report: BenchReport): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
