import { useEffect, useEffectEvent } from 'react';
import { runCommand } from '../commands/command-bus';
import { flushPendingSaves } from './pending-saves';

export interface ShellEventHandlers {
  openArticle: (id: string) => void;
  /** Main imported a .json file handed over by the desktop (or could not, with the reason). */
  imported: (outcome: { path: string; articleId?: string; error?: string }) => void;
}

/** Listens to main: menu clicks run their command; a quit waits for every pending save. */
export function useShellEvents(handlers: ShellEventHandlers): void {
  const openArticle = useEffectEvent(handlers.openArticle);
  const imported = useEffectEvent(handlers.imported);
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
          case 'imported':
            imported(event);
            break;
          case 'flush':
            void flushPendingSaves().then(() => window.lede.shell.send({ type: 'flushed', token: event.token }));
            break;
        }
      }),
    [],
  );
}
