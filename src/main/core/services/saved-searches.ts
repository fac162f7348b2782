import type Database from 'better-sqlite3';
import { LedeError } from '../../../shared/errors';
import { LibraryQuery } from '../../../shared/library';
import { maxSavedSearches, type SavedSearch } from '../../../shared/saved-search';

export interface SavedSearchService {
  /** Every saved search, in sidebar order. */
  list(): SavedSearch[];
  /** Saves a named query; a name already in use (in any case) is refused. */
  create(name: string, query: LibraryQuery): SavedSearch;
  /** Renames a saved search or replaces its query; `not_found` when it is gone. */
  update(id: number, changes: { name?: string; query?: LibraryQuery }): SavedSearch;
  /** Removes a saved search; `not_found` when it is gone. */
  remove(id: number): { id: number };
}

interface Row {
  id: number;
  name: string;
  query: string;
  created_at: number;
  updated_at: number;
}

/** Saved searches over the saved_searches table; the query is stored as JSON. */
export function createSavedSearchService(db: Database.Database, now: () => number = Date.now): SavedSearchService {
  const selectAll = db.prepare('SELECT * FROM saved_searches ORDER BY position, name COLLATE NOCASE, id');
  const selectOne = db.prepare('SELECT * FROM saved_searches WHERE id = ?');
  const selectByName = db.prepare('SELECT id FROM saved_searches WHERE name = ? COLLATE NOCASE').pluck();
  const countAll = db.prepare('SELECT count(*) FROM saved_searches').pluck();
  const insert = db.prepare(
    `INSERT INTO saved_searches (name, query, position, created_at, updated_at)
     VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM saved_searches), ?, ?) RETURNING *`,
  );
  const updateRow = db.prepare(
    `UPDATE saved_searches SET name = coalesce(?, name), query = coalesce(?, query), updated_at = ?
     WHERE id = ? RETURNING *`,
  );
  const deleteRow = db.prepare('DELETE FROM saved_searches WHERE id = ?');

  const missing = (): LedeError =>
    new LedeError('not_found', 'That saved search no longer exists; it may have been removed in another window.');
  const nameTaken = (name: string): LedeError =>
    new LedeError('invalid_input', `There is already a saved search called “${name}”. Choose another name.`);

  /** A stored query that no longer reads (edited by hand, say) opens as the plain library. */
  const toSaved = (row: Row): SavedSearch => {
    let query = LibraryQuery.parse({});
    try {
      const parsed = LibraryQuery.safeParse(JSON.parse(row.query));
      if (parsed.success) query = parsed.data;
    } catch {
      // json_valid guards the column; fall back all the same.
    }
    return { id: row.id, name: row.name, query, createdAt: row.created_at, updatedAt: row.updated_at };
  };

  return {
    list: () => (selectAll.all() as Row[]).map(toSaved),

    create(name, query) {
      return db.transaction(() => {
        if (selectByName.get(name) !== undefined) throw nameTaken(name);
        if ((countAll.get() as number) >= maxSavedSearches) {
          throw new LedeError(
            'invalid_input',
            `Lede keeps up to ${maxSavedSearches} saved searches. Remove one you no longer use first.`,
          );
        }
        const time = now();
        return toSaved(insert.get(name, JSON.stringify(query), time, time) as Row);
      })();
    },

    update(id, changes) {
      return db.transaction(() => {
        if (changes.name !== undefined) {
          const owner = selectByName.get(changes.name) as number | undefined;
          if (owner !== undefined && owner !== id) throw nameTaken(changes.name);
        }
        if (!selectOne.get(id)) throw missing();
        const row = updateRow.get(
          changes.name ?? null,
          changes.query === undefined ? null : JSON.stringify(changes.query),
          now(),
          id,
        ) as Row;
        return toSaved(row);
      })();
    },

    remove(id) {
      if (deleteRow.run(id).changes === 0) throw missing();
      return { id };
    },
  };
}
