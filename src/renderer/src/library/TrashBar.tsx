import { useState } from 'react';
import { statusLabels } from '../../../shared/article';
import { asLedeError } from '../../../shared/errors';
import type { LibraryRow } from '../../../shared/library';
import { ConfirmDialog } from './ConfirmDialog';

interface TrashBarProps {
  /** The story the list's active row shows, if any. */
  active: LibraryRow | undefined;
  /** How many stories are in the trash (unfiltered). */
  spiked: number;
  onChanged: () => void;
  onError: (message: string) => void;
}

const stories = (n: number): string => `${n.toLocaleString()} ${n === 1 ? 'story' : 'stories'}`;

/** The trash's actions: take the active story out, or empty the trash after saying how many go. */
export function TrashBar({ active, spiked, onChanged, onError }: TrashBarProps) {
  const [confirming, setConfirming] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);

  const restore = async (row: LibraryRow): Promise<void> => {
    setBusy(true);
    try {
      await window.lede.articles.setStatus({
        id: row.id,
        baseRevision: row.revision,
        status: row.statusBeforeSpike ?? 'draft',
      });
      onChanged();
    } catch (caught) {
      onError(asLedeError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  const empty = async (count: number): Promise<void> => {
    setBusy(true);
    try {
      await window.lede.library.emptyTrash({ count });
      setConfirming(undefined);
      onChanged();
    } catch (caught) {
      setConfirming(undefined);
      onError(asLedeError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  const back = active?.statusBeforeSpike ?? 'draft';
  return (
    <div className="trash-bar" role="group" aria-label="Trash">
      <button type="button" disabled={!active || busy} onClick={() => active && void restore(active)}>
        {active ? `Restore to ${statusLabels[back].toLowerCase()}` : 'Restore'}
      </button>
      <button type="button" className="quiet" disabled={spiked === 0 || busy} onClick={() => setConfirming(spiked)}>
        Empty trash…
      </button>
      {confirming !== undefined && (
        <ConfirmDialog
          title="Empty the trash?"
          message={`${stories(confirming)} and all ${confirming === 1 ? 'its' : 'their'} versions will be deleted for good. This cannot be undone.`}
          confirmLabel={`Delete ${stories(confirming)}`}
          busy={busy}
          onConfirm={() => void empty(confirming)}
          onCancel={() => setConfirming(undefined)}
        />
      )}
    </div>
  );
}
