import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { articleStatuses, type ArticleStatus } from '../../../shared/article';
import {
  librarySortLabels,
  librarySorts,
  type LibraryQueryInput,
  type LibraryRow,
  type TagOption,
} from '../../../shared/library';
import type { SavedSearch } from '../../../shared/saved-search';
import { FiltersPanel } from './FiltersPanel';
import { LibraryList } from './LibraryList';
import type { LibraryRows } from './library-rows';
import { optionId } from './LibraryRowView';
import { listKey } from './list-keys';
import { SavedSearches } from './SavedSearches';
import { SearchBox } from './SearchBox';
import { StatusFilter } from './StatusFilter';
import { TrashBar } from './TrashBar';
import './library.css';

export interface LibraryPanelProps {
  rows: LibraryRows;
  query: LibraryQueryInput;
  onQuery: (query: LibraryQueryInput) => void;
  /** Bumped when the search box must show the query's text again (a saved search ran). */
  textKey: number;
  savedId: number | undefined;
  onRunSaved: (search: SavedSearch) => void;
  openId: string | undefined;
  onOpen: (id: string) => void;
  /** Something was changed from here (a restore, the trash emptied). */
  onChanged: () => void;
  onError: (message: string) => void;
  searchInput: RefObject<HTMLInputElement | null>;
  refreshKey: number;
  /** Goes up each time a store is opened or restored: the list starts afresh. */
  storeKey: number;
}

const listId = 'library-list';
const activeFilterCount = (query: LibraryQueryInput): number =>
  Object.entries(query.filters ?? {}).filter(
    ([key, value]) =>
      key !== 'statuses' && key !== 'dateField' && value !== undefined && (!Array.isArray(value) || value.length > 0),
  ).length;

/** The library: search, views, status counts, filters, saved searches and the list. */
export function LibraryPanel(props: LibraryPanelProps) {
  const { rows, query, onQuery, onOpen } = props;
  useSyncExternalStore(rows.subscribe, rows.getVersion);
  const searching = (query.text ?? '').trim() !== '';
  const view = query.view ?? 'library';
  const key = JSON.stringify({ ...query, sort: query.sort ?? (searching ? 'relevance' : 'updated') });
  // One object per distinct query, so the rows are asked again only when it changes.
  const effective = useMemo(() => JSON.parse(key) as LibraryQueryInput, [key]);
  const { storeKey } = props;
  useEffect(() => rows.setQuery(effective, storeKey), [rows, effective, storeKey]);
  useEffect(() => {
    if (props.refreshKey > 0) rows.refresh();
  }, [rows, props.refreshKey]);

  // The active row belongs to one query; a new query starts at its first row.
  const [active, setActive] = useState<{ key: string; index: number }>({ key, index: 0 });
  const activeIndex = active.key === key ? active.index : 0;
  const [pageRows, setPageRows] = useState(8);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [tags, setTags] = useState<TagOption[]>([]);
  const [trashTotal, setTrashTotal] = useState(0);

  useEffect(() => {
    let live = true;
    window.lede.library
      .count({ query: { view: 'trash' } })
      .then((count) => live && setTrashTotal(count.total))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [props.refreshKey, storeKey, view]);

  // A saved search names its tags by id: fetch their names for the filter's chips.
  const tagIds = query.filters?.tagIds;
  useEffect(() => {
    if (!tagIds || tagIds.every((id) => tags.some((tag) => tag.id === id))) return;
    let live = true;
    window.lede.library
      .tags({ ids: tagIds })
      .then((found) => {
        // A tag deleted since the search was saved still gets a chip, so it can be removed.
        const missing = tagIds.filter((id) => !found.some((tag) => tag.id === id));
        if (live) setTags([...found, ...missing.map((id) => ({ id, kind: '', name: '(deleted tag)', count: 0 }))]);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [tagIds, tags]);

  const total = rows.total;
  const open = (row: LibraryRow): void => onOpen(row.id);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    const next = listKey(event.key, activeIndex, total, pageRows, event.currentTarget instanceof HTMLInputElement);
    if (next === null) return;
    event.preventDefault();
    if (next === 'open') {
      const row = rows.rowAt(activeIndex);
      if (row) open(row);
    } else setActive({ key, index: next });
  };
  // The box reports its text once it settles, also unchanged: that is no new query.
  const onText = useCallback(
    (text: string) => {
      if (text !== (query.text ?? '')) onQuery({ ...query, text });
    },
    [onQuery, query],
  );
  const setView = (next: 'library' | 'trash'): void => onQuery({ ...query, view: next });

  const count = rows.count;
  const byStatus = count?.byStatus;
  const plus = count?.byStatusCapped ? '+' : '';
  const inLibrary = byStatus
    ? articleStatuses.filter((s) => s !== 'spiked').reduce((n, s) => n + byStatus[s], 0)
    : undefined;
  const chosenStatuses = query.filters?.statuses ?? [];
  const toggleStatus = (status: ArticleStatus): void => {
    const next = chosenStatuses.includes(status)
      ? chosenStatuses.filter((s) => s !== status)
      : [...chosenStatuses, status];
    onQuery({ ...query, filters: { ...query.filters, statuses: next.length > 0 ? next : undefined } });
  };
  const filterCount = activeFilterCount(query);

  return (
    <div className="library">
      <SearchBox
        key={props.textKey}
        initial={query.text ?? ''}
        onText={onText}
        listId={listId}
        activeId={activeIndex < total ? optionId(listId, activeIndex) : undefined}
        onKeyDown={onKeyDown}
        inputRef={props.searchInput}
      />
      <div className="library__views" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'library'} onClick={() => setView('library')}>
          Library
          {inLibrary !== undefined && (
            <span className="count">
              {' '}
              {inLibrary.toLocaleString()}
              {plus}
            </span>
          )}
        </button>
        <button type="button" aria-pressed={view === 'trash'} onClick={() => setView('trash')}>
          Trash
          {byStatus && (
            <span className="count">
              {' '}
              {byStatus.spiked.toLocaleString()}
              {plus}
            </span>
          )}
        </button>
        <button
          type="button"
          className="quiet library__filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="library-filters"
          onClick={() => setFiltersOpen((shown) => !shown)}
        >
          Filters{filterCount > 0 ? ` (${filterCount})` : ''}
        </button>
      </div>
      {filtersOpen && (
        <FiltersPanel
          id="library-filters"
          filters={query.filters ?? {}}
          onChange={(filters) => onQuery({ ...query, filters })}
          tags={tags.filter((tag) => tagIds?.includes(tag.id))}
          onTags={setTags}
        />
      )}
      {view === 'library' && byStatus && (
        <StatusFilter counts={byStatus} capped={count.byStatusCapped} chosen={chosenStatuses} onToggle={toggleStatus} />
      )}
      <SavedSearches current={query} activeId={props.savedId} onRun={props.onRunSaved} onError={props.onError} />
      <div className="library__bar">
        <label htmlFor="library-sort">Sort</label>
        <select
          id="library-sort"
          value={effective.sort}
          onChange={(event) => onQuery({ ...query, sort: event.target.value as LibraryQueryInput['sort'] })}
        >
          {librarySorts
            .filter((sort) => searching || sort !== 'relevance')
            .map((sort) => (
              <option key={sort} value={sort}>
                {librarySortLabels[sort]}
              </option>
            ))}
        </select>
        <CountLine query={effective} searching={searching} rows={rows} />
      </div>
      {view === 'trash' && (
        <TrashBar
          active={rows.rowAt(activeIndex)}
          spiked={trashTotal}
          onChanged={props.onChanged}
          onError={props.onError}
        />
      )}
      {rows.error && (
        <p className="banner banner--error" role="alert">
          {rows.error}
        </p>
      )}
      {count && count.total === 0 && (
        <p className="library__empty">
          {searching
            ? 'No story matches these words. Try fewer or shorter words, or clear the filters.'
            : view === 'trash'
              ? 'The trash is empty.'
              : filterCount > 0 || chosenStatuses.length > 0
                ? 'No story matches these filters.'
                : 'No stories yet.'}
        </p>
      )}
      <LibraryList
        id={listId}
        label={view === 'trash' ? 'Spiked stories' : 'Stories'}
        rows={rows}
        searching={searching}
        activeIndex={activeIndex}
        openId={props.openId}
        onActive={(index) => setActive({ key, index })}
        onOpen={open}
        onKeyDown={onKeyDown}
        onPageRows={setPageRows}
      />
    </div>
  );
}

function CountLine({ query, searching, rows }: { query: LibraryQueryInput; searching: boolean; rows: LibraryRows }) {
  const count = rows.count;
  if (!count) return <span className="library__count" role="status" aria-live="polite" />;
  const noun = searching ? (count.total === 1 ? 'match' : 'matches') : count.total === 1 ? 'story' : 'stories';
  let note = '';
  if (count.capped) note = ` (the first ${count.total.toLocaleString()} shown)`;
  if (count.rankedNewest !== null && query.sort === 'relevance') {
    note += `; best matches among the newest ${count.rankedNewest.toLocaleString()}, then newest first`;
  }
  return (
    <span className="library__count" role="status" aria-live="polite" data-testid="library-count">
      {count.total.toLocaleString()}
      {count.capped ? '+' : ''} {noun}
      {note}
      {count.total === 0 && (searching ? ' — try fewer words' : '')}
    </span>
  );
}
