import { useId, useState } from 'react';
import { asLedeError } from '../../../shared/errors';
import type { StoreStatus } from '../../../shared/store-status';

/**
 * Where the store lives, and a move to another folder: the store is copied, the copy is
 * checked (`integrity_check` and counts), and only then does Lede work from it. The warning
 * says what happens to the old folder before anything is done.
 */
export function DataFolderSection({ dataDir, onMoved }: { dataDir: string; onMoved: (status: StoreStatus) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const id = useId();

  const move = async (): Promise<void> => {
    setBusy(true);
    setMessage(undefined);
    try {
      const result = await window.lede.app.moveStore({});
      if (result.cancelled) {
        setMessage({ text: 'No folder was chosen; the store stays where it is.', error: false });
      } else {
        setMessage({
          text: `Moved. Lede now works from ${result.status.dataDir}. The old copy is still in ${result.previousDir}; remove it yourself once you are sure.`,
          error: false,
        });
        onMoved(result.status);
      }
      setConfirming(false);
    } catch (caught) {
      setMessage({ text: asLedeError(caught).message, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="settings-dialog__folder" aria-describedby={`${id}-where`}>
      <legend>Data folder</legend>
      <p id={`${id}-where`}>
        Your articles are in <code data-testid="data-folder">{dataDir}</code>
      </p>
      {confirming ? (
        <div className="settings-dialog__warning" role="group" aria-labelledby={`${id}-warning`}>
          <p id={`${id}-warning`}>
            <strong>Moving the store</strong> copies every article, version and image to the folder you choose, checks
            the copy, and then works from there. Other windows of Lede switch with it. Backups stay in the old folder,
            and so does the old store: nothing is deleted.
          </p>
          <div className="settings-dialog__actions">
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
              Keep it here
            </button>
            <button type="button" className="primary" onClick={() => void move()} disabled={busy}>
              {busy ? 'Copying and checking…' : 'Choose folder and move'}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Move the store…
        </button>
      )}
      {message && (
        <p
          className={message.error ? 'settings-dialog__error' : 'settings-dialog__note'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </fieldset>
  );
}
