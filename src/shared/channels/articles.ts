import { z } from 'zod';
import { ArticleFields, ArticleId, ListCursor, type Article, type ArticleSummary } from '../article';
import { channel } from '../channel';

export const articleChannels = {
  /** Creates an article; missing fields start empty. */
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
   * Returns the new summary (revision, time, counts), not the body the caller already has.
   */
  'articles.update': channel<ArticleSummary>()(
    z
      .object({
        id: ArticleId,
        baseRevision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
        patch: ArticleFields,
      })
      .strict(),
  ),

  /** Removes an article for good. */
  'articles.delete': channel<{ id: string }>()(z.object({ id: ArticleId }).strict()),
};
