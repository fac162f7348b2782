import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Article, ArticleSummary } from '../../../shared/article';
import { asLedeError } from '../../../shared/errors';
import type { StoreStatus } from '../../../shared/store-status';
import { describeTag, type TagWithCount } from '../../../shared/tag';
import { BackupsScreen } from '../backups/BackupsScreen';
import { LibraryPanel } from '../library/LibraryPanel';
import { queryIds } from '../library/query-ids';
import { useLibrary } from '../library/use-library';
import type { CommandActions, CommandId } from '../palette/command-table';
import { CommandPalette } from '../palette/CommandPalette';
import { ExchangeScreen } from '../exchange/ExchangeScreen';
import { previewCommands } from '../preview/preview-commands';
import { PreviewPane, PreviewToggle } from '../preview/PreviewPane';
import { previewStore } from '../preview/preview-store';
import { RecoveryNotice } from '../recovery/RecoveryNotice';
import { SettingsDialog } from '../settings/SettingsDialog';
import { SettingsProvider } from '../settings/SettingsProvider';
import { TagManager } from '../tags/TagManager';
import { EmptyState } from './EmptyState';
import { StoreProblemScreen } from './StoreProblemScreen';
import { ShortcutsSheet } from '../commands/ShortcutsSheet';
import { keysFor } from '../commands/keys-for';
import { useCommand } from '../commands/use-command';
import { useCommandKeys } from '../commands/use-command-keys';
import { articleFromLocation } from '../shell/article-window';
import { useShellEvents } from '../shell/use-shell-events';
import { Appearance } from '../settings/Appearance';
import { latestSettings, newArticleFields } from '../settings/new-article-defaults';

type View = 'editor' | 'tags' | 'backups' | 'exchange';

// The editor (TipTap and ProseMirror) is most of the app's code: it loads when a story
// first opens, so the library shows without waiting for it.
const ArticleEditor = lazy(() => import('../editor/ArticleEditor').then((m) => ({ default: m.ArticleEditor })));

export function App() {
  const [status, setStatus] = useState<StoreStatus | undefined>();
  // A window opened for one article (File > Open article in new window) starts on it.
  const [selectedId, setSelectedId] = useState<string | undefined>(articleFromLocation);
  const [error, setError] = useState<string | undefined>();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [view, setView] = useState<View>('editor');
  const [tagFilter, setTagFilter] = useState<TagWithCount | undefined>();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const library = useLibrary();
  const { reset: resetLibrary, saved: librarySaved, refreshSoon } = library;
  // A save shows in the library at once and refreshes the preview.
  const onSaved = useCallback(
    (summary: ArticleSummary) => {
      previewStore.saved();
      librarySaved(summary);
    },
    [librarySaved],
  );

  /**
   * Takes a store status (at start, after opening another store or restoring); the list
   * follows it. A restore from the Backups screen stays there, to say what it did.
   */
  const storeChanged = useCallback(
    (current: StoreStatus, next: View = 'editor') => {
      setStatus(current);
      resetLibrary();
      setSelectedId((id) => (id && id === articleFromLocation() ? id : undefined));
      setTagFilter(undefined);
      setView(next);
    },
    [resetLibrary],
  );

  useEffect(() => {
    window.lede.app
      .status()
      .then(storeChanged)
      .catch((caught: unknown) => setError(asLedeError(caught).message));
    // Once, at start: later store changes come from the problem and backups screens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const openArticle = useCallback((id: string) => {
    setSelectedId(id);
    setView('editor');
  }, []);
  // A new article (a copy kept from a conflict, a duplicate) goes to the top and opens.
  const openCreated = useCallback(
    (article: Article) => {
      const { body: _body, bodyText: _text, hero: _hero, tags: _tags, ...summary } = article;
      onSaved(summary);
      openArticle(article.id);
    },
    [onSaved, openArticle],
  );
  const createArticle = useCallback(async () => {
    try {
      openCreated(await window.lede.articles.create(newArticleFields(latestSettings())));
    } catch (caught) {
      setError(asLedeError(caught).message);
    }
  }, [openCreated]);
  const duplicate = useCallback(
    async (id: string) => {
      try {
        openCreated(await window.lede.library.duplicate({ id }));
      } catch (caught) {
        setError(asLedeError(caught).message);
      }
    },
    [openCreated],
  );
  // Every command's keys and menu item come from src/shared/commands/commands.ts.
  const ready = status?.state === 'ready';
  useCommandKeys();
  useCommand('article.new', () => void createArticle(), ready);
  useCommand('palette.open', () => setPaletteOpen((open) => !open), ready);
  useCommand('app.settings', () => setSettingsOpen(true), ready);
  useCommand('help.shortcuts', () => setShortcutsOpen(true));
  useCommand('view.tags', () => toggle('tags'), ready);
  useCommand('view.backups', () => toggle('backups'), ready);
  useCommand(
    'article.export',
    () => {
      setView('editor');
      previewStore.requestExport();
    },
    ready && !!selectedId,
  );
  useCommand(
    'preview.layout',
    () => {
      setView('editor');
      previewStore.nextLayout();
    },
    ready,
  );
  useCommand(
    'article.openWindow',
    () => selectedId && window.lede.shell.send({ type: 'openArticleWindow', id: selectedId }),
    !!selectedId,
  );
  useShellEvents({
    openArticle: (id) => openArticle(id),
    // A .json file opened from the desktop: main imported it; the story opens.
    imported: ({ path, articleId, error: reason }) => {
      if (!articleId) return setError(`${path} was not imported: ${reason ?? 'Lede could not read it.'}`);
      refreshSoon();
      openArticle(articleId);
    },
  });

  const onDeleted = useCallback(() => {
    setSelectedId(undefined);
    refreshSoon();
  }, [refreshSoon]);
  // Leaving the tag manager: renames, merges and deletes there change what the list shows.
  const showEditor = (): void => {
    if (view === 'tags') refreshSoon();
    setView('editor');
  };
  function toggle(target: View): void {
    if (view === target) showEditor();
    else setView(target);
  }

  if (!status) return <p className="loading">{error ?? 'Opening the store…'}</p>;
  if (status.state === 'problem') return <StoreProblemScreen status={status} onOpened={storeChanged} />;

  // One action per palette command the app can run now (see command-table.ts).
  const actions: CommandActions = {
    'article.new': () => void createArticle(),
    'article.duplicate': selectedId ? () => void duplicate(selectedId) : undefined,
    'library.show': () => library.showView('library'),
    'library.search': library.focusSearch,
    'trash.show': () => library.showView('trash'),
    'tags.manage': () => setView('tags'),
    'backups.show': () => setView('backups'),
    'settings.open': () => setSettingsOpen(true),
    'shortcuts.show': () => setShortcutsOpen(true),
    'exchange.show': () => setView('exchange'),
  };
  // Preview commands act on the pane beside the editor, so they bring the editor back.
  for (const command of previewCommands) {
    if (command.id === 'preview.export' && !selectedId) continue;
    actions[command.id as CommandId] = () => {
      setView('editor');
      command.run();
    };
  }
  const taggedIds = library.query.filters?.tagIds;
  const showingTag = tagFilter && taggedIds?.length === 1 && taggedIds[0] === tagFilter.id ? tagFilter : undefined;

  return (
    <SettingsProvider onError={setError}>
      <Appearance />
      <div className="app">
        <aside className="sidebar" aria-label="Library">
          <div className="sidebar__head">
            <span className="brand">Lede</span>
            <button
              type="button"
              className="quiet"
              onClick={() => setPaletteOpen(true)}
              aria-keyshortcuts={keysFor('palette.open').aria}
              title={`Command palette (${keysFor('palette.open').label})`}
            >
              Commands
            </button>
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
          {showingTag && (
            <p className="library-filter" role="status">
              <span>
                Tagged <strong dir="auto">{describeTag(showingTag)}</strong>
              </span>
              <button type="button" className="quiet" onClick={library.reset}>
                Show all articles
              </button>
            </p>
          )}
          <LibraryPanel {...library.panel} openId={selectedId} onOpen={openArticle} onError={setError} />
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
                library.showTagged(tag.id);
                showEditor();
              }}
              onClose={showEditor}
            />
          ) : view === 'exchange' ? (
            <ExchangeScreen
              count={library.rows.total}
              listIds={() => queryIds(library.query)}
              onImported={refreshSoon}
              onClose={() => setView('editor')}
            />
          ) : view === 'backups' ? (
            <BackupsScreen
              dataDir={status.dataDir}
              storePath={status.storePath}
              onRestored={(result) => storeChanged(result.status, 'backups')}
              onClose={showEditor}
            />
          ) : selectedId ? (
            <Suspense fallback={<p className="loading">Opening the editor…</p>}>
              <ArticleEditor
                key={selectedId}
                id={selectedId}
                onSaved={onSaved}
                onDeleted={onDeleted}
                onOpened={openCreated}
                onOpenArticle={openArticle}
                onDuplicate={() => void duplicate(selectedId)}
              />
            </Suspense>
          ) : (
            <EmptyState hasArticles={library.rows.total > 0 || !library.plain} onCreate={() => void createArticle()} />
          )}
        </main>
        {view === 'editor' && <PreviewPane articleId={selectedId} />}
        {settingsOpen && (
          <SettingsDialog dataDir={status.dataDir} onClose={() => setSettingsOpen(false)} onMoved={storeChanged} />
        )}
        {shortcutsOpen && <ShortcutsSheet onClose={() => setShortcutsOpen(false)} />}
        {paletteOpen && (
          <CommandPalette actions={actions} onOpenArticle={openArticle} onClose={() => setPaletteOpen(false)} />
        )}
      </div>
    </SettingsProvider>
  );
}
