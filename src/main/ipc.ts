import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames, ipcChannel, type ChannelName, type ParsedInputOf } from '../shared/contract';
import type { Envelope } from '../shared/errors';
import { parseInput } from '../shared/parse-input';
import type { CoreClient } from './core/core-client';

/**
 * What main does itself before a call goes on to the core, for the few calls that need the
 * desktop (a native folder dialog): it gets the checked input and returns the input the core
 * receives, which the core checks again.
 */
export type ShellSteps = {
  [C in ChannelName]?: (input: ParsedInputOf<C>, event: IpcMainInvokeEvent) => Promise<ParsedInputOf<C>>;
};

/**
 * Binds one channel: the sender must be the app's own top-level page, the input must
 * pass the contract, and only then does the call go to the core worker. Registering a
 * channel twice throws (Electron refuses a second handler), so mistakes fail at start.
 */
function handle(
  channel: ChannelName,
  core: CoreClient,
  isAppSender: (event: IpcMainInvokeEvent) => boolean,
  step: ((input: unknown, event: IpcMainInvokeEvent) => Promise<unknown>) | undefined,
): void {
  ipcMain.handle(ipcChannel(channel), async (event, input: unknown): Promise<Envelope<unknown>> => {
    if (!isAppSender(event)) {
      return {
        ok: false,
        error: { code: 'forbidden_sender', message: 'This call did not come from Lede’s own window.' },
      };
    }
    const parsed = parseInput(channel, input);
    if (!parsed.ok) return parsed;
    return core.call(channel, step ? await step(parsed.value, event) : parsed.value);
  });
}

/** Binds every contract channel; nothing outside the contract is ever handled. */
export function bindContract(
  core: CoreClient,
  isAppSender: (event: IpcMainInvokeEvent) => boolean,
  shell: ShellSteps = {},
): void {
  for (const channel of channelNames) {
    handle(channel, core, isAppSender, shell[channel] as Parameters<typeof handle>[3]);
  }
}
