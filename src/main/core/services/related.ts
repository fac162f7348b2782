import type Database from 'better-sqlite3';
import type { LinkCandidate, Suggestion } from '../../../shared/related';
import { missingArticle } from './linked-story';
import { findLinkTargets, toCandidates } from './link-picker';
import { createSuggester } from './link-suggestions';
import { createRelatedLinkService, type RelatedLinkService } from './related-links';

export interface RelatedService extends RelatedLinkService {
  /** The link picker: stories matching what was typed (see findLinkTargets), marked when linked already. */
  search(articleId: string, query: string, limit: number): LinkCandidate[];
  /** Ranked stories to link, each with its reasons (see createSuggester). */
  suggest(articleId: string, limit: number): Suggestion[];
}

/** Related coverage: links and backlinks, the picker and suggestions. */
export function createRelatedService(db: Database.Database, now: () => number): RelatedService {
  const links = createRelatedLinkService(db, now);
  const find = findLinkTargets(db);
  const suggest = createSuggester(db);
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const linked = db.prepare('SELECT target_id FROM article_links WHERE source_id = ?').pluck();

  return {
    ...links,
    search(articleId, query, limit) {
      if (!exists.get(articleId)) throw missingArticle();
      return toCandidates(find(articleId, query, limit), new Set(linked.all(articleId) as string[]));
    },
    suggest,
  };
}
