import Database from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { backupNamePattern, type BackupInfo, type BackupKind } from '../../../shared/backup';
import { LedeError } from '../../../shared/errors';

export const backupsFolderName = 'backups';
export const keptDailyBackups = 7;
const day = 24 * 60 * 60 * 1000;
const partialSuffix = '.partial';

export interface BackupServiceOptions {
  /** The data folder; backups live in `<dataDir>/backups/`. */
  dataDir: string;
  now?: () => number;
  /** better-sqlite3 binary for this runtime when it is not Node's (Electron). */
  nativeBinding?: string;
  /** How many daily backups to keep; seven unless a test says otherwise. */
  keepDaily?: number;
}

export interface BackupService {
  /** `<dataDir>/backups`. */
  readonly dir: string;
  /** Every backup in the folder, newest first; works without an open store. */
  list(): BackupInfo[];
  /** The full path of a backup; `not_found` when the folder has no backup of that name. */
  pathOf(name: string): string;
  /**
   * Copies the open store with SQLite's online backup API (writes may go on meanwhile) and
   * only then gives the copy its final name; a daily backup then prunes the daily ones
   * beyond the newest seven. A failed or interrupted backup leaves no file.
   */
  create(db: Database.Database, kind: BackupKind): Promise<BackupInfo>;
  /** True when there is no daily backup yet, or the newest is 24 hours old or more. */
  dailyDue(): boolean;
  /** Removes daily backups beyond the newest `keepDaily`, never `keep`; returns the names removed. */
  pruneDaily(keep?: string): string[];
}

/** The backups of one data folder. Needs no open store except to make a backup. */
export function createBackupService(options: BackupServiceOptions): BackupService {
  const dir = join(options.dataDir, backupsFolderName);
  const now = options.now ?? Date.now;
  const keepDaily = options.keepDaily ?? keptDailyBackups;

  const list = (): BackupInfo[] => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return []; // no backups folder yet
    }
    const backups: BackupInfo[] = [];
    for (const name of names) {
      const parsed = parseBackupName(name);
      if (!parsed) continue; // .partial leftovers and anything a user put there
      let bytes: number;
      try {
        bytes = statSync(join(dir, name)).size;
      } catch {
        continue;
      }
      backups.push({ name, ...parsed, bytes, schemaVersion: readUserVersion(join(dir, name)) });
    }
    return backups.sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
  };

  const pruneDaily = (keep?: string): string[] => {
    const daily = list().filter((backup) => backup.kind === 'daily' && backup.name !== keep);
    // The kept backup counts towards the seven.
    const room = keep === undefined ? keepDaily : keepDaily - 1;
    const removed: string[] = [];
    for (const backup of daily.slice(Math.max(0, room))) {
      rmSync(join(dir, backup.name), { force: true });
      removed.push(backup.name);
    }
    return removed;
  };

  return {
    dir,
    list,

    pathOf(name) {
      const path = join(dir, name);
      if (!parseBackupName(name) || !existsSync(path)) {
        throw new LedeError('not_found', `There is no backup named ${name} in ${dir}; it may have been removed.`);
      }
      return path;
    },

    async create(db, kind) {
      mkdirSync(dir, { recursive: true });
      removeLeftovers(dir);
      const name = freeName(dir, kind, now());
      const partial = join(dir, name + partialSuffix);
      try {
        await db.backup(partial);
        finishBackupFile(partial, options.nativeBinding);
        renameSync(partial, join(dir, name));
      } catch (error) {
        removeWithSidecars(partial);
        throw error;
      }
      if (kind === 'daily') pruneDaily(name);
      const created = list().find((backup) => backup.name === name);
      if (!created) throw new Error(`The backup ${name} vanished as soon as it was made`);
      return created;
    },

    dailyDue() {
      const newest = list().find((backup) => backup.kind === 'daily');
      if (!newest) return true;
      const age = now() - newest.createdAt;
      // A newest backup dated more than a day ahead means the clock went back: back up anyway.
      return age >= day || age < -day;
    },

    pruneDaily,
  };
}

/** The time and kind a backup name records, or undefined if it is not a backup's name. */
export function parseBackupName(name: string): { kind: BackupKind; createdAt: number } | undefined {
  const match = backupNamePattern.exec(name);
  if (!match) return undefined;
  const [, year, month, dayOfMonth, hour, minute, second, ms, kind] = match;
  const createdAt = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(dayOfMonth),
    Number(hour),
    Number(minute),
    Number(second),
    Number(ms),
  );
  return Number.isFinite(createdAt) ? { kind: kind as BackupKind, createdAt } : undefined;
}

/** `lede-2026-01-05T09-30-00-123Z-daily.sqlite`, with `-2`, `-3`… if that name is taken. */
export function backupName(kind: BackupKind, time: number, counter = 0): string {
  const stamp = new Date(time).toISOString().replace(/:/g, '-').replace('.', '-');
  return `lede-${stamp}-${kind}${counter > 0 ? `-${counter + 1}` : ''}.sqlite`;
}

function freeName(dir: string, kind: BackupKind, time: number): string {
  for (let counter = 0; ; counter++) {
    const name = backupName(kind, time, counter);
    if (!existsSync(join(dir, name)) && !existsSync(join(dir, name + partialSuffix))) return name;
  }
}

/**
 * The backup API copies the source's pages, header included, so the copy says "WAL". It is
 * turned into a plain single file (journal_mode DELETE) so it can be copied, mailed or opened
 * read-only without -wal/-shm companions. It is not checked page by page here: on a big store
 * that would stall the worker (and every save) for seconds once a day; a restore checks it.
 */
function finishBackupFile(file: string, nativeBinding: string | undefined): void {
  const copy = new Database(file, { nativeBinding, fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Runs SQLite's quick_check on a backup or a copy of one; returns the problem, or undefined when sound. */
export function backupProblem(file: string, nativeBinding?: string): string | undefined {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { nativeBinding, readonly: true, fileMustExist: true });
    const result = db.pragma('quick_check', { simple: true });
    return result === 'ok' ? undefined : String(result);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

/** A backup that was interrupted (the app was killed mid-copy) leaves a .partial file; it is worthless. */
function removeLeftovers(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (name.includes(partialSuffix)) rmSync(join(dir, name), { force: true });
  }
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/** The schema version in a SQLite header (bytes 60-63, big-endian), or null if it cannot be read. */
function readUserVersion(file: string): number | null {
  const header = Buffer.alloc(100);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    if (readSync(fd, header, 0, 100, 0) < 100) return null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return null;
  return header.readUInt32BE(60);
}
