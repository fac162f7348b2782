import { appAssetUrlBase, isAssetHash, type AssetBytes } from '../shared/asset';
import type { Envelope } from '../shared/errors';

/** Sends one call to the core; the app passes its worker client, tests an in-process core. */
export type CallCore = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

/** The sha256 in `lede-asset://asset/<sha256>`, or undefined for any other URL. */
export function assetHashFromUrl(url: string): string | undefined {
  if (!url.startsWith(appAssetUrlBase)) return undefined;
  const hash = url.slice(appAssetUrlBase.length).replace(/[?#].*$/, '');
  return isAssetHash(hash) ? hash : undefined;
}

/**
 * Answers one image request with the stored bytes and the type read from them when they
 * were stored, so the page never gets a file path and the browser never guesses a type.
 * Used by the app's `lede-asset:` protocol and by the browser-test server alike.
 */
export async function assetResponse(call: CallCore, hash: string | undefined, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return new Response(null, { status: 405 });
  if (!hash) return new Response('Not an asset address.', { status: 400 });
  const envelope = await call('assets.read', { hash });
  if (!envelope.ok) {
    const status = envelope.error.code === 'not_found' ? 404 : 503;
    return new Response(envelope.error.message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const { type, bytes } = envelope.value as AssetBytes;
  // Structured clone from the worker always gives a plain ArrayBuffer behind the bytes.
  return new Response(method === 'HEAD' ? null : (bytes as Uint8Array<ArrayBuffer>), {
    status: 200,
    headers: {
      'content-type': type,
      'content-length': String(bytes.byteLength),
      // The address is the content's hash: it can never change.
      'cache-control': 'private, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    },
  });
}
