import type { ArticleSummary } from '../shared/article';
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

/**
 * The articles `--query` names: the headline, standfirst or body contains the text,
 * ignoring case. The one place to swap for the store's full-text search service.
 */
export function findArticles(core: Core, query: string | undefined): ArticleSummary[] {
  const summaries = allSummaries(core);
  if (query === undefined || query.trim() === '') return summaries;
  const needle = query.trim().toLocaleLowerCase();
  return summaries.filter((summary) => {
    if (`${summary.headline}\n${summary.standfirst}`.toLocaleLowerCase().includes(needle)) return true;
    const { bodyText } = call<{ bodyText: string }>(core, 'articles.get', { id: summary.id });
    return bodyText.toLocaleLowerCase().includes(needle);
  });
}

export { call as callCore };
