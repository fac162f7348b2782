import type Database from 'better-sqlite3';
import type { LibraryQuery } from '../../../shared/library';
import type { FilterOptions } from './library-sql';

/**
 * Which author and tag filters are held by so many stories that walking the list's order
 * and checking each row beats looking every story up and sorting them. SQLite knows only
 * the average author, so bounded counts decide. Walking costs about (rows wanted) ×
 * (stories / set size) index steps and looking up about three steps a story (measured
 * at 100,000 stories: 0.85 µs a step, 2.5 µs a lookup), so walk when the set is larger
 * than the square root of (rows wanted × stories / 3), and only when nothing else
 * narrows the list (two filters together are rarer than either, and lookup wins again).
 */
export function createDenseCheck(db: Database.Database): (query: LibraryQuery, rows: number) => FilterOptions['dense'] {
  const maxDoc = db.prepare('SELECT max(doc) FROM library_entries').pluck();
  const authorStories = db
    .prepare(
      'SELECT count(*) FROM (SELECT 1 FROM article_bylines WHERE name IN (SELECT value FROM json_each(?)) LIMIT ?)',
    )
    .pluck();
  const tagStories = db.prepare('SELECT count(*) FROM (SELECT 1 FROM article_tags WHERE tag_id = ? LIMIT ?)').pluck();
  return (query, rows) => {
    const { authors = [], tagIds = [], statuses, dateField: _field, ...others } = query.filters;
    if (authors.length + tagIds.length !== 1 || (statuses?.length ?? 0) > 0) return undefined;
    if (Object.values(others).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined))) {
      return undefined;
    }
    const threshold = Math.ceil(Math.sqrt((rows * ((maxDoc.get() as number | null) ?? 0)) / 3));
    if (authors.length > 0) {
      return { authors: (authorStories.get(JSON.stringify(authors), threshold) as number) >= threshold };
    }
    return { tags: new Set(tagIds.filter((id) => (tagStories.get(id, threshold) as number) >= threshold)) };
  };
}
