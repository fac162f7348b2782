import { useEffect, useMemo, useState } from 'react';
import type { Article } from '../../../shared/article';
import { compareVersions } from '../../../shared/compare-versions';
import { docText } from '../../../shared/doc';
import { asLedeError } from '../../../shared/errors';
import { snapshotOf, type Revision } from '../../../shared/revision';
import { textDirection } from '../../../shared/text-direction';
import { DiffText } from './DiffText';
import { formatVersionTime } from './format-version';

interface RevisionCompareProps {
  id: number;
  /** The article as stored now, after saving what is pending. */
  loadCurrent: () => Promise<Article>;
  onRestore: (id: number) => Promise<void>;
}

/** One version: what changed between it and the article now, field by field, and a way back to it. */
export function RevisionCompare({ id, loadCurrent, onRestore }: RevisionCompareProps) {
  const [loaded, setLoaded] = useState<{ revision: Revision; current: Article } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [full, setFull] = useState(false);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([window.lede.revisions.get({ id }), loadCurrent()])
      .then(([revision, current]) => live && setLoaded({ revision, current }))
      .catch((caught: unknown) => live && setError(asLedeError(caught).message));
    return () => {
      live = false;
    };
  }, [id, loadCurrent]);

  const rows = useMemo(() => loaded && compareVersions(loaded.revision.snapshot, snapshotOf(loaded.current)), [loaded]);

  if (error) return <p role="alert">{error}</p>;
  if (!loaded || !rows) return <p className="history__note">Comparing…</p>;
  const { revision } = loaded;
  const changed = rows.filter((row) => row.changed);
  const unchanged = rows.filter((row) => !row.changed);
  const dir = textDirection(revision.snapshot.language);
  const lang = revision.snapshot.language;

  const restore = async (): Promise<void> => {
    setRestoring(true);
    setError(undefined);
    try {
      await onRestore(id);
    } catch (caught) {
      setError(asLedeError(caught).message);
      setRestoring(false);
    }
  };

  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h3 id="compare-heading">Version of {formatVersionTime(revision.createdAt)}</h3>
      <div className="compare__actions">
        <button type="button" className="primary" disabled={restoring} onClick={() => void restore()}>
          Restore this version
        </button>
        <button type="button" aria-pressed={full} onClick={() => setFull((on) => !on)}>
          {full ? 'Show changes' : 'View this version'}
        </button>
      </div>
      {full ? (
        <dl className="compare__full">
          {rows.map((row) => (
            <div key={row.field}>
              <dt>{row.label}</dt>
              <dd dir={row.field === 'body' || row.field === 'headline' ? dir : undefined} lang={lang}>
                {row.field === 'body' ? docText(revision.snapshot.body) || '(empty)' : row.before || '(empty)'}
              </dd>
            </div>
          ))}
        </dl>
      ) : changed.length === 0 ? (
        <p className="history__note">This version is the same as the article now.</p>
      ) : (
        <>
          <p className="compare__legend">
            Compared with the article now: <del>struck-through text</del> is only in this version,{' '}
            <ins>underlined text</ins> was added since.
          </p>
          {changed.map((row) => (
            <div key={row.field} className="compare__row" data-field={row.field}>
              <h4>{row.label}</h4>
              {row.parts ? (
                <DiffText parts={row.parts} dir={dir} lang={lang} />
              ) : (
                <p className="diff">
                  <del className="diff__removed">{row.before || '(empty)'}</del> →{' '}
                  <ins className="diff__added">{row.after || '(empty)'}</ins>
                </p>
              )}
            </div>
          ))}
          {unchanged.length > 0 && (
            <p className="history__note">Unchanged: {unchanged.map((row) => row.label).join(', ')}.</p>
          )}
        </>
      )}
    </section>
  );
}
