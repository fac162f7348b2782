-- The library and full-text search.
--
-- library_entries: one narrow row per article with what the list shows and filters on,
-- kept by triggers. An articles row runs to many kilobytes and SQLite reads a row's
-- columns in order, so a status or a time stored after the body costs a walk through
-- its overflow pages; the list and its filters read these rows instead.
--
-- FTS5 keys rows by integer. articles has a TEXT key and an implicit rowid that VACUUM may
-- renumber, so every article gets a stable integer here, `doc`, handed out in creation
-- order: the index's own order is then newest first, which lets a search that matches
-- most of the archive rank only its newest matches cheaply.
CREATE TABLE library_entries (
  doc                 INTEGER PRIMARY KEY,
  article_id          TEXT    NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
  kicker              TEXT    NOT NULL,
  headline            TEXT    NOT NULL,
  status              TEXT    NOT NULL,
  status_before_spike TEXT,
  section             TEXT    NOT NULL,
  bylines             TEXT    NOT NULL,
  language            TEXT    NOT NULL,
  word_count          INTEGER NOT NULL,
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  embargo_at          INTEGER,
  revision            INTEGER NOT NULL,
  -- The tag names exactly as indexed: an FTS5 row is removed with the values it was given.
  tag_names           TEXT    NOT NULL DEFAULT ''
);

-- What the index reads when it needs the text back (rebuild, integrity checks). Column
-- names match the index's columns, as FTS5's external content requires.
CREATE VIEW search_source AS
  SELECT e.doc AS doc, a.headline AS headline, a.standfirst AS standfirst, a.body_text AS body,
         a.bylines AS bylines, e.tag_names AS tags
  FROM library_entries AS e JOIN articles AS a ON a.id = e.article_id;

-- Diacritics folded (remove_diacritics 2 also folds letters unicode61 v1 missed), so
-- "Zurich" finds "Zürich" and back. Marks count as letters (categories ... M*): otherwise
-- the vowel signs of Arabic, Urdu or Hindi would split their words into single letters.
-- The bylines column holds the JSON array; its brackets and quotes are separators.
-- Prefix indexes of 2 and 3 characters keep the word being typed cheap to match.
CREATE VIRTUAL TABLE search_index USING fts5 (
  headline, standfirst, body, bylines, tags,
  content = 'search_source',
  content_rowid = 'doc',
  tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'",
  prefix = '2 3'
);

-- bm25 weights: a headline match counts ten body matches, the standfirst four, tags three.
INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 2.0, 3.0)');

-- One row per named byline, so the author filter and the list of authors use an index.
CREATE TABLE article_bylines (
  name       TEXT NOT NULL COLLATE NOCASE,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (name, article_id)
) WITHOUT ROWID;
CREATE INDEX article_bylines_by_article ON article_bylines (article_id);

-- Every write to articles (create, update, restore, status move, delete) passes through
-- these, so neither the list nor the index can drift from the stories.
CREATE TRIGGER library_article_insert AFTER INSERT ON articles BEGIN
  INSERT INTO library_entries (article_id, kicker, headline, status, status_before_spike, section, bylines,
      language, word_count, created_at, updated_at, embargo_at, revision)
    VALUES (NEW.id, NEW.kicker, NEW.headline, NEW.status, NEW.status_before_spike, NEW.section, NEW.bylines,
      NEW.language, NEW.word_count, NEW.created_at, NEW.updated_at, NEW.embargo_at, NEW.revision);
  INSERT INTO search_index (rowid, headline, standfirst, body, bylines, tags)
    SELECT doc, NEW.headline, NEW.standfirst, NEW.body_text, NEW.bylines, '' FROM library_entries WHERE article_id = NEW.id;
  INSERT OR IGNORE INTO article_bylines (name, article_id)
    SELECT trim(value), NEW.id FROM json_each(NEW.bylines) WHERE trim(value) <> '';
END;

CREATE TRIGGER library_article_update AFTER UPDATE ON articles BEGIN
  UPDATE library_entries SET
      kicker = NEW.kicker, headline = NEW.headline, status = NEW.status, status_before_spike = NEW.status_before_spike,
      section = NEW.section, bylines = NEW.bylines, language = NEW.language, word_count = NEW.word_count,
      created_at = NEW.created_at, updated_at = NEW.updated_at, embargo_at = NEW.embargo_at, revision = NEW.revision
    WHERE article_id = NEW.id;
END;

-- The update statement names every column, so the WHEN clause keeps an autosave that
-- changes nothing indexed (or a status move) from re-indexing the body.
CREATE TRIGGER library_article_reindex AFTER UPDATE OF headline, standfirst, body_text, bylines ON articles
WHEN OLD.headline IS NOT NEW.headline OR OLD.standfirst IS NOT NEW.standfirst
  OR OLD.body_text IS NOT NEW.body_text OR OLD.bylines IS NOT NEW.bylines
BEGIN
  INSERT INTO search_index (search_index, rowid, headline, standfirst, body, bylines, tags)
    SELECT 'delete', doc, OLD.headline, OLD.standfirst, OLD.body_text, OLD.bylines, tag_names
    FROM library_entries WHERE article_id = OLD.id;
  INSERT INTO search_index (rowid, headline, standfirst, body, bylines, tags)
    SELECT doc, NEW.headline, NEW.standfirst, NEW.body_text, NEW.bylines, tag_names
    FROM library_entries WHERE article_id = NEW.id;
END;

CREATE TRIGGER library_article_bylines AFTER UPDATE OF bylines ON articles
WHEN OLD.bylines IS NOT NEW.bylines
BEGIN
  DELETE FROM article_bylines WHERE article_id = OLD.id;
  INSERT OR IGNORE INTO article_bylines (name, article_id)
    SELECT trim(value), NEW.id FROM json_each(NEW.bylines) WHERE trim(value) <> '';
END;

-- BEFORE: the foreign key removes the library_entries row during the delete itself.
CREATE TRIGGER library_article_delete BEFORE DELETE ON articles BEGIN
  INSERT INTO search_index (search_index, rowid, headline, standfirst, body, bylines, tags)
    SELECT 'delete', doc, OLD.headline, OLD.standfirst, OLD.body_text, OLD.bylines, tag_names
    FROM library_entries WHERE article_id = OLD.id;
END;

-- Articles already in the store, oldest first so their docs follow creation order.
INSERT INTO library_entries (article_id, kicker, headline, status, status_before_spike, section, bylines,
    language, word_count, created_at, updated_at, embargo_at, revision, tag_names)
  SELECT a.id, a.kicker, a.headline, a.status, a.status_before_spike, a.section, a.bylines, a.language,
    a.word_count, a.created_at, a.updated_at, a.embargo_at, a.revision, coalesce((
      SELECT group_concat(t.name, ', ' ORDER BY at.position, t.id)
      FROM article_tags AS at JOIN tags AS t ON t.id = at.tag_id
      WHERE at.article_id = a.id), '')
  FROM articles AS a ORDER BY a.created_at, a.id;
INSERT OR IGNORE INTO article_bylines (name, article_id)
  SELECT trim(j.value), a.id FROM articles AS a, json_each(a.bylines) AS j WHERE trim(j.value) <> '';
INSERT INTO search_index (search_index) VALUES ('rebuild');

-- The list's orders and filters. The three orders carry status, section and language,
-- so walking one in order checks those filters without reading a row; each ends in doc,
-- the list's tie-breaker.
CREATE INDEX library_by_updated ON library_entries (updated_at DESC, doc DESC, status, section, language);
CREATE INDEX library_by_created ON library_entries (created_at DESC, doc DESC, status, section, language);
CREATE INDEX library_by_headline ON library_entries (headline COLLATE NOCASE, doc, status, section, language);
CREATE INDEX library_by_status ON library_entries (status, updated_at DESC, doc DESC);
CREATE INDEX library_by_section ON library_entries (section, updated_at DESC, doc DESC);
CREATE INDEX library_by_language ON library_entries (language, updated_at DESC, doc DESC);
CREATE INDEX library_by_embargo ON library_entries (embargo_at) WHERE embargo_at IS NOT NULL;
