import Database from 'better-sqlite3';
import { join } from 'node:path';
import { storeFileName } from '../../src/main/core/open-core';
import { createBackupService } from '../../src/main/core/services/backups';

/**
 * The core makes the day's backup in the background when it opens a store without one;
 * for a 100,000-story store that copy would run beside the timed calls. This makes it
 * first, untimed, keeping one daily backup, so the measurements see the app's steady state.
 */
export async function settleDailyBackup(dataDir: string, log: (message: string) => void): Promise<void> {
  const backups = createBackupService({ dataDir, keepDaily: 1 });
  if (!backups.dailyDue()) return;
  log(`making the day's backup of ${dataDir} first, so it does not run while timing`);
  const db = new Database(join(dataDir, storeFileName), { readonly: true });
  try {
    await backups.create(db, 'daily');
  } finally {
    db.close();
  }
  backups.pruneDaily();
}
