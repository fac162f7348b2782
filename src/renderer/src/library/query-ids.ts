import type { LibraryQueryInput } from '../../../shared/library';

/** The library's largest page; a batch export reads the list this many rows at a time. */
const pageLimit = 200;

/**
 * The ids of every story the library query finds, in the library's order: what "export the
 * list" writes. Read page by page through the same channel the list uses, so an export of a
 * search result is exactly the stories the user sees (a search stops at its ranking cap).
 */
export async function queryIds(query: LibraryQueryInput): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const page = await window.lede.library.page({ query, offset: ids.length, limit: pageLimit });
    ids.push(...page.rows.map((row) => row.id));
    if (page.rows.length < pageLimit) return ids;
  }
}
