import { useEffect, useState } from 'react';
import type { RecoveryEntry } from '../../../shared/recovery';
import { recoveryTime } from './recovery-time';
import './recovery.css';

interface RecoveryNoticeProps {
  /** The article open now: opening one takes it off the notice (its editor makes the offer). */
  selectedId: string | undefined;
  onOpen: (articleId: string) => void;
}

/**
 * On start, names the articles whose unsaved text the recovery journal kept, so nobody has
 * to remember which article they were in when Lede stopped.
 */
export function RecoveryNotice({ selectedId, onOpen }: RecoveryNoticeProps) {
  const [entries, setEntries] = useState<RecoveryEntry[]>([]);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const [dismissed, setDismissed] = useState(false);
  const [lastSelected, setLastSelected] = useState(selectedId);
  // An article opened from the list leaves the notice too; its editor makes the offer.
  if (selectedId !== lastSelected) {
    setLastSelected(selectedId);
    if (selectedId) setOpened((set) => new Set(set).add(selectedId));
  }

  useEffect(() => {
    window.lede.recovery
      .list()
      .then(setEntries)
      .catch(() => undefined); // a safety net that cannot be read is not worth an error
  }, []);

  const shown = entries.filter((entry) => !opened.has(entry.articleId) && entry.articleId !== selectedId);
  if (dismissed || shown.length === 0) return null;
  const open = (articleId: string): void => {
    setOpened((set) => new Set(set).add(articleId));
    onOpen(articleId);
  };
  return (
    <section className="banner banner--recovery" aria-labelledby="recovery-notice-title">
      <h2 id="recovery-notice-title" className="banner__title" role="status">
        Unsaved text can be recovered in {shown.length === 1 ? 'one article' : `${shown.length} articles`}
      </h2>
      <ul className="banner__list">
        {shown.map((entry) => (
          <li key={entry.articleId}>
            <button type="button" onClick={() => open(entry.articleId)}>
              Open “{entry.headline.trim() || 'Untitled'}”
            </button>{' '}
            <span className="banner__meta">unsaved since {recoveryTime(entry.savedAt)}</span>
          </li>
        ))}
      </ul>
      <button type="button" className="quiet" onClick={() => setDismissed(true)}>
        Not now
      </button>
    </section>
  );
}
