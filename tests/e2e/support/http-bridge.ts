// Test-only: gives the built renderer a `window.lede` that speaks HTTP to the loopback
// test server instead of IPC. It is built from the same contract as the preload, so only
// the transport differs from the app (bytes travel as tagged base64, see wire-json.ts).
// The shell (menus, quit) is staged: tests emit events with `window.__ledeShell.emit` and
// read what the page asked of main from `window.__ledeShell.requests`.
import type { Envelope } from '../../../src/shared/errors';
import { createLedeApi } from '../../../src/shared/lede-api';
import type { ShellBridge, ShellEvent, ShellRequest } from '../../../src/shared/shell';
import { decodeWire, encodeWire, testAssetUrlBase } from './wire-json';

const listeners = new Set<(event: ShellEvent) => void>();
const requests: ShellRequest[] = [];
const shell: ShellBridge = {
  platform: 'linux',
  menuOwnsKeys: false,
  onEvent(listener) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  send: (request) => void requests.push(request),
};
Object.defineProperty(window, '__ledeShell', {
  value: Object.freeze({ emit: (event: ShellEvent) => listeners.forEach((listener) => listener(event)), requests }),
});

const lede = createLedeApi(
  async (channel, input) => {
    const response = await fetch('/__lede/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: encodeWire({ channel, input }),
    });
    return decodeWire(await response.text()) as Envelope<unknown>;
  },
  { assetUrlBase: testAssetUrlBase, shell },
);

Object.defineProperty(window, 'lede', { value: Object.freeze(lede), writable: false, configurable: false });
