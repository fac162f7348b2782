import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../shared/settings';
import { shareSettings } from './new-article-defaults';
import { SettingsContext } from './settings-context';

/** Loads the settings once and hands them to everything below; defaults until they arrive. */
export function SettingsProvider({ children, onError }: { children: ReactNode; onError: (message: string) => void }) {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [loaded, setLoaded] = useState(false);
  // What is on screen including changes made this instant, before React renders them.
  const latestRef = useRef(settings);
  const issued = useRef(0);
  const show = useCallback((next: Settings) => {
    latestRef.current = next;
    setSettings(next);
  }, []);

  useEffect(() => {
    let live = true;
    window.lede.settings
      .get()
      .then((stored) => live && issued.current === 0 && show(stored))
      .catch(
        (caught: unknown) => live && onError(`Settings could not be read; the defaults are in use. ${String(caught)}`),
      )
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [onError, show]);

  // The change shows at once (a panel toggled by key must not wait for the store). The store
  // applies changes in order, so only the answer to the latest one is shown; if the store
  // refuses a change, the settings go back to what is stored and the caller hears why.
  const update = useCallback(
    async (patch: SettingsPatch) => {
      const mine = ++issued.current;
      show({ ...latestRef.current, ...patch } as Settings);
      // A change made before the stored settings arrived is what the page shows now.
      setLoaded(true);
      try {
        const saved = await window.lede.settings.update(patch);
        if (mine === issued.current) show(saved);
        return saved;
      } catch (caught) {
        void window.lede.settings.get().then(show, () => undefined);
        throw caught;
      }
    },
    [show],
  );
  const latest = useCallback(() => latestRef.current, []);
  useEffect(() => shareSettings(settings), [settings]);
  const value = useMemo(() => ({ settings, loaded, update, latest }), [settings, loaded, update, latest]);
  return <SettingsContext value={value}>{children}</SettingsContext>;
}
