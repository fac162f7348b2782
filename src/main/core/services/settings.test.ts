import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { defaultSettings } from '../../../shared/settings';
import { openStore } from '../store/open-store';
import { createSettingsService } from './settings';

let temp: { dir: string; cleanup: () => void };
let db: Database.Database;
const file = (): string => join(temp.dir, 'lede.sqlite');

beforeEach(() => {
  temp = makeTempDir('lede-settings-');
  db = openStore({ file: file() }).db;
});

afterEach(() => {
  if (db.open) db.close();
  temp.cleanup();
});

describe('the settings service', () => {
  it('round-trips every setting through the store file', () => {
    const chosen = {
      deskLimits: { headline: 95, standfirst: 240, web: 100, seo: 65, social: 90 },
      authorName: 'Sam Okafor',
      defaultByline: 'Sam Okafor, Lagos',
      defaultSection: 'Business',
      spellcheckLanguages: ['en-GB', 'fr'],
      theme: 'dark' as const,
      editorFontSize: 21,
      exportFolder: '/home/desk/exports',
      layout: { library: false, sidePanel: true, tab: 'history' as const },
      windowBounds: { x: 40, y: 30, width: 1500, height: 950, maximized: true },
    };
    // Every key is in the test, so a new setting must be added here too.
    expect(Object.keys(chosen).sort()).toEqual(Object.keys(defaultSettings()).sort());
    expect(createSettingsService(db).update(chosen)).toEqual(chosen);
    db.close();
    db = openStore({ file: file() }).db;
    expect(createSettingsService(db).get()).toEqual(chosen);
    // Each goes back to its own default alone when its stored value is no longer valid.
    db.prepare("UPDATE settings SET value = '\"sepia\"' WHERE key = 'theme'").run();
    expect(createSettingsService(db).get()).toEqual({ ...chosen, theme: 'system' });
  });

  it('gives the defaults when nothing is stored', () => {
    expect(createSettingsService(db).get()).toEqual(defaultSettings());
  });

  it('stores settings, each key whole, and reads them back after reopening', () => {
    const limits = { headline: 90, standfirst: 200, web: 100, seo: 60, social: 80 };
    const updated = createSettingsService(db, () => 42).update({ deskLimits: limits });
    expect(updated).toEqual({ ...defaultSettings(), deskLimits: limits });
    expect(createSettingsService(db).update({ authorName: 'Sam' })).toEqual({
      ...defaultSettings(),
      deskLimits: limits,
      authorName: 'Sam',
    });
    db.close();
    db = openStore({ file: file() }).db;
    expect(createSettingsService(db).get()).toEqual({ ...defaultSettings(), deskLimits: limits, authorName: 'Sam' });
    expect(db.prepare("SELECT value, updated_at FROM settings WHERE key = 'deskLimits'").get()).toEqual({
      value: JSON.stringify(limits),
      updated_at: 42,
    });
  });

  it('falls back to the default for a stored value it cannot use, and ignores unknown keys', () => {
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('deskLimits', '{\"headline\":3}', 1)").run();
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('fromTheFuture', 'true', 1)").run();
    expect(createSettingsService(db).get()).toEqual(defaultSettings());
  });
});
