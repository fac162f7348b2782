import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../shared/settings';
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
  const update = useCallback(async (patch: SettingsPatch) => {
    const saved = await window.lede.settings.update(patch);
    setSettings(saved);
    return saved;
  }, []);
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext value={value}>{children}</SettingsContext>;
}
