import { join } from 'node:path';
import type { StoreStatus } from '../../shared/store-status';
import { LedeError } from '../../shared/errors';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers, type Services } from './handlers';
import { createArticleService } from './services/articles';
import { createDuplicateService } from './services/duplicate-article';
import { createLibraryService } from './services/library';
import { createRevisionStore } from './services/revision-store';
import { createRevisionService } from './services/revisions';
import { createSavedSearchService } from './services/saved-searches';
import { createSettingsService } from './services/settings';
import { createTrashService } from './services/trash';
import { openStore } from './store/open-store';
import { classifyOpenError } from './store/store-open-error';

export interface CoreOptions {
  /** Folder holding the store (`lede.sqlite`) and, later, backups and assets. */
  dataDir: string;
  /** better-sqlite3 binary for this runtime when it is not Node's (Electron). */
  nativeBinding?: string;
  now?: () => number;
  log?: (error: unknown) => void;
}

export interface Core {
  dispatch: Dispatch;
  status: StoreStatus;
  close(): void;
}

export const storeFileName = 'lede.sqlite';

/**
 * Opens the store and wires the services. A store that cannot be opened does not throw:
 * the core still answers `app.status` with the problem, and every other call with
 * `store_unavailable`, so the window can show the recovery screen.
 */
export function openCore(options: CoreOptions): Core {
  const storePath = join(options.dataDir, storeFileName);
  const now = options.now ?? Date.now;
  let status: StoreStatus;
  let services: Services | undefined;
  let close = (): void => {};
  try {
    const { db, schemaVersion } = openStore({ file: storePath, nativeBinding: options.nativeBinding, now });
    const settings = createSettingsService(db, now);
    const revisionStore = createRevisionStore(db, now, () => settings.get().authorName);
    const articles = createArticleService(db, now, { settings, revisions: revisionStore });
    services = {
      articles,
      revisions: createRevisionService(db, articles, revisionStore),
      settings,
      library: createLibraryService(db),
      savedSearches: createSavedSearchService(db, now),
      trash: createTrashService(db),
      duplicates: createDuplicateService(db, articles),
    };
    status = { state: 'ready', storePath, dataDir: options.dataDir, schemaVersion };
    close = () => {
      services = undefined; // later calls get store_unavailable, not a closed-database error
      if (db.open) db.close();
    };
  } catch (error) {
    const problem = classifyOpenError(error, storePath);
    status = {
      state: 'problem',
      storePath,
      dataDir: options.dataDir,
      problem: problem.problem,
      message: problem.message,
    };
  }
  const handlers = createHandlers(
    () => {
      if (!services)
        throw new LedeError('store_unavailable', status.state === 'problem' ? status.message : 'The store is closed.');
      return services;
    },
    () => status,
  );
  return { dispatch: createDispatch(handlers, options.log), status, close: () => close() };
}
