import type { Handlers, ServicesOf } from '../handlers';

/** The library channels, bound to the library, duplicate and trash services. */
export const libraryHandlers = (services: ServicesOf): Pick<Handlers, `library.${string}` & keyof Handlers> => ({
  'library.page': ({ query, offset, limit }) => services().library.page(query, offset, limit),
  'library.count': ({ query }) => services().library.count(query),
  'library.facets': () => services().library.facets(),
  'library.tagOptions': ({ text, limit }) => services().library.tagOptions(text, limit),
  'library.tags': ({ ids }) => services().library.tags(ids),
  'library.headlines': ({ text, limit }) => services().library.headlines(text, limit),
  'library.duplicate': ({ id }) => services().duplicates.duplicate(id),
  'library.emptyTrash': ({ count }) => services().trash.empty(count),
});
