import { useState } from 'react';
import type { TagChange } from '../../../shared/channels/tags';
import { asLedeError } from '../../../shared/errors';
import { describeTag, type Tag, type TagWithCount } from '../../../shared/tag';
import { TagCombobox } from './TagCombobox';

interface TagMergeFormProps {
  tag: TagWithCount;
  onDone: (result: { message: string; change?: TagChange } | undefined) => void;
}

/** Merge a tag into another: choose the one to keep, read what will happen, confirm. */
export function TagMergeForm({ tag, onDone }: TagMergeFormProps) {
  const [target, setTarget] = useState<Tag | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const merge = async (): Promise<void> => {
    if (!target) return;
    setBusy(true);
    try {
      const result = await window.lede.tags.merge({ sourceId: tag.id, targetId: target.id });
      onDone({
        message: `Merged “${tag.name}” into “${target.name}”: ${result.articles.toLocaleString('en')} article${result.articles === 1 ? '' : 's'} changed.`,
        change: result,
      });
    } catch (caught) {
      setProblem(asLedeError(caught).message);
      setBusy(false);
    }
  };

  return (
    <div className="tag-edit" role="group" aria-label={`Merge tag ${tag.name}`}>
      {target ? (
        <p>
          Merge {describeTag(tag)} into <strong>{describeTag(target)}</strong>? Its{' '}
          {tag.articleCount.toLocaleString('en')} article{tag.articleCount === 1 ? '' : 's'} will carry “{target.name}”
          instead, and “{tag.name}” will be deleted. Each article keeps a version from before, so this can be undone.
        </p>
      ) : (
        <TagCombobox
          id={`tag-merge-${tag.id}`}
          label={`Merge “${tag.name}” into`}
          exclude={[tag]}
          allowCreate={false}
          onPick={setTarget}
          placeholder="The tag to keep"
        />
      )}
      {problem && (
        <p className="field__hint field__hint--problem" role="alert">
          {problem}
        </p>
      )}
      <div className="tag-edit__actions">
        {target && (
          <button type="button" className="primary" disabled={busy} onClick={() => void merge()} autoFocus>
            Merge into “{target.name}”
          </button>
        )}
        {target && (
          <button type="button" onClick={() => setTarget(undefined)}>
            Choose another
          </button>
        )}
        <button type="button" onClick={() => onDone(undefined)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
