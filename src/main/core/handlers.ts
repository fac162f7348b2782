import type { ChannelName, OutputOf, ParsedInputOf } from '../../shared/contract';
import { articleHandlers } from './handlers/articles';
import { assetHandlers } from './handlers/assets';
import type { ArticleService } from './services/articles';
import type { AssetService } from './services/assets';

/** One function per channel; a missing or extra one is a type error. */
export type Handlers = { [C in ChannelName]: (input: ParsedInputOf<C>) => OutputOf<C> };

export interface Services {
  articles: ArticleService;
  assets: AssetService;
}

/** Gives the services, or throws `store_unavailable` when the store did not open. */
export type ServicesOf = () => Services;

/** Binds every contract channel; each feature's rows live in `handlers/<feature>.ts`. */
export function createHandlers(services: ServicesOf, status: () => OutputOf<'app.status'>): Handlers {
  return {
    'app.status': () => status(),
    ...articleHandlers(services),
    ...assetHandlers(services),
  };
}
