-- Typed tags (issue 4). Unique by kind and folded name (case- and accent-insensitive):
-- name_key is computed in the service (NFKD, strip combining marks, lower-case, collapse spaces).
CREATE TABLE tags (
  id           INTEGER PRIMARY KEY,
  kind         TEXT    NOT NULL CHECK (kind IN ('topic', 'person', 'organisation', 'place', 'event')),
  name         TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  name_key     TEXT    NOT NULL,
  external_ids TEXT    NOT NULL DEFAULT '[]', -- JSON array of URIs (IPTC Media Topic, Wikidata ...)
  created_at   INTEGER NOT NULL,
  UNIQUE (kind, name_key)
);
CREATE INDEX tags_by_key ON tags (name_key);

CREATE TABLE article_tags (
  article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags (tag_id, article_id);
