import type Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/backup';
import type { StoreStatus } from '../../shared/store-status';
import { createAsyncDispatch, createDispatch, type AsyncDispatch, type Dispatch } from './dispatch';
import { createHandlers, type Services } from './handlers';
import { createArticleService } from './services/articles';
import { createAssetService } from './services/assets';
import { createDurabilityService } from './services/durability';
import { createRecoveryService } from './services/recovery';
import { createRevisionStore } from './services/revision-store';
import { createRevisionService } from './services/revisions';
import { createRelatedService } from './services/related';
import { createSettingsService } from './services/settings';
import { createTagStore } from './services/tag-store';
import { createTagService } from './services/tags';
import { createDuplicateService } from './services/duplicate-article';
import { createLibraryService } from './services/library';
import { createSavedSearchService } from './services/saved-searches';
import { reindexArticleTags } from './services/search-index';
import { createTrashService } from './services/trash';
import { createExportService } from './services/exports';
import { createImportService } from './services/imports';
import { createStoreSession, storeFileName, type StoreSession } from './store-session';
import type { Migration } from './store/migrations';

export { storeFileName };

export interface CoreOptions {
  /** Folder holding the store (`lede.sqlite`), `backups/` and `replaced/`. */
  dataDir: string;
  /** better-sqlite3 binary for this runtime when it is not Node's (Electron). */
  nativeBinding?: string;
  now?: () => number;
  log?: (error: unknown) => void;
  /** The bundled migrations unless a test needs another list. */
  migrations?: Migration[];
  /** Hears, inside each writing transaction, which articles' tags changed (see TagStoreOptions). */
  onArticleTagsChanged?: (articleIds: readonly string[]) => void;
}

export interface Core {
  /** Synchronous calls; channels marked `runsAsync` are refused (use `call`). */
  dispatch: Dispatch;
  /** Every channel, awaited; what the core worker uses. */
  call: AsyncDispatch;
  /** The store as it is now: it changes when another folder is opened or a backup restored. */
  readonly status: StoreStatus;
  /** Makes the daily backup if the newest is 24 hours old or more (see `createBackupService`). */
  backupIfDue(): Promise<BackupInfo | undefined>;
  close(): void;
}

/** The services over an open store; a feature with a service adds it here. */
export function buildServices(db: Database.Database, now: () => number, options: CoreOptions): Services {
  const settings = createSettingsService(db, now);
  const revisionStore = createRevisionStore(db, now, () => settings.get().authorName);
  // Every change to an article's tags passes through the tag store's onArticleTagsChanged
  // (createTagStore's options): the search index re-reads those articles' tag names there,
  // in the same transaction, before anyone else listening hears of it.
  const tagStore = createTagStore(db, now, {
    onArticleTagsChanged: (ids) => {
      reindexArticleTags(db, ids);
      options.onArticleTagsChanged?.(ids);
    },
  });
  const articles = createArticleService(db, now, { settings, revisions: revisionStore, tags: tagStore });
  const related = createRelatedService(db, now);
  const assets = createAssetService(db, { now });
  return {
    articles,
    revisions: createRevisionService(db, articles, revisionStore, tagStore),
    settings,
    tags: createTagService(db, now, { tags: tagStore, articles, revisions: revisionStore }),
    related,
    recovery: createRecoveryService(db, (id) => articles.get(id), now),
    durability: createDurabilityService(db),
    assets,
    library: createLibraryService(db),
    savedSearches: createSavedSearchService(db, now),
    trash: createTrashService(db),
    duplicates: createDuplicateService(db, articles, now),
    exports: createExportService({ articles, related, assets, now }),
    imports: createImportService(db, { tags: tagStore, assets, now }),
  };
}

function sessionFor(options: CoreOptions): StoreSession {
  return createStoreSession({
    dataDir: options.dataDir,
    nativeBinding: options.nativeBinding,
    now: options.now ?? Date.now,
    log: options.log ?? console.error,
    migrations: options.migrations,
    buildServices: (db, now) => buildServices(db, now, options),
  });
}

function coreOver(session: StoreSession, options: CoreOptions): Core {
  const handlers = createHandlers(
    () => session.services(),
    () => session.status,
    session,
  );
  return {
    dispatch: createDispatch(handlers, options.log),
    call: createAsyncDispatch(handlers, options.log),
    get status() {
      return session.status;
    },
    backupIfDue: () => session.backupIfDue(),
    close: () => session.close(),
  };
}

/**
 * Opens the store and wires the services, synchronously and without backups: for tests,
 * benchmarks and tools. A store that cannot be opened does not throw: the core still
 * answers `app.status` with the problem, and every other call with `store_unavailable`.
 */
export function openCore(options: CoreOptions): Core {
  const session = sessionFor(options);
  session.openNow();
  return coreOver(session, options);
}

/**
 * Opens the store as the app does: a `pre-migration` backup before this Lede changes the
 * schema of an existing store, then (in the background, not delaying the first call) the
 * daily backup if one is due. Problems are reported as by `openCore`.
 */
export async function startCore(options: CoreOptions): Promise<Core> {
  const session = sessionFor(options);
  await session.openWithBackups();
  void session.backupIfDue();
  return coreOver(session, options);
}
