import { useCallback, useEffect, useRef, useState } from 'react';
import { articleLimits, type Article, type ArticleFields, type ArticleSummary } from '../../../shared/article';
import { countWords, docText, type DocNode } from '../../../shared/doc';
import { asLedeError } from '../../../shared/errors';
import type { PreflightField } from '../../../shared/preflight';
import { textDirection } from '../../../shared/text-direction';
import { keysFor } from '../commands/keys-for';
import { useCommand } from '../commands/use-command';
import { ConflictPanel } from '../conflict/ConflictPanel';
import { LengthCounters } from '../metadata/LengthCounters';
import { MetadataPanel } from '../metadata/MetadataPanel';
import { formatVersionTime } from '../revisions/format-version';
import { HistoryPanel } from '../revisions/HistoryPanel';
import { PauseSnapshots } from '../revisions/pause-snapshots';
import { useUnsavedWork } from '../recovery/use-unsaved-work';
import { RelatedBlock } from '../related/RelatedBlock';
import { RelatedPanel } from '../related/RelatedPanel';
import { useRelated } from '../related/use-related';
import { TagInput } from '../tags/TagInput';
import { focusField, panelFields } from '../workflow/focus-field';
import { PreflightList } from '../workflow/PreflightList';
import { useWorkflow } from '../workflow/use-workflow';
import { WorkflowBar } from '../workflow/WorkflowBar';
import { BodyEditor } from './BodyEditor';
import { BylinesField } from './BylinesField';
import { HeaderField } from './HeaderField';
import { SaveStatus } from './SaveStatus';
import { SidePanel, type SideTab } from './SidePanel';
import { useArticleFields } from './use-article-fields';
import { useAutosave } from './use-autosave';
import './editor-fields.css';

export interface ArticleFormProps {
  article: Article;
  /** A sentence to show when the form opens ("Restored the version of …"). */
  initialNotice?: string;
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  onSaved: (summary: ArticleSummary) => void;
  onDeleted: (id: string) => void;
  /** Makes a new draft from this story (after saving what is pending). */
  onDuplicate?: () => void;
  onReload: () => void;
  /** Shows another article just created here (a copy kept from a conflict). */
  onOpened: (article: Article) => void;
  /** Text recovered from the journal, to be saved as if just typed. */
  recovered?: ArticleFields;
  /** The store replaced the article (a restore): the editor opens the new revision. */
  onReplaced: (article: Article, notice: string) => void;
  /** Opens another article (a backlink). */
  onOpenArticle: (id: string) => void;
}

/** Quiet time after which the body's word count is worked out again. */
const countDelayMs = 400;

/** The open article: header fields, body, workflow, and the details and history beside them. */
export function ArticleForm(props: ArticleFormProps) {
  const { article, onSaved, onDeleted, onReload, onReplaced } = props;
  const { autosave, state } = useAutosave(article.id, article.revision);
  const [versionsKey, setVersionsKey] = useState(0);
  const [pauses] = useState(
    () =>
      new PauseSnapshots({
        snapshot: async () => {
          await window.lede.revisions.create({ articleId: article.id, reason: 'autosave' });
          setVersionsKey((key) => key + 1);
        },
      }),
  );
  const typed = useCallback(() => pauses.typed(), [pauses]);
  const fieldsState = useArticleFields(article, autosave, typed);
  const { fields, change, absorb } = fieldsState;
  const related = useRelated(article.id);
  const [notice, setNotice] = useState<string | undefined>(props.initialNotice);
  const [words, setWords] = useState(article.wordCount);
  const wordTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const root = useRef<HTMLDivElement>(null);
  const readBody = useRef<() => DocNode>(() => article.body);
  const readDraft = (): ArticleFields => {
    const {
      status: _status,
      statusBeforeSpike: _before,
      createdAt: _created,
      updatedAt: _updated,
      firstPublishedAt: _published,
      slugEdited: _slugEdited,
      embargo,
      tags,
      ...rest
    } = fields;
    const plainEmbargo = embargo && { local: embargo.local, timeZone: embargo.timeZone };
    return { ...rest, embargo: plainEmbargo, tags: tags.map((tag) => tag.id), body: readBody.current() };
  };
  const unsaved = useUnsavedWork(article.id, autosave, readDraft, props.recovered);

  useEffect(() => {
    autosave.setOnSaved((summary) => {
      onSaved(summary);
      absorb(summary);
      pauses.saved();
    });
  }, [autosave, onSaved, absorb, pauses]);
  useEffect(() => {
    pauses.resume();
    return () => {
      clearTimeout(wordTimer.current);
      // Closing the article: keep a version of what was typed since the last one.
      pauses.dispose();
      void autosave.flush().finally(() => void pauses.flush());
    };
  }, [autosave, pauses]);

  const onBodyChange = useCallback(
    (read: () => DocNode) => {
      readBody.current = read;
      autosave.change({ body: read });
      pauses.typed();
      clearTimeout(wordTimer.current);
      wordTimer.current = setTimeout(() => setWords(countWords(docText(read()))), countDelayMs);
    },
    [autosave, pauses],
  );

  const onHeroChange = useCallback(
    (hero: Article['hero']) => {
      autosave.change({ hero });
      pauses.typed();
    },
    [autosave, pauses],
  );

  const workflow = useWorkflow({
    articleId: article.id,
    autosave,
    onMoved: (summary) => {
      onSaved(summary);
      absorb(summary);
      pauses.kept();
      setVersionsKey((key) => key + 1);
      setNotice(undefined);
    },
    onError: setNotice,
  });

  const goTo = (field: PreflightField): void => {
    if (panelFields.has(field)) props.onTab('details');
    requestAnimationFrame(() => root.current && focusField(root.current, field));
  };

  const saveVersion = async (): Promise<void> => {
    try {
      await autosave.settle();
      const version = await window.lede.revisions.create({ articleId: article.id, reason: 'manual' });
      pauses.kept();
      setVersionsKey((key) => key + 1);
      setNotice(`Version saved at ${formatVersionTime(version.createdAt)}.`);
    } catch (caught) {
      setNotice(asLedeError(caught).message);
    }
  };
  useCommand('article.saveVersion', () => void saveVersion());
  // Change status: to the workflow bar's first move, where Tab and Enter take it on.
  useCommand('article.changeStatus', () =>
    root.current?.querySelector<HTMLButtonElement>('.workflow button:not(:disabled)')?.focus(),
  );

  const loadCurrent = useCallback(async () => {
    await autosave.flush();
    return window.lede.articles.get({ id: article.id });
  }, [autosave, article.id]);

  const restore = useCallback(
    async (id: number) => {
      const restored = await autosave.exclusive((baseRevision) =>
        window.lede.revisions.restore({ id, articleId: article.id, baseRevision }),
      );
      pauses.kept();
      const { body: _body, bodyText: _text, hero: _hero, tags: _tags, ...summary } = restored;
      onSaved(summary);
      onReplaced(restored, 'The version was restored as the newest revision; the one before it is kept in History.');
    },
    [autosave, article.id, pauses, onSaved, onReplaced],
  );

  const remove = async (): Promise<void> => {
    const title = fields.headline.trim() || 'this untitled article';
    if (!window.confirm(`Delete “${title}” and all its versions? This cannot be undone.`)) return;
    autosave.discard();
    pauses.kept(); // nothing is owed for an article about to go
    pauses.dispose();
    try {
      await window.lede.articles.delete({ id: article.id });
      onDeleted(article.id);
    } catch (caught) {
      window.alert(asLedeError(caught).message);
    }
  };

  const dir = textDirection(fields.language);
  const lang = fields.language;
  return (
    <div className="editor-layout" ref={root}>
      <article className="article-form" aria-label="Article editor">
        <div className="article-form__bar">
          <SaveStatus state={state} />
          <span className="article-form__actions">
            <button
              type="button"
              onClick={() => void saveVersion()}
              aria-keyshortcuts={keysFor('article.saveVersion').aria}
            >
              Save version
            </button>
            {props.onDuplicate && (
              <button type="button" className="quiet" onClick={() => void autosave.settle().then(props.onDuplicate)}>
                Duplicate
              </button>
            )}
            <button type="button" className="quiet" onClick={() => void remove()}>
              Delete
            </button>
          </span>
        </div>
        {state.kind === 'conflict' && (
          <ConflictPanel
            articleId={article.id}
            message={state.message}
            unsaved={unsaved}
            onReload={onReload}
            onOpenCopy={props.onOpened}
          />
        )}
        {notice && (
          <p className="bar-notice" role="status" data-testid="editor-notice">
            {notice}{' '}
            <button type="button" className="quiet" onClick={() => setNotice(undefined)}>
              Dismiss
            </button>
          </p>
        )}
        <WorkflowBar
          status={fields.status}
          statusBeforeSpike={fields.statusBeforeSpike}
          busy={workflow.busy}
          onMove={(to) => void workflow.move(to)}
          onCheck={() => void workflow.checkNow()}
        />
        {workflow.report && <PreflightList report={workflow.report} onFocusField={goTo} onDismiss={workflow.dismiss} />}
        <HeaderField
          id="field-kicker"
          label="Kicker"
          value={fields.kicker}
          max={articleLimits.kicker}
          onChange={(value) => change('kicker', value)}
          dir={dir}
          lang={lang}
          placeholder="Kicker (optional)"
          className="field--kicker"
        />
        <HeaderField
          id="field-headline"
          label="Headline"
          value={fields.headline}
          max={articleLimits.headline}
          onChange={(value) => change('headline', value)}
          multiline
          dir={dir}
          lang={lang}
          placeholder="Headline"
          className="field--headline"
          describedBy="count-headline"
          autoFocus={article.headline === ''}
        />
        <HeaderField
          id="field-standfirst"
          label="Standfirst"
          value={fields.standfirst}
          max={articleLimits.standfirst}
          onChange={(value) => change('standfirst', value)}
          multiline
          rows={2}
          dir={dir}
          lang={lang}
          placeholder="Standfirst: the one or two sentences under the headline"
          className="field--standfirst"
          describedBy="count-standfirst"
        />
        <BylinesField bylines={fields.bylines} onChange={(value) => change('bylines', value)} dir={dir} lang={lang} />
        <div className="body-field" dir={dir} lang={lang} data-testid="body-field">
          <BodyEditor initial={article.body} onChange={onBodyChange} hero={article.hero} onHeroChange={onHeroChange} />
        </div>
        <RelatedBlock related={related} />
      </article>
      <SidePanel
        tab={props.tab}
        onTab={props.onTab}
        panels={{
          details: (
            <>
              <TagInput tags={fields.tags} onChange={fieldsState.commitTags} />
              <LengthCounters
                headline={fields.headline}
                standfirst={fields.standfirst}
                altHeadlines={fields.altHeadlines}
                words={words}
              />
              <MetadataPanel articleId={article.id} state={fieldsState} dir={dir} />
            </>
          ),
          related: (
            <RelatedPanel
              articleId={article.id}
              related={related}
              visible={props.tab === 'related'}
              onOpenArticle={props.onOpenArticle}
            />
          ),
          history: (
            <HistoryPanel
              articleId={article.id}
              refreshKey={versionsKey}
              visible={props.tab === 'history'}
              loadCurrent={loadCurrent}
              onRestore={restore}
            />
          ),
        }}
      />
    </div>
  );
}
