// Entry of the core worker thread: the store lives here so a long query or export never
// blocks the window, and because one thread handles calls in turn, writes are serialised.
import { parentPort, workerData } from 'node:worker_threads';
import { openCore } from './open-core';
import type { CoreWorkerData, FromWorker, ToWorker } from './worker-protocol';

if (!parentPort) throw new Error('The core worker must run in a worker thread');
const port = parentPort;
const core = openCore(workerData as CoreWorkerData);

port.on('message', (message: ToWorker) => {
  if (message.kind === 'close') {
    core.close();
    port.postMessage({ kind: 'closed' } satisfies FromWorker);
    port.close();
    return;
  }
  const envelope = core.dispatch(message.channel, message.input);
  port.postMessage({ kind: 'result', id: message.id, envelope } satisfies FromWorker);
});
