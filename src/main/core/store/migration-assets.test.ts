import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { makePng } from '../../../../tests/support/test-images';
import { createArticleService } from '../services/articles';
import { createAssetService } from '../services/assets';
import { bundledMigrations } from './migrations';
import { openStore } from './open-store';

let temp: { dir: string; cleanup: () => void };
beforeEach(() => {
  temp = makeTempDir('lede-migration-assets-');
});
afterEach(() => temp.cleanup());

// Found by name, not number: the number is whatever place the migration takes in the list.
const index = bundledMigrations.findIndex((migration) => migration.name.endsWith('-assets'));

it('adds the assets table and an empty hero to articles written before it', () => {
  expect(index).toBeGreaterThan(0);
  const file = join(temp.dir, 'lede.sqlite');
  const before = openStore({ file, migrations: bundledMigrations.slice(0, index) }).db;
  const written = before
    .prepare(
      `INSERT INTO articles (id, headline, body, created_at, updated_at)
       VALUES ('6f9b3c1e-2a4d-4e8f-9b1a-3c5d7e9f1a2b', 'Older story', '{"type":"doc","content":[]}', 1, 1)`,
    )
    .run();
  expect(written.changes).toBe(1);
  before.close();

  const { db } = openStore({ file });
  try {
    const article = createArticleService(db).get('6f9b3c1e-2a4d-4e8f-9b1a-3c5d7e9f1a2b');
    expect(article).toMatchObject({ headline: 'Older story', hero: null, revision: 1 });
    const asset = createAssetService(db).add(makePng(2, 2));
    expect(asset).toMatchObject({ type: 'image/png', width: 2, height: 2 });
    // The hero column takes JSON only.
    expect(() => db.prepare("UPDATE articles SET hero = 'not json'").run()).toThrow(/CHECK/);
  } finally {
    db.close();
  }
  const check = new Database(file, { readonly: true });
  expect(check.pragma('user_version', { simple: true })).toBe(bundledMigrations.length);
  check.close();
});
