import { createContext } from 'react';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../shared/settings';

export interface SettingsContextValue {
  settings: Settings;
  /** Stores the change and shares the result; rejects with the store's message. */
  update: (patch: SettingsPatch) => Promise<Settings>;
  /** The settings including changes made this instant, not yet rendered (two keys pressed fast). */
  latest: () => Settings;
}

export const SettingsContext = createContext<SettingsContextValue>({
  settings: defaultSettings(),
  update: () => Promise.reject(new Error('Settings are not loaded yet.')),
  latest: () => defaultSettings(),
});
