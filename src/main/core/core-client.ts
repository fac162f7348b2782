import { Worker } from 'node:worker_threads';
import type { Envelope } from '../../shared/errors';
import type { CoreWorkerData, FromWorker, ToWorker, WorkerMemory } from './worker-protocol';

export interface CoreClient {
  /** Sends one call to the worker; always resolves with an envelope. */
  call(channel: string, input: unknown): Promise<Envelope<unknown>>;
  /** The worker's own heap, or undefined when no worker is running. */
  memory(): Promise<WorkerMemory | undefined>;
  /** How many times the worker stopped without being asked to (each is restarted on the next call). */
  readonly unexpectedExits: number;
  /** Lets pending calls finish, closes the store cleanly and ends the worker. */
  close(): Promise<void>;
}

/**
 * Starts the core in a worker thread. If the worker dies, calls in flight fail with
 * `store_unavailable` and the next call starts a fresh worker, so one crash costs one
 * save attempt (which the editor retries), not the session.
 */
export function startCoreWorker(workerPath: string | URL, data: CoreWorkerData): CoreClient {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  const memoryAsked = new Map<number, (memory: WorkerMemory | undefined) => void>();
  let closing: Promise<void> | undefined;
  let unexpectedExits = 0;

  const failAll = (message: string): void => {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'store_unavailable', message } });
    pending.clear();
    for (const resolve of memoryAsked.values()) resolve(undefined);
    memoryAsked.clear();
  };

  const ensure = (): Worker => {
    if (worker) return worker;
    const started = new Worker(workerPath, { workerData: data });
    started.on('message', (message: FromWorker) => {
      if (message.kind === 'result') {
        pending.get(message.id)?.(message.envelope);
        pending.delete(message.id);
      } else if (message.kind === 'memory') {
        memoryAsked.get(message.id)?.(message.memory);
        memoryAsked.delete(message.id);
      }
    });
    started.on('error', (error) => {
      console.error('lede: the core worker failed', error);
    });
    started.on('exit', () => {
      if (worker === started) worker = undefined;
      if (!closing) unexpectedExits++;
      failAll('The store stopped unexpectedly; nothing in flight was saved. Lede will try again.');
    });
    worker = started;
    return started;
  };

  return {
    call(channel, input) {
      if (closing) {
        return Promise.resolve({
          ok: false,
          error: { code: 'store_unavailable', message: 'Lede is closing the store.' },
        });
      }
      const id = nextId++;
      const target = ensure();
      return new Promise((resolve) => {
        pending.set(id, resolve);
        try {
          target.postMessage({ kind: 'call', id, channel, input } satisfies ToWorker);
        } catch {
          pending.delete(id);
          resolve({
            ok: false,
            error: { code: 'invalid_input', message: `${channel} was refused: its input cannot be copied.` },
          });
        }
      });
    },
    memory() {
      const running = worker;
      if (!running || closing) return Promise.resolve(undefined);
      const id = nextId++;
      return new Promise((resolve) => {
        memoryAsked.set(id, resolve);
        running.postMessage({ kind: 'memory', id } satisfies ToWorker);
      });
    },
    get unexpectedExits() {
      return unexpectedExits;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        const running = worker;
        if (!running) return resolve();
        running.once('exit', () => resolve());
        // Messages are handled in order, so the close arrives after every pending call.
        running.postMessage({ kind: 'close' } satisfies ToWorker);
      });
      return closing;
    },
  };
}
