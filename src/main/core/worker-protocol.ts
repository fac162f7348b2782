import type { Envelope } from '../../shared/errors';

/** What the core worker is started with (functions cannot cross into a worker). */
export interface CoreWorkerData {
  dataDir: string;
  nativeBinding?: string;
}

/** The worker thread's own V8 heap (process.memoryUsage() in a worker reports its isolate). */
export interface WorkerMemory {
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

export type ToWorker =
  { kind: 'call'; id: number; channel: string; input: unknown } | { kind: 'memory'; id: number } | { kind: 'close' };
export type FromWorker =
  | { kind: 'result'; id: number; envelope: Envelope<unknown> }
  | { kind: 'memory'; id: number; memory: WorkerMemory }
  | { kind: 'closed' };
