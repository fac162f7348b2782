import { z } from 'zod';
import { AssetHash, type Asset, type AssetBytes } from '../asset';
import { channel } from '../channel';

export const assetChannels = {
  /**
   * Stores an image (its bytes, copied across the bridge as a Uint8Array) once by its
   * sha256. The type and size are read from the bytes; a file that is no JPEG, PNG, WebP,
   * GIF or AVIF, or is over 25 MB, is refused with a sentence saying so.
   */
  'assets.add': channel<Asset>()(
    z.object({ bytes: z.instanceof(Uint8Array, { error: 'the image must arrive as bytes (a Uint8Array)' }) }).strict(),
  ),

  /** An image's type, size and dimensions, without its bytes. */
  'assets.get': channel<Asset>()(z.object({ hash: AssetHash }).strict()),

  /** An image's bytes and type: what the asset protocol serves the page. */
  'assets.read': channel<AssetBytes>()(z.object({ hash: AssetHash }).strict()),
};
