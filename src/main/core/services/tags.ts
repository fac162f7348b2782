import type Database from 'better-sqlite3';
import type { ArticleSummary, ListCursor } from '../../../shared/article';
import { LedeError } from '../../../shared/errors';
import {
  describeTag,
  tagKinds,
  tagNameKey,
  type Tag,
  type TagKind,
  type TagMatch,
  type TagWithCount,
} from '../../../shared/tag';
import { summaryColumns, toSummary, type SummaryRow } from './article-rows';
import type { ArticleService } from './articles';
import type { RevisionStore } from './revision-store';
import { createTagSearch, type TagSearchQuery } from './tag-search';
import { toTag, type TagRow, type TagStore } from './tag-store';

/** What a merge or a delete did, and the versions that undo it (see `putBack`). */
export interface TagChangeResult {
  /** Articles whose tags changed. */
  articles: number;
  /** For each of them, the version kept just before: putting back their tags undoes the change. */
  versions: number[];
}

export interface TagService {
  /** Autocomplete: see createTagSearch for the order. */
  search(query: TagSearchQuery): TagMatch[];
  /** A new tag; `already_exists` when the kind already has that name (any case or accents). */
  create(input: { kind: TagKind; name: string; externalIds: string[] }): Tag;
  /** Every tag (or every tag of a kind) with its article count, by kind then name. */
  list(kind?: TagKind): TagWithCount[];
  /** One tag with its article count; `not_found` when there is none. */
  get(id: number): TagWithCount;
  /** Renames a tag, changes its kind or external ids; a name the kind already has is refused. */
  update(input: { id: number; name?: string; kind?: TagKind; externalIds?: string[] }): TagWithCount;
  /**
   * Moves every article from `sourceId` to `targetId` (an article with both keeps one) and
   * deletes the source. Each article changed gets a new revision, with the version before
   * kept first, so its history can undo the merge.
   */
  merge(sourceId: number, targetId: number): TagChangeResult & { target: TagWithCount };
  /** Deletes a tag from every article, keeping a version of each first. */
  remove(id: number): TagChangeResult & { id: number };
  /** Articles with a tag, most recently edited first, `limit` at a time after `after`. */
  articles(tagId: number, limit: number, after?: ListCursor): ArticleSummary[];
  /**
   * Gives each version's article the tags that version had (tags merged or deleted since
   * are found again or made again); text and the rest stay as they are now. Undoes a merge
   * or a delete in one step.
   */
  putBack(revisionIds: readonly number[]): { articles: number };
}

interface Deps {
  tags: TagStore;
  articles: ArticleService;
  revisions: RevisionStore;
}

/** The tag service over an open store. */
export function createTagService(db: Database.Database, now: () => number, deps: Deps): TagService {
  const { tags: store, articles, revisions } = deps;
  const search = createTagSearch(db);
  const countColumn = '(SELECT count(*) FROM article_tags WHERE tag_id = tags.id) AS uses';
  const selectOne = db.prepare(
    `SELECT id, kind, name, external_ids, created_at, ${countColumn} FROM tags WHERE id = ?`,
  );
  const selectAll = db.prepare(
    `SELECT t.id, t.kind, t.name, t.external_ids, t.created_at, count(at.article_id) AS uses
     FROM tags t LEFT JOIN article_tags at ON at.tag_id = t.id
     WHERE @kind IS NULL OR t.kind = @kind
     GROUP BY t.id ORDER BY t.name_key, t.id`,
  );
  const selectByKey = db.prepare('SELECT id, kind, name, external_ids FROM tags WHERE kind = ? AND name_key = ?');
  const insert = db.prepare(
    'INSERT INTO tags (kind, name, name_key, external_ids, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
  );
  const updateTag = db.prepare(
    'UPDATE tags SET kind = @kind, name = @name, name_key = @key, external_ids = @external_ids WHERE id = @id',
  );
  const repoint = db.prepare(
    'INSERT OR IGNORE INTO article_tags (article_id, tag_id, position) SELECT article_id, ?, position FROM article_tags WHERE tag_id = ?',
  );
  const deleteTag = db.prepare('DELETE FROM tags WHERE id = ?');
  // Not updated_at: a tag cleanup is not an edit, and must not reshuffle the library.
  const bumpRevision = db.prepare('UPDATE articles SET revision = revision + 1 WHERE id = ?');
  const listTagged = db.prepare(
    `SELECT ${summaryColumns} FROM articles WHERE id IN (SELECT article_id FROM article_tags WHERE tag_id = @tag)
     AND (@after_at IS NULL OR (updated_at, id) < (@after_at, @after_id))
     ORDER BY updated_at DESC, id DESC LIMIT @limit`,
  );

  type CountedRow = TagRow & { created_at: number; uses: number };
  const counted = (row: CountedRow): TagWithCount => ({
    ...toTag(row),
    articleCount: row.uses,
    createdAt: row.created_at,
  });
  const get = (id: number): TagWithCount => {
    const row = selectOne.get(id) as CountedRow | undefined;
    if (!row) throw new LedeError('not_found', 'That tag no longer exists; it may have been merged or deleted.');
    return counted(row);
  };
  const refuseTaken = (kind: TagKind, name: string, exceptId?: number): void => {
    const row = selectByKey.get(kind, tagNameKey(name)) as TagRow | undefined;
    if (row && row.id !== exceptId) {
      throw new LedeError(
        'already_exists',
        `There is already a tag ${describeTag(row)}. ${exceptId === undefined ? 'Choose it from the list' : 'Merge the two instead'}; nothing was changed.`,
      );
    }
  };

  /** The version of an article as it is now: the latest if it holds this revision, else a new one. */
  const versionBefore = (articleId: string, note: string): number => {
    const article = articles.get(articleId);
    const latest = revisions.latest(articleId);
    if (latest && latest.articleRevision === article.revision) return latest.id;
    return revisions.keep(article, 'autosave', { note }).id;
  };

  return {
    search,

    create({ kind, name, externalIds }) {
      return db.transaction(() => {
        refuseTaken(kind, name);
        const { id } = insert.get(kind, name, tagNameKey(name), JSON.stringify(externalIds), now()) as { id: number };
        return { id, kind, name, externalIds };
      })();
    },

    list(kind) {
      const rows = (selectAll.all({ kind: kind ?? null }) as CountedRow[]).map(counted);
      return rows.sort((a, b) => tagKinds.indexOf(a.kind) - tagKinds.indexOf(b.kind));
    },

    get,

    update({ id, name, kind, externalIds }) {
      return db.transaction(() => {
        const current = get(id);
        const next = { kind: kind ?? current.kind, name: name ?? current.name };
        refuseTaken(next.kind, next.name, id);
        updateTag.run({
          id,
          ...next,
          key: tagNameKey(next.name),
          external_ids: JSON.stringify(externalIds ?? current.externalIds),
        });
        if (next.name !== current.name || next.kind !== current.kind) {
          store.onArticleTagsChanged(store.articlesWith(id));
        }
        return get(id);
      })();
    },

    merge(sourceId, targetId) {
      return db.transaction(() => {
        if (sourceId === targetId) {
          throw new LedeError('invalid_input', 'A tag cannot be merged into itself; choose another tag to merge into.');
        }
        const source = get(sourceId);
        const target = get(targetId);
        const affected = store.articlesWith(sourceId);
        const note = `Before merging tag “${source.name}” into “${target.name}”`;
        const versions = affected.map((articleId) => versionBefore(articleId, note));
        repoint.run(targetId, sourceId);
        const externalIds = [...new Set([...target.externalIds, ...source.externalIds])];
        if (externalIds.length !== target.externalIds.length) {
          updateTag.run({
            id: targetId,
            kind: target.kind,
            name: target.name,
            key: tagNameKey(target.name),
            external_ids: JSON.stringify(externalIds),
          });
        }
        deleteTag.run(sourceId);
        for (const articleId of affected) bumpRevision.run(articleId);
        store.onArticleTagsChanged(affected);
        return { target: get(targetId), articles: affected.length, versions };
      })();
    },

    remove(id) {
      return db.transaction(() => {
        const tag = get(id);
        const affected = store.articlesWith(id);
        const note = `Before deleting tag “${tag.name}”`;
        const versions = affected.map((articleId) => versionBefore(articleId, note));
        deleteTag.run(id);
        for (const articleId of affected) bumpRevision.run(articleId);
        store.onArticleTagsChanged(affected);
        return { id, articles: affected.length, versions };
      })();
    },

    articles(tagId, limit, after) {
      get(tagId);
      const rows = listTagged.all({
        tag: tagId,
        after_at: after?.updatedAt ?? null,
        after_id: after?.id ?? null,
        limit,
      }) as SummaryRow[];
      return rows.map(toSummary);
    },

    putBack(revisionIds) {
      return db.transaction(() => {
        const byArticle = new Map<string, { tags: Tag[]; keptAt: number }>();
        for (const id of revisionIds) {
          const revision = revisions.get(id);
          if (!revision)
            throw new LedeError('not_found', 'That version no longer exists; its article may have been deleted.');
          if (!revision.snapshot.tags) {
            throw new LedeError(
              'invalid_input',
              'That version was kept before Lede had tags, so it has none to put back.',
            );
          }
          byArticle.set(revision.articleId, { tags: revision.snapshot.tags, keptAt: revision.createdAt });
        }
        for (const [articleId, { tags, keptAt }] of byArticle) {
          versionBefore(articleId, 'Before putting back tags');
          store.setArticleTags(articleId, store.resolve(tags, keptAt));
          bumpRevision.run(articleId);
        }
        return { articles: byArticle.size };
      })();
    },
  };
}
