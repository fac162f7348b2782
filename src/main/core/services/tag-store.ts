import type Database from 'better-sqlite3';
import { LedeError } from '../../../shared/errors';
import { tagNameKey, type Tag, type TagKind } from '../../../shared/tag';

/** A tags row as SQLite returns it (the columns read). */
export interface TagRow {
  id: number;
  kind: TagKind;
  name: string;
  external_ids: string;
}

export function toTag(row: TagRow): Tag {
  return { id: row.id, kind: row.kind, name: row.name, externalIds: parseIds(row.external_ids) };
}

function parseIds(json: string): string[] {
  try {
    const ids = JSON.parse(json) as unknown;
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export interface TagStoreOptions {
  /**
   * Told, inside the writing transaction, which articles' tags just changed: set on an
   * article, or renamed, merged or deleted in the tag manager. The search index hooks in
   * here to re-index tag names.
   */
  onArticleTagsChanged?: (articleIds: readonly string[]) => void;
}

export interface TagStore {
  /** An article's tags in the order the editor put them. */
  ofArticle(articleId: string): Tag[];
  /**
   * The tags with these ids, in this order, duplicates dropped; `not_found` naming how many
   * are missing (merged or deleted meanwhile) when any is.
   */
  require(ids: readonly number[]): Tag[];
  /** Replaces an article's tags (checked with `require`) in the given order. */
  setArticleTags(articleId: string, ids: readonly number[]): void;
  /**
   * The ids for tags as a version kept them. A tag still there is used even if renamed
   * since; one merged or deleted since is found by kind and name, or made again (with its
   * external ids), so putting back an old version undoes a merge or a delete.
   */
  resolve(tags: readonly Tag[], keptAt: number): number[];
  /** Which articles carry a tag. */
  articlesWith(tagId: number): string[];
  /** Every write that changes what tags an article shows ends here; see TagStoreOptions. */
  onArticleTagsChanged(articleIds: readonly string[]): void;
}

/** Low-level tag access shared by the article, revision and tag services; statements prepared once. */
export function createTagStore(db: Database.Database, now: () => number, options: TagStoreOptions = {}): TagStore {
  const selectOfArticle = db.prepare(
    `SELECT t.id, t.kind, t.name, t.external_ids FROM article_tags at JOIN tags t ON t.id = at.tag_id
     WHERE at.article_id = ? ORDER BY at.position, t.id`,
  );
  const selectById = db.prepare('SELECT id, kind, name, external_ids, created_at FROM tags WHERE id = ?');
  const selectByKey = db.prepare('SELECT id FROM tags WHERE kind = ? AND name_key = ?').pluck();
  const insertTag = db.prepare(
    'INSERT INTO tags (kind, name, name_key, external_ids, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
  );
  const clearArticle = db.prepare('DELETE FROM article_tags WHERE article_id = ?');
  const insertArticleTag = db.prepare('INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)');
  const selectArticles = db.prepare('SELECT article_id FROM article_tags WHERE tag_id = ?').pluck();

  const onArticleTagsChanged = (articleIds: readonly string[]): void => {
    if (articleIds.length > 0) options.onArticleTagsChanged?.(articleIds);
  };

  const require = (ids: readonly number[]): Tag[] => {
    const tags: Tag[] = [];
    const missing: number[] = [];
    for (const id of new Set(ids)) {
      const row = selectById.get(id) as TagRow | undefined;
      if (row) tags.push(toTag(row));
      else missing.push(id);
    }
    if (missing.length > 0) {
      throw new LedeError(
        'not_found',
        `${missing.length === 1 ? 'A tag' : `${missing.length} tags`} you chose no longer exist${missing.length === 1 ? 's' : ''} (merged or deleted in the tag manager). Choose the tags again; nothing was saved.`,
      );
    }
    return tags;
  };

  return {
    ofArticle: (articleId) => (selectOfArticle.all(articleId) as TagRow[]).map(toTag),
    require,
    setArticleTags(articleId, ids) {
      const tags = require(ids);
      clearArticle.run(articleId);
      tags.forEach((tag, position) => insertArticleTag.run(articleId, tag.id, position));
      onArticleTagsChanged([articleId]);
    },
    resolve(tags, keptAt) {
      return tags.map((tag) => {
        const row = selectById.get(tag.id) as (TagRow & { created_at: number }) | undefined;
        // SQLite may hand a deleted tag's id to a newer tag: only one as old as the version is the same tag.
        if (row && row.created_at <= keptAt) return row.id;
        const key = tagNameKey(tag.name);
        const found = selectByKey.get(tag.kind, key) as number | undefined;
        if (found !== undefined) return found;
        return (insertTag.get(tag.kind, tag.name, key, JSON.stringify(tag.externalIds ?? []), now()) as { id: number })
          .id;
      });
    },
    articlesWith: (tagId) => selectArticles.all(tagId) as string[],
    onArticleTagsChanged,
  };
}
