import type Database from 'better-sqlite3';
import { LedeError } from '../../../shared/errors';
import { linkLimits, type LinkRelation, type RelatedBlockItem, type RelatedLinks } from '../../../shared/related';
import { missingArticle, missingTarget, toStory, type StoryRow } from './linked-story';
import { backlinksOfSql, linksOfSql } from './related-sql';

export interface RelatedLinkService {
  /** An article's links in order (spiked stories included, marked by their status) and its backlinks. */
  of(articleId: string): RelatedLinks;
  /**
   * Links `sourceId` to `targetId` at the end of its list. Refused, changing nothing: a
   * link to itself, to a missing or spiked story, a second link to the same story, more
   * than the limit.
   */
  add(input: { sourceId: string; targetId: string; relation: LinkRelation; note: string }): RelatedLinks;
  /** Changes a link's relation or note. */
  update(input: { sourceId: string; targetId: string; relation?: LinkRelation; note?: string }): RelatedLinks;
  remove(sourceId: string, targetId: string): RelatedLinks;
  /** Puts the links in the order of `targetIds`, which must name each linked story once. */
  reorder(sourceId: string, targetIds: readonly string[]): RelatedLinks;
  /**
   * The related block as previews and exports print it: the links in order, without
   * spiked stories, each with headline, outlet, time and excerpt.
   */
  block(articleId: string): RelatedBlockItem[];
}

type LinkRow = StoryRow & { relation: LinkRelation; note: string; position: number };

/** Related links over an open store; the foreign keys delete a link with either of its articles. */
export function createRelatedLinkService(db: Database.Database, now: () => number): RelatedLinkService {
  const exists = db.prepare('SELECT status FROM articles WHERE id = ?').pluck();
  const selectHeadline = db.prepare('SELECT headline FROM articles WHERE id = ?').pluck();
  const linksOf = db.prepare(linksOfSql);
  const backlinksOf = db.prepare(backlinksOfSql);
  const selectLink = db.prepare('SELECT relation, note FROM article_links WHERE source_id = ? AND target_id = ?');
  const countLinks = db.prepare(
    'SELECT count(*) AS n, coalesce(max(position) + 1, 0) AS next FROM article_links WHERE source_id = ?',
  );
  const insert = db.prepare(
    'INSERT INTO article_links (source_id, target_id, relation, position, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const updateLink = db.prepare(
    'UPDATE article_links SET relation = @relation, note = @note WHERE source_id = @source AND target_id = @target',
  );
  const deleteLink = db.prepare('DELETE FROM article_links WHERE source_id = ? AND target_id = ?');
  const setPosition = db.prepare('UPDATE article_links SET position = ? WHERE source_id = ? AND target_id = ?');
  const selectTargets = db.prepare('SELECT target_id FROM article_links WHERE source_id = ?').pluck();

  const requireArticle = (id: string): void => {
    if (exists.get(id) === undefined) throw missingArticle();
  };
  const title = (id: string): string => {
    const headline = (selectHeadline.get(id) as string | undefined)?.trim();
    return headline ? `“${headline}”` : 'That story';
  };
  const requireLink = (sourceId: string, targetId: string): { relation: LinkRelation; note: string } => {
    const link = selectLink.get(sourceId, targetId) as { relation: LinkRelation; note: string } | undefined;
    if (!link)
      throw new LedeError('not_found', 'That link no longer exists; it may have been removed in another window.');
    return link;
  };

  const of = (articleId: string): RelatedLinks => {
    requireArticle(articleId);
    return {
      links: (linksOf.all(articleId) as LinkRow[]).map((row, position) => ({
        story: toStory(row),
        relation: row.relation,
        note: row.note,
        position,
      })),
      backlinks: (backlinksOf.all(articleId) as LinkRow[]).map((row) => ({
        story: toStory(row),
        relation: row.relation,
        note: row.note,
      })),
    };
  };

  return {
    of,

    add({ sourceId, targetId, relation, note }) {
      return db.transaction(() => {
        requireArticle(sourceId);
        if (sourceId === targetId) {
          throw new LedeError('invalid_input', 'An article cannot link to itself; choose another story.');
        }
        const status = exists.get(targetId) as string | undefined;
        if (status === undefined) throw missingTarget(targetId);
        if (selectLink.get(sourceId, targetId)) {
          throw new LedeError('already_exists', `${title(targetId)} is already linked from this story.`);
        }
        if (status === 'spiked') {
          throw new LedeError('invalid_input', `${title(targetId)} is spiked; restore it before linking to it.`);
        }
        const { n, next } = countLinks.get(sourceId) as { n: number; next: number };
        if (n >= linkLimits.perArticle) {
          throw new LedeError(
            'invalid_input',
            `A story can have at most ${linkLimits.perArticle} related links; remove one first.`,
          );
        }
        insert.run(sourceId, targetId, relation, next, note, now());
        return of(sourceId);
      })();
    },

    update({ sourceId, targetId, relation, note }) {
      return db.transaction(() => {
        requireArticle(sourceId);
        const current = requireLink(sourceId, targetId);
        updateLink.run({
          source: sourceId,
          target: targetId,
          relation: relation ?? current.relation,
          note: note ?? current.note,
        });
        return of(sourceId);
      })();
    },

    remove(sourceId, targetId) {
      return db.transaction(() => {
        requireArticle(sourceId);
        requireLink(sourceId, targetId);
        deleteLink.run(sourceId, targetId);
        return of(sourceId);
      })();
    },

    reorder(sourceId, targetIds) {
      return db.transaction(() => {
        requireArticle(sourceId);
        const current = new Set(selectTargets.all(sourceId) as string[]);
        const given = new Set(targetIds);
        if (
          given.size !== targetIds.length ||
          given.size !== current.size ||
          [...given].some((id) => !current.has(id))
        ) {
          throw new LedeError(
            'invalid_input',
            'The new order must list each linked story exactly once; the links changed meanwhile, so reload them and try again.',
          );
        }
        targetIds.forEach((targetId, position) => setPosition.run(position, sourceId, targetId));
        return of(sourceId);
      })();
    },

    block(articleId) {
      requireArticle(articleId);
      return (linksOf.all(articleId) as LinkRow[])
        .filter((row) => row.status !== 'spiked')
        .map((row) => {
          const story = toStory(row);
          return {
            id: story.id,
            relation: row.relation,
            headline: story.headline,
            outlet: story.source,
            time: story.time,
            excerpt: story.excerpt,
          };
        });
    },
  };
}
