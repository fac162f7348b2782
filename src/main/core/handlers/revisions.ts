import type { Handlers, ServicesOf } from '../handlers';

/** The version-history channels, bound to the revision service. */
export const revisionHandlers = (services: ServicesOf): Pick<Handlers, `revisions.${string}` & keyof Handlers> => ({
  'revisions.list': ({ articleId, limit }) => services().revisions.list(articleId, limit),
  'revisions.get': ({ id }) => services().revisions.get(id),
  'revisions.create': ({ articleId, reason }) => services().revisions.create(articleId, reason),
  'revisions.restore': ({ id, articleId, baseRevision }) => services().revisions.restore(id, articleId, baseRevision),
});
