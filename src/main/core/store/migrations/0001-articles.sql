-- Articles as the editor writes them. The body is TipTap JSON; body_text is its plain
-- text, kept beside it for counts, excerpts and (later) full-text search.
CREATE TABLE articles (
  id          TEXT    PRIMARY KEY NOT NULL,
  headline    TEXT    NOT NULL DEFAULT '',
  standfirst  TEXT    NOT NULL DEFAULT '',
  byline      TEXT    NOT NULL DEFAULT '',
  body        TEXT    NOT NULL,
  body_text   TEXT    NOT NULL DEFAULT '',
  word_count  INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
  status      TEXT    NOT NULL DEFAULT 'draft'
              CHECK (status IN ('draft', 'review', 'ready', 'published', 'spiked')),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  revision    INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)
);

-- The library lists most recently edited first and pages by (updated_at, id).
CREATE INDEX articles_by_updated ON articles (updated_at DESC, id DESC);
