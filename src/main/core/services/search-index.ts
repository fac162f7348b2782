import type Database from 'better-sqlite3';

/**
 * Keeping the full-text index (migration 0010) right. Article text is kept by triggers on
 * every write to `articles`; tag names live in other tables, so whoever changes an
 * article's tags (or renames or deletes a tag) calls `reindexArticleTags` afterwards, in
 * the same transaction.
 */

/** An article's tag names as the index holds them: in tag order, comma-separated. */
const tagNamesOf = (articleId: string): string => `coalesce((
    SELECT group_concat(t.name, ', ' ORDER BY at.position, t.id)
    FROM article_tags AS at JOIN tags AS t ON t.id = at.tag_id
    WHERE at.article_id = ${articleId}), '')`;

/** The library_entries columns copied from articles, in one place for the rebuild. */
const entryColumns = [
  'kicker',
  'headline',
  'status',
  'status_before_spike',
  'section',
  'bylines',
  'language',
  'word_count',
  'created_at',
  'updated_at',
  'embargo_at',
  'revision',
];

interface IndexedRow {
  doc: number;
  tag_names: string;
  fresh: string;
  headline: string;
  standfirst: string;
  body_text: string;
  bylines: string;
}

const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function prepare(db: Database.Database) {
  return {
    indexed: db.prepare(
      `SELECT e.doc, e.tag_names, ${tagNamesOf('e.article_id')} AS fresh,
              a.headline, a.standfirst, a.body_text, a.bylines
       FROM library_entries AS e JOIN articles AS a ON a.id = e.article_id
       WHERE e.article_id = ?`,
    ),
    remove: db.prepare(
      `INSERT INTO search_index (search_index, rowid, headline, standfirst, body, bylines, tags)
       VALUES ('delete', @doc, @headline, @standfirst, @body_text, @bylines, @tag_names)`,
    ),
    add: db.prepare(
      `INSERT INTO search_index (rowid, headline, standfirst, body, bylines, tags)
       VALUES (@doc, @headline, @standfirst, @body_text, @bylines, @fresh)`,
    ),
    setNames: db.prepare('UPDATE library_entries SET tag_names = ? WHERE doc = ?'),
  };
}

/**
 * Re-indexes the tag names of the given articles after their tags changed (added,
 * removed, reordered, renamed, merged or deleted). Articles whose names did not change,
 * and ids that are not articles, are skipped. Returns how many were re-indexed.
 * Costs one index update per changed article: renaming a tag on 5,000 stories re-indexes
 * 5,000 rows (a second or two).
 */
export function reindexArticleTags(db: Database.Database, articleIds: Iterable<string>): number {
  let s = statements.get(db);
  if (!s) statements.set(db, (s = prepare(db)));
  const run = s;
  return db.transaction(() => {
    let changed = 0;
    for (const id of new Set(articleIds)) {
      const row = run.indexed.get(id) as IndexedRow | undefined;
      if (!row || row.fresh === row.tag_names) continue;
      run.remove.run(row);
      run.setNames.run(row.fresh, row.doc);
      run.add.run(row);
      changed++;
    }
    return changed;
  })();
}

/**
 * Builds the library and search tables again from the articles and tags: an entry for
 * every article (new ones get docs oldest first; existing ones keep theirs), every
 * tag-name list, the bylines table, and the FTS index itself.
 */
export function rebuildSearchIndex(db: Database.Database): void {
  const columns = entryColumns.join(', ');
  const fromArticle = entryColumns.map((column) => `a.${column}`).join(', ');
  const update = [...entryColumns, 'tag_names'].map((column) => `${column} = excluded.${column}`).join(', ');
  db.transaction(() => {
    db.exec(`
      INSERT INTO library_entries (article_id, ${columns}, tag_names)
        SELECT a.id, ${fromArticle}, ${tagNamesOf('a.id')} FROM articles AS a WHERE true
        ORDER BY a.created_at, a.id
        ON CONFLICT (article_id) DO UPDATE SET ${update};
      DELETE FROM article_bylines;
      INSERT OR IGNORE INTO article_bylines (name, article_id)
        SELECT trim(j.value), a.id FROM articles AS a, json_each(a.bylines) AS j WHERE trim(j.value) <> '';
      INSERT INTO search_index (search_index) VALUES ('rebuild');
    `);
  })();
}

/**
 * Runs `fill` (which writes many articles) with the search triggers off, then builds the
 * index once: far faster than indexing row by row. All in one transaction, so a failure
 * leaves the store, triggers included, as it was.
 */
export function bulkLoad<T>(db: Database.Database, fill: () => T): T {
  return db.transaction(() => {
    const triggers = db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'articles' AND (name LIKE 'library%' OR name LIKE 'search%')",
      )
      .all() as { name: string; sql: string }[];
    for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name.replace(/"/g, '""')}"`);
    const result = fill();
    rebuildSearchIndex(db);
    for (const trigger of triggers) db.exec(trigger.sql);
    return result;
  })();
}

/**
 * What is wrong with the search tables, in words; empty when the index, the docs, the
 * tag names and the bylines table all agree with the articles.
 */
export function searchIndexProblems(db: Database.Database): string[] {
  const problems: string[] = [];
  try {
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
  } catch (error) {
    problems.push(`the full-text index does not match the articles (${(error as Error).message})`);
  }
  const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
  const columns = entryColumns.join(', ');
  const drift = count(
    `SELECT count(*) FROM (
       SELECT id, ${columns}, ${tagNamesOf('a.id')} FROM articles AS a
       EXCEPT SELECT article_id, ${columns}, tag_names FROM library_entries)`,
  );
  if (drift > 0) problems.push(`${drift} article(s) differ from their library entry`);
  const bylines = count(
    `SELECT count(*) FROM (
       SELECT trim(j.value) AS name, a.id AS article_id FROM articles AS a, json_each(a.bylines) AS j
       WHERE trim(j.value) <> ''
       EXCEPT SELECT name, article_id FROM article_bylines)`,
  );
  const extraBylines = count(
    `SELECT count(*) FROM article_bylines AS b WHERE NOT EXISTS (
       SELECT 1 FROM articles AS a, json_each(a.bylines) AS j
       WHERE a.id = b.article_id AND trim(j.value) = b.name)`,
  );
  if (bylines + extraBylines > 0) problems.push('the bylines table does not match the articles');
  return problems;
}
