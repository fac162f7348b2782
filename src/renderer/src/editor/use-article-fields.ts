import { useCallback, useState } from 'react';
import type { Article, ArticleSummary } from '../../../shared/article';
import type { EmbargoInput } from '../../../shared/embargo';
import type { Tag } from '../../../shared/tag';
import { instantOf } from '../../../shared/zoned-time';
import type { Autosave } from './autosave';

/** What the form shows besides the body. */
export type FormFields = Omit<Article, 'id' | 'body' | 'bodyText' | 'wordCount' | 'revision'>;

/** Fields whose value on screen is exactly what a patch sends. */
export type PlainField =
  | 'kicker'
  | 'headline'
  | 'altHeadlines'
  | 'standfirst'
  | 'bylines'
  | 'dateline'
  | 'section'
  | 'source'
  | 'language'
  | 'urgency'
  | 'editorsNote';

export interface ArticleFieldsState {
  fields: FormFields;
  /** Shows a new value and queues it for saving. */
  change: <K extends PlainField>(key: K, value: FormFields[K]) => void;
  /** A checked slug ('' to follow the headline again). */
  commitSlug: (slug: string) => void;
  /** A checked embargo, or null to clear it. */
  commitEmbargo: (embargo: EmbargoInput | null) => void;
  /** The article's tags, in order; saved by id. */
  commitTags: (tags: Tag[]) => void;
  /** Takes what the store decided (derived slug, status, times) from a saved summary. */
  absorb: (summary: ArticleSummary) => void;
}

/** The form's field values, kept in step with the autosave that stores them. */
export function useArticleFields(article: Article, autosave: Autosave, onEdit: () => void): ArticleFieldsState {
  const [fields, setFields] = useState<FormFields>(() => {
    const { id: _id, body: _body, bodyText: _text, wordCount: _words, revision: _revision, ...rest } = article;
    return rest;
  });

  const change = useCallback(
    <K extends PlainField>(key: K, value: FormFields[K]) => {
      setFields((current) => ({ ...current, [key]: value }));
      autosave.change({ [key]: value });
      onEdit();
    },
    [autosave, onEdit],
  );

  const commitSlug = useCallback(
    (slug: string) => {
      setFields((current) => ({ ...current, slug: slug || current.slug, slugEdited: slug !== '' }));
      autosave.change({ slug });
      onEdit();
    },
    [autosave, onEdit],
  );

  const commitEmbargo = useCallback(
    (embargo: EmbargoInput | null) => {
      const at = embargo && instantOf(embargo.local, embargo.timeZone);
      setFields((current) => ({ ...current, embargo: embargo && at !== null ? { ...embargo, at } : null }));
      autosave.change({ embargo });
      onEdit();
    },
    [autosave, onEdit],
  );

  const commitTags = useCallback(
    (tags: Tag[]) => {
      setFields((current) => ({ ...current, tags }));
      autosave.change({ tags: tags.map((tag) => tag.id) });
      onEdit();
    },
    [autosave, onEdit],
  );

  const absorb = useCallback((summary: ArticleSummary) => {
    setFields((current) => ({
      ...current,
      slug: summary.slug,
      slugEdited: summary.slugEdited,
      status: summary.status,
      statusBeforeSpike: summary.statusBeforeSpike,
      createdAt: summary.createdAt,
      updatedAt: summary.updatedAt,
      firstPublishedAt: summary.firstPublishedAt,
    }));
  }, []);

  return { fields, change, commitSlug, commitEmbargo, commitTags, absorb };
}
