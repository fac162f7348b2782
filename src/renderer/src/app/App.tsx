import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ArticleSummary } from '../../../shared/article';
import { asLedeError } from '../../../shared/errors';
import type { LibraryQueryInput } from '../../../shared/library';
import type { SavedSearch } from '../../../shared/saved-search';
import type { StoreStatus } from '../../../shared/store-status';
import { ArticleEditor } from '../editor/ArticleEditor';
import { LibraryPanel } from '../library/LibraryPanel';
import { LibraryRows } from '../library/library-rows';
import type { CommandActions } from '../palette/command-table';
import { CommandPalette } from '../palette/CommandPalette';
import { SettingsDialog } from '../settings/SettingsDialog';
import { SettingsProvider } from '../settings/SettingsProvider';
import { EmptyState } from './EmptyState';
import { StoreProblemScreen } from './StoreProblemScreen';
import { useShortcut } from './use-shortcut';

/** Quiet time after a save before the library asks the store again (it shows the save at once). */
const refreshDelayMs = 600;

export function App() {
  const [status, setStatus] = useState<StoreStatus | undefined>();
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [rows] = useState(() => new LibraryRows(window.lede.library));
  useSyncExternalStore(rows.subscribe, rows.getVersion);
  const [query, setQuery] = useState<LibraryQueryInput>({ view: 'library' });
  const [textKey, setTextKey] = useState(0);
  const [savedId, setSavedId] = useState<number | undefined>();
  const [refreshKey, setRefreshKey] = useState(0);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const searchInput = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    window.lede.app
      .status()
      .then(setStatus)
      .catch((caught: unknown) => setError(asLedeError(caught).message));
    return () => clearTimeout(refreshTimer.current);
  }, []);

  const refreshSoon = useCallback(() => {
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => setRefreshKey((key) => key + 1), refreshDelayMs);
  }, []);

  const onSaved = useCallback(
    (summary: ArticleSummary) => {
      rows.saved(summary);
      refreshSoon();
    },
    [rows, refreshSoon],
  );

  const createArticle = useCallback(async () => {
    try {
      const { body: _body, bodyText: _text, ...summary } = await window.lede.articles.create({});
      onSaved(summary);
      setSelectedId(summary.id);
    } catch (caught) {
      setError(asLedeError(caught).message);
    }
  }, [onSaved]);
  useShortcut('n', () => void createArticle());
  useShortcut('k', () => setPaletteOpen((open) => !open));

  const onDeleted = useCallback(() => {
    setSelectedId(undefined);
    refreshSoon();
  }, [refreshSoon]);

  const duplicate = useCallback(
    async (id: string) => {
      try {
        const { body: _body, bodyText: _text, ...summary } = await window.lede.library.duplicate({ id });
        onSaved(summary);
        setSelectedId(summary.id);
      } catch (caught) {
        setError(asLedeError(caught).message);
      }
    },
    [onSaved],
  );

  const changeQuery = useCallback((next: LibraryQueryInput) => setQuery(next), []);
  const runSaved = useCallback((search: SavedSearch) => {
    setQuery(search.query);
    setSavedId(search.id);
    setTextKey((key) => key + 1);
  }, []);
  const showView = (view: 'library' | 'trash'): void => setQuery((current) => ({ ...current, view }));

  if (!status) return <p className="loading">{error ?? 'Opening the store…'}</p>;
  if (status.state === 'problem') return <StoreProblemScreen status={status} />;

  const actions: CommandActions = {
    createArticle: () => void createArticle(),
    showLibrary: () => showView('library'),
    showTrash: () => showView('trash'),
    focusSearch: () => requestAnimationFrame(() => searchInput.current?.focus()),
    openSettings: () => setSettingsOpen(true),
    duplicateArticle: selectedId ? () => void duplicate(selectedId) : undefined,
  };
  const plainQuery = JSON.stringify(query) === JSON.stringify({ view: 'library' });

  return (
    <SettingsProvider onError={setError}>
      <div className="app">
        <aside className="sidebar" aria-label="Library">
          <div className="sidebar__head">
            <span className="brand">Lede</span>
            <button
              type="button"
              className="quiet"
              onClick={() => setPaletteOpen(true)}
              aria-keyshortcuts="Control+K Meta+K"
            >
              Commands
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => void createArticle()}
              aria-keyshortcuts="Control+N Meta+N"
            >
              New article
            </button>
          </div>
          <LibraryPanel
            rows={rows}
            query={query}
            onQuery={changeQuery}
            textKey={textKey}
            savedId={savedId}
            onRunSaved={runSaved}
            openId={selectedId}
            onOpen={setSelectedId}
            onChanged={refreshSoon}
            onError={setError}
            searchInput={searchInput}
            refreshKey={refreshKey}
          />
          <div className="sidebar__foot">
            <button type="button" className="quiet" onClick={() => setSettingsOpen(true)}>
              Settings
            </button>
          </div>
        </aside>
        <main className="workspace">
          {error && (
            <p className="banner banner--error" role="alert">
              {error}{' '}
              <button type="button" className="quiet" onClick={() => setError(undefined)}>
                Dismiss
              </button>
            </p>
          )}
          {selectedId ? (
            <ArticleEditor
              key={selectedId}
              id={selectedId}
              onSaved={onSaved}
              onDeleted={onDeleted}
              onDuplicate={() => void duplicate(selectedId)}
            />
          ) : (
            <EmptyState hasArticles={rows.total > 0 || !plainQuery} onCreate={() => void createArticle()} />
          )}
        </main>
        {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
        {paletteOpen && (
          <CommandPalette actions={actions} onOpenArticle={setSelectedId} onClose={() => setPaletteOpen(false)} />
        )}
      </div>
    </SettingsProvider>
  );
}
