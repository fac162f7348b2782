-- A small full-text index of headline and standfirst, for the related-link picker and the
-- text part of link suggestions, kept by triggers. The store's main full-text search may
-- replace it later; nothing else reads it.
--
-- FTS5 keys rows by integer, and the articles table has only an implicit rowid, which
-- VACUUM may renumber; so each article gets a stable key of its own here.
CREATE TABLE article_text_keys (
  key        INTEGER PRIMARY KEY,
  article_id TEXT    NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
);

-- Contentless: the text stays in articles; the index holds only what matching needs.
CREATE VIRTUAL TABLE article_text USING fts5 (
  headline,
  standfirst,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

INSERT INTO article_text_keys (article_id) SELECT id FROM articles ORDER BY created_at, id;
INSERT INTO article_text (rowid, headline, standfirst)
  SELECT k.key, a.headline, a.standfirst FROM article_text_keys k JOIN articles a ON a.id = k.article_id;

CREATE TRIGGER article_text_after_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_text_keys (article_id) VALUES (new.id);
  INSERT INTO article_text (rowid, headline, standfirst)
    SELECT key, new.headline, new.standfirst FROM article_text_keys WHERE article_id = new.id;
END;

-- Autosaves rewrite every column, so the trigger checks that the indexed text changed.
CREATE TRIGGER article_text_after_update AFTER UPDATE OF headline, standfirst ON articles
WHEN old.headline IS NOT new.headline OR old.standfirst IS NOT new.standfirst BEGIN
  DELETE FROM article_text WHERE rowid = (SELECT key FROM article_text_keys WHERE article_id = new.id);
  INSERT INTO article_text (rowid, headline, standfirst)
    SELECT key, new.headline, new.standfirst FROM article_text_keys WHERE article_id = new.id;
END;

-- Before, so the key is still there to find; the key row itself goes by the foreign key.
CREATE TRIGGER article_text_before_delete BEFORE DELETE ON articles BEGIN
  DELETE FROM article_text WHERE rowid = (SELECT key FROM article_text_keys WHERE article_id = old.id);
END;
