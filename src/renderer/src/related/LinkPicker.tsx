import { useCallback, useState } from 'react';
import { linkRelations, relationLabels, type LinkCandidate, type LinkRelation } from '../../../shared/related';
import { useCombobox } from '../app/use-combobox';
import { useSearch } from '../app/use-search';
import { StoryLine } from './StoryLine';

interface LinkPickerProps {
  articleId: string;
  /** Changes after every link change, so "Linked" marks stay true. */
  version: number;
  onLink: (targetId: string, relation: LinkRelation) => Promise<boolean>;
}

/**
 * Finds stories to link as you type: headlines and standfirsts, or a pasted article id.
 * Stories linked already or spiked are shown but cannot be picked. Keyboard: arrows and Enter.
 */
export function LinkPicker({ articleId, version, onLink }: LinkPickerProps) {
  const [query, setQuery] = useState('');
  const [relation, setRelation] = useState<LinkRelation>('related');
  const search = useCallback(
    (typed: string) => window.lede.related.search({ articleId, query: typed, limit: 8 }),
    [articleId],
  );
  const typed = query.trim() === '' ? null : query;
  const answer = useSearch<LinkCandidate>(typed, search, version);
  const { error, answered } = answer;
  // Only an answer to what is typed now is offered, so Enter never links a stale match.
  const results = typed !== null && answered === typed ? answer.results : [];
  const unavailable = (index: number): boolean => {
    const candidate = results[index];
    return !candidate || candidate.linked || candidate.story.status === 'spiked';
  };

  const combobox = useCombobox('link-picker-options', results.length, unavailable);
  async function pick(index: number): Promise<void> {
    if (unavailable(index)) return;
    if (await onLink(results[index]!.story.id, relation)) {
      setQuery('');
      combobox.setActive(-1);
    }
  }

  return (
    <div className="link-picker">
      <label className="field__label" htmlFor="link-picker">
        Link a story
      </label>
      <div className="link-picker__row">
        <input
          id="link-picker"
          value={query}
          autoComplete="off"
          placeholder="Search headlines and standfirsts, or paste an article id"
          aria-describedby="link-picker-status"
          {...combobox.inputProps}
          onChange={(event) => {
            setQuery(event.target.value);
            combobox.setOpen(true);
            combobox.setActive(-1);
          }}
          onFocus={() => combobox.setOpen(true)}
          onBlur={() => combobox.setOpen(false)}
          onKeyDown={(event) => combobox.onKeyDown(event, (index) => void pick(index))}
        />
        <label>
          <span className="visually-hidden">Relation for the new link</span>
          <select value={relation} onChange={(event) => setRelation(event.target.value as LinkRelation)}>
            {linkRelations.map((option) => (
              <option key={option} value={option}>
                {relationLabels[option]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul
        id="link-picker-options"
        role="listbox"
        aria-label="Stories found"
        className="tag-options"
        hidden={!combobox.open}
      >
        {results.map((candidate, index) => (
          <li
            key={candidate.story.id}
            id={combobox.optionId(index)}
            role="option"
            aria-selected={index === combobox.active}
            aria-disabled={unavailable(index) || undefined}
            className="tag-option link-option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void pick(index)}
            onMouseMove={() => !unavailable(index) && combobox.setActive(index)}
          >
            <StoryLine story={candidate.story} />
            {candidate.linked && <span className="tag-kind">Linked</span>}
          </li>
        ))}
      </ul>
      <p id="link-picker-status" className={`field__hint${error ? ' field__hint--problem' : ''}`} role="status">
        {error ??
          (typed === null || answered !== typed
            ? ''
            : results.length === 0
              ? 'No story matches.'
              : `${results.length} stor${results.length === 1 ? 'y' : 'ies'} found. Arrow keys choose, Enter links.`)}
      </p>
    </div>
  );
}
