import { ByteReader, type PixelSize } from './byte-reader';

export const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

export const isPng = (bytes: ByteReader): boolean => bytes.startsWith(pngSignature);

/** The IHDR chunk always comes first, right after the signature. */
export function pngSize(bytes: ByteReader): PixelSize | undefined {
  if (bytes.be32(8) !== 13 || bytes.ascii(12, 4) !== 'IHDR') return undefined;
  return { width: bytes.be32(16), height: bytes.be32(20) };
}
