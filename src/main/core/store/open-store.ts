import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { applyMigrations, checkHistory } from './migrate';
import { bundledMigrations, type Migration } from './migrations';
import { classifyOpenError, notADatabase, StoreOpenError } from './store-open-error';

export interface OpenStoreOptions {
  /** Path of the SQLite file; its folder is created when missing. */
  file: string;
  /** Path of a better-sqlite3 binary built for this runtime (Electron); Node's own otherwise. */
  nativeBinding?: string;
  migrations?: Migration[];
  now?: () => number;
}

export interface OpenedStore {
  db: Database.Database;
  schemaVersion: number;
}

/** A store whose history checked out, before any migration ran: nothing has been written yet. */
export interface PreparedStore {
  db: Database.Database;
  file: string;
  /** Migrations already recorded in the file. */
  applied: number;
  migrations: Migration[];
}

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens (or creates) a store and brings its schema up to date. Nothing is written to a
 * file that is not a Lede store, is damaged, or came from a newer Lede: those throw a
 * StoreOpenError naming the file and the problem. Makes no backup; the app opens through
 * `openStoreWithBackup`, tests and tools through this.
 */
export function openStore(options: OpenStoreOptions): OpenedStore {
  return completeStore(prepareStore(options), options.now ?? Date.now);
}

/**
 * Like `openStore`, but when the store already holds data and this Lede is about to change
 * its schema, `backup` runs first (the app makes a `pre-migration` backup with SQLite's
 * online backup API). If the backup fails, no migration runs and the store is refused.
 */
export async function openStoreWithBackup(
  options: OpenStoreOptions,
  backup: (db: Database.Database) => Promise<unknown>,
): Promise<OpenedStore> {
  const prepared = prepareStore(options);
  if (changesExistingStore(prepared)) {
    try {
      await backup(prepared.db);
    } catch (error) {
      prepared.db.close();
      const problem = classifyOpenError(error, prepared.file);
      const detail = error instanceof Error ? error.message : String(error);
      throw new StoreOpenError(
        problem.problem,
        prepared.file,
        `This Lede needs to upgrade ${prepared.file} but could not back it up first (${detail}), so it left the store untouched. Free some space or check the folder's permissions, then start Lede again.`,
      );
    }
  }
  return completeStore(prepared, options.now ?? Date.now);
}

/** True when opening will run migrations on a store that already had some: worth a backup. */
export function changesExistingStore(prepared: PreparedStore): boolean {
  return prepared.applied > 0 && prepared.applied < prepared.migrations.length;
}

/** Opens the file and checks its history, reading only. Throws a classified StoreOpenError. */
export function prepareStore(options: OpenStoreOptions): PreparedStore {
  const { file } = options;
  const migrations = options.migrations ?? bundledMigrations;
  let db: Database.Database | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true });
    assertSqliteHeader(file);
    // SQLite quietly opens a read-only file read-only; every save would then fail. Refuse
    // it here so the user sees the problem screen, not endless retries.
    if (existsSync(file)) accessSync(file, constants.R_OK | constants.W_OK);
    db = new Database(file, { nativeBinding: options.nativeBinding, timeout: 5_000 });
    // Reads only: a foreign or newer file is refused before anything is written to it.
    const applied = checkHistory(db, migrations, file);
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a commit is in the WAL file before the call returns, so it survives
    // the app or the renderer crashing, or being killed (tests/crash proves it with SIGKILL);
    // only a power cut or an OS crash can lose the last commits, which the OS had not yet
    // flushed. FULL would fsync on every autosave, roughly doubling its cost for that one
    // case; `makeDurable` (durability.ts) covers it where it matters: on explicit save/publish.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    return { db, file, applied, migrations };
  } catch (error) {
    db?.close();
    throw classifyOpenError(error, file);
  }
}

/** Applies the pending migrations; on failure closes the store and throws a StoreOpenError. */
export function completeStore(prepared: PreparedStore, now: () => number): OpenedStore {
  const { db, migrations, applied, file } = prepared;
  try {
    const schemaVersion = applyMigrations(db, migrations, applied, now);
    return { db, schemaVersion };
  } catch (error) {
    db.close();
    throw classifyOpenError(error, file);
  }
}

/** A non-empty file must start with SQLite's magic header; checked by reading 16 bytes. */
function assertSqliteHeader(file: string): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return; // a new store
  }
  if (size === 0) return;
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (size < 100 || !head.equals(sqliteHeader)) {
    throw notADatabase(file);
  }
}
