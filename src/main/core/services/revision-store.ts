import type Database from 'better-sqlite3';
import type { Article } from '../../../shared/article';
import { namedBylines } from '../../../shared/article';
import type { ArticleSnapshot, Revision, RevisionReason, RevisionSummary } from '../../../shared/revision';
import { snapshotOf } from '../../../shared/revision';

interface RevisionRow {
  id: number;
  article_id: string;
  article_revision: number;
  reason: RevisionReason;
  note: string;
  restored_from: number | null;
  author: string;
  headline: string;
  word_count: number;
  created_at: number;
  snapshot?: string;
}

const summaryColumns =
  'id, article_id, article_revision, reason, note, restored_from, author, headline, word_count, created_at';

export interface RevisionStore {
  /** Keeps `article` as a version; the author is "your name" from settings, else the first byline. */
  keep(article: Article, reason: RevisionReason, extra?: { note?: string; restoredFrom?: number }): RevisionSummary;
  /** The newest version of an article, if any. */
  latest(articleId: string): RevisionSummary | undefined;
  list(articleId: string, limit: number): RevisionSummary[];
  get(id: number): Revision | undefined;
  /** Changes the reason of a version (an autosave version the user then saved by hand). */
  relabel(id: number, reason: RevisionReason): void;
}

/** Low-level access to the revisions table, shared by the article and revision services. */
export function createRevisionStore(db: Database.Database, now: () => number, authorName: () => string): RevisionStore {
  const insert = db.prepare(
    `INSERT INTO revisions (article_id, article_revision, reason, note, restored_from, author, headline, word_count, snapshot, created_at)
     VALUES (@article_id, @article_revision, @reason, @note, @restored_from, @author, @headline, @word_count, @snapshot, @created_at)
     RETURNING ${summaryColumns}`,
  );
  const selectLatest = db.prepare(
    `SELECT ${summaryColumns} FROM revisions WHERE article_id = ? ORDER BY id DESC LIMIT 1`,
  );
  const selectList = db.prepare(
    `SELECT ${summaryColumns} FROM revisions WHERE article_id = ? ORDER BY id DESC LIMIT ?`,
  );
  const selectOne = db.prepare(`SELECT ${summaryColumns}, snapshot FROM revisions WHERE id = ?`);
  const updateReason = db.prepare('UPDATE revisions SET reason = ? WHERE id = ?');

  return {
    keep(article, reason, extra = {}) {
      // all(), not get(): the commit's error is only seen once the statement has run to its end.
      const [row] = insert.all({
        article_id: article.id,
        article_revision: article.revision,
        reason,
        note: extra.note ?? '',
        restored_from: extra.restoredFrom ?? null,
        author: authorName().trim() || namedBylines(article.bylines)[0] || '',
        headline: article.headline,
        word_count: article.wordCount,
        snapshot: JSON.stringify(snapshotOf(article)),
        created_at: now(),
      }) as RevisionRow[];
      return toSummary(row!); // an INSERT … RETURNING always returns its row
    },
    latest(articleId) {
      const row = selectLatest.get(articleId) as RevisionRow | undefined;
      return row && toSummary(row);
    },
    list(articleId, limit) {
      return (selectList.all(articleId, limit) as RevisionRow[]).map(toSummary);
    },
    get(id) {
      const row = selectOne.get(id) as RevisionRow | undefined;
      return row && { ...toSummary(row), snapshot: JSON.parse(row.snapshot!) as ArticleSnapshot };
    },
    relabel(id, reason) {
      updateReason.run(reason, id);
    },
  };
}

function toSummary(row: RevisionRow): RevisionSummary {
  return {
    id: row.id,
    articleId: row.article_id,
    articleRevision: row.article_revision,
    reason: row.reason,
    note: row.note,
    restoredFrom: row.restored_from,
    author: row.author,
    headline: row.headline,
    wordCount: row.word_count,
    createdAt: row.created_at,
  };
}
