import type { ByteReader, PixelSize } from './byte-reader';

export const isJpeg = (bytes: ByteReader): boolean => bytes.startsWith([0xff, 0xd8, 0xff]);

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic); C4, C8 and CC are not frames. */
const isStartOfFrame = (marker: number): boolean =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * Walks the marker segments to the first frame header. The size is the one a reader sees:
 * an EXIF orientation of 5 to 8 (turned a quarter) swaps width and height, as browsers do.
 */
export function jpegSize(bytes: ByteReader): PixelSize | undefined {
  let at = 2;
  let orientation = 1;
  while (at < bytes.length) {
    if (bytes.u8(at) !== 0xff) return undefined;
    while (bytes.u8(at) === 0xff) at++; // fill bytes before a marker are allowed
    const marker = bytes.u8(at++);
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) continue; // markers without a length
    if (marker === 0xd9 || marker === 0xda) return undefined; // image data before any frame header
    const length = bytes.be16(at);
    if (length < 2) return undefined;
    if (marker === 0xe1) orientation = exifOrientation(bytes, at + 2, length - 2) ?? orientation;
    if (isStartOfFrame(marker)) {
      const height = bytes.be16(at + 3);
      const width = bytes.be16(at + 5);
      return orientation >= 5 && orientation <= 8 ? { width: height, height: width } : { width, height };
    }
    at += length;
  }
  return undefined;
}

const exifHeader = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"

/** The orientation tag (0x0112) of IFD0 in an APP1 EXIF segment, if there is one. */
function exifOrientation(bytes: ByteReader, start: number, length: number): number | undefined {
  if (length < 14 || !bytes.startsWith(exifHeader, start)) return undefined;
  const tiff = start + 6;
  const order = bytes.ascii(tiff, 2);
  if (order !== 'II' && order !== 'MM') return undefined;
  const little = order === 'II';
  const u16 = (at: number): number => (little ? bytes.le16(at) : bytes.be16(at));
  const u32 = (at: number): number => (little ? bytes.le32(at) : bytes.be32(at));
  if (u16(tiff + 2) !== 42) return undefined;
  const ifd = tiff + u32(tiff + 4);
  const end = start + length;
  if (ifd + 2 > end) return undefined;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return undefined;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}
