import type { ChannelName, OutputOf, ParsedInputOf } from '../../shared/contract';
import { articleHandlers } from './handlers/articles';
import { libraryHandlers } from './handlers/library';
import { revisionHandlers } from './handlers/revisions';
import { savedSearchHandlers } from './handlers/saved-searches';
import { settingHandlers } from './handlers/settings';
import type { ArticleService } from './services/articles';
import type { DuplicateService } from './services/duplicate-article';
import type { LibraryService } from './services/library';
import type { RevisionService } from './services/revisions';
import type { SavedSearchService } from './services/saved-searches';
import type { SettingsService } from './services/settings';
import type { TrashService } from './services/trash';

/** One function per channel; a missing or extra one is a type error. */
export type Handlers = { [C in ChannelName]: (input: ParsedInputOf<C>) => OutputOf<C> };

export interface Services {
  articles: ArticleService;
  revisions: RevisionService;
  settings: SettingsService;
  library: LibraryService;
  savedSearches: SavedSearchService;
  trash: TrashService;
  duplicates: DuplicateService;
}

/** Gives the services, or throws `store_unavailable` when the store did not open. */
export type ServicesOf = () => Services;

/** Binds every contract channel; each feature's rows live in `handlers/<feature>.ts`. */
export function createHandlers(services: ServicesOf, status: () => OutputOf<'app.status'>): Handlers {
  return {
    'app.status': () => status(),
    ...articleHandlers(services),
    ...revisionHandlers(services),
    ...settingHandlers(services),
    ...libraryHandlers(services),
    ...savedSearchHandlers(services),
  };
}
