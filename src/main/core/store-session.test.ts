import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import type { Article, ArticleSummary } from '../../shared/article';
import type { BackupInfo, RestoreResult } from '../../shared/backup';
import type { Envelope, ErrorInfo } from '../../shared/errors';
import type { StoreStatus } from '../../shared/store-status';
import { openCore, startCore, storeFileName, type Core } from './open-core';
import { backupName } from './services/backups';
import { bundledMigrations, parseMigrationFiles, type Migration } from './store/migrations';
import { makeDurable } from './store/durability';
import { openStore } from './store/open-store';

let temp: { dir: string; cleanup: () => void };
let clock: number;
const cores: Core[] = [];
const start = Date.UTC(2026, 0, 5, 9, 30, 0, 0);

beforeEach(() => {
  temp = makeTempDir('lede-session-');
  clock = start;
});

afterEach(async () => {
  for (const core of cores.splice(0)) {
    await core.backupIfDue(); // settle a background backup before the folder goes
    core.close();
  }
  temp.cleanup();
});

async function startAt(dataDir: string, migrations?: Migration[]): Promise<Core> {
  const core = await startCore({ dataDir, now: () => clock, migrations, log: () => {} });
  cores.push(core);
  return core;
}

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected success, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

function failure(envelope: Envelope<unknown>): ErrorInfo {
  if (envelope.ok) throw new Error(`expected a failure, got ${JSON.stringify(envelope.value)}`);
  return envelope.error;
}

const migrationFiles = (list: Migration[]): Record<string, string> =>
  Object.fromEntries(list.map((m) => [`./migrations/${m.name}.sql`, m.sql]));

/** This build's migrations plus one more, as the next Lede would ship. */
const nextVersion = parseMigrationFiles({
  ...migrationFiles(bundledMigrations),
  [`./migrations/${String(bundledMigrations.length + 1).padStart(4, '0')}-test-column.sql`]:
    "ALTER TABLE articles ADD COLUMN test_note TEXT NOT NULL DEFAULT '';\n",
});

const fileHash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

function headlines(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT headline FROM articles ORDER BY headline').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('a backup before a migration', () => {
  it('is made when a newer Lede is about to change an existing store, and holds the old schema', async () => {
    const dataDir = temp.dir;
    const old = openCore({ dataDir, now: () => clock });
    value(old.dispatch('articles.create', { headline: 'Written by the older Lede' }));
    old.close();

    clock += 60_000;
    const core = await startAt(dataDir, nextVersion);
    expect(core.status).toMatchObject({ state: 'ready', schemaVersion: nextVersion.length });
    await core.backupIfDue();
    const backups = value<BackupInfo[]>(await core.call('backups.list', {}));
    const preMigration = backups.filter((b) => b.kind === 'pre-migration');
    expect(preMigration).toHaveLength(1);
    expect(preMigration[0]).toMatchObject({ createdAt: clock, schemaVersion: bundledMigrations.length });

    const backup = new Database(join(dataDir, 'backups', preMigration[0]!.name), { readonly: true });
    try {
      expect(backup.pragma('user_version', { simple: true })).toBe(bundledMigrations.length);
      const columns = (backup.pragma('table_info(articles)') as { name: string }[]).map((c) => c.name);
      expect(columns).not.toContain('test_note');
      expect(backup.prepare('SELECT headline FROM articles').pluck().all()).toEqual(['Written by the older Lede']);
    } finally {
      backup.close();
    }
  });

  it('is not made for a new store, nor when there is nothing to migrate', async () => {
    const core = await startAt(temp.dir);
    await core.backupIfDue();
    core.close();
    cores.pop();
    const again = await startAt(temp.dir);
    await again.backupIfDue();
    const kinds = value<BackupInfo[]>(await again.call('backups.list', {})).map((b) => b.kind);
    expect(kinds).toEqual(['daily']); // one daily (made at the first open), no pre-migration
  });

  it('when it cannot be made, the migration does not run and the store is left as it was', async () => {
    const dataDir = temp.dir;
    openCore({ dataDir }).close();
    const file = join(dataDir, storeFileName);
    writeFileSync(join(dataDir, 'backups'), 'a file where the backups folder should be');
    const before = fileHash(file);

    const core = await startAt(dataDir, nextVersion);
    expect(core.status).toMatchObject({ state: 'problem' });
    if (core.status.state === 'problem') expect(core.status.message).toMatch(/could not back it up first/);
    expect(fileHash(file)).toBe(before);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(bundledMigrations.length);
    check.close();
  });
});

describe('the daily backup', () => {
  it('is made at start when none is recent, and not again within 24 hours', async () => {
    const core = await startAt(temp.dir);
    await core.backupIfDue();
    expect(value<BackupInfo[]>(await core.call('backups.list', {})).map((b) => [b.kind, b.createdAt])).toEqual([
      ['daily', start],
    ]);
    clock += 23 * 3_600_000;
    expect(await core.backupIfDue()).toBeUndefined();
    clock += 3_600_000;
    expect(await core.backupIfDue()).toMatchObject({ kind: 'daily', createdAt: clock });
  });
});

describe('restoring a backup', () => {
  it('brings back the old content; the replaced file is kept in replaced/ with the newer content', async () => {
    const core = await startAt(temp.dir);
    const kept = value<Article>(await core.call('articles.create', { headline: 'Before the backup' }));
    clock += 25 * 3_600_000;
    const backup = await core.backupIfDue();
    expect(backup).toBeDefined();
    value<ArticleSummary>(
      await core.call('articles.update', { id: kept.id, baseRevision: 1, patch: { headline: 'Edited later' } }),
    );
    value(await core.call('articles.create', { headline: 'Written after the backup' }));

    clock += 60_000;
    const result = value<RestoreResult>(await core.call('backups.restore', { name: backup!.name }));
    expect(result.status).toMatchObject({ state: 'ready', dataDir: temp.dir });
    expect(result.replacedDir.startsWith(join(temp.dir, 'replaced'))).toBe(true);

    const listed = value<ArticleSummary[]>(await core.call('articles.list', {}));
    expect(listed.map((a) => [a.headline, a.revision])).toEqual([['Before the backup', 1]]);
    // The backup file itself is still there to restore again.
    expect(existsSync(join(temp.dir, 'backups', backup!.name))).toBe(true);

    // The replaced store is whole: the file moved with its WAL, so nothing written is lost.
    const moved = readdirSync(result.replacedDir);
    expect(moved).toContain(storeFileName);
    const copy = join(temp.dir, 'inspect');
    mkdirSync(copy);
    for (const name of moved) copyFileSync(join(result.replacedDir, name), join(copy, name));
    expect(headlines(join(copy, storeFileName))).toEqual(['Edited later', 'Written after the backup']);
  });

  it('works on a store that did not open: lists its backups and replaces the damaged file', async () => {
    // A good store with a daily backup, then the file is overwritten with garbage.
    const good = await startAt(temp.dir);
    value(await good.call('articles.create', { headline: 'Rescued' }));
    const backup = (await good.backupIfDue())!;
    good.close();
    cores.pop();
    const file = join(temp.dir, storeFileName);
    writeFileSync(file, Buffer.alloc(8192, 0x42));
    const garbage = fileHash(file);

    const core = await startAt(temp.dir);
    expect(core.status).toMatchObject({ state: 'problem', problem: 'not_a_database' });
    expect(failure(await core.call('articles.list', {})).code).toBe('store_unavailable');
    expect(value<BackupInfo[]>(await core.call('backups.list', {})).map((b) => b.name)).toEqual([backup.name]);

    const result = value<RestoreResult>(await core.call('backups.restore', { name: backup.name }));
    expect(result.status.state).toBe('ready');
    expect(core.status.state).toBe('ready');
    expect(value<ArticleSummary[]>(await core.call('articles.list', {})).map((a) => a.headline)).toEqual(['Rescued']);
    expect(fileHash(join(result.replacedDir, storeFileName))).toBe(garbage);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const core = await startAt(temp.dir);
    value(await core.call('articles.create', { headline: 'Current' }));
    const backup = (await core.backupIfDue())!;
    const backupFile = join(temp.dir, 'backups', backup.name);
    const bytes = readFileSync(backupFile);
    bytes.fill(0x42, 100); // keep the header, ruin everything after it
    writeFileSync(backupFile, bytes);

    const error = failure(await core.call('backups.restore', { name: backup.name }));
    expect(error.code).toBe('store_unavailable');
    expect(error.message).toMatch(new RegExp(`^The backup ${backup.name} is damaged \\(.+\\), so nothing changed\\.$`));
    expect(core.status.state).toBe('ready');
    expect(value<ArticleSummary[]>(await core.call('articles.list', {})).map((a) => a.headline)).toEqual(['Current']);
    const replaced = join(temp.dir, 'replaced');
    if (existsSync(replaced)) expect(readdirSync(replaced)).toEqual([]);
    expect(readdirSync(temp.dir).filter((name) => name.includes('.restoring'))).toEqual([]);
  });

  it('puts the current store back when the backup opens but cannot be used (made by a newer Lede)', async () => {
    const newer = join(temp.dir, 'newer');
    const future = openCore({ dataDir: newer, migrations: nextVersion });
    value(future.dispatch('articles.create', { headline: 'From a newer Lede' }));
    future.close();
    const core = await startAt(join(temp.dir, 'current'));
    value(await core.call('articles.create', { headline: 'Current' }));
    await core.backupIfDue();
    const name = backupName('daily', start + 60_000);
    copyFileSync(join(newer, storeFileName), join(temp.dir, 'current', 'backups', name));

    const error = failure(await core.call('backups.restore', { name }));
    expect(error.code).toBe('store_unavailable');
    expect(error.message).toMatch(/could not be opened, so nothing changed\. .*newer Lede/);
    expect(core.status.state).toBe('ready');
    expect(value<ArticleSummary[]>(await core.call('articles.list', {})).map((a) => a.headline)).toEqual(['Current']);
    expect(readdirSync(join(temp.dir, 'current', 'replaced'))).toEqual([]);
  });

  it('answers not_found for a backup that is not there, and invalid_input for a name that is not a backup', async () => {
    const core = await startAt(temp.dir);
    expect(
      failure(await core.call('backups.restore', { name: 'lede-2020-01-01T00-00-00-000Z-daily.sqlite' })).code,
    ).toBe('not_found');
    expect(failure(await core.call('backups.restore', { name: '../lede.sqlite' })).code).toBe('invalid_input');
  });
});

describe('opening another store', () => {
  it('switches to the other folder, creating a store there, and the first is closed', async () => {
    const core = await startAt(join(temp.dir, 'first'));
    value(await core.call('articles.create', { headline: 'In the first store' }));
    const second = join(temp.dir, 'second');
    const result = value<{ cancelled: boolean; status: StoreStatus }>(
      await core.call('app.openStore', { dataDir: second }),
    );
    expect(result).toEqual({
      cancelled: false,
      status: {
        state: 'ready',
        dataDir: second,
        storePath: join(second, storeFileName),
        schemaVersion: bundledMigrations.length,
      },
    });
    expect(value(await core.call('app.status', {}))).toEqual(result.status);
    expect(value<ArticleSummary[]>(await core.call('articles.list', {}))).toEqual([]);
    value(await core.call('articles.create', { headline: 'In the second store' }));
    // Closed cleanly: its WAL was checkpointed away.
    expect(existsSync(join(temp.dir, 'first', `${storeFileName}-wal`))).toBe(false);
    expect(headlines(join(temp.dir, 'first', storeFileName))).toEqual(['In the first store']);
  });

  it('without a folder (the dialog was cancelled) changes nothing', async () => {
    const core = await startAt(temp.dir);
    const before = core.status;
    expect(value(await core.call('app.openStore', {}))).toEqual({ cancelled: true, status: before });
  });

  it('keeps the current store open when the other folder holds something it cannot open', async () => {
    const core = await startAt(join(temp.dir, 'good'));
    value(await core.call('articles.create', { headline: 'Still here' }));
    const bad = join(temp.dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, storeFileName), 'not a database at all'.repeat(20));
    const error = failure(await core.call('app.openStore', { dataDir: bad }));
    expect(error.code).toBe('store_unavailable');
    expect(error.message).toContain(join(bad, storeFileName));
    expect(core.status).toMatchObject({ state: 'ready', dataDir: join(temp.dir, 'good') });
    expect(value<ArticleSummary[]>(await core.call('articles.list', {})).map((a) => a.headline)).toEqual([
      'Still here',
    ]);
  });

  it('moves a core off a broken store onto a good one', async () => {
    const broken = join(temp.dir, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, storeFileName), Buffer.alloc(4096, 0x5a));
    const core = await startAt(broken);
    expect(core.status.state).toBe('problem');
    const good = join(temp.dir, 'good');
    const result = value<{ status: StoreStatus }>(await core.call('app.openStore', { dataDir: good }));
    expect(result.status).toMatchObject({ state: 'ready', dataDir: good });
    expect(value<Article>(await core.call('articles.create', { headline: 'Fresh' })).headline).toBe('Fresh');
  });
});

describe('the synchronous dispatch', () => {
  it('refuses the asynchronous lifecycle channels without running them', async () => {
    const core = openCore({ dataDir: temp.dir });
    cores.push(core);
    const error = failure(core.dispatch('app.openStore', { dataDir: join(temp.dir, 'elsewhere') }));
    expect(error.code).toBe('internal');
    expect(existsSync(join(temp.dir, 'elsewhere'))).toBe(false);
    expect(core.dispatch('backups.list', {})).toEqual({ ok: true, value: [] });
  });
});

describe('makeDurable', () => {
  it('leaves the main file holding every commit, without its WAL', () => {
    const file = join(temp.dir, storeFileName);
    const { db } = openStore({ file });
    try {
      db.prepare(
        "INSERT INTO articles (id, body, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', '{}', 1, 1)",
      ).run();
      expect(existsSync(`${file}-wal`)).toBe(true);
      expect(makeDurable(db)).toEqual({ complete: true });
      // Only the main file, as a power cut would leave it if the WAL were lost.
      const alone = join(temp.dir, 'alone.sqlite');
      copyFileSync(file, alone);
      const check = new Database(alone, { readonly: true });
      expect(check.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
      check.close();
    } finally {
      db.close();
    }
  });
});
