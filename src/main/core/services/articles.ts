import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import {
  articleLimits,
  type Article,
  type ArticleFields,
  type ArticleStatus,
  type ArticleSummary,
  type ListCursor,
} from '../../../shared/article';
import { countWords, docText, emptyDoc, type DocNode } from '../../../shared/doc';
import { LedeError } from '../../../shared/errors';
import type { HeroImage } from '../../../shared/hero-image';

interface ArticleRow {
  id: string;
  headline: string;
  standfirst: string;
  byline: string;
  body: string;
  body_text: string;
  word_count: number;
  status: ArticleStatus;
  created_at: number;
  updated_at: number;
  revision: number;
  hero: string | null;
}
type SummaryRow = Omit<ArticleRow, 'body' | 'body_text' | 'hero'>;

const summaryColumns = 'id, headline, standfirst, byline, word_count, status, created_at, updated_at, revision';

export interface ArticleService {
  /** Creates an article; missing fields start empty, the status starts as draft. */
  create(fields: ArticleFields): Article;
  /** One whole article; `not_found` when there is none. */
  get(id: string): Article;
  /** Summaries, most recently edited first, `limit` at a time after `after`. */
  list(limit: number, after?: ListCursor): ArticleSummary[];
  /**
   * Applies `patch` only if the stored revision is still `baseRevision`, in one statement;
   * a stale write is refused with `conflict` and changes nothing.
   */
  update(id: string, baseRevision: number, patch: ArticleFields): ArticleSummary;
  /** Deletes an article for good; `not_found` when there is none. */
  remove(id: string): { id: string };
}

/** The article service over an open store; statements are prepared once. */
export function createArticleService(db: Database.Database, now: () => number = Date.now): ArticleService {
  const insert = db.prepare(
    `INSERT INTO articles (id, headline, standfirst, byline, body, body_text, word_count, status, created_at, updated_at, revision)
     VALUES (@id, @headline, @standfirst, @byline, @body, @body_text, @word_count, @status, @created_at, @updated_at, 1)`,
  );
  const selectOne = db.prepare('SELECT * FROM articles WHERE id = ?');
  const selectRevision = db.prepare('SELECT revision FROM articles WHERE id = ?').pluck();
  const listFirst = db.prepare(`SELECT ${summaryColumns} FROM articles ORDER BY updated_at DESC, id DESC LIMIT ?`);
  const listAfter = db.prepare(
    `SELECT ${summaryColumns} FROM articles WHERE (updated_at, id) < (?, ?) ORDER BY updated_at DESC, id DESC LIMIT ?`,
  );
  // NULL means "leave as it is", so one statement serves every partial patch.
  const updateIfCurrent = db.prepare(
    `UPDATE articles SET
       headline   = coalesce(@headline, headline),
       standfirst = coalesce(@standfirst, standfirst),
       byline     = coalesce(@byline, byline),
       body       = coalesce(@body, body),
       body_text  = coalesce(@body_text, body_text),
       word_count = coalesce(@word_count, word_count),
       status     = coalesce(@status, status),
       updated_at = max(@now, updated_at),
       revision   = revision + 1
     WHERE id = @id AND revision = @base
     RETURNING ${summaryColumns}`,
  );
  const deleteOne = db.prepare('DELETE FROM articles WHERE id = ?');
  // The hero is set by its own statement, in the same transaction as the write it belongs
  // to, so the hot autosave statement above stays as it is for body-only patches. Prepared
  // on first use: tests seed stores at earlier schema versions through this service.
  let heroStatements: { set: Database.Statement; assetExists: Database.Statement } | undefined;
  const heroSql = () =>
    (heroStatements ??= {
      set: db.prepare('UPDATE articles SET hero = ? WHERE id = ?'),
      assetExists: db.prepare('SELECT 1 FROM assets WHERE hash = ?').pluck(),
    });
  const setHero = (json: string | null, id: string): void => void heroSql().set.run(json, id);
  const heroJson = (hero: HeroImage | null): string | null => {
    if (hero === null) return null;
    if (heroSql().assetExists.get(hero.assetId) === undefined) {
      throw new LedeError(
        'invalid_input',
        'The hero image is not in the store, so it was not set. Choose the image again from its file.',
      );
    }
    return JSON.stringify(hero);
  };

  return {
    create(fields) {
      const body = serialiseBody(fields.body ?? emptyDoc());
      const hero = fields.hero === undefined ? null : heroJson(fields.hero);
      const time = now();
      const id = randomUUID();
      const insertRow = (row: Record<string, unknown>): void => {
        insert.run(row);
        if (hero !== null) setHero(hero, id);
      };
      (hero === null ? insertRow : db.transaction(insertRow))({
        id,
        headline: fields.headline ?? '',
        standfirst: fields.standfirst ?? '',
        byline: fields.byline ?? '',
        ...body,
        status: fields.status ?? 'draft',
        created_at: time,
        updated_at: time,
      });
      return toArticle(selectOne.get(id) as ArticleRow);
    },

    get(id) {
      const row = selectOne.get(id) as ArticleRow | undefined;
      if (!row) throw notFound();
      return toArticle(row);
    },

    list(limit, after) {
      const rows = (after ? listAfter.all(after.updatedAt, after.id, limit) : listFirst.all(limit)) as SummaryRow[];
      return rows.map(toSummary);
    },

    update(id, baseRevision, patch) {
      const body =
        patch.body === undefined ? { body: null, body_text: null, word_count: null } : serialiseBody(patch.body);
      const hero = patch.hero === undefined ? undefined : heroJson(patch.hero);
      const apply = (params: Record<string, unknown>): SummaryRow | undefined => {
        const updated = updateIfCurrent.get(params) as SummaryRow | undefined;
        if (updated && hero !== undefined) setHero(hero, id);
        return updated;
      };
      const row = (hero === undefined ? apply : db.transaction(apply))({
        id,
        base: baseRevision,
        headline: patch.headline ?? null,
        standfirst: patch.standfirst ?? null,
        byline: patch.byline ?? null,
        ...body,
        status: patch.status ?? null,
        now: now(),
      });
      if (row) return toSummary(row);
      const current = selectRevision.get(id) as number | undefined;
      if (current === undefined) throw notFound();
      throw new LedeError(
        'conflict',
        `This article was changed elsewhere (it is at revision ${current}; this edit was based on ${baseRevision}). Nothing was saved over the newer version.`,
      );
    },

    remove(id) {
      if (deleteOne.run(id).changes === 0) throw notFound();
      return { id };
    },
  };
}

function serialiseBody(doc: DocNode): { body: string; body_text: string; word_count: number } {
  const body = JSON.stringify(doc);
  // Length in UTF-16 units bounds bytes from below; only measure bytes near the cap.
  if (body.length > articleLimits.bodyBytes / 3 && Buffer.byteLength(body) > articleLimits.bodyBytes) {
    throw new LedeError(
      'too_large',
      `The body is ${(Buffer.byteLength(body) / 1048576).toFixed(1)} MB; the limit is ${articleLimits.bodyBytes / 1048576} MB. Split the article or remove pasted material.`,
    );
  }
  const text = docText(doc);
  return { body, body_text: text, word_count: countWords(text) };
}

function notFound(): LedeError {
  return new LedeError('not_found', 'That article no longer exists; it may have been deleted in another window.');
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    headline: row.headline,
    standfirst: row.standfirst,
    byline: row.byline,
    wordCount: row.word_count,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

function toArticle(row: ArticleRow): Article {
  return {
    ...toSummary(row),
    body: JSON.parse(row.body) as DocNode,
    bodyText: row.body_text,
    hero: row.hero ? (JSON.parse(row.hero) as HeroImage) : null,
  };
}
