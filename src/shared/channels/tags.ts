import { z } from 'zod';
import { ListCursor, type ArticleSummary } from '../article';
import { channel } from '../channel';
import { RevisionId } from '../revision';
import {
  TagCreateInput,
  TagId,
  TagKindSchema,
  TagSearchInput,
  TagUpdateInput,
  type Tag,
  type TagMatch,
  type TagWithCount,
} from '../tag';

/** What a merge or a delete changed; `versions` put back undo it (`tags.putBack`). */
export interface TagChange {
  articles: number;
  versions: number[];
}

export const tagChannels = {
  /**
   * Autocomplete, best first: exact and prefix matches, then a word of the name starting
   * with the query, then its letters in order, then (only when nothing matched) one slip
   * away; more-used tags first within each.
   */
  'tags.search': channel<TagMatch[]>()(TagSearchInput),

  /** A new tag; `already_exists` when its kind has that name already (ignoring case and accents). */
  'tags.create': channel<Tag>()(TagCreateInput),

  /** Every tag, or every tag of one kind, with its article count; by kind, then name. */
  'tags.list': channel<TagWithCount[]>()(z.object({ kind: TagKindSchema.optional() }).strict()),

  /** One tag with its article count, e.g. to say how many articles a delete touches. */
  'tags.get': channel<TagWithCount>()(z.object({ id: TagId }).strict()),

  /** Renames a tag, or changes its kind or external ids; `already_exists` if the name is taken. */
  'tags.update': channel<TagWithCount>()(TagUpdateInput),

  /**
   * Merges `sourceId` into `targetId`: its articles move over (no article holds a tag
   * twice), the source is deleted, and each article changed keeps a version from before.
   * Merging a tag into itself is refused.
   */
  'tags.merge': channel<TagChange & { target: TagWithCount }>()(
    z
      .object({ sourceId: TagId, targetId: TagId })
      .strict()
      .refine((input) => input.sourceId !== input.targetId, {
        error: 'a tag cannot be merged into itself; choose another tag to merge into',
        path: ['targetId'],
      }),
  ),

  /** Deletes a tag from every article; each keeps a version from before. */
  'tags.delete': channel<TagChange & { id: number }>()(z.object({ id: TagId }).strict()),

  /** Articles with a tag, most recently edited first: the library filtered by tag. */
  'tags.articles': channel<ArticleSummary[]>()(
    z
      .object({ tagId: TagId, limit: z.number().int().min(1).max(500).default(50), after: ListCursor.optional() })
      .strict(),
  ),

  /**
   * Gives each version's article the tags that version had, making merged or deleted tags
   * again where needed; nothing else about the articles changes. Undoes a merge or delete.
   */
  'tags.putBack': channel<{ articles: number }>()(
    z.object({ revisionIds: z.array(RevisionId).min(1).max(100_000) }).strict(),
  ),
};
