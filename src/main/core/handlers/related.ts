import type { Handlers, ServicesOf } from '../handlers';

/** The related-coverage channels, bound to the related service. */
export const relatedHandlers = (services: ServicesOf): Pick<Handlers, `related.${string}` & keyof Handlers> => ({
  'related.list': ({ articleId }) => services().related.of(articleId),
  'related.add': (input) => services().related.add(input),
  'related.update': (input) => services().related.update(input),
  'related.remove': ({ sourceId, targetId }) => services().related.remove(sourceId, targetId),
  'related.reorder': ({ sourceId, targetIds }) => services().related.reorder(sourceId, targetIds),
  'related.block': ({ articleId }) => services().related.block(articleId),
  'related.search': ({ articleId, query, limit }) => services().related.search(articleId, query, limit),
  'related.suggest': ({ articleId, limit }) => services().related.suggest(articleId, limit),
});
