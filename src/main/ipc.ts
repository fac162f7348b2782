import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames, ipcChannel, type ChannelName } from '../shared/contract';
import type { Envelope } from '../shared/errors';
import { parseInput } from '../shared/parse-input';
import type { CoreClient } from './core/core-client';

/**
 * Binds one channel: the sender must be the app's own top-level page, the input must
 * pass the contract, and only then does the call go to the core worker. Registering a
 * channel twice throws (Electron refuses a second handler), so mistakes fail at start.
 */
function handle(
  channel: ChannelName,
  core: CoreClient,
  isAppSender: (event: IpcMainInvokeEvent) => boolean,
  onResult?: ResultObserver,
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
    const envelope = await core.call(channel, parsed.value);
    if (envelope.ok) onResult?.(channel, envelope.value, event);
    return envelope;
  });
}

/** Sees each successful result on its way back to the page (the spellchecker follows the article's language). */
export type ResultObserver = (channel: ChannelName, value: unknown, event: IpcMainInvokeEvent) => void;

/** Binds every contract channel; nothing outside the contract is ever handled. */
export function bindContract(
  core: CoreClient,
  isAppSender: (event: IpcMainInvokeEvent) => boolean,
  onResult?: ResultObserver,
): void {
  for (const channel of channelNames) handle(channel, core, isAppSender, onResult);
}
