import { useEffect, useEffectEvent } from 'react';

/** Ctrl+key (Cmd+key on macOS) anywhere in the window, even while typing. */
export function useShortcut(key: string, run: () => void): void {
  const onShortcut = useEffectEvent(run);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === key) {
        event.preventDefault();
        onShortcut();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key]);
}
