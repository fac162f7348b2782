import { contextBridge, ipcRenderer } from 'electron';
import { appAssetUrlBase } from '../shared/asset';
import type { Platform } from '../shared/commands/commands';
import type { Envelope } from '../shared/errors';
import { ipcChannel } from '../shared/contract';
import { createLedeApi } from '../shared/lede-api';
import {
  isShellEvent,
  shellEventChannel,
  shellRequestChannel,
  type ShellBridge,
  type ShellEvent,
} from '../shared/shell';

const platform: Platform = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';

// Menu clicks, second launches and the quit handshake: one event in, one message out, both
// checked (main validates each request with ShellRequest before acting on it).
// Events that arrive before the page listens (a second launch while it loads) are kept
// and handed to the first listener.
const listeners = new Set<(event: ShellEvent) => void>();
const early: ShellEvent[] = [];
ipcRenderer.on(shellEventChannel, (_event, payload: unknown) => {
  if (!isShellEvent(payload)) return;
  if (listeners.size === 0) early.push(payload);
  else listeners.forEach((listener) => listener(payload));
});
const shell: ShellBridge = {
  platform,
  menuOwnsKeys: platform === 'darwin',
  onEvent(listener) {
    listeners.add(listener);
    early.splice(0).forEach((event) => listener(event));
    return () => void listeners.delete(listener);
  },
  send: (request) => ipcRenderer.send(shellRequestChannel, request),
};

// The page gets exactly one object, built from the contract; never ipcRenderer itself.
const lede = createLedeApi(
  (channel, input) => ipcRenderer.invoke(ipcChannel(channel), input) as Promise<Envelope<unknown>>,
  { assetUrlBase: appAssetUrlBase, shell },
);

contextBridge.exposeInMainWorld('lede', lede);
