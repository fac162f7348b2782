import { useCallback, useEffect, useState } from 'react';
import type { Article, ArticleSummary } from '../../../shared/article';
import { asLedeError } from '../../../shared/errors';
import type { StoreStatus } from '../../../shared/store-status';
import { BackupsScreen } from '../backups/BackupsScreen';
import { ArticleEditor } from '../editor/ArticleEditor';
import { ArticleList } from '../library/ArticleList';
import { RecoveryNotice } from '../recovery/RecoveryNotice';
import { SettingsDialog } from '../settings/SettingsDialog';
import { SettingsProvider } from '../settings/SettingsProvider';
import { EmptyState } from './EmptyState';
import { StoreProblemScreen } from './StoreProblemScreen';
import { useShortcut } from './use-shortcut';

/** How many summaries the sidebar loads; the library view (with paging and search) comes later. */
const sidebarPage = 500;

export function App() {
  const [status, setStatus] = useState<StoreStatus | undefined>();
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [showBackups, setShowBackups] = useState(false);

  /** Takes a store status (at start, after opening another store or restoring) and loads its list. */
  const adoptStore = useCallback(async (current: StoreStatus): Promise<void> => {
    setStatus(current);
    setSelectedId(undefined);
    setArticles(current.state === 'ready' ? await window.lede.articles.list({ limit: sidebarPage }) : []);
  }, []);
  const storeChanged = useCallback(
    (current: StoreStatus) =>
      void adoptStore(current).catch((caught: unknown) => setError(asLedeError(caught).message)),
    [adoptStore],
  );

  useEffect(() => {
    window.lede.app
      .status()
      .then(storeChanged)
      .catch((caught: unknown) => setError(asLedeError(caught).message));
  }, [storeChanged]);

  const open = useCallback((id: string) => {
    setShowBackups(false);
    setSelectedId(id);
  }, []);
  // A new article (or a copy kept from a conflict) goes to the top and opens.
  const openCreated = useCallback(
    (article: Article) => {
      const { body: _body, bodyText: _text, hero: _hero, ...summary } = article;
      setArticles((list) => [summary, ...list]);
      open(article.id);
    },
    [open],
  );
  const createArticle = useCallback(async () => {
    try {
      openCreated(await window.lede.articles.create({}));
    } catch (caught) {
      setError(asLedeError(caught).message);
    }
  }, [openCreated]);
  useShortcut('n', () => void createArticle());

  // A saved article moves to the top with its new headline and counts.
  const onSaved = useCallback((summary: ArticleSummary) => {
    setArticles((list) => [summary, ...list.filter((item) => item.id !== summary.id)]);
  }, []);
  const onDeleted = useCallback((id: string) => {
    setArticles((list) => list.filter((item) => item.id !== id));
    setSelectedId(undefined);
  }, []);

  if (!status) return <p className="loading">{error ?? 'Opening the store…'}</p>;
  if (status.state === 'problem') return <StoreProblemScreen status={status} onOpened={storeChanged} />;

  return (
    <SettingsProvider onError={setError}>
      <div className="app">
        <aside className="sidebar" aria-label="Library">
          <div className="sidebar__head">
            <span className="brand">Lede</span>
            <button
              type="button"
              className="primary"
              onClick={() => void createArticle()}
              aria-keyshortcuts="Control+N Meta+N"
            >
              New article
            </button>
          </div>
          <ArticleList articles={articles} selectedId={selectedId} onSelect={open} />
          <div className="sidebar__foot">
            <button type="button" className="quiet" onClick={() => setSettingsOpen(true)}>
              Settings
            </button>
            <button
              type="button"
              className="quiet"
              onClick={() => setShowBackups((shown) => !shown)}
              aria-pressed={showBackups}
            >
              Backups
            </button>
          </div>
        </aside>
        <main className="workspace">
          <RecoveryNotice selectedId={selectedId} onOpen={open} />
          {error && (
            <p className="banner banner--error" role="alert">
              {error}{' '}
              <button type="button" className="quiet" onClick={() => setError(undefined)}>
                Dismiss
              </button>
            </p>
          )}
          {showBackups ? (
            <BackupsScreen
              dataDir={status.dataDir}
              storePath={status.storePath}
              onRestored={(result) => storeChanged(result.status)}
              onClose={() => setShowBackups(false)}
            />
          ) : selectedId ? (
            <ArticleEditor
              key={selectedId}
              id={selectedId}
              onSaved={onSaved}
              onDeleted={onDeleted}
              onOpened={openCreated}
            />
          ) : (
            <EmptyState hasArticles={articles.length > 0} onCreate={() => void createArticle()} />
          )}
        </main>
        {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      </div>
    </SettingsProvider>
  );
}
