-- Versions of an article, kept when typing pauses, on "Save version", on every status
-- change and around a restore. `snapshot` is the article's content as JSON (see
-- ArticleSnapshot); headline and word_count are copied out so the list needs no JSON.
CREATE TABLE revisions (
  id               INTEGER PRIMARY KEY,
  article_id       TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  article_revision INTEGER NOT NULL CHECK (article_revision >= 1),
  reason           TEXT    NOT NULL CHECK (reason IN ('autosave', 'manual', 'status', 'restore')),
  note             TEXT    NOT NULL DEFAULT '',
  restored_from    INTEGER REFERENCES revisions (id) ON DELETE SET NULL,
  author           TEXT    NOT NULL DEFAULT '',
  headline         TEXT    NOT NULL DEFAULT '',
  word_count       INTEGER NOT NULL DEFAULT 0,
  snapshot         TEXT    NOT NULL,
  created_at       INTEGER NOT NULL
);

CREATE INDEX revisions_by_article ON revisions (article_id, id DESC);
CREATE INDEX revisions_by_restored_from ON revisions (restored_from) WHERE restored_from IS NOT NULL;
