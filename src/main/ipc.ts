import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames, ipcChannel } from '../shared/contract';
import { createInvokeHandler, type CoreCaller } from './invoke-handler';

/**
 * Registers one handler per contract channel; the checks live in `createInvokeHandler`,
 * which imports no Electron so a unit test can prove them for every channel. Electron
 * refuses a second handler for a name, so a duplicate fails at start.
 */
export function bindContract(core: CoreCaller, isAppSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const channel of channelNames) {
    ipcMain.handle(ipcChannel(channel), createInvokeHandler(channel, core, isAppSender));
  }
}
