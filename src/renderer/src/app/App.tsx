import { useCallback, useEffect, useState } from 'react';
import type { Article, ArticleSummary } from '../../../shared/article';
import { asLedeError } from '../../../shared/errors';
import type { StoreStatus } from '../../../shared/store-status';
import { describeTag, type TagWithCount } from '../../../shared/tag';
import { BackupsScreen } from '../backups/BackupsScreen';
import { ArticleEditor } from '../editor/ArticleEditor';
import { ArticleList } from '../library/ArticleList';
import { RecoveryNotice } from '../recovery/RecoveryNotice';
import { SettingsDialog } from '../settings/SettingsDialog';
import { SettingsProvider } from '../settings/SettingsProvider';
import { TagManager } from '../tags/TagManager';
import { EmptyState } from './EmptyState';
import { StoreProblemScreen } from './StoreProblemScreen';
import { ShortcutsSheet } from '../commands/ShortcutsSheet';
import { useCommand } from '../commands/use-command';
import { useCommandKeys } from '../commands/use-command-keys';
import { keysFor } from '../commands/keys-for';
import { useShellEvents } from '../shell/use-shell-events';
import { articleFromLocation } from '../shell/article-window';
import { Appearance } from '../settings/Appearance';
import { latestSettings, newArticleFields } from '../settings/new-article-defaults';

/** How many summaries the sidebar loads; the library view (with paging and search) comes later. */
const sidebarPage = 500;

type View = 'editor' | 'tags' | 'backups';

export function App() {
  const [status, setStatus] = useState<StoreStatus | undefined>();
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  // A window opened for one article (File > Open article in new window) starts on it.
  const [selectedId, setSelectedId] = useState<string | undefined>(articleFromLocation);
  const [error, setError] = useState<string | undefined>();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [view, setView] = useState<View>('editor');
  const [tagFilter, setTagFilter] = useState<TagWithCount | undefined>();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);

  /** Takes a store status (at start, after opening another store or restoring); the list follows it. */
  const storeChanged = useCallback((current: StoreStatus) => {
    setStatus(current);
    setArticles([]);
    setSelectedId((id) => (id && id === articleFromLocation() ? id : undefined));
    setTagFilter(undefined);
    // The view stays: after a restore the Backups screen says what happened.
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
      openCreated(await window.lede.articles.create(newArticleFields(latestSettings())));
    } catch (caught) {
      setError(asLedeError(caught).message);
    }
  }, [openCreated]);
  useCommandKeys();
  useCommand('article.new', () => void createArticle(), status?.state === 'ready');
  useCommand('app.settings', () => setSettingsOpen(true), status?.state === 'ready');
  useCommand('help.shortcuts', () => setShortcutsOpen(true));
  useCommand('view.tags', () => toggle('tags'), status?.state === 'ready');
  useCommand('view.backups', () => toggle('backups'), status?.state === 'ready');
  useCommand(
    'article.openWindow',
    () => selectedId && window.lede.shell.send({ type: 'openArticleWindow', id: selectedId }),
    !!selectedId,
  );
  useShellEvents({
    openArticle: (id) => openArticle(id),
    openFile: (path) => setError(`Opening ${path}: importing .json files is not available in this build yet.`),
  });

  // A saved article moves to the top with its new headline and counts (if the list shows it).
  const onSaved = useCallback(
    (summary: ArticleSummary) => {
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
  function toggle(target: View): void {
    setView((current) => (current === target ? 'editor' : target));
  }

  if (!status) return <p className="loading">{error ?? 'Opening the store…'}</p>;
  if (status.state === 'problem') return <StoreProblemScreen status={status} onOpened={storeChanged} />;

  return (
    <SettingsProvider onError={setError}>
      <Appearance />
      <div className="app">
        <aside className="sidebar" aria-label="Library">
          <div className="sidebar__head">
            <span className="brand">Lede</span>
            <button
              type="button"
              className="primary"
              onClick={() => void createArticle()}
              aria-keyshortcuts={keysFor('article.new').aria}
              title={`New article (${keysFor('article.new').label})`}
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
            <button type="button" className="quiet" onClick={() => setSettingsOpen(true)}>
              Settings
            </button>
            <button type="button" className="quiet" aria-pressed={view === 'backups'} onClick={() => toggle('backups')}>
              Backups
            </button>
            <button type="button" className="quiet" onClick={() => setShortcutsOpen(true)}>
              Shortcuts
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
        {settingsOpen && (
          <SettingsDialog dataDir={status.dataDir} onClose={() => setSettingsOpen(false)} onMoved={storeChanged} />
        )}
        {shortcutsOpen && <ShortcutsSheet onClose={() => setShortcutsOpen(false)} />}
      </div>
    </SettingsProvider>
  );
}
