import { useCallback } from 'react';
import type { PanelLayout } from '../../../shared/settings';
import { useSettings } from './use-settings';

type LayoutChange = Partial<PanelLayout> | ((current: PanelLayout) => Partial<PanelLayout>);

/** Which panels are open, kept in the settings so the next start shows them the same way. */
export function useLayout(): { layout: PanelLayout; setLayout: (change: LayoutChange) => void } {
  const { settings, update, latest } = useSettings();
  const setLayout = useCallback(
    (change: LayoutChange) => {
      // From the latest layout, not the last rendered one: two toggles pressed in quick
      // succession must not undo each other.
      const current = latest().layout;
      const patch = typeof change === 'function' ? change(current) : change;
      // Remembering a panel is a convenience: if the store refuses, the panel still moves.
      void update({ layout: { ...current, ...patch } }).catch(() => undefined);
    },
    [latest, update],
  );
  return { layout: settings.layout, setLayout };
}
