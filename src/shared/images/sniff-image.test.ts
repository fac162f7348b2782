import { describe, expect, it } from 'vitest';
import {
  makeAvif,
  makeGif,
  makeJpeg,
  makeLossyWebpHeader,
  makePng,
  makeWebp,
} from '../../../tests/support/test-images';
import { assetLimits } from '../asset';
import { sniffImage, sniffProblemMessage } from './sniff-image';

describe('sniffImage on real image bytes', () => {
  it.each([
    ['a PNG', makePng(31, 7), 'image/png', 31, 7],
    ['a GIF', makeGif(5, 3), 'image/gif', 5, 3],
    ['a JPEG', makeJpeg(17, 9), 'image/jpeg', 17, 9],
    ['a lossless WebP', makeWebp(300, 2), 'image/webp', 300, 2],
    ['an extended (VP8X) WebP', makeWebp(4000, 3000, true), 'image/webp', 4000, 3000],
    ['a lossy WebP header', makeLossyWebpHeader(640, 480), 'image/webp', 640, 480],
    ['an AVIF, taking the primary item’s size, not the decoy’s', makeAvif(1920, 1080), 'image/avif', 1920, 1080],
  ])('reads %s', (_label, bytes, type, width, height) => {
    expect(sniffImage(bytes)).toEqual({ ok: true, type, width, height });
  });

  it('swaps width and height for a JPEG whose EXIF orientation turns it a quarter', () => {
    expect(sniffImage(makeJpeg(17, 9, 6))).toMatchObject({ width: 9, height: 17 });
    expect(sniffImage(makeJpeg(17, 9, 8))).toMatchObject({ width: 9, height: 17 });
    expect(sniffImage(makeJpeg(17, 9, 3))).toMatchObject({ width: 17, height: 9 }); // upside down: same size
  });

  it('swaps width and height for an AVIF rotated a quarter turn, not a half', () => {
    expect(sniffImage(makeAvif(1920, 1080, 1))).toMatchObject({ width: 1080, height: 1920 });
    expect(sniffImage(makeAvif(1920, 1080, 2))).toMatchObject({ width: 1920, height: 1080 });
  });

  it('skips fill bytes and unknown segments before the JPEG frame header', () => {
    const jpeg = makeJpeg(40, 24);
    // Insert a COM segment and two fill bytes after SOI.
    const comment = [0xff, 0xff, 0xff, 0xfe, 0x00, 0x07, 0x68, 0x65, 0x6c, 0x6c, 0x6f];
    const bytes = Uint8Array.from([...jpeg.slice(0, 2), ...comment, ...jpeg.slice(2)]);
    expect(sniffImage(bytes)).toEqual({ ok: true, type: 'image/jpeg', width: 40, height: 24 });
  });
});

describe('sniffImage refuses', () => {
  const text = new TextEncoder();

  it.each([
    ['an empty file', new Uint8Array()],
    ['text', text.encode('Photo: REUTERS, caption to follow')],
    [
      'an SVG (a script can live in one)',
      text.encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ],
    ['a BMP', Uint8Array.from([0x42, 0x4d, 0x3a, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0])],
    ['a TIFF', Uint8Array.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0, 0, 0])],
    ['a PDF', text.encode('%PDF-1.7\n')],
    ['a HEIC (ftyp without an AVIF brand)', Uint8Array.from([0, 0, 0, 16, ...text.encode('ftypheic'), 0, 0, 0, 0])],
    ['a RIFF that is a WAV, not a WebP', Uint8Array.from([...text.encode('RIFF'), 4, 0, 0, 0, ...text.encode('WAVE')])],
  ])('%s as unknown', (_label, bytes) => {
    const sniff = sniffImage(bytes);
    expect(sniff).toMatchObject({ ok: false, problem: 'unknown' });
    if (sniff.ok) return;
    expect(sniffProblemMessage(sniff, 'notes.txt')).toBe(
      '“notes.txt” is not a JPEG, PNG, WebP, GIF or AVIF image (Lede checks the contents, not the name). Nothing was inserted.',
    );
  });

  it.each([
    ['a PNG cut off in its header', makePng(4, 4).slice(0, 20), 'PNG'],
    ['a JPEG cut off before its frame header', makeJpeg(16, 16).slice(0, 30), 'JPEG'],
    ['a GIF of 6 bytes', makeGif(2, 2).slice(0, 7), 'GIF'],
    [
      'a WebP with an unknown first chunk',
      Uint8Array.from([...makeWebp(2, 2).slice(0, 12), 0x41, 0x42, 0x43, 0x44, 0, 0, 0, 0]),
      'WebP',
    ],
    ['an AVIF without its meta box', makeAvif(10, 10).slice(0, 28), 'AVIF'],
  ])('%s as unreadable, naming the type', (_label, bytes, name) => {
    const sniff = sniffImage(bytes);
    expect(sniff).toMatchObject({ ok: false, problem: 'unreadable' });
    if (sniff.ok) return;
    expect(sniff.detail).toContain(name);
    expect(sniffProblemMessage(sniff)).toMatch(/^This file cannot be used as an image: .* Nothing was inserted\.$/);
  });

  it('an image whose header claims a size of zero or beyond any photograph', () => {
    expect(sniffImage(makePng(1, 1).map((byte, i) => (i >= 16 && i < 20 ? 0 : byte)))).toMatchObject({
      ok: false,
      problem: 'unreadable',
    });
    expect(sniffImage(makeAvif(assetLimits.maxSide + 1, 10))).toMatchObject({ ok: false, problem: 'unreadable' });
  });

  it('JPEG segments whose lengths point past the end, without reading out of bounds', () => {
    const bytes = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xf0, 0, 0]);
    expect(sniffImage(bytes)).toMatchObject({ ok: false, problem: 'unreadable' });
  });

  it('AVIF boxes that claim to be larger than their parent', () => {
    const avif = makeAvif(10, 10);
    const meta = Buffer.from(avif).indexOf('meta');
    expect(meta).toBeGreaterThan(0);
    const broken = avif.slice();
    broken[meta - 4] = 0x7f; // the meta box now claims ~2 GB
    expect(sniffImage(broken)).toMatchObject({ ok: false, problem: 'unreadable' });
  });
});
