import type { Handlers, ServicesOf } from '../handlers';

/** The tag channels, bound to the tag service. */
export const tagHandlers = (services: ServicesOf): Pick<Handlers, `tags.${string}` & keyof Handlers> => ({
  'tags.search': (query) => services().tags.search(query),
  'tags.create': (input) => services().tags.create(input),
  'tags.list': ({ kind }) => services().tags.list(kind),
  'tags.get': ({ id }) => services().tags.get(id),
  'tags.update': (input) => services().tags.update(input),
  'tags.merge': ({ sourceId, targetId }) => services().tags.merge(sourceId, targetId),
  'tags.delete': ({ id }) => services().tags.remove(id),
  'tags.articles': ({ tagId, limit, after }) => services().tags.articles(tagId, limit, after),
  'tags.putBack': ({ revisionIds }) => services().tags.putBack(revisionIds),
});
