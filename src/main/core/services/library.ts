import type Database from 'better-sqlite3';
import { articleStatuses, type ArticleStatus } from '../../../shared/article';
import type {
  HeadlineHit,
  LibraryCount,
  LibraryFacets,
  LibraryPage,
  LibraryQuery,
  TagOption,
} from '../../../shared/library';
import { createMatcher, highlightAll } from './highlight';
import { matchExpression, parseSearchText, type SearchText } from './fts-query';
import { createDenseCheck } from './library-plan';
import { createRowFetcher } from './library-rows';
import { createSearchOrder, searchBounds, type SearchBounds, type SearchOrder } from './library-search';
import {
  filterConditions,
  hasFilters,
  sortSql,
  statusOrder,
  viewStatuses,
  type Conditions,
  type FilterOptions,
} from './library-sql';
import { tagNameKey } from '../../../shared/tag';

export interface LibraryService {
  /** Rows `offset` to `offset + limit` of what `query` finds, in its order; search rows carry highlights. */
  page(query: LibraryQuery, offset: number, limit: number): LibraryPage;
  /** How many stories `query` finds, per status too (searches count up to a cap). */
  count(query: LibraryQuery): LibraryCount;
  /** Sections, authors and languages in use, most used first, for the filter controls. */
  facets(): LibraryFacets;
  /** Tags whose name starts with `text` (or has a word that does), most used first; the most used when empty. */
  tagOptions(text: string, limit: number): TagOption[];
  /** The tags with these ids (a saved search names its tags by id). */
  tags(ids: readonly number[]): TagOption[];
  /** Stories whose headline matches `text`, best first (the most recently edited when empty). */
  headlines(text: string, limit: number): HeadlineHit[];
}

const noCounts = (): Record<ArticleStatus, number> =>
  Object.fromEntries(articleStatuses.map((status) => [status, 0])) as Record<ArticleStatus, number>;

/** The library over an open store: the list, its counts and search (`bounds` for tests). */
export function createLibraryService(db: Database.Database, bounds: SearchBounds = searchBounds): LibraryService {
  const orderer = createSearchOrder(db, bounds);
  const fetchRows = createRowFetcher(db);
  const statements = new Map<string, Database.Statement>();
  const statement = (sql: string): Database.Statement => {
    let prepared = statements.get(sql);
    if (!prepared) {
      if (statements.size > 200) statements.clear();
      statements.set(sql, (prepared = db.prepare(sql)));
    }
    return prepared;
  };
  const changes = db.prepare('SELECT total_changes()').pluck();
  // Prepared once: db.pragma() would prepare it again on every search.
  const dataVersionOf = db.prepare('PRAGMA data_version').pluck();
  const dataVersion = (): number => dataVersionOf.get() as number;

  // The order of the last few searches, so paging through results does not rank again.
  // Any write (here or from another connection) makes the cached orders stale.
  const orders = new Map<string, SearchOrder>();
  function cachedOrder(query: LibraryQuery, match: string, conditions: Conditions): SearchOrder {
    const sort = query.sort;
    const key = JSON.stringify([match, conditions, sort, changes.get(), dataVersion()]);
    let order = orders.get(key);
    if (!order) {
      const narrowed = query.view === 'trash' || hasFilters(query) || (query.filters.statuses?.length ?? 0) > 0;
      order = orderer.order(match, conditions, sort === 'created' ? 'updated' : sort, narrowed);
      if (orders.size >= 8) orders.delete(orders.keys().next().value!);
      orders.set(key, order);
    }
    return order;
  }

  const denseSets = createDenseCheck(db);

  /** The filters, plus "none of these words" when the search only excludes. */
  function listConditions(query: LibraryQuery, search: SearchText, options: FilterOptions = {}): Conditions {
    const conditions = filterConditions(query, options);
    if (!search.exclude) return conditions;
    return {
      sql: `${conditions.sql} AND e.doc NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)`,
      params: [...conditions.params, search.exclude],
    };
  }

  function countsByStatus(conditions: Conditions): Record<ArticleStatus, number> {
    const counts = noCounts();
    const rows = statement(
      `SELECT e.status, count(*) FROM library_entries AS e WHERE ${conditions.sql} GROUP BY e.status`,
    )
      .raw()
      .all(...conditions.params) as [ArticleStatus, number][];
    for (const [status, n] of rows) counts[status] = n;
    return counts;
  }

  function listPage(query: LibraryQuery, search: SearchText, offset: number, limit: number): number[] {
    const sort = query.sort === 'relevance' ? 'updated' : query.sort;
    const conditions = listConditions(query, search, {
      sort: sort === 'status' ? 'updated' : sort,
      dense: denseSets(query, offset + limit),
    });
    if (sort !== 'status') {
      return statement(
        `SELECT e.doc FROM library_entries AS e WHERE ${conditions.sql} ORDER BY ${sortSql[sort]} LIMIT ? OFFSET ?`,
      )
        .pluck()
        .all(...conditions.params, limit, offset) as number[];
    }
    // Workflow order: each status's stories in turn, so every page reads one index range.
    const counts = countsByStatus(conditions);
    const byStatus = statement(
      `SELECT e.doc FROM library_entries AS e WHERE ${conditions.sql} AND e.status = ? ORDER BY ${sortSql.updated} LIMIT ? OFFSET ?`,
    ).pluck();
    const docs: number[] = [];
    let skip = offset;
    for (const status of statusOrder) {
      if (docs.length >= limit) break;
      if (skip >= counts[status]) {
        skip -= counts[status];
        continue;
      }
      docs.push(...(byStatus.all(...conditions.params, status, limit - docs.length, skip) as number[]));
      skip = 0;
    }
    return docs;
  }

  function searchPage(query: LibraryQuery, match: string, offset: number, limit: number): number[] {
    const conditions = filterConditions(query);
    const end = Math.min(offset + limit, bounds.listCap);
    if (offset >= end) return [];
    if (query.sort === 'created') return orderer.newest(match, conditions, offset, end - offset);
    const order = cachedOrder(query, match, conditions);
    const docs = order.head.slice(offset, end);
    if (docs.length < end - offset) {
      const tailOffset = Math.max(0, offset - order.head.length);
      docs.push(...orderer.tail(match, conditions, order.tailBelow, tailOffset, end - offset - docs.length));
    }
    return docs;
  }

  const facetQuery = (sql: string): { name: string; count: number }[] =>
    (statement(sql).raw().all() as [string, number][]).map(([name, count]) => ({ name, count }));

  const tagColumns = 't.id, t.kind, t.name, (SELECT count(*) FROM article_tags WHERE tag_id = t.id) AS count';
  const toTagOptions = (rows: unknown[]): TagOption[] => rows as TagOption[];

  return {
    page(query, offset, limit) {
      const search = parseSearchText(query.text);
      const match = matchExpression(search);
      const docs = match ? searchPage(query, match, offset, limit) : listPage(query, search, offset, limit);
      return { offset, rows: fetchRows(docs, match ? createMatcher(search.highlight) : undefined) };
    },

    count(query) {
      const search = parseSearchText(query.text);
      const match = matchExpression(search);
      const shown = viewStatuses(query);
      if (!match) {
        const byStatus = countsByStatus(listConditions(query, search, { statuses: false }));
        // The status filter narrows the list, not the tabs: each tab counts its own status.
        const total = shown.reduce((sum, status) => sum + byStatus[status], 0);
        return { total, capped: false, byStatus, byStatusCapped: false, rankedNewest: null, terms: [] };
      }
      const cap = bounds.listCap;
      const inView = orderer.countByStatus(match, filterConditions(query), cap + 1);
      const viewTotal = [...inView.values()].reduce((sum, n) => sum + n, 0);
      const all = orderer.countByStatus(match, filterConditions(query, { statuses: false }), cap + 1);
      const byStatus = noCounts();
      for (const [status, n] of all) byStatus[status as ArticleStatus] = n;
      let rankedNewest: number | null = null;
      if (query.sort === 'relevance') {
        const order = cachedOrder(query, match, filterConditions(query));
        if (order.tailBelow > 0 && order.head.length > 0) rankedNewest = order.head.length;
      }
      return {
        total: Math.min(viewTotal, cap),
        capped: viewTotal > cap,
        byStatus,
        byStatusCapped: [...all.values()].reduce((sum, n) => sum + n, 0) > cap,
        rankedNewest,
        terms: search.terms,
      };
    },

    facets() {
      return {
        sections: facetQuery(
          'SELECT section, count(*) FROM library_entries GROUP BY section ORDER BY count(*) DESC, section LIMIT 500',
        ),
        authors: facetQuery(
          'SELECT name, count(*) FROM article_bylines GROUP BY name ORDER BY count(*) DESC, name LIMIT 1000',
        ),
        languages: facetQuery(
          'SELECT language, count(*) FROM library_entries GROUP BY language ORDER BY count(*) DESC, language LIMIT 200',
        ).map(({ name, count }) => ({ tag: name, count })),
      };
    },

    tagOptions(text, limit) {
      const key = tagNameKey(text);
      if (key === '') {
        return toTagOptions(
          statement(
            `SELECT t.id, t.kind, t.name, count(*) AS count FROM article_tags AS at JOIN tags AS t ON t.id = at.tag_id
             GROUP BY t.id ORDER BY count DESC, t.name LIMIT ?`,
          ).all(limit),
        );
      }
      return toTagOptions(
        statement(
          `SELECT ${tagColumns} FROM tags AS t
           WHERE (t.name_key >= ? AND t.name_key < ?) OR instr(t.name_key, ?) > 0
           ORDER BY t.name_key >= ? AND t.name_key < ? DESC, count DESC, t.name LIMIT ?`,
        ).all(key, `${key}\u{10ffff}`, ` ${key}`, key, `${key}\u{10ffff}`, limit),
      );
    },

    tags(ids) {
      if (ids.length === 0) return [];
      return toTagOptions(
        statement(
          `SELECT ${tagColumns} FROM tags AS t WHERE t.id IN (SELECT value FROM json_each(?)) ORDER BY t.name`,
        ).all(JSON.stringify(ids)),
      );
    },

    headlines(text, limit) {
      const search = parseSearchText(text);
      const match = matchExpression(search, ['headline']);
      let docs: number[];
      if (!match) {
        docs = statement(`SELECT e.doc FROM library_entries AS e ORDER BY ${sortSql.updated} LIMIT ?`)
          .pluck()
          .all(limit) as number[];
      } else {
        // The newest few hundred headline matches, best first: enough to find a story by name.
        const hits = statement(
          'SELECT f.rowid, f.rank FROM search_index AS f WHERE f.search_index MATCH ? ORDER BY f.rowid DESC LIMIT 500',
        )
          .raw()
          .all(match) as [number, number][];
        hits.sort((a, b) => a[1] - b[1] || b[0] - a[0]);
        docs = hits.slice(0, limit).map(([doc]) => doc);
      }
      const matcher = createMatcher(search.highlight);
      return fetchRows(docs).map((row) => ({
        id: row.id,
        headline: row.headline,
        status: row.status,
        section: row.section,
        updatedAt: row.updatedAt,
        headlineMatch: highlightAll(row.headline, matcher),
      }));
    },
  };
}
