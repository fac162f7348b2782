import type { ArticleStatus } from '../../../shared/article';
import { LedeError } from '../../../shared/errors';
import { excerptOf, storyTime, type LinkedStory } from '../../../shared/related';

/** The story columns of a row (see `storyColumns`). */
export interface StoryRow {
  id: string;
  headline: string;
  source: string;
  status: ArticleStatus;
  created_at: number;
  first_published_at: number | null;
  standfirst: string;
  body_start: string;
}

export function toStory(row: StoryRow): LinkedStory {
  return {
    id: row.id,
    headline: row.headline,
    source: row.source,
    status: row.status,
    time: storyTime({ firstPublishedAt: row.first_published_at, createdAt: row.created_at }),
    excerpt: excerptOf(row.standfirst, row.body_start),
  };
}

/** The article a call is about is gone. */
export function missingArticle(): LedeError {
  return new LedeError('not_found', 'That article no longer exists; it may have been deleted in another window.');
}

/** The story a link should point to is gone (or never was). */
export function missingTarget(id: string): LedeError {
  return new LedeError(
    'not_found',
    `There is no story with the id ${id}; it may have been deleted. Search for the story again.`,
  );
}
