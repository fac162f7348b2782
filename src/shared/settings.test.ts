// Type-checked by both tsconfig.node.json and tsconfig.web.json: no Node modules or globals here.
import { describe, expect, it } from 'vitest';
import { defaultSettings, readSetting, SettingsPatch } from './settings';

describe('settings', () => {
  it('has the desk defaults', () => {
    expect(defaultSettings()).toEqual({
      deskLimits: { headline: 110, standfirst: 250, web: 110, seo: 70, social: 100 },
      authorName: '',
      defaultByline: '',
      defaultSection: '',
      spellcheckLanguages: [],
      theme: 'system',
      editorFontSize: 18,
      exportFolder: '',
      layout: { library: true, sidePanel: true, tab: 'details' },
      windowBounds: null,
    });
  });

  it('gives fresh copies, so changing one never changes the defaults', () => {
    const settings = defaultSettings();
    settings.deskLimits.headline = 1;
    expect(defaultSettings().deskLimits.headline).toBe(110);
  });

  it('reads a stored value, or the default when it is missing or no longer valid', () => {
    expect(readSetting('authorName', 'Sam')).toBe('Sam');
    expect(readSetting('authorName', undefined)).toBe('');
    expect(readSetting('authorName', 42)).toBe('');
    expect(readSetting('deskLimits', { headline: 90, standfirst: 200, web: 90, seo: 60, social: 80 })).toEqual({
      headline: 90,
      standfirst: 200,
      web: 90,
      seo: 60,
      social: 80,
    });
    expect(readSetting('deskLimits', { headline: 90 })).toEqual(defaultSettings().deskLimits);
  });

  it('refuses unknown keys and out-of-range limits with words', () => {
    expect(SettingsPatch.safeParse({ colour: 'dark' }).success).toBe(false);
    expect(SettingsPatch.safeParse({ theme: 'sepia' }).error?.issues[0]?.message).toBe(
      'the theme must be light, dark or system',
    );
    expect(SettingsPatch.safeParse({ editorFontSize: 40 }).error?.issues[0]?.message).toBe(
      'the editor font size must be at most 28',
    );
    expect(SettingsPatch.safeParse({ exportFolder: 'exports' }).error?.issues[0]?.message).toBe(
      'the folder must be an absolute path',
    );
    expect(SettingsPatch.safeParse({ spellcheckLanguages: ['english'] }).success).toBe(false);
    expect(SettingsPatch.safeParse({ exportFolder: '' }).success).toBe(true);
    const result = SettingsPatch.safeParse({ deskLimits: { ...defaultSettings().deskLimits, seo: 5 } });
    expect(result.error?.issues[0]?.message).toBe('the SEO headline limit must be at least 10');
    expect(SettingsPatch.safeParse({ deskLimits: { ...defaultSettings().deskLimits, web: 12.5 } }).success).toBe(false);
  });
});
