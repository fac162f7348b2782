import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import {
  defaultLanguage,
  statusLabels,
  urgencyRange,
  type Article,
  type ArticlePatch,
  type ArticleStatus,
  type ArticleSummary,
  type ListCursor,
} from '../../../shared/article';
import type { SlugAvailability } from '../../../shared/channels/articles';
import { emptyDoc } from '../../../shared/doc';
import type { HeroImage } from '../../../shared/hero-image';
import type { EmbargoInput } from '../../../shared/embargo';
import { LedeError } from '../../../shared/errors';
import { describeProblems, preflight } from '../../../shared/preflight';
import { checkedStatuses, moveProblem } from '../../../shared/workflow';
import { instantOf } from '../../../shared/zoned-time';
import {
  conflict,
  notFound,
  serialiseBody,
  summaryColumns,
  toArticle,
  toSummary,
  type ArticleRow,
  type SummaryRow,
} from './article-rows';
import { insertArticleSql, listFirstSql, updateIfCurrentSql } from './article-sql';
import { createRevisionStore, type RevisionStore } from './revision-store';
import { createSettingsService, type SettingsService } from './settings';
import { createSlugs } from './slugs';
import { createTagStore, type TagStore } from './tag-store';

export interface ArticleService {
  /** Creates a draft; missing fields start empty and the slug is derived from the headline. */
  create(fields: ArticlePatch): Article;
  /** One whole article; `not_found` when there is none. */
  get(id: string): Article;
  /** Summaries, most recently edited first, `limit` at a time after `after`. */
  list(limit: number, after?: ListCursor): ArticleSummary[];
  /**
   * Applies `patch` only if the stored revision is still `baseRevision`; a stale write is
   * refused with `conflict`, a slug another article has with `slug_taken`, and either
   * changes nothing. A slug nobody has edited follows the headline until first publication.
   */
  update(id: string, baseRevision: number, patch: ArticlePatch): ArticleSummary;
  /**
   * Moves the article along the workflow (conflict-checked); moves into ready or published
   * run the pre-flight checks and blocking problems refuse the move. Keeps a version.
   */
  setStatus(id: string, baseRevision: number, status: ArticleStatus): ArticleSummary;
  /** Whether `slug` is free for the article `exceptId`. */
  slugAvailable(slug: string, exceptId?: string): SlugAvailability;
  /** Deletes an article and its versions for good; `not_found` when there is none. */
  remove(id: string): { id: string };
}

export interface ArticleServiceDeps {
  settings?: SettingsService;
  revisions?: RevisionStore;
  tags?: TagStore;
}

/** The article service over an open store; statements are prepared once. */
export function createArticleService(
  db: Database.Database,
  now: () => number = Date.now,
  deps: ArticleServiceDeps = {},
): ArticleService {
  const settings = deps.settings ?? createSettingsService(db, now);
  const revisions = deps.revisions ?? createRevisionStore(db, now, () => settings.get().authorName);
  const tags = deps.tags ?? createTagStore(db, now);
  const slugs = createSlugs(db);

  const insert = db.prepare(insertArticleSql);
  const selectOne = db.prepare('SELECT * FROM articles WHERE id = ?');
  const selectSlugState = db.prepare(
    'SELECT revision, headline, slug, slug_edited, first_published_at FROM articles WHERE id = ?',
  );
  const selectRevision = db.prepare('SELECT revision FROM articles WHERE id = ?').pluck();
  const listFirst = db.prepare(listFirstSql);
  const listAfter = db.prepare(
    `SELECT ${summaryColumns} FROM articles WHERE (updated_at, id) < (?, ?) ORDER BY updated_at DESC, id DESC LIMIT ?`,
  );
  const updateIfCurrent = db.prepare(updateIfCurrentSql);
  const updateStatus = db.prepare(
    `UPDATE articles SET
       status              = @status,
       status_before_spike = @before_spike,
       first_published_at  = coalesce(first_published_at, CASE WHEN @status = 'published' THEN @now END),
       updated_at          = max(@now, updated_at),
       revision            = revision + 1
     WHERE id = @id AND revision = @base
     RETURNING *`,
  );
  const deleteOne = db.prepare('DELETE FROM articles WHERE id = ?');
  // The hero is set by its own statement, in the same transaction as the write it belongs
  // to, so the hot autosave statement stays as it is for body-only patches. Prepared on
  // first use: tests seed stores at earlier schema versions through this service.
  let heroStatements: { set: Database.Statement; assetExists: Database.Statement } | undefined;
  const heroSql = () =>
    (heroStatements ??= {
      set: db.prepare('UPDATE articles SET hero = ? WHERE id = ?'),
      assetExists: db.prepare('SELECT 1 FROM assets WHERE hash = ?').pluck(),
    });
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

  // Articles from before migration 0002 get their slugs once, here, where slugify runs.
  slugs.backfill();

  const slugTaken = (slug: string, owner: { headline: string }): LedeError =>
    new LedeError(
      'slug_taken',
      `The slug “${slug}” is already used by “${owner.headline.trim() || 'an untitled article'}”. Choose another slug, or clear it to derive one from the headline.`,
    );

  /** The slug columns a patch sets, or nulls to leave them. */
  function slugChange(
    id: string,
    patch: ArticlePatch,
    current: { headline: string; slug: string; slug_edited: number; first_published_at: number | null },
  ): { slug: string | null; slug_edited: number | null } {
    if (patch.slug !== undefined && patch.slug !== '') {
      if (patch.slug !== current.slug) {
        const owner = slugs.owner(patch.slug);
        if (owner && owner.id !== id) throw slugTaken(patch.slug, owner);
      }
      return { slug: patch.slug, slug_edited: 1 };
    }
    // A published URL must not move when someone rewrites the headline.
    const follows = patch.slug === '' || (current.slug_edited === 0 && current.first_published_at === null);
    if (!follows || (patch.slug === undefined && patch.headline === undefined))
      return { slug: null, slug_edited: null };
    return { slug: slugs.derive(patch.headline ?? current.headline, id), slug_edited: 0 };
  }

  function update(id: string, baseRevision: number, patch: ArticlePatch): ArticleSummary {
    let slug: { slug: string | null; slug_edited: number | null } = { slug: null, slug_edited: null };
    if (patch.slug !== undefined || patch.headline !== undefined) {
      const current = selectSlugState.get(id) as
        | { revision: number; headline: string; slug: string; slug_edited: number; first_published_at: number | null }
        | undefined;
      if (!current) throw notFound();
      if (current.revision !== baseRevision) throw conflict(current.revision, baseRevision);
      slug = slugChange(id, patch, current);
    }
    const body =
      patch.body === undefined ? { body: null, body_text: null, word_count: null } : serialiseBody(patch.body);
    // all(), not get(): get() stops at the first RETURNING row and ignores the error of the
    // reset that commits, so a commit refused by a full disk would be reported as saved.
    const [row] = updateIfCurrent.all({
      id,
      base: baseRevision,
      kicker: patch.kicker ?? null,
      headline: patch.headline ?? null,
      headline_web: patch.altHeadlines?.web ?? null,
      headline_seo: patch.altHeadlines?.seo ?? null,
      headline_social: patch.altHeadlines?.social ?? null,
      standfirst: patch.standfirst ?? null,
      ...slug,
      bylines: patch.bylines === undefined ? null : JSON.stringify(patch.bylines),
      dateline: patch.dateline ?? null,
      section: patch.section ?? null,
      source: patch.source ?? null,
      language: patch.language ?? null,
      urgency: patch.urgency ?? null,
      editors_note: patch.editorsNote ?? null,
      set_embargo: patch.embargo === undefined ? 0 : 1,
      ...embargoColumns(patch.embargo ?? null),
      ...body,
      now: now(),
    }) as (SummaryRow | undefined)[];
    if (row) return toSummary(row);
    const current = selectRevision.get(id) as number | undefined;
    if (current === undefined) throw notFound();
    throw conflict(current, baseRevision);
  }

  return {
    create(fields) {
      const id = randomUUID();
      const headline = fields.headline ?? '';
      let slug: string;
      if (fields.slug) {
        const owner = slugs.owner(fields.slug);
        if (owner) throw slugTaken(fields.slug, owner);
        slug = fields.slug;
      } else {
        slug = slugs.derive(headline);
      }
      const hero = fields.hero === undefined ? null : heroJson(fields.hero);
      const row = {
        id,
        kicker: fields.kicker ?? '',
        headline,
        headline_web: fields.altHeadlines?.web ?? '',
        headline_seo: fields.altHeadlines?.seo ?? '',
        headline_social: fields.altHeadlines?.social ?? '',
        standfirst: fields.standfirst ?? '',
        slug,
        slug_edited: fields.slug ? 1 : 0,
        bylines: JSON.stringify(fields.bylines ?? []),
        dateline: fields.dateline ?? '',
        section: fields.section ?? '',
        source: fields.source ?? '',
        language: fields.language ?? defaultLanguage,
        urgency: fields.urgency ?? urgencyRange.default,
        editors_note: fields.editorsNote ?? '',
        ...embargoColumns(fields.embargo ?? null),
        ...serialiseBody(fields.body ?? emptyDoc()),
        now: now(),
      };
      db.transaction(() => {
        insert.run(row);
        if (hero !== null) heroSql().set.run(hero, id);
        if (fields.tags) tags.setArticleTags(id, fields.tags);
      })();
      return toArticle(selectOne.get(id) as ArticleRow, tags.ofArticle(id));
    },

    get(id) {
      const row = selectOne.get(id) as ArticleRow | undefined;
      if (!row) throw notFound();
      return toArticle(row, tags.ofArticle(id));
    },

    list(limit, after) {
      const rows = (after ? listAfter.all(after.updatedAt, after.id, limit) : listFirst.all(limit)) as SummaryRow[];
      return rows.map(toSummary);
    },

    update(id, baseRevision, patch) {
      const hero = patch.hero === undefined ? undefined : heroJson(patch.hero);
      const apply = (): ArticleSummary => {
        const summary = update(id, baseRevision, patch);
        if (hero !== undefined) heroSql().set.run(hero, id);
        if (patch.tags !== undefined) tags.setArticleTags(id, patch.tags);
        return summary;
      };
      // Reading before writing (for the slug) must see the same row the write changes; a
      // hero is set with the write it belongs to; a tag list that cannot be stored must
      // leave the rest of the patch unsaved too.
      return patch.slug !== undefined || patch.headline !== undefined || hero !== undefined || patch.tags !== undefined
        ? db.transaction(apply)()
        : update(id, baseRevision, patch);
    },

    setStatus(id, baseRevision, status) {
      return db.transaction(() => {
        const row = selectOne.get(id) as ArticleRow | undefined;
        if (!row) throw notFound();
        if (row.revision !== baseRevision) throw conflict(row.revision, baseRevision);
        const current = tags.ofArticle(id);
        const article = toArticle(row, current);
        const problem = moveProblem(article.status, status, article.statusBeforeSpike);
        if (problem) throw new LedeError('transition_not_allowed', problem);
        if (checkedStatuses.includes(status)) {
          const blocking = preflight(article, settings.get().deskLimits, now()).filter(
            (found) => found.severity === 'blocking',
          );
          if (blocking.length > 0) {
            throw new LedeError(
              'preflight_failed',
              `This story cannot move to ${statusLabels[status].toLowerCase()} yet: ${describeProblems(blocking)}.`,
            );
          }
        }
        const updated = toArticle(
          updateStatus.get({
            id,
            base: baseRevision,
            status,
            before_spike: status === 'spiked' ? article.status : null,
            now: now(),
          }) as ArticleRow,
          current,
        );
        revisions.keep(updated, 'status', {
          note: `${statusLabels[article.status]} → ${statusLabels[status]}`,
        });
        const { body: _body, bodyText: _text, hero: _hero, tags: _tags, ...summary } = updated;
        return summary;
      })();
    },

    slugAvailable(slug, exceptId) {
      const owner = slugs.owner(slug);
      return owner && owner.id !== exceptId
        ? { slug, available: false, usedBy: { id: owner.id, headline: owner.headline } }
        : { slug, available: true };
    },

    remove(id) {
      if (deleteOne.run(id).changes === 0) throw notFound();
      return { id };
    },
  };
}

/** The embargo columns for a stored embargo (or none); the instant is worked out here. */
function embargoColumns(embargo: EmbargoInput | null): {
  embargo_local: string | null;
  embargo_zone: string | null;
  embargo_at: number | null;
} {
  if (!embargo) return { embargo_local: null, embargo_zone: null, embargo_at: null };
  const at = instantOf(embargo.local, embargo.timeZone);
  // The contract has checked it; this guards calls that did not come through it.
  if (at === null)
    throw new LedeError('invalid_input', `The embargo ${embargo.local} in ${embargo.timeZone} is not a real time.`);
  return { embargo_local: embargo.local, embargo_zone: embargo.timeZone, embargo_at: at };
}
