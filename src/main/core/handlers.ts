import type { ChannelName, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { ArticleService } from './services/articles';

/** One function per channel; a missing or extra one is a type error. */
export type Handlers = { [C in ChannelName]: (input: ParsedInputOf<C>) => OutputOf<C> };

export interface Services {
  articles: ArticleService;
}

/** Binds contract channels to services. `app.status` is answered by the core itself. */
export function createHandlers(
  services: () => Services,
  status: () => OutputOf<'app.status'>,
): Handlers {
  return {
    'app.status': () => status(),
    'articles.create': (input) => services().articles.create(input),
    'articles.get': ({ id }) => services().articles.get(id),
    'articles.list': ({ limit, after }) => services().articles.list(limit, after),
    'articles.update': ({ id, baseRevision, patch }) => services().articles.update(id, baseRevision, patch),
    'articles.delete': ({ id }) => services().articles.remove(id),
  };
}
