import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { asLedeError } from '../../../shared/errors';
import { LibraryQuery, type LibraryQueryInput } from '../../../shared/library';
import type { SavedSearch } from '../../../shared/saved-search';

interface SavedSearchesProps {
  /** What the list shows now: what "Save" keeps. */
  current: LibraryQueryInput;
  activeId: number | undefined;
  onRun: (search: SavedSearch) => void;
  onError: (message: string) => void;
}

const same = (a: LibraryQueryInput, b: LibraryQueryInput): boolean =>
  JSON.stringify(LibraryQuery.parse(a)) === JSON.stringify(LibraryQuery.parse(b));

/**
 * Named searches in the sidebar. Choosing one runs it on the stories as they are now; the
 * one in use can be saved again after changing it, and any can be removed.
 */
export function SavedSearches({ current, activeId, onRun, onError }: SavedSearchesProps) {
  const id = useId();
  const [searches, setSearches] = useState<SavedSearch[]>([]);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');

  const load = useCallback(() => {
    window.lede.searches
      .list()
      .then(setSearches)
      .catch((caught: unknown) => onError(asLedeError(caught).message));
  }, [onError]);
  useEffect(load, [load]);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    try {
      const saved = await window.lede.searches.create({ name, query: current });
      setNaming(false);
      setName('');
      load();
      onRun(saved);
    } catch (caught) {
      onError(asLedeError(caught).message);
    }
  };

  const run = async (work: () => Promise<unknown>): Promise<void> => {
    try {
      await work();
      load();
    } catch (caught) {
      onError(asLedeError(caught).message);
    }
  };

  const active = searches.find((search) => search.id === activeId);
  const changed = active !== undefined && !same(active.query, current);
  return (
    <section className="saved-searches" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Saved searches</h2>
      {searches.length > 0 && (
        <ul>
          {searches.map((search) => (
            <li key={search.id}>
              <button
                type="button"
                className="saved-searches__run"
                aria-current={search.id === activeId ? 'true' : undefined}
                onClick={() => onRun(search)}
              >
                {search.name}
              </button>
              <button
                type="button"
                className="quiet"
                aria-label={`Remove the saved search ${search.name}`}
                onClick={() => void run(() => window.lede.searches.delete({ id: search.id }))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {naming ? (
        <form className="saved-searches__form" onSubmit={(event) => void save(event)}>
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={100}
            autoFocus
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setNaming(false)}
          />
          <button type="submit" className="primary" disabled={name.trim() === ''}>
            Save
          </button>
          <button type="button" className="quiet" onClick={() => setNaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="saved-searches__actions">
          <button type="button" className="quiet" onClick={() => setNaming(true)}>
            Save this search…
          </button>
          {changed && (
            <button
              type="button"
              className="quiet"
              onClick={() => void run(() => window.lede.searches.update({ id: active.id, query: current }))}
            >
              Update “{active.name}”
            </button>
          )}
        </div>
      )}
    </section>
  );
}
