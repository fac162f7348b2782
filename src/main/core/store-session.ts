import type Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BackupInfo, RestoreResult } from '../../shared/backup';
import { LedeError } from '../../shared/errors';
import type { StoreProblem, StoreStatus } from '../../shared/store-status';
import type { Services } from './handlers';
import { backupProblem, createBackupService, type BackupService } from './services/backups';
import type { Migration } from './store/migrations';
import { openStore, openStoreWithBackup, type OpenedStore } from './store/open-store';
import { moveStoreAside, placeStaged, putStoreBack, stageCopy } from './store/replace-store';
import { classifyOpenError } from './store/store-open-error';
import { copyStoreVerified, prepareMoveTarget } from './store/copy-store';

export const storeFileName = 'lede.sqlite';

export interface StoreSessionOptions {
  dataDir: string;
  nativeBinding?: string;
  now: () => number;
  log: (error: unknown) => void;
  migrations?: Migration[];
  /** Builds the services over an open store. */
  buildServices: (db: Database.Database, now: () => number) => Services;
}

/** What the lifecycle channels (app.openStore, backups.*) reach; none needs an open store. */
export interface StoreLifecycle {
  readonly status: StoreStatus;
  /** The backups of the current data folder, whether or not its store opened. */
  backups(): BackupService;
  /** Opens the store in `dataDir`; the current one closes only once the new one is open. */
  openStore(dataDir: string | undefined): Promise<{ cancelled: boolean; status: StoreStatus }>;
  /** Copies the store to `dataDir`, verifies the copy, then works there; see `app.moveStore`. */
  moveStore(dataDir: string | undefined): Promise<{ cancelled: boolean; status: StoreStatus; previousDir: string }>;
  /** Puts a backup in place of the current store; see the `backups.restore` contract row. */
  restore(name: string): Promise<RestoreResult>;
}

export interface StoreSession extends StoreLifecycle {
  /** The services, or `store_unavailable` when the store is not open. */
  services(): Services;
  /** Opens the configured folder synchronously, without backups (tests and tools). */
  openNow(): void;
  /** Opens the configured folder as the app does: a pre-migration backup when needed. */
  openWithBackups(): Promise<void>;
  /** Makes the daily backup if one is due; resolves undefined when none was needed or possible. */
  backupIfDue(): Promise<BackupInfo | undefined>;
  close(): void;
}

interface Open {
  db: Database.Database;
  services: Services;
}

/**
 * The store the core is working on, and the ways to change it while the app runs: another
 * folder, a restored backup. Async operations run one at a time, and a failed one leaves
 * the previous store open (or the previous problem shown): nothing is half switched.
 */
export function createStoreSession(options: StoreSessionOptions): StoreSession {
  const { now, log } = options;
  let dataDir = resolve(options.dataDir);
  let status: StoreStatus = problemStatus(dataDir, 'unreadable', 'The store has not been opened yet.');
  let open: Open | undefined;
  let closed = false;
  let daily: Promise<BackupInfo | undefined> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const backupsOf = (dir: string): BackupService =>
    createBackupService({ dataDir: dir, now, nativeBinding: options.nativeBinding });

  const storeOptions = (dir: string) => ({
    file: join(dir, storeFileName),
    nativeBinding: options.nativeBinding,
    migrations: options.migrations,
    now,
  });

  const openAsync = (dir: string): Promise<OpenedStore> =>
    openStoreWithBackup(storeOptions(dir), (db) => backupsOf(dir).create(db, 'pre-migration'));

  /** Takes over an opened store (closing the previous one) and sets the status. */
  const adopt = (dir: string, opened: OpenedStore): void => {
    closeOpen();
    dataDir = dir;
    open = { db: opened.db, services: options.buildServices(opened.db, now) };
    status = { state: 'ready', storePath: join(dir, storeFileName), dataDir: dir, schemaVersion: opened.schemaVersion };
  };

  const fail = (dir: string, error: unknown): void => {
    closeOpen();
    dataDir = dir;
    const problem = classifyOpenError(error, join(dir, storeFileName));
    status = problemStatus(dir, problem.problem, problem.message);
  };

  const closeOpen = (): void => {
    const current = open;
    open = undefined; // later calls get store_unavailable, not a closed-database error
    // Closing aborts a daily backup in progress; it removes its partial file itself.
    if (current?.db.open) current.db.close();
  };

  /** One lifecycle change at a time, in the order asked. */
  const exclusive = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  const backupIfDue = (): Promise<BackupInfo | undefined> => {
    if (daily) return daily;
    const current = open;
    if (!current || closed) return Promise.resolve(undefined);
    const backups = backupsOf(dataDir);
    let due: boolean;
    try {
      due = backups.dailyDue();
    } catch (error) {
      log(error);
      return Promise.resolve(undefined);
    }
    if (!due) return Promise.resolve(undefined);
    daily = backups
      .create(current.db, 'daily')
      .catch((error: unknown) => {
        // A backup cut short by a closing store is expected; anything else is worth a log line.
        if (current.db.open) log(error);
        return undefined;
      })
      .finally(() => {
        daily = undefined;
      });
    return daily;
  };

  /** Lets a running daily backup finish before the store it copies is closed or replaced. */
  const settleDaily = async (): Promise<void> => {
    await daily;
  };

  return {
    get status() {
      return status;
    },

    services() {
      if (!open) {
        throw new LedeError(
          'store_unavailable',
          status.state === 'problem' && !closed ? status.message : 'The store is closed.',
        );
      }
      return open.services;
    },

    backups: () => backupsOf(dataDir),

    openNow() {
      try {
        adopt(dataDir, openStore(storeOptions(dataDir)));
      } catch (error) {
        fail(dataDir, error);
      }
    },

    openWithBackups: () =>
      exclusive(async () => {
        try {
          adopt(dataDir, await openAsync(dataDir));
        } catch (error) {
          fail(dataDir, error);
        }
      }),

    openStore: (requested) =>
      exclusive(async () => {
        if (requested === undefined) return { cancelled: true, status };
        const dir = resolve(requested);
        if (dir === dataDir && status.state === 'ready') return { cancelled: false, status };
        if (closed) throw new LedeError('store_unavailable', 'Lede is closing the store.');
        await settleDaily();
        let opened: OpenedStore;
        try {
          opened = await openAsync(dir);
        } catch (error) {
          // The store that was open stays open: the user can pick another folder.
          throw new LedeError('store_unavailable', classifyOpenError(error, join(dir, storeFileName)).message);
        }
        adopt(dir, opened);
        void backupIfDue();
        return { cancelled: false, status };
      }),

    moveStore: (requested) =>
      exclusive(async () => {
        const previousDir = dataDir;
        if (requested === undefined) return { cancelled: true, status, previousDir };
        const dir = resolve(requested);
        if (closed) throw new LedeError('store_unavailable', 'Lede is closing the store.');
        if (!open) throw new LedeError('store_unavailable', 'Only a store that opened can be moved.');
        if (dir === dataDir) throw new LedeError('store_unavailable', 'The store is already in that folder.');
        const target = prepareMoveTarget(dir, storeFileName);
        await settleDaily();
        await copyStoreVerified(open.db, target, options.nativeBinding);
        let opened: OpenedStore;
        try {
          opened = await openAsync(dir);
        } catch (error) {
          throw new LedeError('store_unavailable', classifyOpenError(error, target).message);
        }
        adopt(dir, opened);
        return { cancelled: false, status, previousDir };
      }),

    restore: (name) =>
      exclusive(async () => {
        if (closed) throw new LedeError('store_unavailable', 'Lede is closing the store.');
        if (status.state === 'problem' && status.problem === 'locked') {
          throw new LedeError(
            'store_unavailable',
            `${status.storePath} is in use by another program; close it there before restoring a backup over it.`,
          );
        }
        const dir = dataDir;
        const storeFile = join(dir, storeFileName);
        const source = backupsOf(dir).pathOf(name);
        const staged = withFileWords(() => stageCopy(source, storeFile), dir);
        const damage = backupProblem(staged, options.nativeBinding);
        if (damage !== undefined) {
          removeQuietly(staged);
          throw new LedeError('store_unavailable', `The backup ${name} is damaged (${damage}), so nothing changed.`);
        }
        await settleDaily();
        closeOpen();
        let replacedDir: string;
        try {
          replacedDir = moveStoreAside(storeFile, dir, now());
        } catch (error) {
          await reopenAfterFailedRestore(dir, staged);
          throw fileError(error, dir);
        }
        try {
          placeStaged(staged, storeFile);
        } catch (error) {
          putBackQuietly(replacedDir, storeFile);
          await reopenAfterFailedRestore(dir, staged);
          throw fileError(error, dir);
        }
        try {
          adopt(dir, await openAsync(dir));
        } catch (error) {
          // The backup would not open: put the previous store back, as it was.
          const reason = classifyOpenError(error, storeFile).message;
          putBackQuietly(replacedDir, storeFile);
          await reopenAfterFailedRestore(dir);
          throw new LedeError(
            'store_unavailable',
            `The backup ${name} could not be opened, so nothing changed. ${reason}`,
          );
        }
        void backupIfDue();
        return { status, replacedDir };
      }),

    backupIfDue,

    close() {
      closed = true;
      closeOpen();
    },
  };

  /** If even this fails the previous store stays safe in `replacedDir`; the reopen then shows the problem. */
  function putBackQuietly(replacedDir: string, storeFile: string): void {
    try {
      putStoreBack(replacedDir, storeFile);
    } catch (error) {
      log(error);
    }
  }

  async function reopenAfterFailedRestore(dir: string, staged?: string): Promise<void> {
    if (staged) removeQuietly(staged);
    try {
      adopt(dir, await openAsync(dir));
    } catch (error) {
      fail(dir, error);
    }
  }
}

function problemStatus(dataDir: string, problem: StoreProblem, message: string): StoreStatus {
  return { state: 'problem', storePath: join(dataDir, storeFileName), dataDir, problem, message };
}

/** File-system failures of a restore, in words a user can act on. */
function fileError(error: unknown, dir: string): LedeError {
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ENOSPC')
    return new LedeError(
      'store_unavailable',
      `There is not enough space in ${dir} to restore a backup; nothing changed. Free some space and try again.`,
    );
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new LedeError(
      'store_unavailable',
      `Lede cannot write to ${dir} (${detail}), so it cannot restore a backup there; nothing changed.`,
    );
  }
  return new LedeError('store_unavailable', `The backup could not be restored (${detail}); nothing changed.`);
}

function withFileWords<T>(run: () => T, dir: string): T {
  try {
    return run();
  } catch (error) {
    throw fileError(error, dir);
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // a leftover .restoring file is harmless: the next restore replaces it
  }
}
