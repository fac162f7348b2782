import type Database from 'better-sqlite3';
import type { Article } from '../../../shared/article';
import type { ArticleService } from './articles';
import { reindexArticleTags } from './search-index';

/**
 * Copies what another feature keeps about an article (related links, say) from `fromId`
 * to the new `toId`; runs inside the duplicate's transaction.
 */
export type CopyAlong = (db: Database.Database, fromId: string, toId: string) => void;

export interface DuplicateService {
  /**
   * A new draft with the story's fields, body and tags (and whatever `copyAlong` copies),
   * a slug of its own and no history: its versions start from this moment.
   */
  duplicate(id: string): Article;
}

export function createDuplicateService(
  db: Database.Database,
  articles: ArticleService,
  copyAlong: readonly CopyAlong[] = [],
): DuplicateService {
  const copyTags = db.prepare(
    'INSERT INTO article_tags (article_id, tag_id, position) SELECT ?, tag_id, position FROM article_tags WHERE article_id = ?',
  );
  return {
    duplicate(id) {
      return db.transaction(() => {
        const source = articles.get(id);
        const copy = articles.create({
          kicker: source.kicker,
          headline: source.headline,
          altHeadlines: { ...source.altHeadlines },
          standfirst: source.standfirst,
          bylines: [...source.bylines],
          dateline: source.dateline,
          section: source.section,
          source: source.source,
          language: source.language,
          urgency: source.urgency,
          editorsNote: source.editorsNote,
          embargo: source.embargo && { local: source.embargo.local, timeZone: source.embargo.timeZone },
          body: source.body,
        });
        copyTags.run(copy.id, id);
        reindexArticleTags(db, [copy.id]);
        for (const copyOne of copyAlong) copyOne(db, id, copy.id);
        return articles.get(copy.id);
      })();
    },
  };
}
