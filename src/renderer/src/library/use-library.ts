import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ArticleSummary } from '../../../shared/article';
import type { LibraryQueryInput, LibraryView } from '../../../shared/library';
import type { SavedSearch } from '../../../shared/saved-search';
import { isPlain, LibraryRows } from './library-rows';
import type { LibraryPanelProps } from './LibraryPanel';

/** Quiet time after a save before the library asks the store again (it shows the save at once). */
const refreshDelayMs = 600;
const everything: LibraryQueryInput = { view: 'library' };

export interface Library {
  rows: LibraryRows;
  query: LibraryQueryInput;
  /** The list is unfiltered: no search words, filters or trash. */
  plain: boolean;
  /** What the sidebar panel needs, but for the open story and the error sink. */
  panel: Omit<LibraryPanelProps, 'openId' | 'onOpen' | 'onError'>;
  /** A story was saved or created: it shows at once, and the list is asked again shortly. */
  saved(summary: ArticleSummary): void;
  /** Something changed the stories (a delete, a tag merge): ask again shortly. */
  refreshSoon(): void;
  showView(view: LibraryView): void;
  /** Only the stories carrying this tag (the tag manager's "show articles"). */
  showTagged(tagId: number): void;
  /** Back to every story: after the store changed, or "show all". */
  reset(): void;
  focusSearch(): void;
}

/** The library's state for the app: the rows, the query, saved searches and refreshes. */
export function useLibrary(): Library {
  const [rows] = useState(() => new LibraryRows(window.lede.library));
  useSyncExternalStore(rows.subscribe, rows.getVersion);
  const [query, setQuery] = useState<LibraryQueryInput>(everything);
  const [textKey, setTextKey] = useState(0);
  const [savedId, setSavedId] = useState<number | undefined>();
  const [refreshKey, setRefreshKey] = useState(0);
  const [storeKey, setStoreKey] = useState(0);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const searchInput = useRef<HTMLInputElement | null>(null);
  useEffect(() => () => clearTimeout(refreshTimer.current), []);

  const refreshSoon = useCallback(() => {
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => setRefreshKey((key) => key + 1), refreshDelayMs);
  }, []);
  const saved = useCallback(
    (summary: ArticleSummary) => {
      rows.saved(summary);
      refreshSoon();
    },
    [rows, refreshSoon],
  );
  // A query set from outside the search box: the box shows its text again.
  const replace = useCallback((next: LibraryQueryInput, id?: number) => {
    setQuery(next);
    setSavedId(id);
    setTextKey((key) => key + 1);
  }, []);
  const runSaved = useCallback((search: SavedSearch) => replace(search.query, search.id), [replace]);
  // A store opened or restored: every story, asked afresh (once, not also refreshed).
  const reset = useCallback(() => {
    replace(everything);
    setStoreKey((key) => key + 1);
  }, [replace]);

  return {
    rows,
    query,
    plain: isPlain(query),
    panel: {
      rows,
      query,
      onQuery: setQuery,
      textKey,
      savedId,
      onRunSaved: runSaved,
      onChanged: refreshSoon,
      searchInput,
      refreshKey,
      storeKey,
    },
    saved,
    refreshSoon,
    showView: (view) => setQuery((current) => ({ ...current, view })),
    showTagged: (tagId) => replace({ view: 'library', filters: { tagIds: [tagId] } }),
    reset,
    focusSearch: () => requestAnimationFrame(() => searchInput.current?.focus()),
  };
}
