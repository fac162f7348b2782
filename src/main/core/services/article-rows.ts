import { articleLimits, type Article, type ArticleStatus, type ArticleSummary } from '../../../shared/article';
import { countWords, docText, type DocNode } from '../../../shared/doc';
import { LedeError } from '../../../shared/errors';
import type { HeroImage } from '../../../shared/hero-image';
import type { Tag } from '../../../shared/tag';

/** An articles row as SQLite returns it. */
export interface ArticleRow {
  id: string;
  kicker: string;
  headline: string;
  headline_web: string;
  headline_seo: string;
  headline_social: string;
  standfirst: string;
  slug: string;
  slug_edited: number;
  bylines: string;
  dateline: string;
  section: string;
  source: string;
  language: string;
  urgency: number;
  editors_note: string;
  embargo_local: string | null;
  embargo_zone: string | null;
  embargo_at: number | null;
  body: string;
  body_text: string;
  word_count: number;
  status: ArticleStatus;
  status_before_spike: ArticleStatus | null;
  created_at: number;
  updated_at: number;
  first_published_at: number | null;
  revision: number;
  /** JSON of the hero image, or NULL (column added by the assets migration). */
  hero?: string | null;
}
export type SummaryRow = Omit<ArticleRow, 'body' | 'body_text' | 'hero'>;

/** Every column but the body and its text: what the library and a save return. */
export const summaryColumns = [
  'id',
  'kicker',
  'headline',
  'headline_web',
  'headline_seo',
  'headline_social',
  'standfirst',
  'slug',
  'slug_edited',
  'bylines',
  'dateline',
  'section',
  'source',
  'language',
  'urgency',
  'editors_note',
  'embargo_local',
  'embargo_zone',
  'embargo_at',
  'word_count',
  'status',
  'status_before_spike',
  'created_at',
  'updated_at',
  'first_published_at',
  'revision',
].join(', ');

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    kicker: row.kicker,
    headline: row.headline,
    altHeadlines: { web: row.headline_web, seo: row.headline_seo, social: row.headline_social },
    standfirst: row.standfirst,
    slug: row.slug,
    slugEdited: row.slug_edited === 1,
    bylines: JSON.parse(row.bylines) as string[],
    dateline: row.dateline,
    section: row.section,
    source: row.source,
    language: row.language,
    urgency: row.urgency,
    editorsNote: row.editors_note,
    embargo:
      row.embargo_local !== null && row.embargo_zone !== null && row.embargo_at !== null
        ? { local: row.embargo_local, timeZone: row.embargo_zone, at: row.embargo_at }
        : null,
    wordCount: row.word_count,
    status: row.status,
    statusBeforeSpike: row.status_before_spike,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    firstPublishedAt: row.first_published_at,
    revision: row.revision,
  };
}

/** The whole article; its tags live in another table, so the caller reads them. */
export function toArticle(row: ArticleRow, tags: Tag[]): Article {
  return {
    ...toSummary(row),
    tags,
    body: JSON.parse(row.body) as DocNode,
    bodyText: row.body_text,
    hero: row.hero ? (JSON.parse(row.hero) as HeroImage) : null,
  };
}

/** The body as the store keeps it: JSON, its plain text and its word count; too large throws. */
export function serialiseBody(doc: DocNode): { body: string; body_text: string; word_count: number } {
  const body = JSON.stringify(doc);
  // Length in UTF-16 units bounds bytes from below; only measure bytes near the cap.
  if (body.length > articleLimits.bodyBytes / 3 && Buffer.byteLength(body) > articleLimits.bodyBytes) {
    throw new LedeError(
      'too_large',
      `The body is ${(Buffer.byteLength(body) / 1048576).toFixed(1)} MB; the limit is ${articleLimits.bodyBytes / 1048576} MB. Split the article or remove pasted material.`,
    );
  }
  const text = docText(doc);
  return { body, body_text: text, word_count: countWords(text) };
}

export function notFound(): LedeError {
  return new LedeError('not_found', 'That article no longer exists; it may have been deleted in another window.');
}

export function conflict(current: number, baseRevision: number): LedeError {
  return new LedeError(
    'conflict',
    `This article was changed elsewhere (it is at revision ${current}; this edit was based on ${baseRevision}). Nothing was saved over the newer version.`,
  );
}
