import type { ArticleSummary } from '../shared/article';
import type { LibraryPage } from '../shared/library';
import type { Core } from '../main/core/open-core';

function call<T>(core: Core, channel: string, input: unknown): T {
  const envelope = core.dispatch(channel, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

/** Every article's summary, most recently edited first, read a page at a time. */
export function allSummaries(core: Core): ArticleSummary[] {
  const all: ArticleSummary[] = [];
  for (;;) {
    const last = all[all.length - 1];
    const page = call<ArticleSummary[]>(core, 'articles.list', {
      limit: 500,
      ...(last ? { after: { updatedAt: last.updatedAt, id: last.id } } : {}),
    });
    all.push(...page);
    if (page.length < 500) return all;
  }
}

/** The library's largest page (see `PageInput`). */
const pageLimit = 200;

/**
 * The ids of the articles `--query` names, through the library's full-text search (the
 * same words, phrases, `-exclusions` and ranking as the app's search box); without a
 * query, every article not in the trash, most recently edited first. Spiked stories are
 * never exported.
 */
export function findArticleIds(core: Core, query: string | undefined): string[] {
  const text = query?.trim() ?? '';
  const libraryQuery = { view: 'library', text, sort: text ? 'relevance' : 'updated' };
  const ids: string[] = [];
  for (;;) {
    const page = call<LibraryPage>(core, 'library.page', { query: libraryQuery, offset: ids.length, limit: pageLimit });
    ids.push(...page.rows.map((row) => row.id));
    if (page.rows.length < pageLimit) return ids;
  }
}

export { call as callCore };
