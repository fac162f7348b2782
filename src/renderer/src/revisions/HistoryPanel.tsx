import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article';
import { asLedeError } from '../../../shared/errors';
import type { RevisionSummary } from '../../../shared/revision';
import { describeVersion, formatVersionTime } from './format-version';
import { RevisionCompare } from './RevisionCompare';
import './history.css';

interface HistoryPanelProps {
  articleId: string;
  /** Changes whenever a version may have been added, so the list reloads. */
  refreshKey: number;
  visible: boolean;
  loadCurrent: () => Promise<Article>;
  onRestore: (id: number) => Promise<void>;
}

/** The article's versions, newest first, with time and author; choosing one compares it with now. */
export function HistoryPanel({ articleId, refreshKey, visible, loadCurrent, onRestore }: HistoryPanelProps) {
  const [versions, setVersions] = useState<RevisionSummary[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [selected, setSelected] = useState<number | undefined>();

  useEffect(() => {
    if (!visible) return;
    let live = true;
    window.lede.revisions
      .list({ articleId })
      .then((list) => live && setVersions(list))
      .catch((caught: unknown) => live && setError(asLedeError(caught).message));
    return () => {
      live = false;
    };
  }, [articleId, refreshKey, visible]);

  if (error) return <p role="alert">{error}</p>;
  if (!versions) return <p className="history__note">Loading versions…</p>;
  return (
    <section className="panel-section history" aria-labelledby="history-heading">
      <h2 id="history-heading">Versions</h2>
      {versions.length === 0 ? (
        <p className="history__note">
          No versions yet. Lede keeps one when you pause after typing, when the status changes, and when you press Save
          version.
        </p>
      ) : (
        <ol className="history__list" aria-label="Saved versions">
          {versions.map((version) => (
            <li key={version.id}>
              <button
                type="button"
                className="history__item"
                aria-current={version.id === selected ? 'true' : undefined}
                onClick={() => setSelected(version.id)}
              >
                <time dateTime={new Date(version.createdAt).toISOString()}>{formatVersionTime(version.createdAt)}</time>
                <span className="history__reason">{describeVersion(version)}</span>
                <span className="history__author">{version.author || 'Author not set'}</span>
                <span className="history__headline" dir="auto">
                  {version.headline.trim() || 'Untitled'} · {version.wordCount.toLocaleString('en')} words
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {selected !== undefined && (
        <RevisionCompare
          key={`${selected}:${refreshKey}`}
          id={selected}
          loadCurrent={loadCurrent}
          onRestore={onRestore}
        />
      )}
    </section>
  );
}
