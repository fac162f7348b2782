import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { ShellRequest, shellRequestChannel } from '../shared/shell';
import { channelNames, ipcChannel, type ChannelName, type ParsedInputOf } from '../shared/contract';
import { createInvokeHandler, type CoreCaller } from './invoke-handler';

/**
 * What main does itself before a call goes on to the core, for the few calls that need the
 * desktop (a native folder dialog): it gets the checked input and returns the input the core
 * receives, which the core checks again.
 */
export type ShellSteps = {
  [C in ChannelName]?: (input: ParsedInputOf<C>, event: IpcMainInvokeEvent) => Promise<ParsedInputOf<C>>;
};

/** Sees each successful result on its way back to the page (the spellchecker follows the article's language). */
export type ResultObserver = (channel: ChannelName, value: unknown, event: IpcMainInvokeEvent) => void;

/**
 * Registers one handler per contract channel; the checks live in `createInvokeHandler`,
 * which imports no Electron so a unit test can prove them for every channel. Electron
 * refuses a second handler for a name, so a duplicate fails at start. Nothing outside the
 * contract is ever handled.
 */
export function bindContract(
  core: CoreCaller,
  isAppSender: (event: IpcMainInvokeEvent) => boolean,
  options: { shell?: ShellSteps; onResult?: ResultObserver } = {},
): void {
  for (const channel of channelNames) {
    const step = options.shell?.[channel] as
      ((input: unknown, event: IpcMainInvokeEvent) => Promise<unknown>) | undefined;
    const handler = createInvokeHandler(channel, core, isAppSender, step);
    ipcMain.handle(ipcChannel(channel), async (event, input: unknown) => {
      const envelope = await handler(event, input);
      if (envelope.ok) options.onResult?.(channel, envelope.value, event);
      return envelope;
    });
  }
}

/**
 * The page's one message outside the contract (the quit handshake's answer, "open this
 * article in a window"): the sender is checked as for every call, then the message against
 * `ShellRequest`; anything else is dropped.
 */
export function bindShellRequests(
  isAppSender: (event: IpcMainInvokeEvent) => boolean,
  handle: (request: ShellRequest, event: IpcMainEvent) => void,
): void {
  ipcMain.on(shellRequestChannel, (event, message: unknown) => {
    if (!isAppSender(event as unknown as IpcMainInvokeEvent)) return;
    const parsed = ShellRequest.safeParse(message);
    if (parsed.success) handle(parsed.data, event);
  });
}
