import type Database from 'better-sqlite3';
import type { Article } from '../../../shared/article';
import type { ArticleService } from './articles';

export interface DuplicateService {
  /**
   * A new draft with the story's fields, body, hero image, tags (in order) and related
   * links (its own related block, in order), a slug of its own and no history: its
   * versions start from this moment. Stories that link to the original keep linking to it.
   */
  duplicate(id: string): Article;
}

/**
 * Duplicating goes through `articles.create`, so the copy is written, tagged and indexed
 * for search exactly as a new story is; only the related links, which have no field on
 * the article, are copied here, in the same transaction.
 */
export function createDuplicateService(
  db: Database.Database,
  articles: ArticleService,
  now: () => number,
): DuplicateService {
  const copyLinks = db.prepare(
    `INSERT INTO article_links (source_id, target_id, relation, position, note, created_at)
     SELECT @copy, target_id, relation, position, note, @now FROM article_links WHERE source_id = @source`,
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
          tags: source.tags.map((tag) => tag.id),
          body: source.body,
          hero: source.hero && { ...source.hero },
        });
        copyLinks.run({ copy: copy.id, source: id, now: now() });
        return articles.get(copy.id);
      })();
    },
  };
}
