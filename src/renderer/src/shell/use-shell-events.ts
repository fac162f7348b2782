import { useEffect, useEffectEvent } from 'react';
import { runCommand } from '../commands/command-bus';
import { flushPendingSaves } from './pending-saves';

export interface ShellEventHandlers {
  openArticle: (id: string) => void;
  /** A .json file handed over by the desktop; import lands with the export/import feature. */
  openFile: (path: string) => void;
}

/** Listens to main: menu clicks run their command; a quit waits for every pending save. */
export function useShellEvents(handlers: ShellEventHandlers): void {
  const openArticle = useEffectEvent(handlers.openArticle);
  const openFile = useEffectEvent(handlers.openFile);
  useEffect(
    () =>
      window.lede.shell.onEvent((event) => {
        switch (event.type) {
          case 'command':
            runCommand(event.command);
            break;
          case 'openArticle':
            openArticle(event.id);
            break;
          case 'openFile':
            openFile(event.path);
            break;
          case 'flush':
            void flushPendingSaves().then(() => window.lede.shell.send({ type: 'flushed', token: event.token }));
            break;
        }
      }),
    [],
  );
}
