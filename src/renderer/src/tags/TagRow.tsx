import { useState } from 'react';
import type { TagChange } from '../../../shared/channels/tags';
import { tagKindLabels, type TagWithCount } from '../../../shared/tag';
import { TagDeleteConfirm } from './TagDeleteConfirm';
import { TagEditForm } from './TagEditForm';
import { TagMergeForm } from './TagMergeForm';

interface TagRowProps {
  tag: TagWithCount;
  /** A change was made (or cancelled, with no message); the list reloads. */
  onChanged: (result: { message: string; change?: TagChange } | undefined) => void;
  onShowArticles: (tag: TagWithCount) => void;
}

type Mode = 'view' | 'edit' | 'merge' | 'delete';

/** One tag in the manager: name, kind, count, external ids, and what can be done to it. */
export function TagRow({ tag, onChanged, onShowArticles }: TagRowProps) {
  const [mode, setMode] = useState<Mode>('view');
  const done = (result: { message: string; change?: TagChange } | undefined): void => {
    setMode('view');
    onChanged(result);
  };
  const count = `${tag.articleCount.toLocaleString('en')} article${tag.articleCount === 1 ? '' : 's'}`;
  return (
    <li className="tag-row" data-tag-id={tag.id}>
      <div className="tag-row__head">
        <span className="tag-row__name" dir="auto">
          {tag.name}
        </span>
        <span className="tag-kind">{tagKindLabels[tag.kind]}</span>
        <span className="tag-row__count">{count}</span>
        {tag.externalIds.length > 0 && <span className="tag-row__ids">{tag.externalIds.join(' · ')}</span>}
        <span className="tag-row__actions">
          <button
            type="button"
            className="quiet"
            aria-label={`Show articles: the ${count} tagged ${tag.name}`}
            disabled={tag.articleCount === 0}
            onClick={() => onShowArticles(tag)}
          >
            Show articles
          </button>
          <button
            type="button"
            className="quiet"
            aria-label={`Rename ${tag.name}`}
            aria-expanded={mode === 'edit'}
            onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}
          >
            Rename
          </button>
          <button
            type="button"
            className="quiet"
            aria-label={`Merge ${tag.name} into another tag`}
            aria-expanded={mode === 'merge'}
            onClick={() => setMode(mode === 'merge' ? 'view' : 'merge')}
          >
            Merge
          </button>
          <button
            type="button"
            className="quiet"
            aria-label={`Delete ${tag.name}`}
            aria-expanded={mode === 'delete'}
            onClick={() => setMode(mode === 'delete' ? 'view' : 'delete')}
          >
            Delete
          </button>
        </span>
      </div>
      {mode === 'edit' && <TagEditForm tag={tag} onDone={(message) => done(message ? { message } : undefined)} />}
      {mode === 'merge' && <TagMergeForm tag={tag} onDone={done} />}
      {mode === 'delete' && <TagDeleteConfirm tag={tag} onDone={done} />}
    </li>
  );
}
