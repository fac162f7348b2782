import type { ChannelName, OutputOf, ParsedInputOf } from '../../shared/contract';
import { articleHandlers } from './handlers/articles';
import { relatedHandlers } from './handlers/related';
import { revisionHandlers } from './handlers/revisions';
import { settingHandlers } from './handlers/settings';
import { tagHandlers } from './handlers/tags';
import type { ArticleService } from './services/articles';
import type { RelatedService } from './services/related';
import type { RevisionService } from './services/revisions';
import type { SettingsService } from './services/settings';
import type { TagService } from './services/tags';

/** One function per channel; a missing or extra one is a type error. */
export type Handlers = { [C in ChannelName]: (input: ParsedInputOf<C>) => OutputOf<C> };

export interface Services {
  articles: ArticleService;
  revisions: RevisionService;
  settings: SettingsService;
  tags: TagService;
  related: RelatedService;
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
    ...tagHandlers(services),
    ...relatedHandlers(services),
  };
}
