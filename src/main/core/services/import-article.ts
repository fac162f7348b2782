import type Database from 'better-sqlite3';
import type { ArticleStatus } from '../../../shared/article';
import type { DocNode } from '../../../shared/doc';
import type { HeroImage } from '../../../shared/hero-image';
import { serialiseBody } from './article-rows';

/** An article as an import writes it: every column, times and revision as the file had them. */
export interface ImportedRow {
  id: string;
  kicker: string;
  headline: string;
  altHeadlines: { web: string; seo: string; social: string };
  standfirst: string;
  slug: string;
  slugEdited: boolean;
  bylines: string[];
  dateline: string;
  section: string;
  source: string;
  language: string;
  urgency: number;
  editorsNote: string;
  embargo: { local: string; timeZone: string; at: number } | null;
  status: ArticleStatus;
  statusBeforeSpike: ArticleStatus | null;
  createdAt: number;
  updatedAt: number;
  firstPublishedAt: number | null;
  revision: number;
  hero: HeroImage | null;
  body: DocNode;
}

/** Inserts an imported article as it was (no new revision, times kept); returns nothing, throws on a constraint. */
export function importArticleStatement(db: Database.Database): (row: ImportedRow) => void {
  const insert = db.prepare(
    `INSERT INTO articles (id, kicker, headline, headline_web, headline_seo, headline_social, standfirst, slug, slug_edited,
       bylines, dateline, section, source, language, urgency, editors_note, embargo_local, embargo_zone, embargo_at,
       body, body_text, word_count, status, status_before_spike, created_at, updated_at, first_published_at, revision, hero)
     VALUES (@id, @kicker, @headline, @headline_web, @headline_seo, @headline_social, @standfirst, @slug, @slug_edited,
       @bylines, @dateline, @section, @source, @language, @urgency, @editors_note, @embargo_local, @embargo_zone, @embargo_at,
       @body, @body_text, @word_count, @status, @status_before_spike, @created_at, @updated_at, @first_published_at, @revision, @hero)`,
  );
  return (row) => {
    insert.run({
      id: row.id,
      kicker: row.kicker,
      headline: row.headline,
      headline_web: row.altHeadlines.web,
      headline_seo: row.altHeadlines.seo,
      headline_social: row.altHeadlines.social,
      standfirst: row.standfirst,
      slug: row.slug,
      slug_edited: row.slugEdited ? 1 : 0,
      bylines: JSON.stringify(row.bylines),
      dateline: row.dateline,
      section: row.section,
      source: row.source,
      language: row.language,
      urgency: row.urgency,
      editors_note: row.editorsNote,
      embargo_local: row.embargo?.local ?? null,
      embargo_zone: row.embargo?.timeZone ?? null,
      embargo_at: row.embargo?.at ?? null,
      ...serialiseBody(row.body),
      status: row.status,
      status_before_spike: row.status === 'spiked' ? (row.statusBeforeSpike ?? 'draft') : null,
      created_at: row.createdAt,
      updated_at: row.updatedAt,
      first_published_at: row.firstPublishedAt,
      revision: row.revision,
      hero: row.hero ? JSON.stringify(row.hero) : null,
    });
  };
}
