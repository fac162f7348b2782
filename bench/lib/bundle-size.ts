import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The renderer's built JavaScript and CSS: what a window loads before it can show anything. */
export interface BundleSize {
  files: number;
  bytes: number;
  /** Each file gzipped at level 9, summed: a stable measure of how much code there is. */
  gzip_bytes: number;
}

export function rendererBundleSize(root: string): BundleSize {
  const assets = join(root, 'out', 'renderer', 'assets');
  const files = readdirSync(assets).filter((name) => ['.js', '.css'].includes(extname(name)));
  let bytes = 0;
  let gzip = 0;
  for (const name of files) {
    const content = readFileSync(join(assets, name));
    bytes += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files: files.length, bytes, gzip_bytes: gzip };
}
