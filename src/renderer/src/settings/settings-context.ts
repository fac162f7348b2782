import { createContext } from 'react';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../shared/settings';

export interface SettingsContextValue {
  settings: Settings;
  /**
   * The stored settings have arrived (or could not be read). Until then `settings` are the
   * defaults, which must not repaint a page already drawn in the remembered theme.
   */
  loaded: boolean;
  /** Stores the change and shares the result; rejects with the store's message. */
  update: (patch: SettingsPatch) => Promise<Settings>;
  /** The settings including changes made this instant, not yet rendered (two keys pressed fast). */
  latest: () => Settings;
}

export const SettingsContext = createContext<SettingsContextValue>({
  settings: defaultSettings(),
  loaded: false,
  update: () => Promise.reject(new Error('Settings are not loaded yet.')),
  latest: () => defaultSettings(),
});
