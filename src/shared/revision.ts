import { z } from 'zod';
import type { Article, ArticleFields } from './article';
import { ArticleId } from './article';
import type { Tag } from './tag';

/** Why a version was kept. */
export const revisionReasons = ['autosave', 'manual', 'status', 'restore'] as const;
export type RevisionReason = (typeof revisionReasons)[number];

export const revisionReasonLabels: Record<RevisionReason, string> = {
  autosave: 'Saved while writing',
  manual: 'Saved version',
  status: 'Status change',
  restore: 'Restored',
};

/**
 * Everything a version keeps: the article as a reader and an editor see it. Tags are kept
 * whole (id, kind, name, external ids), so a version from before a merge or a delete can
 * bring the tag back; versions kept before tags existed have none.
 */
export type ArticleSnapshot = { tags?: Tag[] } & Pick<
  Article,
  | 'kicker'
  | 'headline'
  | 'altHeadlines'
  | 'standfirst'
  | 'slug'
  | 'slugEdited'
  | 'bylines'
  | 'dateline'
  | 'section'
  | 'source'
  | 'language'
  | 'urgency'
  | 'editorsNote'
  | 'embargo'
  | 'body'
  | 'status'
>;

/** The snapshot of an article; one place, so a new field is kept by every version. */
export function snapshotOf(article: Article): ArticleSnapshot {
  return {
    kicker: article.kicker,
    headline: article.headline,
    altHeadlines: { ...article.altHeadlines },
    standfirst: article.standfirst,
    slug: article.slug,
    slugEdited: article.slugEdited,
    bylines: [...article.bylines],
    dateline: article.dateline,
    section: article.section,
    source: article.source,
    language: article.language,
    urgency: article.urgency,
    editorsNote: article.editorsNote,
    embargo: article.embargo,
    tags: article.tags.map((tag) => ({ ...tag, externalIds: [...tag.externalIds] })),
    body: article.body,
    status: article.status,
  };
}

/**
 * The patch that puts a version's content back. The status stays as it is (restoring
 * text never un-publishes a story), and a slug that was following the headline goes on
 * following it. Fields a version predates are left out, so they keep their current values.
 * Tags are not here: their ids must be found in the store again (see the revision service).
 */
export function restorePatch(snapshot: Partial<ArticleSnapshot>): ArticleFields {
  const patch: ArticleFields = {};
  const copy = <K extends keyof ArticleFields & keyof ArticleSnapshot>(key: K): void => {
    if (snapshot[key] !== undefined) (patch as Record<string, unknown>)[key] = snapshot[key];
  };
  for (const key of [
    'kicker',
    'headline',
    'altHeadlines',
    'standfirst',
    'bylines',
    'dateline',
    'section',
    'source',
    'language',
    'urgency',
    'editorsNote',
    'body',
  ] as const) {
    copy(key);
  }
  if (snapshot.slug !== undefined) patch.slug = snapshot.slugEdited ? snapshot.slug : '';
  if (snapshot.embargo !== undefined) {
    patch.embargo = snapshot.embargo && { local: snapshot.embargo.local, timeZone: snapshot.embargo.timeZone };
  }
  return patch;
}

export interface RevisionSummary {
  id: number;
  articleId: string;
  /** The article's revision number when the version was kept. */
  articleRevision: number;
  reason: RevisionReason;
  /** "Draft → In edit" for a status change; otherwise usually empty. */
  note: string;
  /** For a restore: the version it brought back. */
  restoredFrom: number | null;
  author: string;
  headline: string;
  wordCount: number;
  createdAt: number;
}

export interface Revision extends RevisionSummary {
  snapshot: ArticleSnapshot;
}

export const RevisionId = z
  .number({ error: 'the revision id must be a number' })
  .int('the revision id must be a whole number')
  .min(1, 'the revision id must be positive')
  .max(Number.MAX_SAFE_INTEGER);

export const RevisionListInput = z
  .object({ articleId: ArticleId, limit: z.number().int().min(1).max(1_000).default(200) })
  .strict();

export const RevisionCreateInput = z.object({ articleId: ArticleId, reason: z.enum(['autosave', 'manual']) }).strict();

export const RevisionRestoreInput = z
  .object({
    id: RevisionId,
    articleId: ArticleId,
    baseRevision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  })
  .strict();
