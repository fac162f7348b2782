import type { ByteReader, PixelSize } from './byte-reader';

export const isWebp = (bytes: ByteReader): boolean =>
  bytes.startsWith([0x52, 0x49, 0x46, 0x46]) && bytes.startsWith([0x57, 0x45, 0x42, 0x50], 8);

/**
 * The first chunk after `RIFF....WEBP` says which of the three forms this is: lossy
 * (`VP8 `), lossless (`VP8L`) or extended (`VP8X`, with animation, alpha or metadata).
 */
export function webpSize(bytes: ByteReader): PixelSize | undefined {
  const chunk = bytes.ascii(12, 4);
  const data = 20;
  if (chunk === 'VP8 ') {
    // A key frame: bit 0 of the frame tag is 0, then the start code 9d 01 2a.
    if ((bytes.u8(data) & 1) !== 0 || !bytes.startsWith([0x9d, 0x01, 0x2a], data + 3)) return undefined;
    return { width: bytes.le16(data + 6) & 0x3fff, height: bytes.le16(data + 8) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (bytes.u8(data) !== 0x2f) return undefined;
    const bits = bytes.le32(data + 1);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    return { width: bytes.le24(data + 4) + 1, height: bytes.le24(data + 7) + 1 };
  }
  return undefined;
}
