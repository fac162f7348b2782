import { useState } from 'react';
import { asLedeError } from '../../../shared/errors';
import type { StoreStatus } from '../../../shared/store-status';
import { BackupList } from '../backups/BackupList';

type Problem = Extract<StoreStatus, { state: 'problem' }>;

const headings: Record<Problem['problem'], string> = {
  not_a_database: 'This file is not a Lede store',
  corrupt: 'The store is damaged',
  newer_version: 'A newer Lede made this store',
  history_mismatch: 'This store does not match this version of Lede',
  locked: 'The store is locked by another program',
  read_only: 'Lede cannot write to the store',
  disk_full: 'The disk is full',
  unreadable: 'Lede could not open the store',
};

interface StoreProblemScreenProps {
  status: Problem;
  /** Another store opened, or a backup was restored: the app carries on with it. */
  onOpened: (status: StoreStatus) => void;
}

/**
 * Shown instead of the editor when the store cannot be opened; the file is never touched.
 * Offers the ways out: another store, a backup of this one, or quitting.
 */
export function StoreProblemScreen({ status, onOpened }: StoreProblemScreenProps) {
  const [error, setError] = useState<string | undefined>();
  const [opening, setOpening] = useState(false);

  const openAnother = async (): Promise<void> => {
    setOpening(true);
    setError(undefined);
    try {
      const result = await window.lede.app.openStore({});
      if (!result.cancelled) onOpened(result.status);
    } catch (caught) {
      setError(asLedeError(caught).message);
    } finally {
      setOpening(false);
    }
  };

  return (
    <main className="store-problem" aria-labelledby="store-problem-heading">
      <h1 id="store-problem-heading">{headings[status.problem]}</h1>
      <p className="store-problem__file">
        <span>File:</span> <code>{status.storePath}</code>
      </p>
      <p role="alert" className="store-problem__message">
        {status.message}
      </p>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}

      <h2>Open another store</h2>
      <p>Choose a folder that holds a Lede store, or an empty folder to start a new one.</p>
      <button type="button" className="primary" onClick={() => void openAnother()} disabled={opening}>
        {opening ? 'Opening…' : 'Open another store…'}
      </button>

      <h2>Restore a backup</h2>
      <p>
        Puts a backup of this folder in place of the file above; the file is moved aside into <code>replaced</code>,
        never deleted.
      </p>
      <BackupList
        dataDir={status.dataDir}
        storePath={status.storePath}
        onRestored={(result) => onOpened(result.status)}
      />

      <h2>Quit</h2>
      <p>
        Lede can also start with another folder: <code>lede --data-dir /path/to/folder</code>, or set{' '}
        <code>LEDE_DATA_DIR</code>.
      </p>
      <button type="button" onClick={() => window.close()}>
        Quit Lede
      </button>
    </main>
  );
}
