import type { Envelope } from '../../shared/errors';

/** What the core worker is started with (functions cannot cross into a worker). */
export interface CoreWorkerData {
  dataDir: string;
  nativeBinding?: string;
}

export type ToWorker = { kind: 'call'; id: number; channel: string; input: unknown } | { kind: 'close' };
export type FromWorker = { kind: 'result'; id: number; envelope: Envelope<unknown> } | { kind: 'closed' };
