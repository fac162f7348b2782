import { startCoreWorker, type CoreClient } from '../../src/main/core/core-client';
import type { ChannelName, InputOf, OutputOf } from '../../src/shared/contract';
import type { Envelope } from '../../src/shared/errors';
import { BenchAbort } from './types';

/**
 * The core as the app runs it: the built worker file in a worker thread, reached through
 * the app's own client. `call` awaits the envelope and returns the value; a failed call
 * aborts the bench, since timing an error path would measure the wrong thing.
 */
export interface BenchCore {
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  close(): Promise<void>;
}

export async function startBenchCore(workerPath: string, dataDir: string): Promise<BenchCore> {
  const client: CoreClient = startCoreWorker(workerPath, { dataDir });
  const core: BenchCore = {
    async call(channel, input) {
      return expectOk(channel, await client.call(channel, input)) as OutputOf<typeof channel>;
    },
    close: () => client.close(),
  };
  const status = await core.call('app.status', {});
  if (status.state !== 'ready') {
    await client.close();
    throw new BenchAbort(`the core worker could not open its store at ${status.storePath}: ${status.message}`);
  }
  return core;
}

export function expectOk(channel: string, envelope: Envelope<unknown>): unknown {
  if (envelope.ok) return envelope.value;
  throw new BenchAbort(`${channel} failed in the core worker: [${envelope.error.code}] ${envelope.error.message}`);
}
