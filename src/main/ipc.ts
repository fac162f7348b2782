import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames, ipcChannel, type ChannelName } from '../shared/contract';
import { createInvokeHandler, type CoreCaller } from './invoke-handler';

/**
 * Registers one handler per contract channel; the checks live in `createInvokeHandler`,
 * which imports no Electron so a unit test can prove them for every channel. Electron
 * refuses a second handler for a name, so a duplicate fails at start.
 */

/** Sees each successful result on its way back to the page (the spellchecker follows the article's language). */
export type ResultObserver = (channel: ChannelName, value: unknown, event: IpcMainInvokeEvent) => void;

/** Binds every contract channel; nothing outside the contract is ever handled. */
export function bindContract(
  core: CoreCaller,
  isAppSender: (event: IpcMainInvokeEvent) => boolean,
  onResult?: ResultObserver,
): void {
  for (const channel of channelNames) {
    const handler = createInvokeHandler(channel, core, isAppSender);
    ipcMain.handle(ipcChannel(channel), async (event, input: unknown) => {
      const envelope = await handler(event, input);
      if (envelope.ok) onResult?.(channel, envelope.value, event);
      return envelope;
    });
  }
}
