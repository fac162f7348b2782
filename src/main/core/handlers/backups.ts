import { runsAsync } from '../dispatch';
import type { Handlers } from '../handlers';
import type { StoreLifecycle } from '../store-session';

/** The backup channels; they work whether or not the store opened. */
export const backupHandlers = (lifecycle: StoreLifecycle): Pick<Handlers, `backups.${string}` & keyof Handlers> => ({
  'backups.list': () => lifecycle.backups().list(),
  'backups.restore': runsAsync(({ name }: { name: string }) => lifecycle.restore(name)),
});
