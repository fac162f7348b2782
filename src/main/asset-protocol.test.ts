import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/support/temp-dir';
import { makeGif, makeJpeg } from '../../tests/support/test-images';
import type { Asset } from '../shared/asset';
import { createLedeApi } from '../shared/lede-api';
import { assetHashFromUrl, assetResponse, type CallCore } from './asset-protocol';
import { openCore, type Core } from './core/open-core';

let temp: { dir: string; cleanup: () => void };
let core: Core;
let call: CallCore;

beforeEach(() => {
  temp = makeTempDir('lede-asset-protocol-');
  core = openCore({ dataDir: temp.dir });
  call = (channel, input) => Promise.resolve(core.dispatch(channel, input));
});

afterEach(() => {
  core.close();
  temp.cleanup();
});

const hash = 'ab'.repeat(32);

describe('assetHashFromUrl', () => {
  it('takes the sha256 from a lede-asset URL, ignoring a query or fragment', () => {
    expect(assetHashFromUrl(`lede-asset://asset/${hash}`)).toBe(hash);
    expect(assetHashFromUrl(`lede-asset://asset/${hash}?v=1#x`)).toBe(hash);
  });

  it.each([
    `lede-asset://asset/${hash.toUpperCase()}`,
    `lede-asset://asset/${hash}/../../etc/passwd`,
    `lede-asset://asset/../${hash}`,
    `lede-asset://other/${hash}`,
    `file:///etc/passwd`,
    `lede-asset://asset/`,
    `https://example.com/${hash}`,
  ])('refuses %s', (url) => {
    expect(assetHashFromUrl(url)).toBeUndefined();
  });

  it('reads back every URL that window.lede.assets.url builds in the app', () => {
    const api = createLedeApi(() => Promise.reject(new Error('no calls here')));
    expect(assetHashFromUrl(api.assets.url(hash))).toBe(hash);
    expect(() => api.assets.url('javascript:alert(1)')).toThrow(RangeError);
  });
});

describe('assetResponse', () => {
  it('serves the stored bytes with the stored type, never sniffed by the browser', async () => {
    const jpeg = makeJpeg(32, 16);
    const added = core.dispatch('assets.add', { bytes: jpeg });
    if (!added.ok) throw new Error(added.error.message);
    const { hash: stored } = added.value as Asset;

    const response = await assetResponse(call, stored);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-length')).toBe(String(jpeg.byteLength));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(jpeg);

    const head = await assetResponse(call, stored, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 404 for an asset that is not stored, 400 for a bad address, 405 for other methods', async () => {
    expect((await assetResponse(call, hash)).status).toBe(404);
    expect((await assetResponse(call, undefined)).status).toBe(400);
    const gif = core.dispatch('assets.add', { bytes: makeGif(1, 1) });
    if (!gif.ok) throw new Error(gif.error.message);
    expect((await assetResponse(call, (gif.value as Asset).hash, 'POST')).status).toBe(405);
  });

  it('answers 503 when the store is closed', async () => {
    core.close();
    const response = await assetResponse(call, hash);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/closed/);
  });
});
