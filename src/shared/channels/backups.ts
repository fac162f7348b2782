import { z } from 'zod';
import { BackupName, type BackupInfo, type RestoreResult } from '../backup';
import { channel, NoInput } from '../channel';

export const backupChannels = {
  /**
   * The backups of the current data folder, newest first. Works when the store did not
   * open, so the recovery screen can offer them.
   */
  'backups.list': channel<BackupInfo[]>()(NoInput),

  /**
   * Puts a backup in place of the store: the current file (with its -wal and -shm) is moved
   * to `<dataDir>/replaced/<time>/`, never deleted; the backup is copied in and opened.
   * If the copy cannot be opened, the previous file is put back and nothing changes.
   */
  'backups.restore': channel<RestoreResult>()(z.object({ name: BackupName }).strict()),
};
