import { useCallback, useEffect, useState } from 'react';
import type { Article, ArticleSummary } from '../../../shared/article';
import { asLedeError } from '../../../shared/errors';
import type { StoreStatus } from '../../../shared/store-status';
import { describeTag, type TagWithCount } from '../../../shared/tag';
import { BackupsScreen } from '../backups/BackupsScreen';
import { ArticleEditor } from '../editor/ArticleEditor';
import { ArticleList } from '../library/ArticleList';
import { ExchangeScreen } from '../exchange/ExchangeScreen';
import { PreviewPane, PreviewToggle } from '../preview/PreviewPane';
import { previewStore } from '../preview/preview-store';
import { RecoveryNotice } from '../recovery/RecoveryNotice';
import { SettingsDialog } from '../settings/SettingsDialog';
import { SettingsProvider } from '../settings/SettingsProvider';
import { TagManager } from '../tags/TagManager';
import { EmptyState } from './EmptyState';
import { StoreProblemScreen } from './StoreProblemScreen';
import { useShortcut } from './use-shortcut';

/** How many summaries the sidebar loads; the library view (with paging and search) comes later. */
const sidebarPage = 500;

type View = 'editor' | 'tags' | 'backups' | 'exchange';

export function App() {
  const [status, setStatus] = useState<StoreStatus | undefined>();
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [view, setView] = useState<View>('editor');
  const [tagFilter, setTagFilter] = useState<TagWithCount | undefined>();

  /** Takes a store status (at start, after opening another store or restoring); the list follows it. */
  const storeChanged = useCallback((current: StoreStatus) => {
    setStatus(current);
    setArticles([]);
    setSelectedId(undefined);
    setTagFilter(undefined);
    setView('editor');
  }, []);

  useEffect(() => {
    window.lede.app
      .status()
      .then(storeChanged)
      .catch((caught: unknown) => setError(asLedeError(caught).message));
  }, [storeChanged]);

  // The library: every article, or those with the tag chosen in the tag manager.
  useEffect(() => {
    if (status?.state !== 'ready') return;
    let live = true;
    const load = tagFilter
      ? window.lede.tags.articles({ tagId: tagFilter.id, limit: sidebarPage })
      : window.lede.articles.list({ limit: sidebarPage });
    load
      .then((list) => live && setArticles(list))
      .catch((caught: unknown) => live && setError(asLedeError(caught).message));
    return () => {
      live = false;
    };
  }, [status, tagFilter]);

  const openArticle = useCallback((id: string) => {
    setSelectedId(id);
    setView('editor');
  }, []);
  // A new article (or a copy kept from a conflict) goes to the top and opens.
  const openCreated = useCallback(
    (article: Article) => {
      const { body: _body, bodyText: _text, hero: _hero, tags: _tags, ...summary } = article;
      setTagFilter(undefined);
      setArticles((list) => [summary, ...list]);
      openArticle(article.id);
    },
    [openArticle],
  );
  const createArticle = useCallback(async () => {
    try {
      openCreated(await window.lede.articles.create({}));
    } catch (caught) {
      setError(asLedeError(caught).message);
    }
  }, [openCreated]);
  useShortcut('n', () => void createArticle());

  // A saved article moves to the top with its new headline and counts (if the list shows it).
  const onSaved = useCallback(
    (summary: ArticleSummary) => {
      previewStore.saved();
      setArticles((list) =>
        tagFilter && !list.some((item) => item.id === summary.id)
          ? list
          : [summary, ...list.filter((item) => item.id !== summary.id)],
      );
    },
    [tagFilter],
  );
  const onDeleted = useCallback((id: string) => {
    setArticles((list) => list.filter((item) => item.id !== id));
    setSelectedId(undefined);
  }, []);
  const toggle = (target: View): void => setView((current) => (current === target ? 'editor' : target));

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
          {tagFilter && (
            <p className="library-filter" role="status">
              <span>
                Tagged <strong dir="auto">{describeTag(tagFilter)}</strong>
              </span>
              <button type="button" className="quiet" onClick={() => setTagFilter(undefined)}>
                Show all articles
              </button>
            </p>
          )}
          <ArticleList articles={articles} selectedId={selectedId} onSelect={openArticle} />
          <div className="sidebar__foot">
            <button type="button" className="quiet" aria-pressed={view === 'tags'} onClick={() => toggle('tags')}>
              Tags
            </button>
            <PreviewToggle />
            <button
              type="button"
              className="quiet"
              aria-pressed={view === 'exchange'}
              onClick={() => toggle('exchange')}
            >
              Export/import
            </button>
            <button type="button" className="quiet" onClick={() => setSettingsOpen(true)}>
              Settings
            </button>
            <button type="button" className="quiet" aria-pressed={view === 'backups'} onClick={() => toggle('backups')}>
              Backups
            </button>
          </div>
        </aside>
        <main className="workspace">
          <RecoveryNotice selectedId={selectedId} onOpen={openArticle} />
          {error && (
            <p className="banner banner--error" role="alert">
              {error}{' '}
              <button type="button" className="quiet" onClick={() => setError(undefined)}>
                Dismiss
              </button>
            </p>
          )}
          {view === 'tags' ? (
            <TagManager
              onShowArticles={(tag) => {
                setTagFilter(tag);
                setView('editor');
              }}
              onClose={() => setView('editor')}
            />
          ) : view === 'exchange' ? (
            <ExchangeScreen
              articles={articles}
              onImported={() => setStatus((current) => current && { ...current })}
              onClose={() => setView('editor')}
            />
          ) : view === 'backups' ? (
            <BackupsScreen
              dataDir={status.dataDir}
              storePath={status.storePath}
              onRestored={(result) => storeChanged(result.status)}
              onClose={() => setView('editor')}
            />
          ) : selectedId ? (
            <ArticleEditor
              key={selectedId}
              id={selectedId}
              onSaved={onSaved}
              onDeleted={onDeleted}
              onOpened={openCreated}
              onOpenArticle={openArticle}
            />
          ) : (
            <EmptyState hasArticles={articles.length > 0} onCreate={() => void createArticle()} />
          )}
        </main>
        {view === 'editor' && <PreviewPane articleId={selectedId} />}
        {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      </div>
    </SettingsProvider>
  );
}
