-- One row per setting; the value is JSON checked against src/shared/settings.ts when read.
CREATE TABLE settings (
  key        TEXT    PRIMARY KEY NOT NULL,
  value      TEXT    NOT NULL CHECK (json_valid(value)),
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;
