import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { applyMigrations, checkHistory } from './migrate';
import { bundledMigrations, type Migration } from './migrations';
import { classifyOpenError, notADatabase } from './store-open-error';

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

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens (or creates) a store and brings its schema up to date. Nothing is written to a
 * file that is not a Lede store, is damaged, or came from a newer Lede: those throw a
 * StoreOpenError naming the file and the problem.
 */
export function openStore(options: OpenStoreOptions): OpenedStore {
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
    // NORMAL in WAL mode: a commit survives the app crashing (the WAL is in the OS's
    // hands); only a power cut can lose the last moments. FULL doubles the autosave cost.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const schemaVersion = applyMigrations(db, migrations, applied, options.now ?? Date.now);
    return { db, schemaVersion };
  } catch (error) {
    db?.close();
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
