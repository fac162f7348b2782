import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { assetLimits, imageTooLargeMessage, type Asset, type AssetBytes, type ImageType } from '../../../shared/asset';
import { LedeError } from '../../../shared/errors';
import { sniffImage, sniffProblemMessage } from '../../../shared/images/sniff-image';

interface AssetRow {
  hash: string;
  type: ImageType;
  width: number;
  height: number;
  size: number;
  created_at: number;
}

export interface AssetServiceOptions {
  now?: () => number;
  /** The largest image accepted, in bytes; 25 MB unless set. */
  maxBytes?: number;
}

export interface AssetService {
  /**
   * Stores an image once by the sha256 of its bytes and returns it; the same bytes again
   * return the stored asset. The type and size come from the bytes: anything that is not
   * a JPEG, PNG, WebP, GIF or AVIF is refused (`invalid_input`), as is a file over the cap
   * (`too_large`), and nothing is written.
   */
  add(bytes: Uint8Array): Asset;
  /** An asset's description without its bytes; `not_found` when there is none. */
  get(hash: string): Asset;
  /** Whether the store holds this asset. */
  has(hash: string): boolean;
  /** An asset's bytes and type, for the asset protocol; `not_found` when there is none. */
  read(hash: string): AssetBytes;
}

const columns = 'hash, type, width, height, size, created_at';

/** The asset service over an open store; statements are prepared once. */
export function createAssetService(db: Database.Database, options: AssetServiceOptions = {}): AssetService {
  const now = options.now ?? Date.now;
  const maxBytes = options.maxBytes ?? assetLimits.maxBytes;
  const insert = db.prepare(
    `INSERT INTO assets (hash, type, width, height, size, bytes, created_at)
     VALUES (@hash, @type, @width, @height, @size, @bytes, @created_at)
     ON CONFLICT (hash) DO NOTHING`,
  );
  const selectOne = db.prepare(`SELECT ${columns} FROM assets WHERE hash = ?`);
  const selectBytes = db.prepare('SELECT type, bytes FROM assets WHERE hash = ?');
  const exists = db.prepare('SELECT 1 FROM assets WHERE hash = ?').pluck();

  const get = (hash: string): Asset => {
    const row = selectOne.get(hash) as AssetRow | undefined;
    if (!row) throw notFound();
    return toAsset(row);
  };

  return {
    add(bytes) {
      if (bytes.byteLength > maxBytes)
        throw new LedeError('too_large', imageTooLargeMessage(bytes.byteLength, maxBytes));
      const sniff = sniffImage(bytes);
      if (!sniff.ok) throw new LedeError('invalid_input', sniffProblemMessage(sniff));
      const hash = createHash('sha256').update(bytes).digest('hex');
      insert.run({
        hash,
        type: sniff.type,
        width: sniff.width,
        height: sniff.height,
        size: bytes.byteLength,
        bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        created_at: now(),
      });
      return get(hash);
    },

    get,

    has: (hash) => exists.get(hash) !== undefined,

    read(hash) {
      const row = selectBytes.get(hash) as { type: ImageType; bytes: Buffer } | undefined;
      if (!row) throw notFound();
      return { type: row.type, bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) };
    },
  };
}

function notFound(): LedeError {
  return new LedeError('not_found', 'That image is not in the store; insert it again from its file.');
}

function toAsset(row: AssetRow): Asset {
  return {
    hash: row.hash,
    type: row.type,
    width: row.width,
    height: row.height,
    size: row.size,
    createdAt: row.created_at,
  };
}
