import type Database from 'better-sqlite3';
import type { Migration } from './migrations';
import { StoreOpenError } from './store-open-error';

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

/**
 * Checks that the migrations recorded in the file are a prefix of `migrations`, without
 * writing anything. A longer history means a newer Lede made the file; a different one
 * means the file and this build disagree. Either way the file is left as it is.
 * Returns the number of migrations already applied.
 */
export function checkHistory(db: Database.Database, migrations: Migration[], file: string): number {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'lede_migrations'").get();
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  if (!hasTable) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").get() as {
      n: number;
    };
    if (userVersion !== 0 || tables.n > 0) {
      throw new StoreOpenError(
        'history_mismatch',
        file,
        `${file} is a SQLite database but not a Lede store. It was left untouched.`,
      );
    }
    return 0;
  }
  const applied = db
    .prepare('SELECT version, name, checksum FROM lede_migrations ORDER BY version')
    .all() as AppliedRow[];
  if (applied.length > migrations.length || userVersion > migrations.length) {
    throw new StoreOpenError(
      'newer_version',
      file,
      `${file} was last opened by a newer Lede (schema ${Math.max(applied.length, userVersion)}; this Lede knows ${migrations.length}). Update Lede to open it. It was left untouched.`,
    );
  }
  applied.forEach((row, index) => {
    const expected = migrations[index]!;
    if (row.version !== expected.version || row.name !== expected.name || row.checksum !== expected.checksum) {
      throw new StoreOpenError(
        'history_mismatch',
        file,
        `${file} records migration ${row.name}, which differs from this Lede's ${expected.name}. It was left untouched.`,
      );
    }
  });
  if (userVersion !== applied.length) {
    throw new StoreOpenError(
      'history_mismatch',
      file,
      `${file} has schema version ${userVersion} but ${applied.length} recorded migrations. It was left untouched.`,
    );
  }
  return applied.length;
}

/**
 * Applies the migrations after `appliedCount`, each in its own transaction, recording each.
 * Foreign keys are off while they run, as SQLite's way of rebuilding a table requires (a
 * DROP TABLE would otherwise cascade into the tables that point at it); each migration
 * must leave every reference sound before it commits, and the setting is restored after.
 */
export function applyMigrations(
  db: Database.Database,
  migrations: Migration[],
  appliedCount: number,
  now: () => number,
): number {
  db.exec(`CREATE TABLE IF NOT EXISTS lede_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    checksum   TEXT    NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const record = db.prepare('INSERT INTO lede_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  const pending = migrations.slice(appliedCount);
  if (pending.length === 0) return migrations.length;
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    for (const migration of pending) {
      db.transaction(() => {
        db.exec(migration.sql);
        const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
        if (broken.length > 0) {
          const first = broken[0]!;
          throw new Error(
            `Migration ${migration.name} left ${broken.length} broken reference(s), the first from ${first.table} to ${first.parent}`,
          );
        }
        record.run(migration.version, migration.name, migration.checksum, now());
        db.pragma(`user_version = ${migration.version}`);
      })();
    }
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return migrations.length;
}
