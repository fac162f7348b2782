import type { Handlers, ServicesOf } from '../handlers';

/** The asset channels, bound to the asset service. */
export const assetHandlers = (services: ServicesOf): Pick<Handlers, `assets.${string}` & keyof Handlers> => ({
  'assets.add': ({ bytes }) => services().assets.add(bytes),
  'assets.get': ({ hash }) => services().assets.get(hash),
  'assets.read': ({ hash }) => services().assets.read(hash),
});
