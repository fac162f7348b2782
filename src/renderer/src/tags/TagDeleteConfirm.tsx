import { useEffect, useState } from 'react';
import type { TagChange } from '../../../shared/channels/tags';
import { asLedeError } from '../../../shared/errors';
import { describeTag, type TagWithCount } from '../../../shared/tag';

interface TagDeleteConfirmProps {
  tag: TagWithCount;
  onDone: (result: { message: string; change?: TagChange } | undefined) => void;
}

const articles = (n: number): string => `${n.toLocaleString('en')} article${n === 1 ? '' : 's'}`;

/** Asks before deleting a tag, naming how many articles it is on (counted again now). */
export function TagDeleteConfirm({ tag, onDone }: TagDeleteConfirmProps) {
  const [count, setCount] = useState<number | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    window.lede.tags
      .get({ id: tag.id })
      .then((fresh) => live && setCount(fresh.articleCount))
      .catch((caught: unknown) => live && setProblem(asLedeError(caught).message));
    return () => {
      live = false;
    };
  }, [tag.id]);

  const remove = async (): Promise<void> => {
    setBusy(true);
    try {
      const result = await window.lede.tags.delete({ id: tag.id });
      onDone({ message: `Deleted “${tag.name}” from ${articles(result.articles)}.`, change: result });
    } catch (caught) {
      setProblem(asLedeError(caught).message);
      setBusy(false);
    }
  };

  return (
    <div
      className="tag-edit tag-edit--danger"
      role="alertdialog"
      aria-label={`Delete tag ${tag.name}`}
      aria-describedby={`tag-delete-${tag.id}`}
    >
      <p id={`tag-delete-${tag.id}`}>
        {count === undefined
          ? 'Counting the articles with this tag…'
          : count === 0
            ? `Delete ${describeTag(tag)}? No article has it.`
            : `Delete ${describeTag(tag)}? It is on ${articles(count)}; it will be removed from ${count === 1 ? 'it' : 'all of them'}. Each keeps a version from before, so this can be undone.`}
      </p>
      {problem && (
        <p className="field__hint field__hint--problem" role="alert">
          {problem}
        </p>
      )}
      <div className="tag-edit__actions">
        <button type="button" className="primary" disabled={busy || count === undefined} onClick={() => void remove()}>
          {count ? `Delete from ${articles(count)}` : 'Delete tag'}
        </button>
        <button type="button" onClick={() => onDone(undefined)} autoFocus>
          Cancel
        </button>
      </div>
    </div>
  );
}
