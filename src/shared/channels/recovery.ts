import { channel, NoInput } from '../channel';
import { RecoveryPut, RecoveryTarget, type RecoveryEntry } from '../recovery';

export const recoveryChannels = {
  /**
   * Records the editor's unsaved fields for one article, replacing what was there. Cheap
   * and called often while edits are unsaved; committed before it returns, so it survives
   * a crash of the window or the app.
   */
  'recovery.put': channel<{ savedAt: number }>()(RecoveryPut),

  /** The unsaved text of one article, or null when there is none or it matches the store. */
  'recovery.get': channel<RecoveryEntry | null>()(RecoveryTarget),

  /** Every article with unsaved text that differs from the store, most recent first. */
  'recovery.list': channel<RecoveryEntry[]>()(NoInput),

  /** Forgets an article's unsaved text: after a save, a discard, or a copy. */
  'recovery.clear': channel<{ cleared: boolean }>()(RecoveryTarget),
};
