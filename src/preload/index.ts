import { contextBridge, ipcRenderer } from 'electron';
import { appAssetUrlBase } from '../shared/asset';
import type { Envelope } from '../shared/errors';
import { ipcChannel } from '../shared/contract';
import { createLedeApi } from '../shared/lede-api';

// The page gets exactly one object, built from the contract; never ipcRenderer itself.
const lede = createLedeApi(
  (channel, input) => ipcRenderer.invoke(ipcChannel(channel), input) as Promise<Envelope<unknown>>,
  { assetUrlBase: appAssetUrlBase },
);

contextBridge.exposeInMainWorld('lede', lede);
