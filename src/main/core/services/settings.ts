import type Database from 'better-sqlite3';
import { readSetting, settingKeys, type Settings, type SettingsPatch } from '../../../shared/settings';

export interface SettingsService {
  /** Every setting; a missing or unreadable stored value gives its default. */
  get(): Settings;
  /** Stores the given settings (each replaced whole) in one transaction; returns them all. */
  update(patch: SettingsPatch): Settings;
}

/** Settings over the `settings` table, one JSON row per key. */
export function createSettingsService(db: Database.Database, now: () => number = Date.now): SettingsService {
  const selectAll = db.prepare('SELECT key, value FROM settings');
  const upsert = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );

  const get = (): Settings => {
    const stored = new Map<string, unknown>();
    for (const row of selectAll.all() as { key: string; value: string }[]) {
      try {
        stored.set(row.key, JSON.parse(row.value));
      } catch {
        // json_valid guards the column; a value that still cannot be read falls back to the default.
      }
    }
    return Object.fromEntries(settingKeys.map((key) => [key, readSetting(key, stored.get(key))])) as Settings;
  };

  return {
    get,
    update(patch) {
      const time = now();
      db.transaction(() => {
        for (const key of settingKeys) {
          if (patch[key] !== undefined) upsert.run(key, JSON.stringify(patch[key]), time);
        }
      })();
      return get();
    },
  };
}
