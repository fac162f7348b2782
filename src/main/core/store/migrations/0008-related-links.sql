-- Related coverage (issue 4). A link points from the article that shows the related block
-- (source) to the story it lists (target), by id, so a new headline never breaks it.
-- Deleting either article deletes the link: no dangling rows. A spiked target keeps its
-- link (restoring the story brings it back into the block); previews and exports skip it.
CREATE TABLE article_links (
  source_id  TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  target_id  TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  relation   TEXT    NOT NULL DEFAULT 'related'
             CHECK (relation IN ('related', 'follow_up_of', 'background', 'correction_of')),
  -- The editor's order in the block, 0 first; rewritten whole on every reorder.
  position   INTEGER NOT NULL CHECK (position >= 0),
  note       TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (source_id, target_id),
  CHECK (source_id <> target_id)
) WITHOUT ROWID;

-- "Linked from": the backlinks of a story.
CREATE INDEX article_links_by_target ON article_links (target_id, source_id);

-- Suggestions read a few hundred candidate stories at a time: their state, time, headline
-- and standfirst come from this covering index, never from the row, which holds the body
-- and mostly spills onto overflow pages.
CREATE INDEX articles_story ON articles (id, status, created_at, first_published_at, headline, standfirst);
