import { summaryColumns } from './article-rows';

/** The statements the article service runs, shared with the store benchmark's baseline. */
export const insertArticleSql = `INSERT INTO articles (id, kicker, headline, headline_web, headline_seo, headline_social, standfirst, slug, slug_edited,
    bylines, dateline, section, source, language, urgency, editors_note, embargo_local, embargo_zone, embargo_at,
    body, body_text, word_count, status, created_at, updated_at, revision)
  VALUES (@id, @kicker, @headline, @headline_web, @headline_seo, @headline_social, @standfirst, @slug, @slug_edited,
    @bylines, @dateline, @section, @source, @language, @urgency, @editors_note, @embargo_local, @embargo_zone, @embargo_at,
    @body, @body_text, @word_count, 'draft', @now, @now, 1)`;

export const listFirstSql = `SELECT ${summaryColumns} FROM articles ORDER BY updated_at DESC, id DESC LIMIT ?`;

// NULL means "leave as it is", so one statement serves every partial patch; the embargo
// may be cleared to NULL, so it has its own flag.
export const updateIfCurrentSql = `UPDATE articles SET
    kicker          = coalesce(@kicker, kicker),
    headline        = coalesce(@headline, headline),
    headline_web    = coalesce(@headline_web, headline_web),
    headline_seo    = coalesce(@headline_seo, headline_seo),
    headline_social = coalesce(@headline_social, headline_social),
    standfirst      = coalesce(@standfirst, standfirst),
    slug            = coalesce(@slug, slug),
    slug_edited     = coalesce(@slug_edited, slug_edited),
    bylines         = coalesce(@bylines, bylines),
    dateline        = coalesce(@dateline, dateline),
    section         = coalesce(@section, section),
    source          = coalesce(@source, source),
    language        = coalesce(@language, language),
    urgency         = coalesce(@urgency, urgency),
    editors_note    = coalesce(@editors_note, editors_note),
    embargo_local   = CASE WHEN @set_embargo THEN @embargo_local ELSE embargo_local END,
    embargo_zone    = CASE WHEN @set_embargo THEN @embargo_zone ELSE embargo_zone END,
    embargo_at      = CASE WHEN @set_embargo THEN @embargo_at ELSE embargo_at END,
    body            = coalesce(@body, body),
    body_text       = coalesce(@body_text, body_text),
    word_count      = coalesce(@word_count, word_count),
    updated_at      = max(@now, updated_at),
    revision        = revision + 1
  WHERE id = @id AND revision = @base
  RETURNING ${summaryColumns}`;

/** Parameters of `updateIfCurrentSql` that leave every column as it is. */
export const unchangedColumns = {
  kicker: null,
  headline: null,
  headline_web: null,
  headline_seo: null,
  headline_social: null,
  standfirst: null,
  slug: null,
  slug_edited: null,
  bylines: null,
  dateline: null,
  section: null,
  source: null,
  language: null,
  urgency: null,
  editors_note: null,
  set_embargo: 0,
  embargo_local: null,
  embargo_zone: null,
  embargo_at: null,
  body: null,
  body_text: null,
  word_count: null,
} as const;
