import { z } from 'zod';
import { ArticleId, type Article } from '../article';
import { channel, NoInput } from '../channel';
import {
  LibraryQuery,
  maxSearchText,
  PageInput,
  type HeadlineHit,
  type LibraryCount,
  type LibraryFacets,
  type LibraryPage,
  type TagOption,
} from '../library';

const Limit = (max: number, fallback: number) => z.number().int().min(1).max(max).default(fallback);

export const libraryChannels = {
  /**
   * One page of the library: the view (library or trash), search words, filters and
   * sort in `query`, rows `offset` to `offset + limit`. Any search text is accepted; rows
   * found by a search carry the headline and a passage with the matches marked.
   */
  'library.page': channel<LibraryPage>()(PageInput),

  /** How many stories the query finds and how many per status (a search counts up to a cap). */
  'library.count': channel<LibraryCount>()(z.object({ query: LibraryQuery }).strict()),

  /** Sections, authors and languages in use, for the filter controls. */
  'library.facets': channel<LibraryFacets>()(NoInput),

  /** Tags to filter by whose name starts with `text` (the most used when it is empty). */
  'library.tagOptions': channel<TagOption[]>()(
    z.object({ text: z.string().max(200).default(''), limit: Limit(100, 20) }).strict(),
  ),

  /** The tags with these ids, for showing a saved search's tag filter. */
  'library.tags': channel<TagOption[]>()(
    z.object({ ids: z.array(z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)).max(50) }).strict(),
  ),

  /** Stories whose headline matches `text`, best first, for the command palette. */
  'library.headlines': channel<HeadlineHit[]>()(
    z.object({ text: z.string().max(maxSearchText).default(''), limit: Limit(50, 10) }).strict(),
  ),

  /**
   * A new draft copying the story's fields, body and tags, with its own slug and a fresh
   * history.
   */
  'library.duplicate': channel<Article>()(z.object({ id: ArticleId }).strict()),

  /**
   * Deletes every spiked story for good, if the trash still holds `count` stories (the
   * number the user confirmed); otherwise refuses with `conflict` and deletes nothing.
   */
  'library.emptyTrash': channel<{ deleted: number }>()(
    z.object({ count: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }).strict(),
  ),
};
