import { useState } from 'react';
import type { BackupInfo, RestoreResult } from '../../../shared/backup';
import { BackupList } from './BackupList';
import { formatTime, joinPath } from './format';

interface BackupsScreenProps {
  dataDir: string;
  storePath: string;
  /** The store was replaced: the app reloads its articles. */
  onRestored: (result: RestoreResult) => void;
  onClose: () => void;
}

/** Lists the backups of the store and restores one. */
export function BackupsScreen({ dataDir, storePath, onRestored, onClose }: BackupsScreenProps) {
  const [done, setDone] = useState<string | undefined>();
  return (
    <section className="backups-screen" aria-labelledby="backups-heading">
      <div className="backups-screen__head">
        <h1 id="backups-heading">Backups</h1>
        <button type="button" className="quiet" onClick={onClose}>
          Back to articles
        </button>
      </div>
      <p>
        Lede copies the store once a day (keeping the last seven) and before every upgrade, into{' '}
        <code>{joinPath(dataDir, 'backups')}</code>.
      </p>
      {done && (
        <p className="banner banner--ok" role="status">
          {done}
        </p>
      )}
      <BackupList
        dataDir={dataDir}
        storePath={storePath}
        onRestored={(result: RestoreResult, backup: BackupInfo) => {
          setDone(
            `Restored the backup from ${formatTime(backup.createdAt)}. The previous store was moved to ${result.replacedDir}.`,
          );
          onRestored(result);
        }}
      />
    </section>
  );
}
