import type { Handlers, ServicesOf } from '../handlers';

/** The article channels, bound to the article service. */
export const articleHandlers = (services: ServicesOf): Pick<Handlers, `articles.${string}` & keyof Handlers> => ({
  'articles.create': (input) => services().articles.create(input),
  'articles.get': ({ id }) => services().articles.get(id),
  'articles.list': ({ limit, after }) => services().articles.list(limit, after),
  'articles.update': ({ id, baseRevision, patch }) => services().articles.update(id, baseRevision, patch),
  'articles.setStatus': ({ id, baseRevision, status }) => services().articles.setStatus(id, baseRevision, status),
  'articles.slugAvailable': ({ slug, exceptId }) => services().articles.slugAvailable(slug, exceptId),
  'articles.delete': ({ id }) => services().articles.remove(id),
});
