import type Database from 'better-sqlite3';

export interface Durability {
  /** False when another connection kept the checkpoint from finishing (it waited up to the busy timeout). */
  complete: boolean;
}

/**
 * Makes every commit so far survive a power cut, not only a crash. The store runs WAL with
 * `synchronous = NORMAL` (see open-store.ts): commits reach the WAL file but are not
 * fsynced one by one. A FULL checkpoint fsyncs the WAL, copies it into the database file
 * and fsyncs that too, so afterwards the main file alone holds everything. It costs a few
 * milliseconds plus the copy, so it belongs on explicit actions (save, publish, export),
 * not on every autosave. Callers: a handler, through `services().durability`.
 */
export function makeDurable(db: Database.Database): Durability {
  const rows = db.pragma('wal_checkpoint(FULL)') as { busy: number; log: number; checkpointed: number }[];
  const row = rows[0];
  return { complete: row !== undefined && row.busy === 0 };
}
