// Draws Lede's app icon as PNG files in resources/ with no dependencies and no network:
// a rounded square in the desk's red with a white "L" and a rule under it (a lede line).
// Run `node scripts/make-icons.mjs`; the files are committed, so packaging needs nothing else.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const iconSizes = [16, 32, 48, 64, 128, 256, 512, 1024];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG from a function giving each pixel's colour (coverage-sampled for smooth edges). */
export function png(size, paint) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  const samples = 4;
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [pr, pg, pb, pa] = paint((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          r += pr * pa;
          g += pg * pa;
          b += pb * pa;
          a += pa;
        }
      }
      const at = y * (size * 4 + 1) + 1 + x * 4;
      const n = samples * samples;
      rows[at] = a ? Math.round(r / a) : 0;
      rows[at + 1] = a ? Math.round(g / a) : 0;
      rows[at + 2] = a ? Math.round(b / a) : 0;
      rows[at + 3] = Math.round((a / n) * 255);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const red = [163, 40, 29];
const paper = [247, 245, 240];

/** The icon, in unit coordinates (0..1). */
function lede(x, y) {
  const inset = 0.06;
  const radius = 0.2;
  const cx = Math.min(Math.max(x, inset + radius), 1 - inset - radius);
  const cy = Math.min(Math.max(y, inset + radius), 1 - inset - radius);
  const inside = Math.hypot(x - cx, y - cy) <= radius;
  if (!inside) return [0, 0, 0, 0];
  const stem = x >= 0.3 && x <= 0.42 && y >= 0.22 && y <= 0.68;
  const foot = x >= 0.3 && x <= 0.7 && y >= 0.58 && y <= 0.68;
  const rule = x >= 0.3 && x <= 0.7 && y >= 0.75 && y <= 0.79;
  return stem || foot || rule ? [...paper, 1] : [...red, 1];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const iconsDir = join(root, 'resources', 'icons');
  mkdirSync(iconsDir, { recursive: true });
  for (const size of iconSizes) writeFileSync(join(iconsDir, `${size}x${size}.png`), png(size, lede));
  // electron-builder makes the .icns (macOS) and .ico (Windows) from this one.
  writeFileSync(join(root, 'resources', 'icon.png'), png(1024, lede));
  console.log(`Wrote resources/icon.png and ${iconSizes.length} sizes in resources/icons/.`);
}
