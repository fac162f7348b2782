import { useEffect, useRef } from 'react';
import type { BackupInfo } from '../../../shared/backup';
import { formatTime, joinPath } from './format';

interface RestoreDialogProps {
  backup: BackupInfo;
  /** The data folder: the current store and its moved copy live there. */
  dataDir: string;
  storePath: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a restore and says exactly what will happen: where the current store goes
 * (moved, never deleted) and what the restored store will lack. A native modal <dialog>:
 * focus stays inside, Escape cancels.
 */
export function RestoreDialog({ backup, dataDir, storePath, busy, onConfirm, onCancel }: RestoreDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const when = formatTime(backup.createdAt);
  return (
    <dialog
      ref={ref}
      className="restore-dialog"
      aria-labelledby="restore-dialog-title"
      aria-describedby="restore-dialog-what"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id="restore-dialog-title">Restore the backup from {when}?</h2>
      <div id="restore-dialog-what">
        <p>
          Lede will move the current store, <code>{storePath}</code>, with its <code>-wal</code> and <code>-shm</code>{' '}
          files, into <code>{joinPath(dataDir, 'replaced')}</code>. Nothing is deleted.
        </p>
        <p>
          Then it puts a copy of this backup in its place and opens it. Anything written after {when} stays only in the
          moved file.
        </p>
      </div>
      <div className="restore-dialog__actions">
        <button type="button" autoFocus onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={onConfirm} disabled={busy}>
          {busy ? 'Restoring…' : 'Restore this backup'}
        </button>
      </div>
    </dialog>
  );
}
