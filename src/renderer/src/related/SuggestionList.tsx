import { useEffect, useState } from 'react';
import { asLedeError } from '../../../shared/errors';
import type { Suggestion } from '../../../shared/related';
import { StoryLine } from './StoryLine';

interface SuggestionListProps {
  articleId: string;
  /** Changes after every link change: suggestions are worked out again. */
  version: number;
  /** Only asked for while the panel shows. */
  visible: boolean;
  onLink: (targetId: string) => Promise<boolean>;
}

/** Stories worth linking, best first, each saying why; one button links it. */
export function SuggestionList({ articleId, version, visible, onLink }: SuggestionListProps) {
  const [suggestions, setSuggestions] = useState<Suggestion[] | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (!visible) return;
    let live = true;
    window.lede.related
      .suggest({ articleId, limit: 5 })
      .then((found) => live && setSuggestions(found))
      .catch((caught: unknown) => live && setError(asLedeError(caught).message));
    return () => {
      live = false;
    };
  }, [articleId, version, visible]);

  if (error) return <p role="alert">{error}</p>;
  if (!suggestions) return <p className="history__note">Looking for related stories…</p>;
  if (suggestions.length === 0)
    return <p className="history__note">No suggestions yet: they come from shared tags, shared words and time.</p>;
  return (
    <ul className="suggestions" aria-label="Suggested stories">
      {suggestions.map((suggestion) => (
        <li key={suggestion.story.id} className="suggestion">
          <StoryLine story={suggestion.story} />
          <span className="suggestion__why">{suggestion.why}</span>
          <button
            type="button"
            aria-label={`Link “${suggestion.story.headline.trim() || 'Untitled'}”`}
            onClick={() => void onLink(suggestion.story.id)}
          >
            Link
          </button>
        </li>
      ))}
    </ul>
  );
}
