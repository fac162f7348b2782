import { z } from 'zod';
import type { StoreStatus } from './store-status';

/**
 * Why a backup was made. `daily`: the first open or timer tick of a day (the last seven
 * are kept); `pre-migration`: just before this Lede changed the schema of an existing store
 * (all are kept: each is the only copy the previous version of Lede can still open).
 */
export const backupKinds = ['daily', 'pre-migration'] as const;
export type BackupKind = (typeof backupKinds)[number];

/** One backup file in `<dataDir>/backups/`. */
export interface BackupInfo {
  /** The file name; what `backups.restore` takes. */
  name: string;
  kind: BackupKind;
  /** When it was made, milliseconds since the epoch (read from the name, not the file's mtime). */
  createdAt: number;
  /** Size of the file in bytes. */
  bytes: number;
  /** The schema version recorded in the file's header (`user_version`); null if unreadable. */
  schemaVersion: number | null;
}

/**
 * `lede-2026-01-05T09-30-00-123Z-daily.sqlite`: a UTC timestamp without colons (Windows
 * refuses them), the kind, and a counter when two are made in the same millisecond.
 * The pattern also keeps a name from ever reaching outside the backups folder.
 */
export const backupNamePattern =
  /^lede-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|pre-migration)(?:-(\d{1,4}))?\.sqlite$/;

export const BackupName = z
  .string()
  .max(120, 'the backup name is too long')
  .regex(backupNamePattern, 'that is not the name of a Lede backup');

/** What a restore did: the store as it now is, and where the file it replaced went. */
export interface RestoreResult {
  status: StoreStatus;
  /** The folder under `<dataDir>/replaced/` holding the previous store file (and its -wal/-shm). */
  replacedDir: string;
}
