import { useCallback, useState, type KeyboardEvent } from 'react';
import { asLedeError } from '../../../shared/errors';
import {
  cleanTagName,
  tagKindLabels,
  tagKinds,
  tagNameKey,
  tagMatchCountCap,
  tagNameProblem,
  type Tag,
  type TagKind,
  type TagMatch,
} from '../../../shared/tag';
import { useCombobox } from '../app/use-combobox';
import { useSearch } from '../app/use-search';
import './tags.css';

interface TagComboboxProps {
  id: string;
  label: string;
  /** Tags not to offer, nor to create again (already chosen, or the tag being merged). */
  exclude: readonly Tag[];
  /** Offer "Create “…” as …" for each kind that has no tag of that name yet. */
  allowCreate: boolean;
  onPick: (tag: Tag) => void;
  /** Backspace in the empty box (the tag input removes the last tag). */
  onBackspaceEmpty?: () => void;
  placeholder?: string;
  describedBy?: string;
}

type Option = { kind: 'tag'; tag: TagMatch } | { kind: 'create'; tagKind: TagKind; name: string };

const resultLimit = 8;

/**
 * A text box that finds tags as you type (prefix and fuzzy, see tags.search) and, if
 * allowed, creates one of any kind inline. Usable with the keyboard alone: arrows, Enter,
 * Escape. Each option shows the tag's kind in words.
 */
export function TagCombobox(props: TagComboboxProps) {
  const { id, label, exclude, allowCreate, onPick } = props;
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const excludeKey = exclude.map((tag) => tag.id).join(',');
  const search = useCallback(
    (typed: string) =>
      window.lede.tags.search({
        query: typed,
        exclude: excludeKey === '' ? [] : excludeKey.split(',').map(Number),
        limit: resultLimit,
      }),
    [excludeKey],
  );
  const typed = query.trim() === '' ? null : query;
  const answer = useSearch(typed, search);
  const { error, answered } = answer;
  // Only an answer to what is typed now is offered, so Enter never picks a stale match.
  const fresh = typed !== null && answered === typed;
  const results = fresh ? answer.results : [];

  const name = cleanTagName(query);
  const key = tagNameKey(name);
  const options: Option[] = results.map((tag) => ({ kind: 'tag', tag }));
  if (allowCreate && fresh && tagNameProblem(name) === null) {
    for (const tagKind of tagKinds) {
      const taken = [...results, ...exclude].some((tag) => tag.kind === tagKind && tagNameKey(tag.name) === key);
      if (!taken) options.push({ kind: 'create', tagKind, name });
    }
  }

  const listId = `${id}-options`;
  const combobox = useCombobox(listId, options.length);
  async function pick(index: number): Promise<void> {
    const option = options[index];
    if (!option || busy) return;
    setProblem(undefined);
    if (option.kind === 'tag') {
      onPick(option.tag);
    } else {
      setBusy(true);
      try {
        onPick(await window.lede.tags.create({ kind: option.tagKind, name: option.name }));
      } catch (caught) {
        setProblem(asLedeError(caught).message);
        setBusy(false);
        return;
      }
      setBusy(false);
    }
    setQuery('');
    combobox.setActive(-1);
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Backspace' && query === '' && props.onBackspaceEmpty) {
      props.onBackspaceEmpty();
      return;
    }
    combobox.onKeyDown(event, (index) => void pick(index));
  };
  const message = problem ?? error;
  const statusId = `${id}-status`;

  return (
    <div className="tag-combobox">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        value={query}
        autoComplete="off"
        spellCheck={false}
        placeholder={props.placeholder}
        aria-describedby={[statusId, props.describedBy].filter(Boolean).join(' ')}
        aria-invalid={problem ? true : undefined}
        aria-busy={busy || undefined}
        {...combobox.inputProps}
        onChange={(event) => {
          setQuery(event.target.value);
          setProblem(undefined);
          combobox.setOpen(true);
          combobox.setActive(-1);
        }}
        onFocus={() => combobox.setOpen(true)}
        onBlur={() => combobox.setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label}: suggestions`}
        className="tag-options"
        hidden={!combobox.open}
      >
        {options.map((option, index) => (
          <li
            key={option.kind === 'tag' ? `tag-${option.tag.id}` : `create-${option.tagKind}`}
            id={combobox.optionId(index)}
            role="option"
            aria-selected={index === combobox.active}
            className={`tag-option${option.kind === 'create' ? ' tag-option--create' : ''}`}
            // Keeps focus in the box, so picking with the mouse does not close the list first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void pick(index)}
            onMouseMove={() => combobox.setActive(index)}
          >
            {option.kind === 'tag' ? (
              <>
                <span className="tag-option__name" dir="auto">
                  {option.tag.name}
                </span>
                <span className="tag-kind">{tagKindLabels[option.tag.kind]}</span>
                <span className="tag-option__count">
                  {option.tag.articleCount === 1
                    ? '1 article'
                    : `${option.tag.articleCount.toLocaleString('en')}${option.tag.articleCount >= tagMatchCountCap ? '+' : ''} articles`}
                </span>
              </>
            ) : (
              <>
                <span className="tag-option__name">
                  Create “<span dir="auto">{option.name}</span>”
                </span>
                <span className="tag-kind">as {tagKindLabels[option.tagKind].toLowerCase()}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      <p id={statusId} className={`field__hint${message ? ' field__hint--problem' : ''}`} role="status">
        {message ??
          (combobox.open && fresh
            ? `${results.length === 0 ? 'No tags match' : `${results.length} matching tag${results.length === 1 ? '' : 's'}`}${allowCreate && options.length > results.length ? '; or create one' : ''}. Arrow keys choose, Enter picks.`
            : '')}
      </p>
    </div>
  );
}
