import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { asLedeError } from '../../../shared/errors';
import type { TagOption } from '../../../shared/library';

interface TagPickerProps {
  /** The tags chosen, with their names. */
  chosen: TagOption[];
  onChange: (tags: TagOption[]) => void;
}

/** Filter by tags: type to find one, Enter or click to add it; a story must carry every tag chosen. */
export function TagPicker({ chosen, onChange }: TagPickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<TagOption[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    const timer = setTimeout(() => {
      window.lede.library
        .tagOptions({ text, limit: 12 })
        .then((found) => {
          if (!live) return;
          setOptions(found.filter((tag) => !chosen.some((c) => c.id === tag.id)));
          setActive(0);
          setError(undefined);
        })
        .catch((caught: unknown) => live && setError(asLedeError(caught).message));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, open, chosen]);

  const add = (tag: TagOption): void => {
    onChange([...chosen, tag]);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      setActive((at) => Math.max(0, Math.min(options.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1))));
      event.preventDefault();
    } else if (event.key === 'Enter' && options[active]) {
      add(options[active]);
      event.preventDefault();
    } else if (event.key === 'Escape' && open) {
      setOpen(false);
      event.stopPropagation();
    }
  };

  return (
    <div className="tag-picker">
      <label htmlFor={`${id}-input`}>Tags</label>
      {chosen.length > 0 && (
        <ul className="tag-picker__chosen" aria-label="Chosen tags">
          {chosen.map((tag) => (
            <li key={tag.id}>
              <span>{tag.name}</span>
              <button
                type="button"
                className="quiet"
                aria-label={`Remove the tag ${tag.name}`}
                onClick={() => onChange(chosen.filter((c) => c.id !== tag.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={`${id}-options`}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${id}-tag-${options[active].id}` : undefined}
        value={text}
        placeholder="Find a tag"
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && options.length > 0 && (
        <ul className="tag-picker__options" role="listbox" id={`${id}-options`} aria-label="Tags">
          {options.map((tag, index) => (
            <li
              key={tag.id}
              id={`${id}-tag-${tag.id}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault(); // keep focus in the input
                add(tag);
              }}
            >
              {tag.name}{' '}
              <span className="tag-picker__meta">
                {tag.kind}, {tag.count.toLocaleString()}
              </span>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
