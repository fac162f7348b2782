import { useEffect, useState } from 'react';
import { registerPendingSaves } from '../shell/pending-saves';
import { Autosave, type SaveState } from './autosave';

/**
 * One Autosave per open article; flushed (not dropped) when the article closes. Whoever
 * hears about saved revisions registers with `autosave.setOnSaved`.
 */
export function useAutosave(id: string, revision: number): { autosave: Autosave; state: SaveState } {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [autosave] = useState(
    () =>
      new Autosave({
        revision,
        save: (baseRevision, patch) => window.lede.articles.update({ id, baseRevision, patch }),
        // A keystroke reports "pending" again and again; re-rendering the form for each
        // would re-render the editor's parent on every key. Same state, same object.
        onState: (next) => setState((previous) => (sameState(previous, next) ? previous : next)),
      }),
  );

  useEffect(() => {
    autosave.resume();
    const flushOnLeave = (): void => void autosave.flush();
    window.addEventListener('pagehide', flushOnLeave);
    // A quit waits for this (main asks the page to flush before the store closes).
    const leave = registerPendingSaves(() => autosave.flush());
    return () => {
      leave();
      window.removeEventListener('pagehide', flushOnLeave);
      // Timers stop now (so a setup that follows, as in StrictMode, can resume them);
      // whatever is pending is still saved.
      autosave.dispose();
      void autosave.flush();
    };
  }, [autosave]);

  return { autosave, state };
}

function sameState(a: SaveState, b: SaveState): boolean {
  if (a.kind !== b.kind) return false;
  const fields = a as Record<string, unknown>;
  return Object.entries(b).every(([key, value]) => fields[key] === value);
}
