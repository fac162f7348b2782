import type Database from 'better-sqlite3';
import type { Article } from '../../../shared/article';
import { ArticleFields } from '../../../shared/article';
import { LedeError } from '../../../shared/errors';
import { restorePatch, type Revision, type RevisionSummary } from '../../../shared/revision';
import { conflict } from './article-rows';
import type { ArticleService } from './articles';
import type { RevisionStore } from './revision-store';
import type { TagStore } from './tag-store';

export interface RevisionService {
  /** An article's versions, newest first; `not_found` when the article is gone. */
  list(articleId: string, limit: number): RevisionSummary[];
  /** One version; `not_found` when there is none. */
  get(id: number): Revision;
  /**
   * Keeps the stored article as a version, unless the newest version already holds this
   * revision: then that one is returned (relabelled manual when the user asked).
   */
  create(articleId: string, reason: 'autosave' | 'manual'): RevisionSummary;
  /**
   * Restores a version as a new revision of its article, if the article is still at
   * `baseRevision`. The state before is kept as a version if it was not already, and the
   * result is kept too, so nothing is lost and the restore can be undone the same way.
   * The version's tags come back too, made again if they were merged or deleted since.
   */
  restore(id: number, articleId: string, baseRevision: number): Article;
}

/** Versions of articles, over the revision store and the article service. */
export function createRevisionService(
  db: Database.Database,
  articles: ArticleService,
  store: RevisionStore,
  tags: TagStore,
): RevisionService {
  const missing = (): LedeError =>
    new LedeError('not_found', 'That version no longer exists; its article may have been deleted.');

  const create = (articleId: string, reason: 'autosave' | 'manual', note = ''): RevisionSummary => {
    const article = articles.get(articleId);
    const latest = store.latest(articleId);
    if (latest && latest.articleRevision === article.revision) {
      if (reason === 'manual' && latest.reason === 'autosave') {
        store.relabel(latest.id, 'manual');
        return { ...latest, reason: 'manual' };
      }
      return latest;
    }
    return store.keep(article, reason, { note });
  };

  return {
    list(articleId, limit) {
      articles.get(articleId); // not_found for a deleted article rather than an empty list
      return store.list(articleId, limit);
    },

    get(id) {
      const revision = store.get(id);
      if (!revision) throw missing();
      return revision;
    },

    create: (articleId, reason) => db.transaction(() => create(articleId, reason))(),

    restore(id, articleId, baseRevision) {
      return db.transaction(() => {
        const revision = store.get(id);
        if (!revision || revision.articleId !== articleId) throw missing();
        const current = articles.get(articleId);
        if (current.revision !== baseRevision) throw conflict(current.revision, baseRevision);
        create(articleId, 'autosave', 'Before a restore');
        const parsed = ArticleFields.safeParse(restorePatch(revision.snapshot));
        if (!parsed.success) {
          throw new LedeError(
            'invalid_input',
            `That version cannot be restored (${parsed.error.issues[0]?.message ?? 'it is damaged'}). The article was left as it is.`,
          );
        }
        const patch = parsed.data;
        if (revision.snapshot.tags) patch.tags = tags.resolve(revision.snapshot.tags, revision.createdAt);
        // A slug taken since by another article stays as it is rather than failing the restore.
        if (patch.slug && !articles.slugAvailable(patch.slug, articleId).available) delete patch.slug;
        articles.update(articleId, baseRevision, patch);
        const restored = articles.get(articleId);
        store.keep(restored, 'restore', { restoredFrom: id });
        return restored;
      })();
    },
  };
}
