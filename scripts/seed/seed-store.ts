/**
 * Fills an open store with a synthetic archive: raw prepared inserts in one transaction,
 * the search triggers off and the full-text index built once at the end (`bulkLoad`),
 * then ANALYZE so the query planner knows the archive's shape.
 */
import type Database from 'better-sqlite3';
import { bulkLoad } from '../../src/main/core/services/search-index';
import { slugify, untitledSlug } from '../../src/shared/slug';
import { tagCatalogue } from './synthetic-tags';
import { createStoryGenerator } from './synthetic-story';

/** Goes up whenever the generator's output changes, so a kept archive is seeded again. */
export const seedFormat = 1;

export interface SeedOptions {
  articles: number;
  /** Same seed, same archive. */
  seed?: number;
  /** The newest story's time; the archive spans the two years before it. */
  now?: number;
  spanDays?: number;
  /** Called now and then with how many stories are written. */
  onProgress?: (done: number, total: number) => void;
  /** Called when a step without a count starts ("building the search index"). */
  onStep?: (step: string) => void;
}

export interface SeedResult {
  articles: number;
  tags: number;
  articleTags: number;
}

const insertSql = `INSERT INTO articles (id, kicker, headline, headline_web, headline_seo, headline_social, standfirst,
    slug, slug_edited, bylines, dateline, section, source, language, urgency, editors_note, embargo_local,
    embargo_zone, embargo_at, body, body_text, word_count, status, status_before_spike, created_at, updated_at,
    first_published_at, revision)
  VALUES (@id, @kicker, @headline, @headline_web, @headline_seo, @headline_social, @standfirst,
    @slug, 0, @bylines, @dateline, @section, @source, @language, @urgency, @editors_note, @embargo_local,
    @embargo_zone, @embargo_at, @body, @body_text, @word_count, @status, @status_before_spike, @created_at,
    @updated_at, @first_published_at, @revision)`;

/** Unique slugs, as the article service would derive them, without a query per story. */
function slugMaker(taken: Set<string>): (headline: string) => string {
  const next = new Map<string, number>();
  return (headline) => {
    const base = slugify(headline) || untitledSlug;
    let n = next.get(base) ?? 1;
    let slug = n === 1 ? base : `${base}-${n}`;
    while (taken.has(slug)) slug = `${base}-${++n}`;
    next.set(base, n);
    taken.add(slug);
    return slug;
  };
}

export function seedStore(db: Database.Database, options: SeedOptions): SeedResult {
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now();
  const spanDays = options.spanDays ?? 730;
  const catalogue = tagCatalogue(seed, new Date(now - spanDays * 86_400_000).getUTCFullYear());
  const story = createStoryGenerator({ seed, count: options.articles, now, spanDays, catalogue });

  const result = bulkLoad(db, () => {
    const addTag = db.prepare(
      `INSERT INTO tags (kind, name, name_key, external_ids, created_at) VALUES (?, ?, ?, '[]', ?)
       ON CONFLICT (kind, name_key) DO NOTHING`,
    );
    const tagId = db.prepare('SELECT id FROM tags WHERE kind = ? AND name_key = ?').pluck();
    const ids = new Map<number, number>();
    for (const tag of catalogue.tags) {
      addTag.run(tag.kind, tag.name, tag.nameKey, now - spanDays * 86_400_000);
      ids.set(tag.id, tagId.get(tag.kind, tag.nameKey) as number);
    }

    const insert = db.prepare(insertSql);
    const tagArticle = db.prepare('INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)');
    const slugFor = slugMaker(new Set(db.prepare('SELECT slug FROM articles').pluck().all() as string[]));
    let articleTags = 0;
    for (let i = 0; i < options.articles; i++) {
      const { row, tags } = story(i);
      insert.run({ ...row, slug: slugFor(row.headline) });
      tags.forEach((tag, position) => tagArticle.run(row.id, ids.get(tag.id)!, position));
      articleTags += tags.length;
      if ((i + 1) % 500 === 0 || i + 1 === options.articles) options.onProgress?.(i + 1, options.articles);
    }
    options.onStep?.('building the search index');
    return { articles: options.articles, tags: catalogue.tags.length, articleTags };
  });
  options.onStep?.('gathering statistics for the query planner');
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return result;
}
