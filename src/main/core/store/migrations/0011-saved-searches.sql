-- Named searches the sidebar keeps. `query` is the LibraryQuery as JSON (view, search
-- text, filters, sort), checked against src/shared/library.ts when read.
CREATE TABLE saved_searches (
  id         INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
  query      TEXT    NOT NULL CHECK (json_valid(query)),
  position   INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX saved_searches_by_name ON saved_searches (name COLLATE NOCASE);
