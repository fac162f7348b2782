import type { Handlers, ServicesOf } from '../handlers';

/** The recovery journal channels, bound to the recovery service. */
export const recoveryHandlers = (services: ServicesOf): Pick<Handlers, `recovery.${string}` & keyof Handlers> => ({
  'recovery.put': (input) => services().recovery.put(input),
  'recovery.get': ({ articleId }) => services().recovery.get(articleId),
  'recovery.list': () => services().recovery.list(),
  'recovery.clear': ({ articleId }) => services().recovery.clear(articleId),
});
