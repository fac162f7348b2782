import { useEffect, useState } from 'react';
import { asLedeError } from '../../../shared/errors';

/** Quiet time after a keystroke before asking the store; short, so results keep up with typing. */
const searchDelayMs = 120;

export interface SearchState<T> {
  results: T[];
  error: string | undefined;
  /** The query these results answer; differs from the one typed while an answer is on its way. */
  answered: string | null;
}

/**
 * Runs `search(query)` as the user types, after a short pause, and keeps only the answer
 * to the latest query: a slow answer to an older one never replaces a newer one.
 * `refresh` re-runs the same query (after the data changed).
 */
export function useSearch<T>(
  query: string | null,
  search: (query: string) => Promise<T[]>,
  refresh = 0,
): SearchState<T> {
  const [state, setState] = useState<SearchState<T>>({ results: [], error: undefined, answered: null });
  useEffect(() => {
    // Nothing to ask; callers show results only when `answered` is what is typed now.
    if (query === null) return;
    let live = true;
    const timer = setTimeout(() => {
      search(query).then(
        (results) => live && setState({ results, error: undefined, answered: query }),
        (caught: unknown) => live && setState({ results: [], error: asLedeError(caught).message, answered: query }),
      );
    }, searchDelayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, search, refresh]);
  return state;
}
