import type Database from 'better-sqlite3';
import { firstFreeSlug, slugify, untitledSlug } from '../../../shared/slug';

export interface Slugs {
  /** A free slug derived from `headline`, ignoring the article `exceptId` itself. */
  derive(headline: string, exceptId?: string): string;
  /** The article that has `slug`, if any. */
  owner(slug: string): { id: string; headline: string } | undefined;
  /** Gives every article still without a slug (rows from before 0002) a derived one. */
  backfill(): number;
}

/**
 * The lookups, as text so a test can check SQLite's plan for them. Slugs hold only '-',
 * letters, digits and marks, and '-' is the only one of those before '.' in code point
 * order, so the range is exactly "base" and "base-…". The `slug <> ''` term lets SQLite
 * use the partial unique index (which leaves '' out); without it each lookup would scan
 * the whole table.
 */
export const slugSql = {
  startingWith: "SELECT id, slug FROM articles WHERE slug <> '' AND slug >= @base AND slug < (@base || '.')",
  ownerOf: "SELECT id, headline FROM articles WHERE slug <> '' AND slug = ?",
  withoutSlug: "SELECT id, headline FROM articles WHERE slug = '' ORDER BY created_at, id",
} as const;

/** Slug lookups over the articles table, prepared once. */
export function createSlugs(db: Database.Database): Slugs {
  const startingWith = db.prepare(slugSql.startingWith).raw();
  const ownerOf = db.prepare(slugSql.ownerOf);
  const withoutSlug = db.prepare(slugSql.withoutSlug);
  const setSlug = db.prepare('UPDATE articles SET slug = ? WHERE id = ?');

  const derive = (headline: string, exceptId?: string): string => {
    const base = slugify(headline) || untitledSlug;
    const taken = (startingWith.all({ base }) as [string, string][])
      .filter(([id]) => id !== exceptId)
      .map(([, slug]) => slug);
    return firstFreeSlug(base, taken);
  };

  return {
    derive,
    owner: (slug) => ownerOf.get(slug) as { id: string; headline: string } | undefined,
    backfill: () => {
      const rows = withoutSlug.all() as { id: string; headline: string }[];
      if (rows.length === 0) return 0;
      db.transaction(() => {
        for (const row of rows) setSlug.run(derive(row.headline, row.id), row.id);
      })();
      return rows.length;
    },
  };
}
