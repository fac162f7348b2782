import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { makeAvif, makeGif, makeJpeg, makePng, makeWebp } from '../../../../tests/support/test-images';
import { assetLimits } from '../../../shared/asset';
import { LedeError } from '../../../shared/errors';
import { openStore } from '../store/open-store';
import { createAssetService, type AssetService } from './assets';

let temp: { dir: string; cleanup: () => void };
let db: Database.Database;
let assets: AssetService;
let clock: number;

beforeEach(() => {
  temp = makeTempDir('lede-assets-');
  clock = 1_700_000_000_000;
  db = openStore({ file: join(temp.dir, 'lede.sqlite') }).db;
  assets = createAssetService(db, { now: () => clock });
});

afterEach(() => {
  if (db.open) db.close();
  temp.cleanup();
});

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const rowCount = (): number => db.prepare('SELECT count(*) FROM assets').pluck().get() as number;

function refusal(action: () => unknown): LedeError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(LedeError);
    return error as LedeError;
  }
  throw new Error('expected a LedeError');
}

describe('add', () => {
  it.each([
    ['JPEG', makeJpeg(64, 48), 'image/jpeg', 64, 48],
    ['PNG', makePng(3, 2), 'image/png', 3, 2],
    ['GIF', makeGif(9, 4), 'image/gif', 9, 4],
    ['WebP', makeWebp(12, 34), 'image/webp', 12, 34],
    ['AVIF', makeAvif(1200, 800), 'image/avif', 1200, 800],
  ])('stores a %s under its sha256 with the type and size read from its bytes', (_name, bytes, type, width, height) => {
    const asset = assets.add(bytes);
    expect(asset).toEqual({
      hash: sha256(bytes),
      type,
      width,
      height,
      size: bytes.byteLength,
      createdAt: clock,
    });
    const stored = db.prepare('SELECT bytes FROM assets WHERE hash = ?').pluck().get(asset.hash) as Buffer;
    expect(Buffer.compare(stored, Buffer.from(bytes))).toBe(0);
  });

  it('keeps one copy of the same bytes, with the time they were first stored', () => {
    const bytes = makePng(4, 4);
    const first = assets.add(bytes);
    clock += 1_000;
    const again = assets.add(Uint8Array.from(bytes));
    expect(again).toEqual(first);
    expect(rowCount()).toBe(1);
    assets.add(makePng(4, 5));
    expect(rowCount()).toBe(2);
  });

  it('stores exactly the bytes of a view into a larger buffer', () => {
    const png = makePng(2, 2);
    const buffer = new Uint8Array(png.byteLength + 20);
    buffer.set(png, 10);
    const view = buffer.subarray(10, 10 + png.byteLength);
    expect(assets.add(view).hash).toBe(sha256(png));
    expect(assets.read(sha256(png)).bytes).toEqual(png);
  });

  it('refuses a file that is not an image it accepts, whatever it is called, and stores nothing', () => {
    const svg = new TextEncoder().encode('<svg onload="alert(1)" xmlns="http://www.w3.org/2000/svg"/>');
    const error = refusal(() => assets.add(svg));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'This file is not a JPEG, PNG, WebP, GIF or AVIF image (Lede checks the contents, not the name). Nothing was inserted.',
    );
    expect(rowCount()).toBe(0);
  });

  it('refuses a damaged image, saying what it looked like', () => {
    const error = refusal(() => assets.add(makePng(4, 4).slice(0, 18)));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/starts like a PNG but its size cannot be read/);
    expect(rowCount()).toBe(0);
  });

  it('refuses a file over the cap with too_large before looking at it, and stores nothing', () => {
    const small = createAssetService(db, { maxBytes: 2048 });
    const noisy = makeGif(200, 200);
    expect(noisy.byteLength).toBeGreaterThan(2048);
    const error = refusal(() => small.add(noisy));
    expect(error.code).toBe('too_large');
    expect(error.message).toBe(
      `This image is ${Math.ceil(noisy.byteLength / 1024)} KB; images can be at most 2 KB. Nothing was inserted: make the file smaller and try again.`,
    );
    expect(rowCount()).toBe(0);
  });

  it('has a 25 MB cap by default and says so in megabytes', () => {
    const over = new Uint8Array(assetLimits.maxBytes + 1);
    over.set(makePng(1, 1));
    const error = refusal(() => assets.add(over));
    expect(error.code).toBe('too_large');
    expect(error.message).toBe(
      'This image is 25 MB; images can be at most 25 MB. Nothing was inserted: make the file smaller and try again.',
    );
    // At the cap exactly it is accepted.
    const at = new Uint8Array(assetLimits.maxBytes);
    at.set(makePng(1, 1));
    expect(assets.add(at).size).toBe(assetLimits.maxBytes);
  });
});

describe('get, has and read', () => {
  it('returns what was stored, and not_found for an unknown hash', () => {
    const gif = makeGif(3, 3);
    const { hash } = assets.add(gif);
    expect(assets.get(hash)).toMatchObject({ hash, type: 'image/gif', width: 3, height: 3 });
    expect(assets.has(hash)).toBe(true);
    expect(assets.read(hash)).toEqual({ type: 'image/gif', bytes: gif });

    const missing = 'f'.repeat(64);
    expect(assets.has(missing)).toBe(false);
    expect(refusal(() => assets.get(missing)).code).toBe('not_found');
    const error = refusal(() => assets.read(missing));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('That image is not in the store; insert it again from its file.');
  });
});

describe('the assets table', () => {
  it('refuses rows that break its rules even from plain SQL', () => {
    const insert = db.prepare(
      'INSERT INTO assets (hash, type, width, height, size, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, 0)',
    );
    const good = 'a'.repeat(64);
    expect(() => insert.run('A'.repeat(64), 'image/png', 1, 1, 1, Buffer.from([1]))).toThrow(/CHECK/);
    expect(() => insert.run(good, 'image/svg+xml', 1, 1, 1, Buffer.from([1]))).toThrow(/CHECK/);
    expect(() => insert.run(good, 'image/png', 0, 1, 1, Buffer.from([1]))).toThrow(/CHECK/);
    expect(rowCount()).toBe(0);
  });
});
