import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../shared/settings';
import { shareSettings } from './new-article-defaults';
import { SettingsContext } from './settings-context';

/** Loads the settings once and hands them to everything below; defaults until they arrive. */
export function SettingsProvider({ children, onError }: { children: ReactNode; onError: (message: string) => void }) {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  useEffect(() => {
    let live = true;
    window.lede.settings
      .get()
      .then((loaded) => live && setSettings(loaded))
      .catch(
        (caught: unknown) => live && onError(`Settings could not be read; the defaults are in use. ${String(caught)}`),
      );
    return () => {
      live = false;
    };
  }, [onError]);
  // The change shows at once (a panel toggled by key must not wait for the store); if the
  // store refuses it, the settings go back to what is stored and the caller hears why.
  const update = useCallback(async (patch: SettingsPatch) => {
    setSettings((current) => ({ ...current, ...patch }) as Settings);
    try {
      const saved = await window.lede.settings.update(patch);
      setSettings(saved);
      return saved;
    } catch (caught) {
      void window.lede.settings.get().then(setSettings, () => undefined);
      throw caught;
    }
  }, []);
  useEffect(() => shareSettings(settings), [settings]);
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext value={value}>{children}</SettingsContext>;
}
