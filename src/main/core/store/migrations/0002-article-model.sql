-- The newsroom article: alternative headlines, kicker, slug, bylines, dateline, section,
-- source line, language, urgency, editor's note, embargo and first-published time, and
-- the workflow draft -> in_edit -> ready -> published (+ spiked). SQLite cannot change a
-- CHECK in place, so the table is rebuilt (the documented 12-step way: the migration
-- runner turns foreign keys off around it and checks them before committing).
CREATE TABLE articles_next (
  id                  TEXT    PRIMARY KEY NOT NULL,
  kicker              TEXT    NOT NULL DEFAULT '',
  headline            TEXT    NOT NULL DEFAULT '',
  headline_web        TEXT    NOT NULL DEFAULT '',
  headline_seo        TEXT    NOT NULL DEFAULT '',
  headline_social     TEXT    NOT NULL DEFAULT '',
  standfirst          TEXT    NOT NULL DEFAULT '',
  -- '' until the article service derives one (it does so for older rows when it opens).
  slug                TEXT    NOT NULL DEFAULT '',
  slug_edited         INTEGER NOT NULL DEFAULT 0 CHECK (slug_edited IN (0, 1)),
  -- A JSON array of strings.
  bylines             TEXT    NOT NULL DEFAULT '[]'
                      CHECK (json_valid(bylines) AND json_type(bylines) = 'array'),
  dateline            TEXT    NOT NULL DEFAULT '',
  section             TEXT    NOT NULL DEFAULT '',
  source              TEXT    NOT NULL DEFAULT '',
  language            TEXT    NOT NULL DEFAULT 'en' CHECK (length(language) BETWEEN 1 AND 35),
  urgency             INTEGER NOT NULL DEFAULT 5 CHECK (urgency BETWEEN 1 AND 9),
  editors_note        TEXT    NOT NULL DEFAULT '',
  -- The embargo as stated (wall-clock time and IANA zone) and the instant it names.
  embargo_local       TEXT,
  embargo_zone        TEXT,
  embargo_at          INTEGER,
  body                TEXT    NOT NULL,
  body_text           TEXT    NOT NULL DEFAULT '',
  word_count          INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
  status              TEXT    NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'in_edit', 'ready', 'published', 'spiked')),
  status_before_spike TEXT
                      CHECK (status_before_spike IN ('draft', 'in_edit', 'ready', 'published')),
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  first_published_at  INTEGER,
  revision            INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  CHECK ((embargo_local IS NULL) = (embargo_zone IS NULL) AND (embargo_zone IS NULL) = (embargo_at IS NULL)),
  CHECK ((status = 'spiked') = (status_before_spike IS NOT NULL))
);

-- 'review' becomes 'in_edit'. A spiked article's earlier state was never recorded, so it
-- returns to draft; a published one's first publication is taken as its last edit.
INSERT INTO articles_next (
  id, headline, standfirst, bylines, body, body_text, word_count, status, status_before_spike,
  created_at, updated_at, first_published_at, revision
)
SELECT
  id,
  headline,
  standfirst,
  CASE WHEN trim(byline) = '' THEN '[]' ELSE json_array(byline) END,
  body,
  body_text,
  word_count,
  CASE status WHEN 'review' THEN 'in_edit' ELSE status END,
  CASE WHEN status = 'spiked' THEN 'draft' END,
  created_at,
  updated_at,
  CASE WHEN status = 'published' THEN updated_at END,
  revision
FROM articles;

DROP TABLE articles;
ALTER TABLE articles_next RENAME TO articles;

-- The library lists most recently edited first and pages by (updated_at, id).
CREATE INDEX articles_by_updated ON articles (updated_at DESC, id DESC);
-- One article per slug; '' marks a row whose slug is still to be derived.
CREATE UNIQUE INDEX articles_by_slug ON articles (slug) WHERE slug <> '';
-- Rows still waiting for a slug; empty once the service has derived them, so finding
-- them on every open costs nothing however large the store grows.
CREATE INDEX articles_without_slug ON articles (created_at, id) WHERE slug = '';
