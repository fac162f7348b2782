import { articleStatuses, type ArticleStatus } from '../../../shared/article';
import type { LibraryQuery, LibrarySort } from '../../../shared/library';

/** A WHERE clause over `library_entries AS e` and its parameters, in order. */
export interface Conditions {
  sql: string;
  params: unknown[];
}

/** The columns a library row needs, from `library_entries AS e`. */
export const rowColumns = `e.doc, e.article_id, e.kicker, e.headline, e.status, e.status_before_spike, e.section,
  e.bylines, e.language, e.word_count, e.created_at, e.updated_at, e.embargo_at, e.revision`;

const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

/** The statuses a view shows, narrowed by the status filter (spiked only in the trash). */
export function viewStatuses(query: LibraryQuery): ArticleStatus[] {
  if (query.view === 'trash') return ['spiked'];
  const live = articleStatuses.filter((status) => status !== 'spiked');
  const chosen = query.filters.statuses;
  return chosen && chosen.length > 0 ? live.filter((status) => chosen.includes(status)) : live;
}

/** How the list will be read, so the filters can steer SQLite to the right index. */
export interface FilterOptions {
  /** Leave out the view's status restriction (counting per status needs every status). */
  statuses?: boolean;
  /**
   * The order a page is read in. The order's index carries status, section and language,
   * so those filters are checked while walking it (a `+` keeps SQLite from sorting a
   * whole section instead), except the one case where a filter's own index comes in the
   * right order already: one value of one of them, last edited first.
   */
  sort?: LibrarySort;
  /** Authors or tags held by so many stories that walking the order beats looking each up. */
  dense?: { authors?: boolean; tags?: ReadonlySet<number> };
}

/**
 * The filters as SQL over `library_entries AS e`. Every value is a parameter; only fixed
 * SQL text is ever put together here.
 */
export function filterConditions(query: LibraryQuery, options: FilterOptions = {}): Conditions {
  const { filters } = query;
  const parts: string[] = [];
  const params: unknown[] = [];
  const statuses = viewStatuses(query);
  const single = [
    options.statuses !== false && (query.view === 'trash' || (filters.statuses?.length ?? 0) > 0) ? statuses : [],
    filters.sections ?? [],
    filters.languages ?? [],
  ].filter((values) => values.length > 0);
  const indexed = options.sort === 'updated' && single.length === 1 && single[0]!.length === 1;
  const plus = indexed || options.sort === undefined ? '' : '+';
  const oneOf = (column: string, values: readonly unknown[]): void => {
    parts.push(`${plus}${column} IN (${placeholders(values.length)})`);
    params.push(...values);
  };
  if (options.statuses !== false) {
    if (statuses.length === articleStatuses.length - 1 && query.view === 'library') parts.push("e.status <> 'spiked'");
    else oneOf('e.status', statuses);
  }
  if (filters.sections && filters.sections.length > 0) oneOf('e.section', filters.sections);
  if (filters.languages && filters.languages.length > 0) oneOf('e.language', filters.languages);
  // A rare author or tag drives the query (look its stories up, then sort them); a common
  // one is checked row by row while walking the order, one indexed probe a row.
  if (filters.authors && filters.authors.length > 0) {
    const names = placeholders(filters.authors.length);
    parts.push(
      options.dense?.authors
        ? `EXISTS (SELECT 1 FROM article_bylines AS b WHERE b.name IN (${names}) AND b.article_id = e.article_id)`
        : `e.article_id IN (SELECT article_id FROM article_bylines WHERE name IN (${names}))`,
    );
    params.push(...filters.authors.map((name) => name.trim()));
  }
  for (const tagId of new Set(filters.tagIds ?? [])) {
    parts.push(
      options.dense?.tags?.has(tagId)
        ? 'EXISTS (SELECT 1 FROM article_tags AS t WHERE t.article_id = e.article_id AND t.tag_id = ?)'
        : 'e.article_id IN (SELECT article_id FROM article_tags WHERE tag_id = ?)',
    );
    params.push(tagId);
  }
  const time = filters.dateField === 'created' ? 'e.created_at' : 'e.updated_at';
  if (filters.from !== undefined) {
    parts.push(`${time} >= ?`);
    params.push(filters.from);
  }
  if (filters.to !== undefined) {
    parts.push(`${time} < ?`);
    params.push(filters.to);
  }
  if (filters.embargoed === true) parts.push('e.embargo_at IS NOT NULL');
  if (filters.embargoed === false) parts.push('e.embargo_at IS NULL');
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

/** Whether the query narrows more than its view does (the status tabs and counts care). */
export function hasFilters(query: LibraryQuery): boolean {
  const { statuses: _statuses, ...rest } = query.filters;
  return Object.values(rest).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined));
}

/** ORDER BY for a list without search words; each ends in the id, so pages never overlap. */
export const sortSql = {
  updated: 'e.updated_at DESC, e.doc DESC',
  created: 'e.created_at DESC, e.doc DESC',
  headline: 'e.headline COLLATE NOCASE, e.doc',
} as const;

/** Workflow order, for the status sort. */
export const statusOrder: readonly ArticleStatus[] = articleStatuses;
