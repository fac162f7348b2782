import { assetLimits, imageTypeNames, unknownImageMessage, type ImageType } from '../asset';
import { avifSize, isAvif } from './avif-size';
import { ByteReader, TruncatedImage, type PixelSize } from './byte-reader';
import { gifSize, isGif } from './gif-size';
import { isJpeg, jpegSize } from './jpeg-size';
import { isPng, pngSize } from './png-size';
import { isWebp, webpSize } from './webp-size';

export type ImageSniff =
  | { ok: true; type: ImageType; width: number; height: number }
  | { ok: false; problem: 'unknown' | 'unreadable'; detail: string };

const formats: {
  type: ImageType;
  is: (bytes: ByteReader) => boolean;
  size: (bytes: ByteReader) => PixelSize | undefined;
}[] = [
  { type: 'image/jpeg', is: isJpeg, size: jpegSize },
  { type: 'image/png', is: isPng, size: pngSize },
  { type: 'image/gif', is: isGif, size: gifSize },
  { type: 'image/webp', is: isWebp, size: webpSize },
  { type: 'image/avif', is: isAvif, size: avifSize },
];

/**
 * What an image really is, from its bytes alone: the type by its signature, then the
 * width and height from its header. Pure and bounded: reads only headers, never decodes.
 * Runs in the page (to refuse early) and in the core (which decides).
 */
export function sniffImage(data: Uint8Array): ImageSniff {
  const bytes = new ByteReader(data);
  const format = formats.find((candidate) => candidate.is(bytes));
  if (!format) return { ok: false, problem: 'unknown', detail: 'its contents match no image type Lede accepts' };
  const name = imageTypeNames[format.type];
  let size: PixelSize | undefined;
  try {
    size = format.size(bytes);
  } catch (error) {
    if (!(error instanceof TruncatedImage)) throw error;
  }
  if (!size) {
    return {
      ok: false,
      problem: 'unreadable',
      detail: `it starts like a ${name} but its size cannot be read; the file may be damaged`,
    };
  }
  const { width, height } = size;
  if (width < 1 || height < 1 || width > assetLimits.maxSide || height > assetLimits.maxSide) {
    return {
      ok: false,
      problem: 'unreadable',
      detail: `its ${name} header gives an impossible size, ${width} × ${height}`,
    };
  }
  return { ok: true, type: format.type, width, height };
}

/** The sentence for a file that failed `sniffImage`. */
export function sniffProblemMessage(sniff: Extract<ImageSniff, { ok: false }>, name?: string): string {
  if (sniff.problem === 'unknown') return unknownImageMessage(name);
  const what = name ? `“${name}”` : 'This file';
  return `${what} cannot be used as an image: ${sniff.detail}. Nothing was inserted.`;
}
