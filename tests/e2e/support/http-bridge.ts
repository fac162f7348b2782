// Test-only: gives the built renderer a `window.lede` that speaks HTTP to the loopback
// test server instead of IPC. It is built from the same contract as the preload, so only
// the transport differs from the app.
import type { Envelope } from '../../../src/shared/errors';
import { createLedeApi } from '../../../src/shared/lede-api';

const lede = createLedeApi(async (channel, input) => {
  const response = await fetch('/__lede/call', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ channel, input }),
  });
  return (await response.json()) as Envelope<unknown>;
});

Object.defineProperty(window, 'lede', { value: Object.freeze(lede), writable: false, configurable: false });
