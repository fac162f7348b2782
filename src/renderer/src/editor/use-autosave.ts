import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article';
import { Autosave, type SaveState } from './autosave';

/** One Autosave per open article; flushed (not dropped) when the article closes. */
export function useAutosave(
  id: string,
  revision: number,
  onSaved: (summary: ArticleSummary) => void,
): { autosave: Autosave; state: SaveState } {
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
  useEffect(() => autosave.setOnSaved(onSaved), [autosave, onSaved]);

  useEffect(() => {
    const flushOnLeave = (): void => void autosave.flush();
    window.addEventListener('pagehide', flushOnLeave);
    return () => {
      window.removeEventListener('pagehide', flushOnLeave);
      void autosave.flush().finally(() => autosave.dispose());
    };
  }, [autosave]);

  return { autosave, state };
}

function sameState(a: SaveState, b: SaveState): boolean {
  if (a.kind !== b.kind) return false;
  const fields = a as Record<string, unknown>;
  return Object.entries(b).every(([key, value]) => fields[key] === value);
}
