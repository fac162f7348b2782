-- Images, stored once by content: the key is the sha256 of the bytes, so the same photo
-- inserted twice (or into two articles) is kept once. The type, width and height were
-- read from the bytes themselves, never from a file name.
CREATE TABLE assets (
  hash        TEXT    PRIMARY KEY NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
  type        TEXT    NOT NULL
              CHECK (type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif')),
  width       INTEGER NOT NULL CHECK (width > 0),
  height      INTEGER NOT NULL CHECK (height > 0),
  size        INTEGER NOT NULL CHECK (size > 0),
  bytes       BLOB    NOT NULL,
  created_at  INTEGER NOT NULL
);

-- The hero photo of an article: {"assetId", "caption", "credit", "alt"} as JSON, or NULL.
ALTER TABLE articles ADD COLUMN hero TEXT CHECK (hero IS NULL OR json_valid(hero));
