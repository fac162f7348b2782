import { useEffect, useId, useRef, useState } from 'react';
import type { Article } from '../../../shared/article';
import type { RecoveryEntry } from '../../../shared/recovery';
import { CompareVersions } from '../compare/CompareVersions';
import { describeFields, fieldsVersion, storedVersion } from '../compare/versions';
import { recoveryTime } from './recovery-time';
import './recovery.css';

interface RecoveryOfferProps {
  entry: RecoveryEntry;
  /** The article as the store has it. */
  article: Article;
  onRecover: () => void;
  onDiscard: () => void;
}

/**
 * Shown before the editor when the journal holds text the store never received (the
 * window or the app stopped before the save). The user decides first, so typing can never
 * bury the text it would replace.
 */
export function RecoveryOffer({ entry, article, onRecover, onDiscard }: RecoveryOfferProps) {
  const ids = useId();
  const [comparing, setComparing] = useState(false);
  const recoverRef = useRef<HTMLButtonElement>(null);
  useEffect(() => recoverRef.current?.focus(), []);

  const savedSince = entry.storedRevision !== entry.baseRevision;
  const when = recoveryTime(entry.savedAt);
  return (
    <section className="recovery-offer" aria-labelledby={`${ids}-title`}>
      <div role="alert">
        <h2 id={`${ids}-title`} className="recovery-offer__title">
          Recover unsaved text from {when}
        </h2>
        <p>
          Lede kept your changes to {describeFields(entry.changed)} in “{entry.headline.trim() || 'Untitled'}”, which
          were not saved before Lede or its window closed.
          {savedSince &&
            ' The article has been saved elsewhere since; if you recover, Lede will ask what to do about the newer version before saving anything over it.'}
        </p>
      </div>
      <div className="recovery-offer__actions">
        <button ref={recoverRef} type="button" className="primary" onClick={onRecover}>
          Recover
        </button>
        <button
          type="button"
          onClick={() => setComparing((open) => !open)}
          aria-expanded={comparing}
          aria-controls={`${ids}-compare`}
        >
          {comparing ? 'Hide comparison' : 'Compare'}
        </button>
        <button type="button" onClick={onDiscard}>
          Discard
        </button>
      </div>
      <div id={`${ids}-compare`}>
        {comparing && (
          <CompareVersions
            older={storedVersion(article, `Saved (revision ${article.revision})`)}
            newer={fieldsVersion(entry.fields, article, `Unsaved, from ${when}`)}
          />
        )}
      </div>
    </section>
  );
}
