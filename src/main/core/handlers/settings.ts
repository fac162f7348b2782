import type { Handlers, ServicesOf } from '../handlers';

/** The settings channels, bound to the settings service. */
export const settingHandlers = (services: ServicesOf): Pick<Handlers, `settings.${string}` & keyof Handlers> => ({
  'settings.get': () => services().settings.get(),
  'settings.update': (patch) => services().settings.update(patch),
});
