import { useContext } from 'react';
import { SettingsContext, type SettingsContextValue } from './settings-context';

/** The current settings and a way to change them, shared by the whole page. */
export function useSettings(): SettingsContextValue {
  return useContext(SettingsContext);
}
