import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, RestoreResult } from '../../../shared/backup';
import { asLedeError } from '../../../shared/errors';
import { formatBytes, formatTime, kindLabels } from './format';
import { RestoreDialog } from './RestoreDialog';

interface BackupListProps {
  dataDir: string;
  storePath: string;
  onRestored: (result: RestoreResult, backup: BackupInfo) => void;
}

/** The backups of the data folder as a table, each with a Restore button behind a confirmation. */
export function BackupList({ dataDir, storePath, onRestored }: BackupListProps) {
  const [backups, setBackups] = useState<BackupInfo[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [chosen, setChosen] = useState<BackupInfo | undefined>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    window.lede.backups
      .list()
      .then(setBackups)
      .catch((caught: unknown) => setError(asLedeError(caught).message));
  }, []);
  useEffect(load, [load, dataDir]);

  const restore = async (backup: BackupInfo): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await window.lede.backups.restore({ name: backup.name });
      setChosen(undefined);
      onRestored(result, backup);
      load();
    } catch (caught) {
      setChosen(undefined);
      setError(asLedeError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="backup-list">
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      {backups === undefined ? (
        <p className="backup-list__empty">Looking for backups…</p>
      ) : backups.length === 0 ? (
        <p className="backup-list__empty">
          There are no backups in <code>{dataDir}</code> yet. Lede makes one a day and one before every upgrade.
        </p>
      ) : (
        <table className="backup-table">
          <caption className="visually-hidden">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Kind</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.name}>
                <td>
                  <time dateTime={new Date(backup.createdAt).toISOString()}>{formatTime(backup.createdAt)}</time>
                </td>
                <td>{kindLabels[backup.kind]}</td>
                <td>{formatBytes(backup.bytes)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => setChosen(backup)}
                    aria-label={`Restore the backup from ${formatTime(backup.createdAt)}`}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen && (
        <RestoreDialog
          backup={chosen}
          dataDir={dataDir}
          storePath={storePath}
          busy={busy}
          onConfirm={() => void restore(chosen)}
          onCancel={() => setChosen(undefined)}
        />
      )}
    </div>
  );
}
