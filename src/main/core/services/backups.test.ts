import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { backupNamePattern } from '../../../shared/backup';
import { LedeError } from '../../../shared/errors';
import { bundledMigrations } from '../store/migrations';
import { openStore } from '../store/open-store';
import { createArticleService } from './articles';
import { backupName, createBackupService, keptDailyBackups, parseBackupName } from './backups';

const hour = 3_600_000;
const day = 24 * hour;
const start = Date.UTC(2026, 0, 5, 9, 30, 0, 123);

let temp: { dir: string; cleanup: () => void };
let clock: number;
let db: Database.Database;

beforeEach(() => {
  temp = makeTempDir('lede-backups-');
  clock = start;
  db = openStore({ file: join(temp.dir, 'lede.sqlite') }).db;
});

afterEach(() => {
  if (db.open) db.close();
  temp.cleanup();
});

const service = () => createBackupService({ dataDir: temp.dir, now: () => clock });
const backupsDir = () => join(temp.dir, 'backups');

describe('backup names', () => {
  it('record the UTC time and the kind, without colons, and parse back', () => {
    const name = backupName('daily', start);
    expect(name).toBe('lede-2026-01-05T09-30-00-123Z-daily.sqlite');
    expect(name).toMatch(backupNamePattern);
    expect(parseBackupName(name)).toEqual({ kind: 'daily', createdAt: start });
    expect(parseBackupName(backupName('pre-migration', start, 1))).toEqual({ kind: 'pre-migration', createdAt: start });
    expect(backupName('pre-migration', start, 1)).toBe('lede-2026-01-05T09-30-00-123Z-pre-migration-2.sqlite');
  });

  it.each([
    '../lede.sqlite',
    'lede-2026-01-05T09-30-00-123Z-daily.sqlite.partial',
    'lede-2026-01-05T09-30-00-123Z-weekly.sqlite',
    'lede-2026-01-05T09:30:00.123Z-daily.sqlite',
    'lede.sqlite',
    '',
  ])('refuse %j', (name) => {
    expect(parseBackupName(name)).toBeUndefined();
  });
});

describe('making a backup', () => {
  it('copies the open store into backups/ as one self-contained file, checked', async () => {
    const articles = createArticleService(db);
    const article = articles.create({ headline: 'Kept in the backup' });
    const made = await service().create(db, 'daily');
    expect(made).toMatchObject({
      name: 'lede-2026-01-05T09-30-00-123Z-daily.sqlite',
      kind: 'daily',
      createdAt: start,
      schemaVersion: bundledMigrations.length,
    });
    expect(made.bytes).toBeGreaterThan(4096);
    // No -wal, -shm or .partial beside it.
    expect(readdirSync(backupsDir())).toEqual([made.name]);

    const copy = new Database(join(backupsDir(), made.name), { readonly: true });
    try {
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(copy.prepare('SELECT headline FROM articles WHERE id = ?').pluck().get(article.id)).toBe(
        'Kept in the backup',
      );
    } finally {
      copy.close();
    }
    // The store itself goes on as before.
    articles.update(article.id, 1, { headline: 'Changed after' });
    expect(service().list()).toEqual([made]);
  });

  it('gives two backups made in the same millisecond different names', async () => {
    const first = await service().create(db, 'pre-migration');
    const second = await service().create(db, 'pre-migration');
    expect(first.name).not.toBe(second.name);
    expect(
      service()
        .list()
        .map((b) => b.name),
    ).toHaveLength(2);
  });

  it('leaves no file when the store closes in the middle, and a leftover .partial is cleared next time', async () => {
    // A store big enough that the copy takes several steps.
    const articles = createArticleService(db);
    const body = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(20_000) }] }],
    };
    db.transaction(() => {
      for (let i = 0; i < 300; i++) articles.create({ headline: `Article ${i}`, body });
    })();
    const pending = service().create(db, 'daily');
    db.close();
    await expect(pending).rejects.toThrow();
    expect(readdirSync(backupsDir())).toEqual([]);

    writeFileSync(join(backupsDir(), `${backupName('daily', start - day)}.partial`), 'half a copy');
    expect(service().list()).toEqual([]);
    db = openStore({ file: join(temp.dir, 'lede.sqlite') }).db;
    const made = await service().create(db, 'daily');
    expect(readdirSync(backupsDir())).toEqual([made.name]);
  });
});

describe('daily backups', () => {
  it('are due when there is none, then not until 24 hours after the newest', async () => {
    expect(service().dailyDue()).toBe(true);
    await service().create(db, 'daily');
    expect(service().dailyDue()).toBe(false);
    clock = start + day - 1;
    expect(service().dailyDue()).toBe(false);
    clock = start + day;
    expect(service().dailyDue()).toBe(true);
  });

  it('are due when the newest one is dated more than a day ahead (the clock went back)', async () => {
    clock = start + 30 * day;
    await service().create(db, 'daily');
    clock = start;
    expect(service().dailyDue()).toBe(true);
  });

  it(`keeps the newest ${keptDailyBackups}, whatever the number of days, and never the pre-migration ones`, async () => {
    const preMigration = await service().create(db, 'pre-migration');
    const made: string[] = [];
    for (let d = 0; d < 12; d++) {
      clock = start + d * (day + hour); // a little over a day apart, as opens tend to be
      expect(service().dailyDue()).toBe(true);
      made.push((await service().create(db, 'daily')).name);
      clock += 6 * hour;
      expect(service().dailyDue()).toBe(false);
    }
    const listed = service().list();
    const daily = listed.filter((b) => b.kind === 'daily').map((b) => b.name);
    expect(daily).toEqual(made.slice(-keptDailyBackups).reverse());
    expect(listed.filter((b) => b.kind === 'pre-migration').map((b) => b.name)).toEqual([preMigration.name]);
    expect(readdirSync(backupsDir()).sort()).toEqual([...daily, preMigration.name].sort());
  });

  it('never prunes the backup just made, even when older-looking ones are dated later', async () => {
    for (let d = 1; d <= 8; d++) {
      clock = start + 100 * day + d * day;
      await service().create(db, 'daily');
    }
    clock = start;
    const made = await service().create(db, 'daily');
    const daily = service()
      .list()
      .filter((b) => b.kind === 'daily');
    expect(daily).toHaveLength(keptDailyBackups);
    expect(daily.map((b) => b.name)).toContain(made.name);
  });
});

describe('listing without an open store', () => {
  it('lists nothing when there is no backups folder', () => {
    db.close();
    expect(service().list()).toEqual([]);
  });

  it('lists backups, newest first, ignoring other files, with null for an unreadable schema version', async () => {
    await service().create(db, 'daily');
    clock += hour;
    await service().create(db, 'pre-migration');
    db.close();
    writeFileSync(join(backupsDir(), 'notes.txt'), 'not a backup');
    writeFileSync(join(backupsDir(), backupName('daily', start - day)), 'garbage');
    mkdirSync(join(backupsDir(), 'folder'));
    const listed = service().list();
    expect(listed.map((b) => [b.kind, b.createdAt, b.schemaVersion])).toEqual([
      ['pre-migration', start + hour, bundledMigrations.length],
      ['daily', start, bundledMigrations.length],
      ['daily', start - day, null],
    ]);
  });

  it('pathOf names the file, or refuses with not_found', async () => {
    const made = await service().create(db, 'daily');
    expect(service().pathOf(made.name)).toBe(join(backupsDir(), made.name));
    for (const name of [backupName('daily', start - day), '../lede.sqlite', 'lede.sqlite']) {
      const error = (() => {
        try {
          service().pathOf(name);
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(LedeError);
      expect((error as LedeError).code).toBe('not_found');
    }
    expect(existsSync(join(temp.dir, 'lede.sqlite'))).toBe(true);
  });
});
