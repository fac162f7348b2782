import type Database from 'better-sqlite3';
import type { LinkCandidate } from '../../../shared/related';
import { toStory, type StoryRow } from './linked-story';
import { storiesSql, storyColumns, textMatchesSql } from './related-sql';
import { tokens, typedQuery } from './text-terms';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How many of the newest matches are ranked before the best `limit` are returned. */
const pool = 60;

/**
 * The link picker's search: the one place its query lives, so it can move to the store's
 * main full-text search (headline, standfirst, body, tags) when that lands; today it reads
 * the small headline-and-standfirst index. A pasted article id finds that article; nothing
 * typed gives the most recently edited stories. Matches with every word in the headline
 * come first, then the newest. The article itself is never offered.
 */
export function findLinkTargets(
  db: Database.Database,
): (articleId: string, typed: string, limit: number) => StoryRow[] {
  const byText = db.prepare(textMatchesSql).pluck();
  const stories = db.prepare(storiesSql);
  const recent = db.prepare(`SELECT ${storyColumns} FROM articles a ORDER BY a.updated_at DESC, a.id DESC LIMIT ?`);

  return (articleId, typed, limit) => {
    const trimmed = typed.trim();
    if (uuid.test(trimmed)) {
      return (stories.all({ ids: JSON.stringify([trimmed.toLowerCase()]) }) as StoryRow[]).filter(
        (row) => row.id !== articleId,
      );
    }
    const query = typedQuery(trimmed);
    if (query === null) {
      return (recent.all(limit + 1) as StoryRow[]).filter((row) => row.id !== articleId).slice(0, limit);
    }
    const ids = (byText.all({ query, limit: pool }) as string[]).filter((id) => id !== articleId);
    const rows = new Map((stories.all({ ids: JSON.stringify(ids) }) as StoryRow[]).map((row) => [row.id, row]));
    const words = tokens(trimmed);
    const inHeadline = (row: StoryRow): boolean => {
      const headline = tokens(row.headline);
      return words.every((word, i) =>
        i === words.length - 1 ? headline.some((h) => h.startsWith(word)) : headline.includes(word),
      );
    };
    const ranked = ids.map((id) => rows.get(id)).filter((row): row is StoryRow => row !== undefined);
    return [...ranked.filter(inHeadline), ...ranked.filter((row) => !inHeadline(row))].slice(0, limit);
  };
}

/** Picker rows: the stories found, each marked when the article links to it already. */
export function toCandidates(rows: readonly StoryRow[], linked: ReadonlySet<string>): LinkCandidate[] {
  return rows.map((row) => ({ story: toStory(row), linked: linked.has(row.id) }));
}
