-- The recovery journal: the editor's unsaved fields per article, written a fraction of a
-- second after typing and deleted once the save is acknowledged, so a crash of the window
-- or the app loses at most that fraction. `fields` is JSON of the article fields.
CREATE TABLE recovery_journal (
  article_id    TEXT    PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  base_revision INTEGER NOT NULL CHECK (base_revision >= 1),
  fields        TEXT    NOT NULL,
  saved_at      INTEGER NOT NULL
);

-- Listed most recent first on start.
CREATE INDEX recovery_journal_by_time ON recovery_journal (saved_at DESC);
