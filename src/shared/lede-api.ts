import { channelNames, type LedeApi, type Transport } from './contract';
import { encodeBridgeMessage } from './errors';

/**
 * Builds `window.lede` from the contract over any transport. A failed call rejects with
 * an Error whose message carries the code (see `asLedeError`), because that is all that
 * survives Electron's contextBridge.
 */
export function createLedeApi(transport: Transport): LedeApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of channelNames) {
    const [group, method] = name.split('.') as [string, string];
    api[group] ??= {};
    api[group][method] = async (input?: unknown) => {
      const envelope = await transport(name, input ?? {});
      if (envelope.ok) return envelope.value;
      throw new Error(encodeBridgeMessage(envelope.error));
    };
  }
  return api as unknown as LedeApi;
}
