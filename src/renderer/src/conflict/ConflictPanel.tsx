import { useEffect, useId, useRef, useState } from 'react';
import type { Article } from '../../../shared/article';
import { asLedeError } from '../../../shared/errors';
import { CompareVersions } from '../compare/CompareVersions';
import { describeFields, fieldsVersion, storedVersion, type Version } from '../compare/versions';
import type { UnsavedWork } from '../recovery/use-unsaved-work';
import './conflict.css';

interface ConflictPanelProps {
  articleId: string;
  /** The store's words for the conflict. */
  message: string;
  unsaved: UnsavedWork;
  /** Loads the newer version into the editor. */
  onReload: () => void;
  /** Opens an article just created (the copy). */
  onOpenCopy: (article: Article) => void;
}

/**
 * Shown when a save was refused because the article changed elsewhere. Nothing has been
 * overwritten and the user's text is still on screen; three ways out: compare the two,
 * keep the user's text as a new article, or reload the newer version (after saying what
 * that discards, and offering the copy first).
 */
export function ConflictPanel({ articleId, message, unsaved, onReload, onOpenCopy }: ConflictPanelProps) {
  const ids = useId();
  const [comparison, setComparison] = useState<{ older: Version; newer: Version } | undefined>();
  const [confirmingReload, setConfirmingReload] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const compareRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (comparison) compareRef.current?.querySelector<HTMLElement>('.compare')?.focus();
  }, [comparison]);
  useEffect(() => {
    if (confirmingReload) confirmRef.current?.focus();
  }, [confirmingReload]);

  const toggleCompare = async (): Promise<void> => {
    if (comparison) return setComparison(undefined);
    setError(undefined);
    try {
      const stored = await window.lede.articles.get({ id: articleId });
      const when = new Date(stored.updatedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
      setComparison({
        older: storedVersion(stored, `Saved elsewhere (revision ${stored.revision}, ${when})`),
        newer: fieldsVersion(unsaved.readFields(), stored, 'Yours, not saved'),
      });
    } catch (caught) {
      setError(asLedeError(caught).message);
    }
  };

  const keepAsCopy = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const copy = await window.lede.articles.create(unsaved.readFields());
      await unsaved.discard();
      onOpenCopy(copy);
    } catch (caught) {
      setError(`${asLedeError(caught).message} Your text is still here.`);
      setBusy(false);
    }
  };

  const discardAndReload = async (): Promise<void> => {
    setBusy(true);
    await unsaved.discard();
    onReload();
  };

  const changes = describeFields(unsaved.fieldNames());
  return (
    <section className="conflict-panel" aria-labelledby={`${ids}-title`}>
      <div role="alert">
        <h2 id={`${ids}-title`} className="conflict-panel__title">
          A newer version was saved elsewhere
        </h2>
        <p>
          {message} Your changes to {changes} are still here, not saved. Compare the two, keep yours as a new article,
          or reload the newer version.
        </p>
      </div>
      <div className="conflict-panel__actions">
        <button
          type="button"
          onClick={() => void toggleCompare()}
          aria-expanded={comparison !== undefined}
          aria-controls={`${ids}-compare`}
          disabled={busy}
        >
          {comparison ? 'Hide comparison' : 'Compare'}
        </button>
        <button type="button" className="primary" onClick={() => void keepAsCopy()} disabled={busy}>
          Keep mine as a copy
        </button>
        <button type="button" onClick={() => setConfirmingReload(true)} disabled={busy || confirmingReload}>
          Reload the newer version…
        </button>
      </div>
      {confirmingReload && (
        <div className="conflict-panel__confirm" role="group" aria-labelledby={`${ids}-confirm`}>
          <p id={`${ids}-confirm`}>
            Reloading discards your unsaved changes to {changes}; they cannot be brought back. Keep them as a copy
            first?
          </p>
          <button ref={confirmRef} type="button" className="primary" onClick={() => void keepAsCopy()} disabled={busy}>
            Keep mine as a copy
          </button>
          <button type="button" onClick={() => void discardAndReload()} disabled={busy}>
            Discard my changes and reload
          </button>
          <button type="button" className="quiet" onClick={() => setConfirmingReload(false)} disabled={busy}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p className="conflict-panel__error" role="alert">
          {error}
        </p>
      )}
      <div ref={compareRef} id={`${ids}-compare`}>
        {comparison && <CompareVersions older={comparison.older} newer={comparison.newer} />}
      </div>
    </section>
  );
}
