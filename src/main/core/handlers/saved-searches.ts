import type { Handlers, ServicesOf } from '../handlers';

/** The saved-search channels, bound to the saved-search service. */
export const savedSearchHandlers = (services: ServicesOf): Pick<Handlers, `searches.${string}` & keyof Handlers> => ({
  'searches.list': () => services().savedSearches.list(),
  'searches.create': ({ name, query }) => services().savedSearches.create(name, query),
  'searches.update': ({ id, name, query }) => services().savedSearches.update(id, { name, query }),
  'searches.delete': ({ id }) => services().savedSearches.remove(id),
});
