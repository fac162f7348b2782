import { useCallback, useEffect, useState } from 'react';
import type { Article, ArticleSummary } from '../../../shared/article';
import { asLedeError } from '../../../shared/errors';
import { RecoveryOffer } from '../recovery/RecoveryOffer';
import { useRecoveryOffer, withRecovered } from '../recovery/use-recovery-offer';
import { ArticleForm } from './ArticleForm';
import type { SideTab } from './SidePanel';
import { useCommand } from '../commands/use-command';
import { useLayout } from '../settings/use-layout';
import { loadArticle } from '../shell/prefetch-article';

interface ArticleEditorProps {
  id: string;
  onSaved: (summary: ArticleSummary) => void;
  onDeleted: (id: string) => void;
  /** Shows another article just created here (a copy kept from a conflict). */
  onOpened: (article: Article) => void;
  onOpenArticle: (id: string) => void;
  /** Makes a new draft from this story. */
  onDuplicate?: () => void;
}

/**
 * Loads one article and hands it to the form; a new revision from outside the form (a
 * reload after a conflict, a restore) means a fresh form on that revision. Unsaved text
 * left by a crash is offered back before the form opens, so new typing cannot bury it.
 */
export function ArticleEditor({ id, onSaved, onDeleted, onOpened, onOpenArticle, onDuplicate }: ArticleEditorProps) {
  const [article, setArticle] = useState<Article | undefined>();
  const recovery = useRecoveryOffer(id);
  const [error, setError] = useState<string | undefined>();
  const [loadCount, setLoadCount] = useState(0);
  const [notice, setNotice] = useState<string | undefined>();
  // Kept in the settings, so the side panel stays on History across a restore and the
  // next article (and the next start) opens on the tab last used.
  const { layout, setLayout } = useLayout();
  const tab = layout.tab;
  const setTab = useCallback((next: SideTab) => setLayout({ tab: next, sidePanel: true }), [setLayout]);
  useCommand('view.sidePanel', () => setLayout((current) => ({ sidePanel: !current.sidePanel })));
  useCommand('view.details', () => setTab('details'));
  useCommand('view.related', () => setTab('related'));
  useCommand('view.history', () => setTab('history'));

  useEffect(() => {
    let live = true;
    loadArticle(id)
      .then((loaded) => live && setArticle(loaded))
      .catch((caught: unknown) => live && setError(asLedeError(caught).message));
    return () => {
      live = false;
    };
  }, [id, loadCount]);

  const onReplaced = useCallback((replacement: Article, message: string) => {
    setNotice(message);
    setArticle(replacement);
  }, []);

  if (error)
    return (
      <p className="editor-message" role="alert">
        {error}
      </p>
    );
  if (!article || recovery.checking) return <p className="editor-message">Opening…</p>;
  if (recovery.offer) {
    const { offer, recover, discard } = recovery;
    return <RecoveryOffer entry={offer} article={article} onRecover={recover} onDiscard={() => void discard()} />;
  }
  const { recovered } = recovery;
  return (
    <ArticleForm
      key={`${article.id}:${article.revision}${recovered ? ':recovered' : ''}`}
      article={recovered ? withRecovered(article, recovered.entry) : article}
      recovered={recovered?.edits}
      initialNotice={notice}
      tab={tab}
      onTab={setTab}
      onSaved={onSaved}
      onDeleted={onDeleted}
      onOpened={onOpened}
      onOpenArticle={onOpenArticle}
      onDuplicate={onDuplicate}
      onReload={() => {
        recovery.drop();
        setNotice(undefined);
        setLoadCount((n) => n + 1);
      }}
      onReplaced={onReplaced}
    />
  );
}
