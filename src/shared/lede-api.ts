import { appAssetUrlBase, isAssetHash } from './asset';
import { channelNames, type LedeApi, type LedeLocal, type Transport } from './contract';
import { encodeBridgeMessage } from './errors';
import type { ShellBridge } from './shell';

export interface LedeApiOptions {
  /** What an asset's sha256 is appended to; the app's `lede-asset://asset/` unless given. */
  assetUrlBase?: string;
  /** Main's side of menus and windows; a bridge that never speaks where there is none. */
  shell?: ShellBridge;
}

/** Where there is no Electron shell: no events, requests go nowhere. */
export const quietShell: ShellBridge = {
  platform: 'linux',
  menuOwnsKeys: false,
  onEvent: () => () => undefined,
  send: () => undefined,
};

/**
 * Builds `window.lede` from the contract over any transport. A failed call rejects with
 * an Error whose message carries the code (see `asLedeError`), because that is all that
 * survives Electron's contextBridge.
 */
export function createLedeApi(transport: Transport, options: LedeApiOptions = {}): LedeApi {
  const api: Record<string, Record<string, (input?: unknown) => unknown>> = {};
  for (const name of channelNames) {
    const [group, method] = name.split('.') as [string, string];
    api[group] ??= {};
    api[group][method] = async (input?: unknown) => {
      const envelope = await transport(name, input ?? {});
      if (envelope.ok) return envelope.value;
      throw new Error(encodeBridgeMessage(envelope.error));
    };
  }
  const local = createLocal(options.assetUrlBase ?? appAssetUrlBase, options.shell ?? quietShell);
  for (const [group, helpers] of Object.entries(local)) Object.assign((api[group] ??= {}), helpers);
  return api as unknown as LedeApi;
}

function createLocal(assetUrlBase: string, shell: ShellBridge): LedeLocal {
  return {
    shell,
    assets: {
      url(hash) {
        if (!isAssetHash(hash)) throw new RangeError(`${String(hash).slice(0, 80)} is not an asset id`);
        return `${assetUrlBase}${hash}`;
      },
    },
  };
}
