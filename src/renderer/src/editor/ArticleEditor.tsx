import { useCallback, useEffect, useState } from 'react';
import type { Article, ArticleSummary } from '../../../shared/article';
import { asLedeError } from '../../../shared/errors';
import { BodyEditor } from './BodyEditor';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './use-autosave';

interface ArticleEditorProps {
  id: string;
  onSaved: (summary: ArticleSummary) => void;
  onDeleted: (id: string) => void;
}

/** Loads one article and hands it to the form; a new id means a fresh form. */
export function ArticleEditor({ id, onSaved, onDeleted }: ArticleEditorProps) {
  const [article, setArticle] = useState<Article | undefined>();
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
  if (!article) return <p className="editor-message">Opening…</p>;
  return (
    <ArticleForm
      key={`${article.id}:${article.revision}`}
      article={article}
      onSaved={onSaved}
      onDeleted={onDeleted}
      onReload={() => setLoadCount((n) => n + 1)}
    />
  );
}

interface ArticleFormProps {
  article: Article;
  onSaved: (summary: ArticleSummary) => void;
  onDeleted: (id: string) => void;
  onReload: () => void;
}

function ArticleForm({ article, onSaved, onDeleted, onReload }: ArticleFormProps) {
  const [headline, setHeadline] = useState(article.headline);
  const [standfirst, setStandfirst] = useState(article.standfirst);
  const [byline, setByline] = useState(article.byline);
  const { autosave, state } = useAutosave(article.id, article.revision, onSaved);
  const onBodyChange = useCallback((read: () => Article['body']) => autosave.change({ body: read }), [autosave]);
  const onHeroChange = useCallback((hero: Article['hero']) => autosave.change({ hero }), [autosave]);

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
        {state.kind === 'conflict' && (
          <span className="conflict">
            {state.message}{' '}
            <button type="button" onClick={onReload}>
              Reload the newer version
            </button>
          </span>
        )}
        <button type="button" className="quiet" onClick={() => void remove()}>
          Delete
        </button>
      </div>
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
      <BodyEditor initial={article.body} onChange={onBodyChange} hero={article.hero} onHeroChange={onHeroChange} />
    </article>
  );
}
