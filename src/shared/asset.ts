import { z } from 'zod';

/** The image types Lede stores, each recognised from the file's bytes, never its name. */
export const imageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'] as const;
export type ImageType = (typeof imageTypes)[number];

/** Names for messages, in the order people know them. */
export const imageTypeNames: Record<ImageType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'image/avif': 'AVIF',
};

export const assetLimits = {
  /** The default cap on one image; a news photo is rarely over 10 MB. */
  maxBytes: 25 * 1024 * 1024,
  /** Wider or taller than this is a damaged header, not a photograph. */
  maxSide: 100_000,
} as const;

/** An asset's id: the sha256 of its bytes, lowercase hex. */
export const AssetHash = z.string().regex(/^[0-9a-f]{64}$/, { error: 'an asset id is a sha256 in lowercase hex' });

export const isAssetHash = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

/** An image in the store, without its bytes. */
export interface Asset {
  hash: string;
  type: ImageType;
  width: number;
  height: number;
  /** Bytes. */
  size: number;
  /** Milliseconds since the epoch, UTC: when these bytes were first stored. */
  createdAt: number;
}

/** An image's bytes, for the asset protocol. */
export interface AssetBytes {
  type: ImageType;
  bytes: Uint8Array;
}

/**
 * The scheme the app serves images on (`lede-asset://asset/<sha256>`), never `file://`,
 * so the page can show stored images without reaching the file system.
 */
export const assetScheme = 'lede-asset';
export const appAssetUrlBase = `${assetScheme}://asset/`;

/** A size as people read it: "840 KB", "3.2 MB", "25 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? mb.toFixed(0) : mb.toFixed(1)} MB`;
}

/** The one wording of "too large", used before sending (page) and when storing (core). */
export function imageTooLargeMessage(size: number, maxBytes: number = assetLimits.maxBytes, name?: string): string {
  const what = name ? `“${name}”` : 'This image';
  return `${what} is ${formatBytes(size)}; images can be at most ${formatBytes(maxBytes)}. Nothing was inserted: make the file smaller and try again.`;
}

/** The one wording of "not an image Lede takes". */
export function unknownImageMessage(name?: string): string {
  const what = name ? `“${name}”` : 'This file';
  const kinds = imageTypes.map((type) => imageTypeNames[type]);
  const list = `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}`;
  return `${what} is not a ${list} image (Lede checks the contents, not the name). Nothing was inserted.`;
}
