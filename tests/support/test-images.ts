/**
 * Small real images, written byte by byte, for tests of the sniffers and the asset store.
 * PNG, GIF, JPEG and lossless WebP here are complete files a browser decodes (the browser
 * tests check that); AVIF is a correct container whose AV1 payload is a placeholder, since
 * no AV1 encoder is at hand: enough for the header reader, not for a decoder.
 */
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const be32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const be16 = (n: number): number[] => [(n >>> 8) & 0xff, n & 0xff];
const le16 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff];
const le24 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff];
const le32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

function pngChunk(type: string, data: Uint8Array | number[]): number[] {
  const body = Uint8Array.from([...ascii(type), ...data]);
  return [...be32(body.length - 4), ...body, ...be32(crc32(body))];
}

/** An RGB PNG filled with one colour. */
export function makePng(width: number, height: number, rgb: [number, number, number] = [200, 40, 30]): Uint8Array {
  const row = [0, ...Array.from({ length: width }, () => rgb).flat()]; // filter type 0, then pixels
  const raw = Uint8Array.from(Array.from({ length: height }, () => row).flat());
  return Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...pngChunk('IHDR', [...be32(width), ...be32(height), 8, 2, 0, 0, 0]),
    ...pngChunk('IDAT', deflateSync(raw)),
    ...pngChunk('IEND', []),
  ]);
}

/** A GIF89a of one colour: LZW codes of 3 bits, cleared every two pixels so they never widen. */
export function makeGif(width: number, height: number): Uint8Array {
  const codes: number[] = [];
  const pixels = width * height;
  for (let i = 0; i < pixels; i += 2) codes.push(4, 0, ...(i + 1 < pixels ? [0] : []));
  codes.push(5); // end of information
  const packed: number[] = [];
  let bits = 0;
  let count = 0;
  for (const code of codes) {
    bits |= code << count;
    count += 3;
    while (count >= 8) {
      packed.push(bits & 0xff);
      bits >>>= 8;
      count -= 8;
    }
  }
  if (count > 0) packed.push(bits & 0xff);
  const blocks: number[] = [];
  for (let i = 0; i < packed.length; i += 255) {
    const part = packed.slice(i, i + 255);
    blocks.push(part.length, ...part);
  }
  return Uint8Array.from([
    ...ascii('GIF89a'),
    ...le16(width),
    ...le16(height),
    0x80,
    0,
    0, // global colour table of 2 entries
    30,
    90,
    160,
    255,
    255,
    255,
    0x2c,
    ...le16(0),
    ...le16(0),
    ...le16(width),
    ...le16(height),
    0, // image descriptor
    2, // LZW minimum code size
    ...blocks,
    0,
    0x3b,
  ]);
}

/**
 * A baseline greyscale JPEG of flat mid-grey. Each 8×8 block is a zero DC difference and
 * an end-of-block, and both Huffman tables hold that one symbol as the one-bit code 0, so
 * the scan is two bits per block. `orientation` adds an EXIF APP1 segment.
 */
export function makeJpeg(width: number, height: number, orientation?: number): Uint8Array {
  const segment = (marker: number, data: number[]): number[] => [0xff, marker, ...be16(data.length + 2), ...data];
  const exif = orientation
    ? segment(0xe1, [
        ...ascii('Exif'),
        0,
        0,
        ...ascii('MM'),
        ...be16(42),
        ...be32(8), // big-endian TIFF header, IFD0 at 8
        ...be16(1),
        ...be16(0x0112),
        ...be16(3),
        ...be32(1),
        ...be16(orientation),
        0,
        0,
        ...be32(0),
      ])
    : [];
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const scan: number[] = [];
  let bits = 0;
  let count = 0;
  for (let i = 0; i < blocks; i++) {
    count += 2; // "0" (DC difference 0), "0" (end of block)
    while (count >= 8) {
      scan.push(0);
      count -= 8;
    }
  }
  if (count > 0) {
    bits = (1 << (8 - count)) - 1; // pad the last byte with ones
    scan.push(bits);
  }
  const oneCode = (tableClass: number): number[] => [tableClass, 1, ...new Array(15).fill(0), 0];
  return Uint8Array.from([
    0xff,
    0xd8,
    ...segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, ...be16(1), ...be16(1), 0, 0]),
    ...exif,
    ...segment(0xdb, [0, ...new Array(64).fill(1)]),
    ...segment(0xc0, [8, ...be16(height), ...be16(width), 1, 1, 0x11, 0]),
    ...segment(0xc4, oneCode(0x00)),
    ...segment(0xc4, oneCode(0x10)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...scan,
    0xff,
    0xd9,
  ]);
}

class BitWriter {
  readonly bytes: number[] = [];
  private bit = 0;

  write(value: number, width: number): void {
    for (let i = 0; i < width; i++) {
      if (this.bit === 0) this.bytes.push(0);
      if ((value >>> i) & 1) this.bytes[this.bytes.length - 1]! |= 1 << this.bit;
      this.bit = (this.bit + 1) % 8;
    }
  }
}

function riff(chunks: number[][]): Uint8Array {
  const body = chunks.flat();
  return Uint8Array.from([...ascii('RIFF'), ...le32(body.length + 4), ...ascii('WEBP'), ...body]);
}

function webpChunk(type: string, data: number[]): number[] {
  return [...ascii(type), ...le32(data.length), ...data, ...(data.length % 2 ? [0] : [])];
}

/**
 * The VP8L bitstream of a one-colour image: no transforms, no colour cache, and five
 * prefix codes that each hold one symbol, which costs no bits per pixel.
 */
function vp8l(width: number, height: number, argb: [number, number, number, number]): number[] {
  const out = new BitWriter();
  out.write(0x2f, 8);
  out.write(width - 1, 14);
  out.write(height - 1, 14);
  out.write(argb[0] === 255 ? 0 : 1, 1); // alpha is used
  out.write(0, 3); // version
  out.write(0, 1); // no transform
  out.write(0, 1); // no colour cache
  out.write(0, 1); // no meta prefix codes
  const [a, r, g, b] = argb;
  for (const symbol of [g, r, b, a, 0]) {
    out.write(1, 1); // simple code
    out.write(0, 1); // one symbol
    out.write(1, 1); // written in 8 bits
    out.write(symbol, 8);
  }
  return out.bytes;
}

/** A lossless WebP of one colour; `extended` wraps it in a VP8X container. */
export function makeWebp(width: number, height: number, extended = false): Uint8Array {
  const lossless = webpChunk('VP8L', vp8l(width, height, [255, 30, 120, 60]));
  if (!extended) return riff([lossless]);
  const vp8x = webpChunk('VP8X', [0, 0, 0, 0, ...le24(width - 1), ...le24(height - 1)]);
  return riff([vp8x, lossless]);
}

/** The first 30 bytes of a lossy WebP key frame: the header the size reader looks at. */
export function makeLossyWebpHeader(width: number, height: number): Uint8Array {
  const frame = [0x50, 0x01, 0x00, 0x9d, 0x01, 0x2a, ...le16(width), ...le16(height), 0, 0];
  return riff([webpChunk('VP8 ', frame)]);
}

function box(type: string, ...content: number[][]): number[] {
  const body = content.flat();
  return [...be32(body.length + 8), ...ascii(type), ...body];
}

const fullBox = (type: string, version: number, flags: number, ...content: number[][]): number[] =>
  box(type, [version, (flags >>> 16) & 0xff, (flags >>> 8) & 0xff, flags & 0xff], ...content);

/**
 * An AVIF still image as ISOBMFF boxes: primary item 1, with its own `ispe` and, to prove
 * the association is followed, a decoy `ispe` tied to an alpha item 2. `rotate` adds irot.
 */
export function makeAvif(width: number, height: number, rotate?: 1 | 2 | 3): Uint8Array {
  const properties = [
    fullBox('ispe', 0, 0, be32(7), be32(5)), // 1: the decoy
    fullBox('ispe', 0, 0, be32(width), be32(height)), // 2: the primary's
    box('av1C', [0x81, 0x00, 0x0c, 0x00]), // 3
    ...(rotate ? [box('irot', [rotate])] : []), // 4
  ];
  const primaryProps = [0x82, 0x03, ...(rotate ? [0x04] : [])];
  const ipma = fullBox(
    'ipma',
    0,
    0,
    be32(2),
    [...be16(2), 1, 0x81],
    [...be16(1), primaryProps.length, ...primaryProps],
  );
  const meta = fullBox(
    'meta',
    0,
    0,
    fullBox('hdlr', 0, 0, be32(0), ascii('pict'), be32(0), be32(0), be32(0), [0]),
    fullBox('pitm', 0, 0, be16(1)),
    box('iprp', box('ipco', ...properties), ipma),
  );
  return Uint8Array.from([
    ...box('ftyp', ascii('avif'), be32(0), ascii('avif'), ascii('mif1'), ascii('miaf')),
    ...meta,
    ...box('mdat', [0x12, 0x00, 0x0a, 0x0a]),
  ]);
}
