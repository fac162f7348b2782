import { useCallback } from 'react';
import type { PanelLayout } from '../../../shared/settings';
import { useSettings } from './use-settings';

/** Which panels are open, kept in the settings so the next start shows them the same way. */
export function useLayout(): { layout: PanelLayout; setLayout: (patch: Partial<PanelLayout>) => void } {
  const { settings, update } = useSettings();
  const layout = settings.layout;
  const setLayout = useCallback(
    (patch: Partial<PanelLayout>) => {
      // Remembering a panel is a convenience: if the store refuses, the panel still moves.
      void update({ layout: { ...layout, ...patch } }).catch(() => undefined);
    },
    [layout, update],
  );
  return { layout, setLayout };
}
