/**
 * Statements of the related-links features, shared with the related benchmark's baseline
 * so it measures exactly what the service runs minus scoring and the thread hop.
 */

/**
 * The columns a story card needs, from `articles AS a`. Only the start of the body is read:
 * the excerpt takes a sentence or two of it, and only when there is no standfirst.
 */
export const storyColumns = `a.id, a.headline, a.source, a.status, a.created_at, a.first_published_at, a.standfirst,
  CASE WHEN trim(a.standfirst) = '' THEN substr(a.body_text, 1, 600) ELSE '' END AS body_start`;

export const linksOfSql = `SELECT l.relation, l.note, l.position, ${storyColumns}
  FROM article_links l JOIN articles a ON a.id = l.target_id
  WHERE l.source_id = ? ORDER BY l.position, l.created_at`;

export const backlinksOfSql = `SELECT l.relation, l.note, ${storyColumns}
  FROM article_links l JOIN articles a ON a.id = l.source_id
  WHERE l.target_id = ? ORDER BY a.updated_at DESC, a.id`;

/** Suggestions: the open article. */
export const suggestOpenSql =
  'SELECT id, headline, standfirst, status, created_at, first_published_at FROM articles WHERE id = ?';

/**
 * Suggestions: the open article's tags with how many articles carry each (document
 * frequency), counted up to @cap: past that a tag is common, and counting on costs time.
 */
export const suggestTagsSql = `SELECT t.id, t.name,
    (SELECT count(*) FROM (SELECT 1 FROM article_tags x WHERE x.tag_id = t.id LIMIT @cap)) AS df
  FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = @id`;

/** Suggestions: in how many articles a word (@query, quoted) appears, counted up to @cap. */
export const termFrequencySql =
  'SELECT count(*) FROM (SELECT 1 FROM article_text WHERE article_text MATCH @query LIMIT @cap)';

/** Suggestions: articles carrying any of the rare tags in @tags (a JSON array). */
export const tagCandidatesSql = `SELECT DISTINCT article_id FROM article_tags
  WHERE tag_id IN (SELECT value FROM json_each(@tags)) LIMIT @limit`;

/**
 * Suggestions and the picker: the newest articles matching an FTS5 query. Newest by index
 * key (creation order), which FTS5 walks backwards and stops early, rather than by rank,
 * which would score every match.
 */
export const textMatchesSql = `SELECT k.article_id FROM (
    SELECT rowid AS key FROM article_text WHERE article_text MATCH @query ORDER BY rowid DESC LIMIT @limit
  ) AS m JOIN article_text_keys k ON k.key = m.key ORDER BY m.key DESC`;

/** Suggestions: the most recently edited articles, candidates by recency alone. */
export const recentCandidatesSql = 'SELECT id FROM articles ORDER BY updated_at DESC, id DESC LIMIT ?';

/** Suggestions: what scoring needs of each candidate in @ids (a JSON array), from the covering index. */
export const candidateRowsSql = `SELECT id, status, created_at, first_published_at, headline, standfirst
  FROM articles INDEXED BY articles_story WHERE id IN (SELECT value FROM json_each(@ids))`;

/**
 * Suggestions: about how many articles there are, for rarity (idf). Keys are handed out in
 * order and deleted articles leave gaps, so this can run high; it is one index step where
 * count(*) reads every entry.
 */
export const articleCountSql = 'SELECT coalesce(max(key), 0) FROM article_text_keys';

/** Suggestions: which of the open article's tags (@tags) each candidate (@ids) carries. */
export const sharedTagsSql = `SELECT article_id, tag_id FROM article_tags
  WHERE article_id IN (SELECT value FROM json_each(@ids)) AND tag_id IN (SELECT value FROM json_each(@tags))`;

/** Suggestions: the stories the open article links to already (@id), never suggested again. */
export const linkedTargetsSql = 'SELECT target_id FROM article_links WHERE source_id = ?';

/** Story cards for the ids in @ids (a JSON array). */
export const storiesSql = `SELECT ${storyColumns} FROM articles a WHERE a.id IN (SELECT value FROM json_each(@ids))`;
