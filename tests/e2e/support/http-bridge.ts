// Test-only: gives the built renderer a `window.lede` that speaks HTTP to the loopback
// test server instead of IPC. It is built from the same contract as the preload, so only
// the transport differs from the app (bytes travel as tagged base64, see wire-json.ts).
import type { Envelope } from '../../../src/shared/errors';
import { createLedeApi } from '../../../src/shared/lede-api';
import { decodeWire, encodeWire, testAssetUrlBase } from './wire-json';

const lede = createLedeApi(
  async (channel, input) => {
    const response = await fetch('/__lede/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: encodeWire({ channel, input }),
    });
    return decodeWire(await response.text()) as Envelope<unknown>;
  },
  { assetUrlBase: testAssetUrlBase },
);

Object.defineProperty(window, 'lede', { value: Object.freeze(lede), writable: false, configurable: false });
