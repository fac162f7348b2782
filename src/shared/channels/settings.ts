import { channel, NoInput } from '../channel';
import { SettingsPatch, type Settings } from '../settings';

export const settingChannels = {
  /** Every setting, with defaults where none is stored. */
  'settings.get': channel<Settings>()(NoInput),

  /** Replaces the settings given (each whole) and returns them all. */
  'settings.update': channel<Settings>()(SettingsPatch),
};
