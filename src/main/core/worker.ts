// Entry of the core worker thread: the store lives here so a long query or export never
// blocks the window, and because calls are handled one after another (each awaited before
// the next starts), writes are serialised even when a call reopens the store.
import { parentPort, workerData } from 'node:worker_threads';
import { startCore } from './open-core';
import type { CoreWorkerData, FromWorker, ToWorker } from './worker-protocol';

if (!parentPort) throw new Error('The core worker must run in a worker thread');
const port = parentPort;

/** How often the worker asks whether a daily backup is due (it is made at most once a day). */
const dailyCheckMs = 60 * 60 * 1000;

const ready = startCore(workerData as CoreWorkerData);
let queue: Promise<unknown> = ready;
const dailyTimer = setInterval(() => void ready.then((core) => core.backupIfDue()), dailyCheckMs);
dailyTimer.unref();

port.on('message', (message: ToWorker) => {
  if (message.kind === 'memory') {
    // Answered at once, not queued: the soak samples memory while calls are running.
    const { heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    port.postMessage({
      kind: 'memory',
      id: message.id,
      memory: { heapUsed, heapTotal, external, arrayBuffers },
    } satisfies FromWorker);
    return;
  }
  queue = queue
    .then(async () => {
      const core = await ready;
      if (message.kind === 'close') {
        clearInterval(dailyTimer);
        core.close();
        port.postMessage({ kind: 'closed' } satisfies FromWorker);
        port.close();
        return;
      }
      const envelope = await core.call(message.channel, message.input);
      port.postMessage({ kind: 'result', id: message.id, envelope } satisfies FromWorker);
    })
    .catch((error: unknown) => {
      // Never expected (calls answer with envelopes); still, one failure must not stall the queue.
      console.error('lede: the core worker could not answer a call', error);
      if (message.kind !== 'call') return;
      port.postMessage({
        kind: 'result',
        id: message.id,
        envelope: {
          ok: false,
          error: { code: 'internal', message: 'Something went wrong inside Lede; the details are in the log.' },
        },
      } satisfies FromWorker);
    });
});
