import { contextBridge, ipcRenderer } from 'electron';
import { appAssetUrlBase } from '../shared/asset';
import type { Platform } from '../shared/commands/commands';
import type { Envelope } from '../shared/errors';
import { ipcChannel } from '../shared/contract';
import { createLedeApi } from '../shared/lede-api';
import { isShellEvent, shellEventChannel, shellRequestChannel, type ShellBridge } from '../shared/shell';

const platform: Platform = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';

// Menu clicks, second launches and the quit handshake: one event in, one message out, both
// checked (main validates each request with ShellRequest before acting on it).
const shell: ShellBridge = {
  platform,
  menuOwnsKeys: platform === 'darwin',
  onEvent(listener) {
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown): void => {
      if (isShellEvent(payload)) listener(payload);
    };
    ipcRenderer.on(shellEventChannel, forward);
    return () => void ipcRenderer.removeListener(shellEventChannel, forward);
  },
  send: (request) => ipcRenderer.send(shellRequestChannel, request),
};

// The page gets exactly one object, built from the contract; never ipcRenderer itself.
const lede = createLedeApi(
  (channel, input) => ipcRenderer.invoke(ipcChannel(channel), input) as Promise<Envelope<unknown>>,
  { assetUrlBase: appAssetUrlBase, shell },
);

contextBridge.exposeInMainWorld('lede', lede);
