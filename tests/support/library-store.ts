import type Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Services } from '../../src/main/core/handlers';
import { buildServices } from '../../src/main/core/open-core';
import type { ArticleService } from '../../src/main/core/services/articles';
import type { DuplicateService } from '../../src/main/core/services/duplicate-article';
import { createLibraryService, type LibraryService } from '../../src/main/core/services/library';
import type { SearchBounds } from '../../src/main/core/services/library-search';
import type { RevisionService } from '../../src/main/core/services/revisions';
import type { SavedSearchService } from '../../src/main/core/services/saved-searches';
import { reindexArticleTags } from '../../src/main/core/services/search-index';
import type { TrashService } from '../../src/main/core/services/trash';
import { openStore } from '../../src/main/core/store/open-store';
import { tagNameKey } from '../../src/shared/tag';
import type { ArticleFields } from '../../src/shared/article';
import type { DocNode } from '../../src/shared/doc';
import { LibraryQuery, type LibraryQueryInput } from '../../src/shared/library';
import { makeTempDir } from './temp-dir';

/** A real store in a temporary folder with the services the library tests use, wired as the core wires them. */
export interface LibraryStore {
  db: Database.Database;
  articles: ArticleService;
  revisions: RevisionService;
  library: LibraryService;
  trash: TrashService;
  savedSearches: SavedSearchService;
  duplicates: DuplicateService;
  /** Every service, as the core builds them (tags, related, recovery...). */
  services: Services;
  /** The injected clock; tests move it with `tick`. */
  now(): number;
  tick(ms?: number): void;
  close(): void;
}

export function openLibraryStore(bounds?: SearchBounds): LibraryStore {
  const temp = makeTempDir('lede-library-');
  let clock = 1_700_000_000_000;
  const now = (): number => clock;
  const { db } = openStore({ file: join(temp.dir, 'lede.sqlite'), now });
  const services = buildServices(db, now, { dataDir: temp.dir });
  return {
    db,
    articles: services.articles,
    revisions: services.revisions,
    library: bounds ? createLibraryService(db, bounds) : services.library,
    trash: services.trash,
    savedSearches: services.savedSearches,
    duplicates: services.duplicates,
    services,
    now,
    tick: (ms = 1_000) => void (clock += ms),
    close: () => {
      if (db.open) db.close();
      temp.cleanup();
    },
  };
}

export const paragraphs = (...texts: string[]): DocNode => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

/** Creates a story (a second apart from the last, so "newest" is well defined); returns its id. */
export function story(store: LibraryStore, fields: ArticleFields & { text?: string }): string {
  const { text, ...rest } = fields;
  store.tick();
  const body = text === undefined ? undefined : paragraphs(text);
  return store.articles.create({ ...rest, ...(body ? { body } : {}) } as never).id;
}

/** Sets a story's status directly, as a workflow that passed its checks would have. */
export function setStatus(store: LibraryStore, id: string, status: string): void {
  store.db
    .prepare('UPDATE articles SET status = ?, status_before_spike = ? WHERE id = ?')
    .run(status, status === 'spiked' ? 'draft' : null, id);
}

/** Gives a story a tag (creating the tag), as the tag service will, and re-indexes it. */
export function tag(store: LibraryStore, articleId: string, name: string, kind = 'topic'): number {
  const { db } = store;
  db.prepare(
    `INSERT INTO tags (kind, name, name_key, created_at) VALUES (?, ?, ?, 0) ON CONFLICT (kind, name_key) DO NOTHING`,
  ).run(kind, name, tagNameKey(name));
  const tagId = db
    .prepare('SELECT id FROM tags WHERE kind = ? AND name_key = ?')
    .pluck()
    .get(kind, tagNameKey(name)) as number;
  const position = db
    .prepare('SELECT count(*) FROM article_tags WHERE article_id = ?')
    .pluck()
    .get(articleId) as number;
  db.prepare('INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)').run(
    articleId,
    tagId,
    position,
  );
  reindexArticleTags(db, [articleId]);
  return tagId;
}

/** The ids a query lists, in order (all of them, page by page). */
export function listIds(store: LibraryStore, query: LibraryQueryInput, pageSize = 7): string[] {
  const parsed = LibraryQuery.parse(query);
  const ids: string[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = store.library.page(parsed, offset, pageSize);
    ids.push(...page.rows.map((row) => row.id));
    if (page.rows.length < pageSize) return ids;
  }
}

export const count = (store: LibraryStore, query: LibraryQueryInput) => store.library.count(LibraryQuery.parse(query));
