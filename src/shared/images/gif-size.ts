import type { ByteReader, PixelSize } from './byte-reader';

const gif87a = [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] as const;
const gif89a = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] as const;

export const isGif = (bytes: ByteReader): boolean => bytes.startsWith(gif87a) || bytes.startsWith(gif89a);

/** The logical screen size, little-endian, right after the signature. */
export function gifSize(bytes: ByteReader): PixelSize {
  return { width: bytes.le16(6), height: bytes.le16(8) };
}
