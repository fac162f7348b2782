import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article, ArticleFields, ArticleSummary } from '../../../shared/article';
import { asLedeError } from '../../../shared/errors';
import { ConflictPanel } from '../conflict/ConflictPanel';
import { RecoveryOffer } from '../recovery/RecoveryOffer';
import { useRecoveryOffer, withRecovered } from '../recovery/use-recovery-offer';
import { useUnsavedWork } from '../recovery/use-unsaved-work';
import { BodyEditor } from './BodyEditor';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './use-autosave';

interface ArticleEditorProps {
  id: string;
  onSaved: (summary: ArticleSummary) => void;
  onDeleted: (id: string) => void;
  /** Shows another article just created here (a copy kept from a conflict). */
  onOpened: (article: Article) => void;
}

/** Loads one article and hands it to the form; a new id means a fresh form. */
export function ArticleEditor({ id, onSaved, onDeleted, onOpened }: ArticleEditorProps) {
  const [article, setArticle] = useState<Article | undefined>();
  const recovery = useRecoveryOffer(id);
  const [error, setError] = useState<string | undefined>();
  const [loadCount, setLoadCount] = useState(0);

  useEffect(() => {
    let live = true;
    window.lede.articles
      .get({ id })
      .then((loaded) => live && setArticle(loaded))
      .catch((caught: unknown) => live && setError(asLedeError(caught).message));
    return () => {
      live = false;
    };
  }, [id, loadCount]);

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
      onSaved={onSaved}
      onDeleted={onDeleted}
      onOpened={onOpened}
      onReload={() => {
        recovery.drop();
        setLoadCount((n) => n + 1);
      }}
    />
  );
}

interface ArticleFormProps {
  article: Article;
  onSaved: (summary: ArticleSummary) => void;
  onDeleted: (id: string) => void;
  onOpened: (article: Article) => void;
  onReload: () => void;
  /** Text recovered from the journal, to be saved as if just typed. */
  recovered?: ArticleFields;
}

function ArticleForm({ article, onSaved, onDeleted, onOpened, onReload, recovered }: ArticleFormProps) {
  const [headline, setHeadline] = useState(article.headline);
  const [standfirst, setStandfirst] = useState(article.standfirst);
  const [byline, setByline] = useState(article.byline);
  const { autosave, state } = useAutosave(article.id, article.revision, onSaved);
  const readBody = useRef(() => article.body);
  const onBodyChange = useCallback(
    (read: () => Article['body']) => {
      readBody.current = read;
      autosave.change({ body: read });
    },
    [autosave],
  );
  const readDraft = (): ArticleFields => ({ headline, standfirst, byline, body: readBody.current() });
  const unsaved = useUnsavedWork(article.id, autosave, readDraft, recovered);

  const remove = async (): Promise<void> => {
    const title = headline.trim() || 'this untitled article';
    if (!window.confirm(`Delete “${title}”? This cannot be undone.`)) return;
    autosave.discard();
    try {
      await window.lede.articles.delete({ id: article.id });
      onDeleted(article.id);
    } catch (caught) {
      window.alert(asLedeError(caught).message);
    }
  };

  return (
    <article className="article-form" dir="auto" aria-label="Article editor">
      <div className="article-form__bar">
        <SaveStatus state={state} />
        <button type="button" className="quiet" onClick={() => void remove()}>
          Delete
        </button>
      </div>
      {state.kind === 'conflict' && (
        <ConflictPanel
          articleId={article.id}
          message={state.message}
          unsaved={unsaved}
          onReload={onReload}
          onOpenCopy={onOpened}
        />
      )}
      <label className="field field--headline">
        <span className="field__label">Headline</span>
        <textarea
          rows={1}
          value={headline}
          placeholder="Headline"
          autoFocus={article.headline === ''}
          onChange={(event) => {
            setHeadline(event.target.value);
            autosave.change({ headline: event.target.value });
          }}
        />
      </label>
      <label className="field field--standfirst">
        <span className="field__label">Standfirst</span>
        <textarea
          rows={2}
          value={standfirst}
          placeholder="Standfirst: the one or two sentences under the headline"
          onChange={(event) => {
            setStandfirst(event.target.value);
            autosave.change({ standfirst: event.target.value });
          }}
        />
      </label>
      <label className="field field--byline">
        <span className="field__label">Byline</span>
        <input
          value={byline}
          placeholder="By …"
          onChange={(event) => {
            setByline(event.target.value);
            autosave.change({ byline: event.target.value });
          }}
        />
      </label>
      <BodyEditor initial={article.body} onChange={onBodyChange} />
    </article>
  );
}
