import { articleStatuses, type ArticleStatus } from '../../../shared/article';
import type { LibraryQuery } from '../../../shared/library';

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

/**
 * The filters as SQL over `library_entries AS e`. With `statuses: false` the view's status
 * restriction is left out (counting per status needs every status). Every value is a
 * parameter; only fixed SQL text is ever put together here.
 */
export function filterConditions(query: LibraryQuery, options: { statuses?: boolean } = {}): Conditions {
  const { filters } = query;
  const parts: string[] = [];
  const params: unknown[] = [];
  if (options.statuses !== false) {
    const statuses = viewStatuses(query);
    if (statuses.length === articleStatuses.length - 1 && query.view === 'library') parts.push("e.status <> 'spiked'");
    else {
      parts.push(`e.status IN (${placeholders(statuses.length)})`);
      params.push(...statuses);
    }
  }
  if (filters.sections && filters.sections.length > 0) {
    parts.push(`e.section IN (${placeholders(filters.sections.length)})`);
    params.push(...filters.sections);
  }
  if (filters.languages && filters.languages.length > 0) {
    parts.push(`e.language IN (${placeholders(filters.languages.length)})`);
    params.push(...filters.languages);
  }
  if (filters.authors && filters.authors.length > 0) {
    parts.push(
      `e.article_id IN (SELECT article_id FROM article_bylines WHERE name IN (${placeholders(filters.authors.length)}))`,
    );
    params.push(...filters.authors.map((name) => name.trim()));
  }
  for (const tagId of new Set(filters.tagIds ?? [])) {
    parts.push('e.article_id IN (SELECT article_id FROM article_tags WHERE tag_id = ?)');
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
