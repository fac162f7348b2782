import { z } from 'zod';
import { channel, NoInput } from '../channel';
import type { StoreStatus } from '../store-status';

/**
 * An absolute folder path: `/…`, `C:\…` or `\\server\…`, without NUL bytes. The page never
 * sends one in the app (main asks with a folder dialog); browser tests give one directly.
 */
export const DataDirPath = z
  .string()
  .min(1)
  .max(4_096, 'the folder path is too long')
  .regex(/^(?:\/|[A-Za-z]:[\\/]|\\\\)[^\0]*$/, 'the folder must be an absolute path');

export const appChannels = {
  /** Whether the store opened, and where it lives; the page shows the problem screen if not. */
  'app.status': channel<StoreStatus>()(NoInput),

  /**
   * Opens the store in another data folder (a new one if the folder has none), closing the
   * current one only once the new one has opened. In the app, main shows a folder dialog and
   * fills in `dataDir`; without it (the dialog was cancelled) nothing changes.
   * A folder whose store cannot be opened is refused with `store_unavailable` naming the problem.
   */
  'app.openStore': channel<{ cancelled: boolean; status: StoreStatus }>()(
    z.object({ dataDir: DataDirPath.optional() }).strict(),
  ),

  /**
   * Moves the store to another folder: copies it there with SQLite's backup, checks the copy
   * (`integrity_check`, the same counts), and only then works from the copy. The old folder
   * is left as it was. A folder that already holds a store is refused. In the app, main asks
   * for the folder with a dialog and, once moved, starts there next time.
   */
  'app.moveStore': channel<{ cancelled: boolean; status: StoreStatus; previousDir: string }>()(
    z.object({ dataDir: DataDirPath.optional() }).strict(),
  ),
};
