import { z } from 'zod';
import {
  ArticleFields,
  ArticleId,
  articleStatuses,
  ListCursor,
  SlugInput,
  type Article,
  type ArticleSummary,
} from '../article';
import { channel } from '../channel';

const BaseRevision = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** Whether a slug is free, and if not, whose it is. */
export interface SlugAvailability {
  slug: string;
  available: boolean;
  usedBy?: { id: string; headline: string };
}

export const articleChannels = {
  /** Creates a draft; missing fields start empty, the slug is derived from the headline. */
  'articles.create': channel<Article>()(ArticleFields),

  /** One whole article. */
  'articles.get': channel<Article>()(z.object({ id: ArticleId }).strict()),

  /** A page of summaries, most recently edited first. */
  'articles.list': channel<ArticleSummary[]>()(
    z
      .object({
        limit: z.number().int().min(1).max(500).default(50),
        after: ListCursor.optional(),
      })
      .strict(),
  ),

  /**
   * Applies a patch if the article is still at `baseRevision`; otherwise refuses with
   * `conflict` and changes nothing, so a stale window never overwrites newer text.
   * A slug another article has is refused with `slug_taken`. Returns the new summary
   * (revision, time, counts, derived slug), not the body the caller already has.
   */
  'articles.update': channel<ArticleSummary>()(
    z.object({ id: ArticleId, baseRevision: BaseRevision, patch: ArticleFields }).strict(),
  ),

  /**
   * Moves the article along the workflow, conflict-checked like an update. A move the
   * workflow does not allow is refused with `transition_not_allowed`; a move to ready or
   * published with blocking pre-flight problems with `preflight_failed`, listing them.
   * Every accepted move keeps a version.
   */
  'articles.setStatus': channel<ArticleSummary>()(
    z.object({ id: ArticleId, baseRevision: BaseRevision, status: z.enum(articleStatuses) }).strict(),
  ),

  /** Whether `slug` is free for the article `exceptId` (or for a new one). */
  'articles.slugAvailable': channel<SlugAvailability>()(
    z
      .object({ slug: SlugInput.refine((slug) => slug !== '', 'the slug is empty'), exceptId: ArticleId.optional() })
      .strict(),
  ),

  /** Removes an article and its versions for good. */
  'articles.delete': channel<{ id: string }>()(z.object({ id: ArticleId }).strict()),
};
