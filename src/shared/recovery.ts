import { z } from 'zod';
import { ArticleFields, ArticleId } from './article';

/**
 * Unsaved editor text kept by the recovery journal. The editor writes it a fraction of a
 * second after typing and clears it when the save is acknowledged, so whatever is here
 * after a crash is text the store never received.
 */
export interface RecoveryEntry {
  articleId: string;
  /** The revision the unsaved edits were based on. */
  baseRevision: number;
  /** The article's revision in the store now; above `baseRevision` if it was saved since. */
  storedRevision: number;
  /** When the journal last wrote these edits, in milliseconds since the epoch. */
  savedAt: number;
  /** What to call the article: the journal's headline, or the stored one when that is empty. */
  headline: string;
  /** The fields as they were on screen. */
  fields: ArticleFields;
  /** The fields whose journal value differs from the stored article; never empty. */
  changed: (keyof ArticleFields)[];
}

export const RecoveryPut = z
  .object({
    articleId: ArticleId,
    baseRevision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    fields: ArticleFields,
  })
  .strict();
export type RecoveryPut = z.infer<typeof RecoveryPut>;

export const RecoveryTarget = z.object({ articleId: ArticleId }).strict();
