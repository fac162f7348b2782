import type { ChannelName, OutputOf, ParsedInputOf } from '../../shared/contract';
import { runsAsync } from './dispatch';
import { articleHandlers } from './handlers/articles';
import { relatedHandlers } from './handlers/related';
import { libraryHandlers } from './handlers/library';
import { revisionHandlers } from './handlers/revisions';
import { savedSearchHandlers } from './handlers/saved-searches';
import { settingHandlers } from './handlers/settings';
import { tagHandlers } from './handlers/tags';
import type { ArticleService } from './services/articles';
import type { RelatedService } from './services/related';
import type { DuplicateService } from './services/duplicate-article';
import type { LibraryService } from './services/library';
import type { RevisionService } from './services/revisions';
import type { SavedSearchService } from './services/saved-searches';
import type { SettingsService } from './services/settings';
import { recoveryHandlers } from './handlers/recovery';
import type { RecoveryService } from './services/recovery';
import { backupHandlers } from './handlers/backups';
import type { DurabilityService } from './services/durability';
import type { StoreLifecycle } from './store-session';
import { assetHandlers } from './handlers/assets';
import type { AssetService } from './services/assets';
import type { TagService } from './services/tags';
import type { TrashService } from './services/trash';
import { exchangeHandlers } from './handlers/exchange';
import type { ExportService } from './services/exports';
import type { ImportService } from './services/imports';

/**
 * One function per channel; a missing or extra one is a type error. A handler that returns
 * a promise is wrapped in `runsAsync` so the dispatcher knows to await it.
 */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
};

export interface Services {
  articles: ArticleService;
  revisions: RevisionService;
  settings: SettingsService;
  recovery: RecoveryService;
  /** For explicit save and publish: makes every commit so far survive a power cut. */
  durability: DurabilityService;
  assets: AssetService;
  tags: TagService;
  related: RelatedService;
  library: LibraryService;
  savedSearches: SavedSearchService;
  trash: TrashService;
  duplicates: DuplicateService;
  exports: ExportService;
  imports: ImportService;
}

/** Gives the services, or throws `store_unavailable` when the store did not open. */
export type ServicesOf = () => Services;

/** Binds every contract channel; each feature's rows live in `handlers/<feature>.ts`. */
export function createHandlers(
  services: ServicesOf,
  status: () => OutputOf<'app.status'>,
  lifecycle: StoreLifecycle,
): Handlers {
  return {
    'app.status': () => status(),
    'app.openStore': runsAsync(({ dataDir }: { dataDir?: string }) => lifecycle.openStore(dataDir)),
    'app.moveStore': runsAsync(({ dataDir }: { dataDir?: string }) => lifecycle.moveStore(dataDir)),
    ...articleHandlers(services),
    ...revisionHandlers(services),
    ...settingHandlers(services),
    ...recoveryHandlers(services),
    ...backupHandlers(lifecycle),
    ...assetHandlers(services),
    ...tagHandlers(services),
    ...relatedHandlers(services),
    ...libraryHandlers(services),
    ...savedSearchHandlers(services),
    ...exchangeHandlers(services),
  };
}
