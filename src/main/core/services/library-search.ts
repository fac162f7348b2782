import type Database from 'better-sqlite3';
import type { LibrarySort } from '../../../shared/library';
import { statusOrder, type Conditions } from './library-sql';

/**
 * The order of a search's results, at bounded cost however much of the archive matches.
 *
 * The index lists matches newest first (docs follow creation), and walking it that way is
 * cheap; ranking by bm25 costs time for every match ranked. So a search walks the matches
 * newest first, ranking each one that passes the filters, and stops after `rankWindow` of
 * them: a search for a name or a rare word (the usual case) has fewer matches and is
 * ranked whole, in that one pass; one matching much of the archive ranks its newest
 * `rankWindow` and lists every older match after those, newest first. When filters narrow
 * the list, the walk also stops at the newest `scanBudget` matches, so a filter that few
 * matches pass cannot make it walk the whole archive.
 *
 * Filters are checked on the narrow library_entries row each match points to, joined by
 * integer key in the index's own order (CROSS JOIN keeps SQLite from turning the join
 * round and running the MATCH once per story, the slow pattern).
 */
export const searchBounds: SearchBounds = {
  rankWindow: 500,
  scanBudget: 20_000,
  listCap: 10_000,
};

export interface SearchBounds {
  /** The most matches ranked by relevance. */
  rankWindow: number;
  /** How many of the newest matches are looked at for ranking. */
  scanBudget: number;
  /** A search lists at most this many stories; the count says when there are more. */
  listCap: number;
}

/** How a search's results are ordered: `head` in result order, then older matches by recency. */
export interface SearchOrder {
  /** Docs in result order: the ranked window, or (other sorts) the whole sorted list. */
  head: number[];
  /** Matches older than this doc follow `head`, newest first; 0 when none do. */
  tailBelow: number;
}

const statusRank = `CASE e.status ${statusOrder.map((status, i) => `WHEN '${status}' THEN ${i}`).join(' ')} END`;

const orderFor: Record<Exclude<LibrarySort, 'relevance' | 'created'>, string> = {
  updated: 'e.updated_at DESC, e.doc DESC',
  headline: 'e.headline COLLATE NOCASE, e.doc',
  status: `${statusRank}, e.updated_at DESC, e.doc DESC`,
};

/** `matches` joined to their entries, filtered, newest first; `extra` adds conditions on f.rowid. */
const matchesSql = (select: string, conditions: Conditions, extra = ''): string =>
  `SELECT ${select} FROM search_index AS f CROSS JOIN library_entries AS e
   WHERE f.search_index MATCH ? ${extra} AND e.doc = f.rowid AND ${conditions.sql}
   ORDER BY f.rowid DESC`;

export function createSearchOrder(db: Database.Database, bounds: SearchBounds = searchBounds) {
  const nthNewest = db
    .prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?')
    .pluck();
  const statements = new Map<string, Database.Statement>();
  const statement = (sql: string): Database.Statement => {
    let prepared = statements.get(sql);
    if (!prepared) {
      // Filters give a handful of shapes; keep them prepared, within reason.
      if (statements.size > 200) statements.clear();
      statements.set(sql, (prepared = db.prepare(sql)));
    }
    return prepared;
  };

  return {
    /**
     * The result order for `sort` (created is the index's own order and needs none).
     * `narrowed`: the conditions do more than keep spiked stories out of the library, so
     * the walk for relevance is bounded by `scanBudget` as well.
     */
    order(match: string, conditions: Conditions, sort: Exclude<LibrarySort, 'created'>, narrowed = true): SearchOrder {
      if (sort !== 'relevance') {
        const inner = matchesSql('e.doc AS doc', conditions);
        const sql = `SELECT e.doc FROM (${inner} LIMIT ?) AS q CROSS JOIN library_entries AS e ON e.doc = q.doc
                     ORDER BY ${orderFor[sort]}`;
        const head = statement(sql)
          .pluck()
          .all(match, ...conditions.params, bounds.listCap) as number[];
        return { head, tailBelow: 0 };
      }
      const floor = narrowed ? ((nthNewest.get(match, bounds.scanBudget - 1) as number | undefined) ?? 0) : 0;
      // One more than the window: whether any match is left unranked.
      const rows = statement(`${matchesSql('f.rowid AS doc, f.rank AS score', conditions, 'AND f.rowid >= ?')} LIMIT ?`)
        .raw()
        .all(match, floor, ...conditions.params, bounds.rankWindow + 1) as [number, number][];
      const more = rows.length > bounds.rankWindow;
      if (more) rows.pop();
      const oldestRanked = rows.reduce((low, [doc]) => Math.min(low, doc), Infinity);
      rows.sort((a, b) => a[1] - b[1] || b[0] - a[0]);
      return { head: rows.map(([doc]) => doc), tailBelow: more ? oldestRanked : floor };
    },

    /** Matches older than `below`, newest first, from `offset`. */
    tail(match: string, conditions: Conditions, below: number, offset: number, limit: number): number[] {
      if (below <= 0) return [];
      return statement(`${matchesSql('f.rowid', conditions, 'AND f.rowid < ?')} LIMIT ? OFFSET ?`)
        .pluck()
        .all(match, below, ...conditions.params, limit, offset) as number[];
    },

    /** Matches, newest first, from `offset` (the created order). */
    newest(match: string, conditions: Conditions, offset: number, limit: number): number[] {
      return statement(`${matchesSql('f.rowid', conditions)} LIMIT ? OFFSET ?`)
        .pluck()
        .all(match, ...conditions.params, limit, offset) as number[];
    },

    /** How many matches pass `conditions`, counting up to `cap` (one more means "more"). */
    countByStatus(match: string, conditions: Conditions, cap: number): Map<string, number> {
      const sql = `SELECT status, count(*) FROM (${matchesSql('e.status AS status', conditions)} LIMIT ?) GROUP BY status`;
      const rows = statement(sql)
        .raw()
        .all(match, ...conditions.params, cap) as [string, number][];
      return new Map(rows);
    },
  };
}

export type SearchOrderer = ReturnType<typeof createSearchOrder>;
