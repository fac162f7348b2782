import { useRef } from 'react';
import { describeTag, tagKindLabels, tagLimits, type Tag } from '../../../shared/tag';
import { TagCombobox } from './TagCombobox';

interface TagInputProps {
  tags: Tag[];
  onChange: (tags: Tag[]) => void;
}

/**
 * The article's tags: each shown with its kind and a way to remove it, then a box that
 * finds or creates the next one. Backspace in the empty box removes the last tag.
 */
export function TagInput({ tags, onChange }: TagInputProps) {
  const box = useRef<HTMLDivElement>(null);
  const focusBox = (): void => box.current?.querySelector<HTMLInputElement>('#field-tags')?.focus();
  const full = tags.length >= tagLimits.perArticle;
  return (
    <section className="panel-section tag-input" aria-labelledby="tags-heading" ref={box}>
      <h2 id="tags-heading">Tags</h2>
      {tags.length > 0 ? (
        <ul className="tag-chips" aria-label="Tags on this article">
          {tags.map((tag) => (
            <li key={tag.id} className="tag-chip">
              <span dir="auto">{tag.name}</span> <span className="tag-kind">{tagKindLabels[tag.kind]}</span>
              <button
                type="button"
                className="tag-chip__remove"
                aria-label={`Remove tag ${describeTag(tag)}`}
                onClick={() => {
                  onChange(tags.filter((other) => other.id !== tag.id));
                  focusBox();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="history__note">No tags yet.</p>
      )}
      {full ? (
        <p className="history__note">This article has the most tags it can hold ({tagLimits.perArticle}).</p>
      ) : (
        <TagCombobox
          id="field-tags"
          label="Add a tag"
          placeholder="Topic, person, organisation, place or event"
          exclude={tags}
          allowCreate
          onPick={(tag) => onChange([...tags, tag])}
          onBackspaceEmpty={() => tags.length > 0 && onChange(tags.slice(0, -1))}
        />
      )}
    </section>
  );
}
